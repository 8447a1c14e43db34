// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics (study_stats.cpp): exact binomial intervals and tails, the exact paired
// McNemar test, the stratified bootstrap, the four verdicts with their family-wise level and power
// figure. No LibTorch here, so the statistics and their tests compile on their own.
#pragma once

#include "privatesnn/study_summary.h" // normaliseDistance
#include "privatesnn/verdict.h"

#include <cstdint>
#include <vector>

namespace psnn {

/// Exact (Clopper-Pearson) two-sided interval for a binomial proportion k / n at the given level.
Interval clopperPearson(int64_t k, int64_t n, double level = 0.95);

/// P(X >= k) for X ~ Bin(n, p), exact (the regularised incomplete beta I_p(k, n - k + 1)).
double binomialTailAtLeast(int64_t k, int64_t n, double p);

/// The q-quantile of Student's t with df degrees of freedom (df may be fractional, as a
/// Satterthwaite df is; infinite df gives the standard normal's).
double studentQuantile(double q, double df);

/// The q-quantile of sorted values, interpolated linearly between neighbours (a bootstrap's ends).
double sortedQuantile(const std::vector<double>& sorted, double q);

/// Exact paired McNemar test: b = pairs only the first got right, c = pairs only the second got
/// right. Two-sided p = min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2); 1 when b + c = 0.
double mcnemarExact(int64_t b, int64_t c);

/// Percentile interval of the accuracy when the images (restarts) of each class are resampled
/// within their class. The classes are the population the accuracy is about, not a sample of one,
/// so they are kept; each class of n images contributes n - 1 draws (the rescaling bootstrap of
/// McCarthy and Snowden), which makes the bootstrap variance of its mean the unbiased s² / n rather
/// than the plug-in's (n - 1) / n of it, and the ends are widened by half an image (continuity
/// correction). correct[i] is 0/1, stratum[i] the class of image i.
Interval stratifiedBootstrap(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int resamples = 2000,
                             uint64_t seed = 0, double level = 0.95);

/// How counts become a verdict (see StudyVerdict).
struct VerdictRule {
    double chance = 0.1;
    double margin = 0.10;
    double level = 0.95; ///< family-wise: each test runs at 1 - (1 - level) / family (Bonferroni)
    /// Tests of which the strongest counts: a leak claimed on the maximum of several attacks (and
    /// judges) must hold at the family's level, or chance alone would make the maximum leak.
    /// "Protected" on the maximum would need no correction (every test must pass: an
    /// intersection-union test); one interval per test keeps the outcomes nested and errs on the
    /// safe side for it.
    int family = 1;
    int64_t unit = 1; ///< images one more restart adds (the classes attacked): the power figure's step

    /// The per-test level: 1 - (1 - level) / family.
    double testLevel() const { return 1 - (1 - level) / family; }
};

/// The verdict of `correct` hits in `images` (see StudyVerdict) from the Clopper-Pearson interval at
/// the rule's per-test level; for an open verdict (LeaksWithinMargin, Inconclusive) also the power
/// figure (VerdictResult::imagesFor80). Throws Error (InvalidArgument) for impossible counts or rules.
VerdictResult decideVerdict(int64_t correct, int64_t images, const VerdictRule& rule);

/// P(the rule's interval at n images reaches `target`) when the true rate is `rate`, exact: the
/// count threshold at n follows from the Clopper-Pearson bound, its probability from the binomial.
double verdictPower(PowerTarget target, int64_t n, double rate, const VerdictRule& rule);

/// The smallest multiple of rule.unit up to 100000 at which verdictPower(target, n, rate) >= 0.8,
/// or 0 when there is none. Every multiple is tried in turn: the power is not monotone in n (the
/// count threshold moves in whole steps), so a bisection could stop at the wrong place.
int64_t imagesFor80Power(PowerTarget target, double rate, const VerdictRule& rule);

} // namespace psnn
