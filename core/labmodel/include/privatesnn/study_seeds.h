// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics over defence seeds (study_seeds.cpp): each defended point is built several
// times (each seed its own network or noise direction) and attacked with the same restart seeds, so
// its judge accuracy varies at two levels, between the seeds and between restarts within a seed.
// No LibTorch here, like study_stats.h.
#pragma once

#include "privatesnn/study_stats.h"

#include <cstdint>
#include <vector>

namespace psnn {

/// The two levels of a pooled accuracy over S seeds of m images each (the images of seed s are
/// correct[s*m .. s*m+m), every seed attacked with the same classes and restarts).
struct SeedSpread {
    int seeds = 1;
    int64_t imagesPerSeed = 0;
    int64_t hits = 0;                 ///< over all seeds
    std::vector<double> seedAccuracy; ///< each seed's own accuracy
    double mean = 0;                  ///< the pooled accuracy (the seeds' mean: equal sizes)
    /// Variance of the pooled accuracy from the restarts within each seed: unbiased per class
    /// (classes are kept, as in stratifiedBootstrap), averaged over seeds.
    double within = 0;
    /// Variance of the pooled accuracy from the seeds themselves: the seeds' sample variance over S
    /// less the within part, at least 0 (the usual moment estimate of a random-effects model).
    double between = 0;
    /// Satterthwaite's degrees of freedom of between + within, all uncertainty put on the seeds'
    /// variance estimate (S - 1 df): about S - 1 when the seeds differ, large when they agree.
    double df = 0;

    /// t_df / z at the level: how much wider than a normal interval few seeds make it.
    double smallSampleFactor(double level) const;
    /// (between + within) x factor² over the variance of as many independent images, mean (1 - mean)
    /// / N, at least 1: how many images count as one independent image once the seeds are accounted
    /// for (Kish's design effect). Relative to independent images, not to the restarts' own part: a
    /// collapsed network whose restarts all give one answer per class has no restart variance, and
    /// its seeds' tiny spread must not turn 300 images into 3.
    double designEffect(double level) const;
};

/// The spread of `correct` (0/1 per image, `stratum` its class) in `seeds` equal blocks. Throws
/// Error (InvalidArgument) when the images do not split into equal blocks.
SeedSpread seedSpread(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int seeds);

/// Two-stage bootstrap interval of the pooled accuracy: seeds are resampled (S - 1 draws, the
/// rescaling bootstrap, so their variance is the unbiased one), then the restarts within each class
/// of each drawn seed (as stratifiedBootstrap). Its percentile ends are widened around the pooled
/// accuracy by SeedSpread::smallSampleFactor (three seeds' variance is itself uncertain; without
/// it the interval covers about 80 % when the seeds differ) and by half an image. One seed: exactly
/// stratifiedBootstrap.
Interval twoStageBootstrap(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int seeds,
                           int resamples = 2000, uint64_t seed = 0, double level = 0.95);

/// The exact (Clopper-Pearson) interval of the pooled counts deflated by the design effect at the
/// level: the pooled counts' own interval when the seeds agree.
Interval seededInterval(const SeedSpread& spread, double level = 0.95);

/// decideVerdict on the pooled counts deflated by the design effect at the rule's per-test level
/// (n / deff images with the same accuracy), so the verdict's exact interval accounts for the seeds;
/// with one seed, or seeds that agree within their restarts' noise, it is decideVerdict on the
/// pooled counts. The power figure is scaled back up to real images (whole restarts x classes).
VerdictResult decideSeededVerdict(const SeedSpread& spread, const VerdictRule& rule);

/// A paired comparison of two points' judge accuracy on the same images (same seeds, classes and
/// restarts): first minus second.
struct PairedDifference {
    double difference = 0;
    Interval interval{-1, 1};
    double p = 1;                                     ///< exact McNemar on the (deflated) discordant counts
    int64_t onlyFirst = 0, onlySecond = 0, pairs = 0; ///< pooled discordant counts and pairs
    double designEffect = 1;
};

/// onlyFirst[s] / onlySecond[s]: pairs of seed s that only the first / only the second point got
/// right, of pairsPerSeed. The interval is Agresti and Min's adjusted Wald interval for matched
/// proportions (half a pair added to each of the four cells), which, unlike one conditional on the
/// number of discordant pairs, also counts the uncertainty of that number (a conditional interval
/// cannot reach beyond the observed difference when every discordant pair goes one way). With
/// several seeds both it and the exact McNemar p use the counts deflated by the paired differences'
/// design effect (as decideSeededVerdict). Two methods: at the edge, 0 may lie just outside the
/// interval while p is just above 1 - level, or the reverse.
PairedDifference pairedDifference(const std::vector<int64_t>& onlyFirst, const std::vector<int64_t>& onlySecond,
                                  int64_t pairsPerSeed, double level = 0.95);

} // namespace psnn
