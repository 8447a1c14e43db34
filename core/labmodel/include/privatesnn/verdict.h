// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The three-way verdict every leakage decision uses (the pipeline's attacks and the study), with its
// names in the files and its one English text; the GUI and the report translate the enum.

#include "privatesnn/json_fields.h"

#include <cstdint>
#include <string>

namespace psnn {

/// A two-sided interval of a proportion.
struct Interval {
    double low = 0, high = 1;
};

/// The three verdicts an auditor can sign. Never "does not leak" from a test that failed to reject.
enum class StudyVerdict { Leaks, Protected, Inconclusive };
inline constexpr fields::Names<StudyVerdict, 3> kVerdictNames{{{StudyVerdict::Leaks, "leaks"},
                                                               {StudyVerdict::Protected, "protected"},
                                                               {StudyVerdict::Inconclusive, "inconclusive"}}};

struct VerdictResult {
    StudyVerdict verdict = StudyVerdict::Inconclusive;
    Interval interval;
    /// For Inconclusive: images that would decide it if the observed rate held (0 when more than
    /// 100000 would be needed, i.e. the rate sits on a decision boundary).
    int64_t imagesNeeded = 0;
};

/// "leaks", "protected", "inconclusive": the verdict's name in the files.
std::string verdictKey(StudyVerdict v);
/// "leaks", "protected against this attacker budget", "inconclusive — N images needed": the one
/// English text (files, the CLI's tables); the GUI and the report map the enum to their own tr().
std::string verdictText(const VerdictResult& v);

} // namespace psnn
