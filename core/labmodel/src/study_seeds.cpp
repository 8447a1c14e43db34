// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics over defence seeds: the two levels of a pooled accuracy, the two-stage
// bootstrap, the verdict on deflated counts and the paired comparison of two points.
#include "privatesnn/study_seeds.h"

#include "privatesnn/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

namespace psnn {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Satterthwaite's df of the pooled variance between + within: the seeds' variance estimate
/// (sampleVariance / seeds, seeds - 1 df) carries all the uncertainty, the restarts' part being
/// known far better. Near seeds - 1 when the seeds differ; large when they agree within the noise.
double satterthwaite(double seedsVariance, double between, double within, int seeds)
{
    if (seeds < 2 || seedsVariance <= 0)
        return kInfinity;
    return (between + within) * (between + within) / (seedsVariance * seedsVariance / double(seeds - 1));
}

/// The pooled variance (t-widened) over the restarts' part alone: 1 when the seeds add nothing. A
/// point whose seeds each got every image alike (no restart noise) but differ counts one image per seed.
double seedDesignEffect(double factor, double between, double within, double imagesPerSeed)
{
    if (within <= 0)
        return between > 0 ? imagesPerSeed : 1.0;
    return std::max(1.0, factor * factor * (between + within) / within);
}

double factorAt(double df, double level)
{
    const double q = 1 - (1 - level) / 2;
    // Beyond 10^4 df t is the normal to 4 digits, and the incomplete beta loses precision there.
    return df > 1e4 ? 1.0 : studentQuantile(q, df) / studentQuantile(q, kInfinity);
}

/// Sample variance of values (0 for fewer than two).
double sampleVariance(const std::vector<double>& values)
{
    if (values.size() < 2)
        return 0;
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double ss = 0;
    for (double v : values)
        ss += (v - mean) * (v - mean);
    return ss / double(values.size() - 1);
}

} // namespace

double SeedSpread::smallSampleFactor(double level) const
{
    return factorAt(df, level);
}

double SeedSpread::designEffect(double level) const
{
    const double independent = mean * (1 - mean) / double(imagesPerSeed * seeds);
    if (independent <= 0)
        return 1.0; // every image alike, at every seed: nothing varies
    const double f = smallSampleFactor(level);
    return std::max(1.0, f * f * (between + within) / independent);
}

SeedSpread seedSpread(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int seeds)
{
    if (seeds < 1 || correct.empty() || correct.size() != stratum.size() || correct.size() % size_t(seeds) != 0)
        throw Error(ErrorCode::InvalidArgument,
                    "The images of a seeded point must split into equal blocks, one per seed, each with its classes.");
    SeedSpread s;
    s.seeds = seeds;
    s.imagesPerSeed = int64_t(correct.size()) / seeds;
    const size_t m = size_t(s.imagesPerSeed);
    for (int k = 0; k < seeds; ++k) {
        std::map<int64_t, std::pair<int64_t, int64_t>> byClass; // class -> (hits, images)
        int64_t hits = 0;
        for (size_t i = size_t(k) * m; i < size_t(k + 1) * m; ++i) {
            auto& [h, n] = byClass[stratum[i]];
            h += correct[i] ? 1 : 0;
            ++n;
            hits += correct[i] ? 1 : 0;
        }
        s.hits += hits;
        s.seedAccuracy.push_back(double(hits) / double(m));
        // Var of this seed's accuracy: sum over classes of (n_c / m)² p_c (1 - p_c) / (n_c - 1).
        double var = 0;
        for (const auto& [_, hn] : byClass) {
            const double nc = double(hn.second), pc = double(hn.first) / nc;
            if (hn.second > 1)
                var += (nc / double(m)) * (nc / double(m)) * pc * (1 - pc) / (nc - 1);
        }
        s.within += var / double(seeds) / double(seeds);
    }
    s.mean = double(s.hits) / double(correct.size());
    const double seedsVariance = sampleVariance(s.seedAccuracy) / double(seeds);
    s.between = std::max(0.0, seedsVariance - s.within);
    s.df = satterthwaite(seedsVariance, s.between, s.within, seeds);
    return s;
}

