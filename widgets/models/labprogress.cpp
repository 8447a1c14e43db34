// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labprogress.h"

#include <QString>

#include <cmath>

namespace psnn {
namespace {

// The results.json section each wizard step produces; Load and Report produce none.
const char* const Sections[LabProgress::StepCount] = {nullptr, "synthesis", "conversion", "encryption", "leakage", nullptr};

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
    }
    if (a.isObject() && b.isObject())
        return !LabProgress::differs(a.toObject(), b.toObject());
    return a == b;
}

} // namespace

bool LabProgress::differs(const QJsonObject& settings, const QJsonObject& recorded)
{
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!sameValue(it.value(), recorded.value(it.key())))
            return true;
    }
    return false;
}

LabProgress::LabProgress(const QJsonObject& results, const QVector<QJsonObject>& pageSettings)
{
    const QJsonObject recorded = results.value(QStringLiteral("config")).toObject();
    bool changedBefore = false;
    for (int step = 0; step < StepCount; ++step) {
        if (Sections[step])
            m_done[step] = results.contains(QString::fromLatin1(Sections[step]));
        if (step < pageSettings.size() && !recorded.isEmpty() && differs(pageSettings[step], recorded))
            changedBefore = true;
        m_stale[step] = m_done[step] && changedBefore;
    }
}

bool LabProgress::isDone(int step) const
{
    return step >= 0 && step < StepCount && m_done[step];
}

bool LabProgress::isStale(int step) const
{
    return step >= 0 && step < StepCount && m_stale[step];
}

} // namespace psnn
