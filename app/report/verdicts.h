// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/results.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace psnn {

/// The leakage verdict for one attack on one target, joined with the numbers of its leakage row
/// so the plain-language sentence can quote them.
struct Verdict {
    QString attack;
    QString target;
    std::optional<StudyVerdict> verdict; ///< empty: no judge, nothing decided
    /// For an open verdict: what more images would have to show, and how many give 80 % power to
    /// show it at the observed rate (0 = more than 100000).
    std::optional<PowerTarget> powerTarget;
    int64_t imagesFor80 = 0;
    QString rule;
    std::optional<double> pValue;
    QString explanation;            ///< the pipeline's own plain-language explanation, if any
    std::optional<double> judgeAccuracy;
    std::optional<double> judge2Accuracy; ///< the second judge's, when the lab has one
    std::optional<double> images;
    std::optional<double> chance;

    /// true: leaks (beyond or within the margin); false: protected against this attacker budget;
    /// empty: inconclusive or no verdict.
    std::optional<bool> leaks() const;
    /// The style class of its line: "leaks", "safe" or none.
    QString tone() const;
    /// The translated verdict ("inconclusive — ≈ N images for 80 % power to …"), or "no verdict recorded"; never
    /// "does not leak" from a test that failed to reject.
    QString outcome() const;
    /// What the judge saw and which rule decided, in sentences that quote the numbers.
    QString evidence() const;
    /// The verdict for a reader who does not know the method: the outcome, then the evidence.
    QString statement() const;
    QJsonObject toJson() const;
};

/// The verdicts of results.json's leakage section, in its order.
std::vector<Verdict> collectVerdicts(const LabResults& results);

} // namespace psnn