Interval twoStageBootstrap(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int seeds,
                           int resamples, uint64_t seed, double level)
{
    const SeedSpread spread = seedSpread(correct, stratum, seeds);
    if (seeds == 1)
        return stratifiedBootstrap(correct, stratum, resamples, seed, level);
    if (resamples <= 0)
        throw Error(ErrorCode::InvalidArgument, "A bootstrap needs at least one resample.");
    // Per seed: its classes' images, so a draw resamples restarts within each class of that seed.
    const size_t m = size_t(spread.imagesPerSeed);
    std::vector<std::vector<std::vector<int>>> blocks(static_cast<size_t>(seeds));
    for (int k = 0; k < seeds; ++k) {
        std::map<int64_t, std::vector<int>> byClass;
        for (size_t i = size_t(k) * m; i < size_t(k + 1) * m; ++i)
            byClass[stratum[i]].push_back(correct[i] ? 1 : 0);
        for (auto& [_, images] : byClass)
            blocks[size_t(k)].push_back(std::move(images));
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> pickSeed(0, seeds - 1);
    const int seedDraws = seeds - 1; // the rescaling bootstrap at the seed level
    std::vector<double> stats;
    stats.reserve(size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        double sum = 0;
        for (int d = 0; d < seedDraws; ++d) {
            double hits = 0;
            for (const std::vector<int>& images : blocks[size_t(pickSeed(rng))]) {
                const size_t n = images.size(), draws = std::max<size_t>(1, n - 1);
                std::uniform_int_distribution<size_t> pick(0, n - 1);
                int64_t drawn = 0;
                for (size_t i = 0; i < draws; ++i)
                    drawn += images[pick(rng)];
                hits += double(n) * double(drawn) / double(draws);
            }
            sum += hits / double(m);
        }
        stats.push_back(sum / double(seedDraws));
    }
    std::sort(stats.begin(), stats.end());
    const double alpha = 1 - level;
    auto quantile = [&](double q) { return sortedQuantile(stats, q); };
    const double f = spread.smallSampleFactor(level), halfStep = 0.5 / double(correct.size());
    const double low = spread.mean - f * (spread.mean - quantile(alpha / 2)) - halfStep;
    const double high = spread.mean + f * (quantile(1 - alpha / 2) - spread.mean) + halfStep;
    return {std::max(0.0, low), std::min(1.0, high)};
}

namespace {

/// The pooled counts as so many independent images: n / deff of them (rounded down), same accuracy.
std::pair<int64_t, int64_t> deflated(const SeedSpread& spread, double deff)
{
    const int64_t n = spread.imagesPerSeed * spread.seeds;
    if (deff <= 1)
        return {spread.hits, n};
    const int64_t images = std::max<int64_t>(1, int64_t(std::floor(double(n) / deff)));
    return {std::clamp<int64_t>(int64_t(std::llround(spread.mean * double(images))), 0, images), images};
}

} // namespace

Interval seededInterval(const SeedSpread& spread, double level)
{
    const auto [hits, images] = deflated(spread, spread.designEffect(level));
    return clopperPearson(hits, images, level);
}

VerdictResult decideSeededVerdict(const SeedSpread& spread, const VerdictRule& rule)
{
    const double deff = spread.designEffect(rule.testLevel());
    const auto [hits, images] = deflated(spread, deff);
    VerdictResult v = decideVerdict(hits, images, rule);
    if (deff <= 1)
        return v;
    if (v.imagesFor80 > 0) // in real images: each effective image costs deff of them
        v.imagesFor80 = int64_t(std::ceil(double(v.imagesFor80) * deff / double(rule.unit))) * rule.unit;
    return v;
}

PairedDifference pairedDifference(const std::vector<int64_t>& onlyFirst, const std::vector<int64_t>& onlySecond,
                                  int64_t pairsPerSeed, double level)
{
    const size_t seeds = onlyFirst.size();
    if (seeds == 0 || onlySecond.size() != seeds || pairsPerSeed < 1)
        throw Error(ErrorCode::InvalidArgument,
                    "A paired comparison needs the same seeds on both sides and at least one pair.");
    PairedDifference out;
    const double m = double(pairsPerSeed);
    std::vector<double> perSeed;
    double within = 0;
    for (size_t s = 0; s < seeds; ++s) {
        const int64_t b = onlyFirst[s], c = onlySecond[s];
        if (b < 0 || c < 0 || b + c > pairsPerSeed)
            throw Error(ErrorCode::InvalidArgument, "Discordant counts must be non-negative and at most the pairs.");
        out.onlyFirst += b;
        out.onlySecond += c;
        const double d = double(b - c) / m;
        perSeed.push_back(d);
        if (pairsPerSeed > 1) // the variance of a mean of m values in {-1, 0, 1}
            within += (double(b + c) / m - d * d) / (m - 1) / double(seeds) / double(seeds);
    }
    out.pairs = pairsPerSeed * int64_t(seeds);
    const double n = double(out.pairs);
    out.difference = double(out.onlyFirst - out.onlySecond) / n;
    const double seedsVariance = sampleVariance(perSeed) / double(seeds);
    const double between = std::max(0.0, seedsVariance - within);
    const double f = factorAt(satterthwaite(seedsVariance, between, within, int(seeds)), level);
    out.designEffect = seedDesignEffect(f, between, within, m);
    const int64_t b = std::llround(double(out.onlyFirst) / out.designEffect);
    const int64_t c = std::llround(double(out.onlySecond) / out.designEffect);
    out.p = mcnemarExact(b, c);
    // Agresti-Min on the effective counts: half a pair in each cell, the Wald interval of the
    // adjusted difference. The effective counts keep their fractions (no rounding at small deff).
    const double bA = double(out.onlyFirst) / out.designEffect + 0.5,
                 cA = double(out.onlySecond) / out.designEffect + 0.5;
    const double nA = n / out.designEffect + 2;
    const double dA = (bA - cA) / nA;
    const double se = std::sqrt(std::max(0.0, (bA + cA) - (bA - cA) * (bA - cA) / nA)) / nA;
    const double z = studentQuantile(1 - (1 - level) / 2, kInfinity);
    out.interval = {std::max(-1.0, dA - z * se), std::min(1.0, dA + z * se)};
    return out;
}

} // namespace psnn
