// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QVector>

namespace psnn {

/// Which wizard steps a lab has finished and which of those are stale, from its results.json and
/// the settings the pages show now. A finished step is stale when its own settings, or those of
/// a step before it, differ from the config its results were made with: the results are kept (and
/// shown), but the step list marks them.
class LabProgress
{
public:
    /// Indexed like StepList::Step (Load, Synthesize, Convert, Encrypt, Attack, Report).
    static constexpr int StepCount = 6;

    /// results: results.json; pageSettings[i]: the partial config page i edits (index 0: the
    /// Load page's model and evaluation data).
    LabProgress(const QJsonObject& results, const QVector<QJsonObject>& pageSettings);

    bool isDone(int step) const;
    bool isStale(int step) const;

    /// True when a value in settings differs from the same path in recorded (numbers compared
    /// with a relative tolerance, since they went through text).
    static bool differs(const QJsonObject& settings, const QJsonObject& recorded);

private:
    bool m_done[StepCount] = {};
    bool m_stale[StepCount] = {};
};

} // namespace psnn
