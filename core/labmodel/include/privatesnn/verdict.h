// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The four-way verdict every leakage decision uses (the pipeline's attacks and the study), with its
// names in the files, its one English text and how several verdicts combine; the GUI and the report
// translate the enum.

#include "privatesnn/json_fields.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// A two-sided interval of a proportion.
struct Interval {
    double low = 0, high = 1;
};

/// The verdicts an auditor can sign, from the judge accuracy's exact interval with chance c and
/// margin m, in this order of precedence:
///   Leaks:             the lower bound is above c + m (recovers clearly more than chance);
///   LeaksWithinMargin: the lower bound is above c, not above c + m (some leakage, maybe small);
///   Protected:         the upper bound is at most c + m and the lower at most c ("protected against
///                      this attacker budget": an attacker this strong gains at most the margin);
///   Inconclusive:      none of these.
/// They nest: each names a set of true rates ("> c + m", "> c", "<= c + m"), and "protected" and
/// "leaks" name disjoint sets. As n grows the interval shrinks around the true rate, so a fixed rate
/// can only move from inconclusive to the verdicts that are true of it; it never reads "protected"
/// at one n and "leaks" at a larger n except at the test's error rate. (The earlier rule, "leaks"
/// when the lower bound was above c and tested first, read a rate of 13 % at chance 10 % as
/// protected at 250 images and as leaking at 1000.) Never "does not leak" from a failed test.
enum class StudyVerdict { Leaks, LeaksWithinMargin, Protected, Inconclusive };
// Labs written before the fourth outcome hold the other three names, which keep their values.
inline constexpr fields::Names<StudyVerdict, 4> kVerdictNames{{{StudyVerdict::Leaks, "leaks"},
                                                               {StudyVerdict::LeaksWithinMargin, "leaks_within_margin"},
                                                               {StudyVerdict::Protected, "protected"},
                                                               {StudyVerdict::Inconclusive, "inconclusive"}}};

/// What more images would have to show for an open verdict: that the rate is beyond the margin
/// (the observed rate is above c + m) or that it is within it (upper bound <= c + m).
enum class PowerTarget { LeaksBeyondMargin, WithinMargin };
inline constexpr fields::Names<PowerTarget, 2> kPowerTargetNames{
    {{PowerTarget::LeaksBeyondMargin, "leaks_beyond_margin"}, {PowerTarget::WithinMargin, "within_margin"}}};

struct VerdictResult {
    StudyVerdict verdict = StudyVerdict::Inconclusive;
    /// The exact interval the verdict rests on, at level 1 - (1 - level) / family (Bonferroni over
    /// the tests whose strongest counts). A combined verdict keeps the interval of the part it rests
    /// on: the highest lower bound for a leak, else the highest upper bound.
    Interval interval;
    double level = 0.95; ///< the family-wise level
    int family = 1;      ///< how many tests share it (attacks x judges in the study)
    /// For LeaksWithinMargin and Inconclusive: what more images would have to show, and how many
    /// (whole restarts x classes) give 80 % power to show it if the observed rate were the true one;
    /// 0 = more than 100000. Empty for a verdict that more images would not change in kind.
    std::optional<PowerTarget> powerTarget;
    int64_t imagesFor80 = 0;

    /// The per-test level: 1 - (1 - level) / family.
    double testLevel() const { return 1 - (1 - level) / family; }
};

/// The verdict of several tests together (both judges of an attack; the attacks of a point): Leaks
/// if any says Leaks, else LeaksWithinMargin if any says so, else Protected only if every one says
/// Protected, else Inconclusive. The power figure: the smallest of the parts that could show a leak
/// beyond the margin (one suffices), else the largest of those that must show they are within it
/// (all must), 0 when one of those needs more than 100000. An empty list is Inconclusive.
VerdictResult combineVerdicts(const std::vector<VerdictResult>& parts);

/// "leaks", "leaks_within_margin", "protected", "inconclusive": the verdict's name in the files.
std::string verdictKey(StudyVerdict v);
/// The one English text (files, the CLI's tables): "leaks", "leaks within the margin", "protected
/// against this attacker budget", "inconclusive", with "— ≈ N images for 80 % power to show it leaks
/// beyond the margin" (or "to bound it within the margin") where it is open; the GUI and the report
/// map the enum to their own tr().
std::string verdictText(const VerdictResult& v);

/// A verdict's fields, where it stands (an attack, a point, one judge's, a human rating row); the
/// text is derived (written for readers, skipped when read).
template <class F> void describeVerdict(F& f, VerdictResult& v)
{
    f("verdict", v.verdict, kVerdictNames);
    f.derived("verdict_text", verdictText(v));
    f("verdict_ci_low", v.interval.low);
    f("verdict_ci_high", v.interval.high);
    f("level", v.level);
    f("family", v.family);
    f.derived("test_level", v.testLevel());
    f("power_target", v.powerTarget, kPowerTargetNames, fields::nullWhenEmpty);
    f("images_for_80", v.imagesFor80);
}

template <class F> void describeFields(F& f, VerdictResult& v)
{
    describeVerdict(f, v);
}

} // namespace psnn
