// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics without LibTorch: exact intervals and tails against known values and
// direct binomial sums, the four nested verdicts on hand-made counts and on sweeps of n, the power
// figure against a brute-force computation, the family-wise correction in a simulation at chance,
// how verdicts combine across judges and attacks, and the stratified bootstrap's coverage.
#include "privatesnn/error.h"
#include "privatesnn/study_stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <tuple>

namespace psnn {
namespace {

// ---- an independent oracle: direct binomial sums, no incomplete beta ----------------------------

double pmf(int64_t k, int64_t n, double p)
{
    if (p <= 0)
        return k == 0 ? 1.0 : 0.0;
    if (p >= 1)
        return k == n ? 1.0 : 0.0;
    return std::exp(std::lgamma(double(n) + 1) - std::lgamma(double(k) + 1) - std::lgamma(double(n - k) + 1)
                    + double(k) * std::log(p) + double(n - k) * std::log1p(-p));
}

double tailAtLeast(int64_t k, int64_t n, double p)
{
    double sum = 0;
    for (int64_t i = std::max<int64_t>(k, 0); i <= n; ++i)
        sum += pmf(i, n, p);
    return sum;
}

/// P(verdict reached at n | rate) by summing the binomial over every count whose Clopper-Pearson
/// interval (from the code under test's clopperPearson, checked against known values below) reaches it.
double bruteForcePower(PowerTarget target, int64_t n, double rate, const VerdictRule& rule)
{
    const double t = rule.chance + rule.margin, level = 1 - (1 - rule.level) / rule.family;
    double power = 0;
    for (int64_t k = 0; k <= n; ++k) {
        if (pmf(k, n, rate) < 1e-15)
            continue; // far in the tails: changes nothing at the precision compared
        const Interval ci = clopperPearson(k, n, level);
        if (target == PowerTarget::LeaksBeyondMargin ? ci.low > t : ci.high <= t)
            power += pmf(k, n, rate);
    }
    return power;
}

int64_t bruteForceImagesFor80(PowerTarget target, double rate, const VerdictRule& rule, int64_t upTo)
{
    for (int64_t n = rule.unit; n <= upTo; n += rule.unit)
        if (bruteForcePower(target, n, rate, rule) >= 0.8)
            return n;
    return 0;
}

VerdictRule at10(int family = 1, int64_t unit = 1)
{
    VerdictRule r;
    r.chance = 0.1;
    r.family = family;
    r.unit = unit;
    return r;
}

TEST(StudyStats, ClopperPearsonMatchesKnownIntervals)
{
    // Reference values: the bounds solved directly on exact binomial sums, P(X >= k | p) = 2.5 % and
    // P(X <= k | p) = 2.5 % (bisection in Python, independent of the incomplete-beta code here).
    // 26 of 30 is the example: [69 %, 96 %].
    Interval ci = clopperPearson(26, 30);
    EXPECT_NEAR(ci.low, 0.6927816, 1e-6);
    EXPECT_NEAR(ci.high, 0.9624465, 1e-6);
    ci = clopperPearson(5, 10);
    EXPECT_NEAR(ci.low, 0.1870860, 1e-6);
    EXPECT_NEAR(ci.high, 0.8129140, 1e-6);
    ci = clopperPearson(0, 10);
    EXPECT_EQ(ci.low, 0.0);
    EXPECT_NEAR(ci.high, 0.3084971, 1e-6);
    ci = clopperPearson(100, 100);
    EXPECT_NEAR(ci.low, 0.9637833, 1e-6);
    EXPECT_EQ(ci.high, 1.0);
    EXPECT_THROW(clopperPearson(3, 2), Error);
}

TEST(StudyStats, BinomialTailMatchesDirectSums)
{
    for (const int64_t n : {1, 7, 100, 1000, 20000})
        for (const double p : {0.02, 0.1, 0.2, 0.5, 0.93})
            for (const double share : {0.0, 0.05, 0.12, 0.2, 0.5, 0.97}) {
                const int64_t k = int64_t(std::llround(share * double(n)));
                EXPECT_NEAR(binomialTailAtLeast(k, n, p), tailAtLeast(k, n, p), 1e-9)
                    << k << " of " << n << " at " << p;
            }
    EXPECT_EQ(binomialTailAtLeast(0, 10, 0.3), 1.0);
    EXPECT_EQ(binomialTailAtLeast(11, 10, 0.3), 0.0);
}

TEST(StudyStats, ExactMcNemarMatchesTheBinomialSum)
{
    EXPECT_NEAR(mcnemarExact(1, 9), 2.0 * (1 + 10) / 1024, 1e-12);
    EXPECT_NEAR(mcnemarExact(8, 2), 2.0 * (1 + 10 + 45) / 1024, 1e-12);
    EXPECT_NEAR(mcnemarExact(0, 6), 2.0 / 64, 1e-12);
    EXPECT_EQ(mcnemarExact(5, 5), 1.0);
    EXPECT_EQ(mcnemarExact(0, 0), 1.0);
}

TEST(StudyStats, NormalisedDistance)
{
    EXPECT_NEAR(normaliseDistance(30, 10, 110), 0.2, 1e-12);
    EXPECT_EQ(normaliseDistance(30, 10, 10), 0.0);
}

TEST(StudyVerdicts, FourOutcomesOnHandMadeCounts)
{
    EXPECT_EQ(decideVerdict(90, 100, at10()).verdict, StudyVerdict::Leaks);
    // 16 of 100: [9.4 %, 24.7 %] decides nothing; 30 of 200 at chance 10 %: [10.4 %, 20.7 %] is
    // above chance but not beyond the margin.
    EXPECT_EQ(decideVerdict(16, 100, at10()).verdict, StudyVerdict::Inconclusive);
    const VerdictResult within = decideVerdict(30, 200, at10());
    EXPECT_EQ(within.verdict, StudyVerdict::LeaksWithinMargin);
    EXPECT_GT(within.interval.low, 0.1);
    EXPECT_GT(within.interval.high, 0.2);
    // Narrow enough to be both above chance and within the margin: the leak takes precedence.
    EXPECT_EQ(decideVerdict(150, 1000, at10()).verdict, StudyVerdict::LeaksWithinMargin);
    const VerdictResult low = decideVerdict(5, 200, at10());
    EXPECT_EQ(low.verdict, StudyVerdict::Protected);
    EXPECT_FALSE(low.powerTarget);
    EXPECT_EQ(verdictText(low), "protected against this attacker budget");
    EXPECT_THROW(decideVerdict(5, 4, at10()), Error);
    EXPECT_THROW(decideVerdict(5, 10, at10(0)), Error);
}

TEST(StudyVerdicts, TheReadmesThirteenAndFifteenPercent)
{
    // The demo's lr 5e-2 point (13 of 100) and its noise twin (15 of 100), strongest of 3 attacks.
    for (const int hits : {13, 15}) {
        const VerdictResult one = decideVerdict(hits, 100, at10(1));
        const VerdictResult three = decideVerdict(hits, 100, at10(3));
        SCOPED_TRACE(hits);
        EXPECT_EQ(one.verdict, StudyVerdict::Inconclusive);
        EXPECT_EQ(three.verdict, StudyVerdict::Inconclusive);
        EXPECT_LE(one.interval.low, 0.1);
        EXPECT_GT(one.interval.high, 0.2);
        // The family of three tests runs each at 98.3 %: a wider interval around the same count.
        EXPECT_NEAR(three.testLevel(), 1 - 0.05 / 3, 1e-12);
        EXPECT_LT(three.interval.low, one.interval.low);
        EXPECT_GT(three.interval.high, one.interval.high);
        // Observed below chance + margin: more images could only bound it within the margin.
        EXPECT_EQ(one.powerTarget, PowerTarget::WithinMargin);
        // In whole restarts of the 10 classes, as the study counts them.
        const VerdictResult perRestart = decideVerdict(hits, 100, at10(1, 10));
        EXPECT_EQ(perRestart.imagesFor80,
                  bruteForceImagesFor80(PowerTarget::WithinMargin, hits / 100.0, at10(1, 10), 2000));
        EXPECT_GE(perRestart.imagesFor80, one.imagesFor80);
        EXPECT_GT(three.imagesFor80, one.imagesFor80);
    }
    // The old "inconclusive — 177 images needed" for 15 %: the same rate at 177 images (27 hits) is
    // above chance, i.e. a leak (within the margin), not the protection the old figure implied.
    EXPECT_EQ(decideVerdict(27, 177, at10()).verdict, StudyVerdict::LeaksWithinMargin);
}

TEST(StudyVerdicts, NestAsImagesGrowAtAFixedRate)
{
    struct Case {
        double rate;
        StudyVerdict atLargeN;
    };
    for (const Case c : {Case{0.05, StudyVerdict::Protected}, Case{0.08, StudyVerdict::Protected},
                         Case{0.13, StudyVerdict::LeaksWithinMargin}, Case{0.15, StudyVerdict::LeaksWithinMargin},
                         Case{0.17, StudyVerdict::LeaksWithinMargin}, Case{0.25, StudyVerdict::Leaks}}) {
        SCOPED_TRACE(c.rate);
        bool protectedSeen = false, leaksSeen = false;
        StudyVerdict last = StudyVerdict::Inconclusive;
        for (int64_t n = 10; n <= 5000; n += 10) {
            last = decideVerdict(int64_t(std::llround(c.rate * double(n))), n, at10(3, 10)).verdict;
            protectedSeen = protectedSeen || last == StudyVerdict::Protected;
            leaksSeen = leaksSeen || last == StudyVerdict::Leaks;
        }
        EXPECT_FALSE(protectedSeen && leaksSeen);
        EXPECT_EQ(last, c.atLargeN);
    }
    // 13 % reads protected at 250 images and above chance at 1000: consistent (both are true of
    // 13 %), where the old rule said "protected" and then "leaks".
    EXPECT_EQ(decideVerdict(33, 250, at10()).verdict, StudyVerdict::Protected);
    EXPECT_EQ(decideVerdict(130, 1000, at10()).verdict, StudyVerdict::LeaksWithinMargin);
}

TEST(StudyVerdicts, PowerMatchesBruteForce)
{
    // The figure: at a true 13 %, P(upper bound <= 20 % at 125 images) = 0.54 at 95 %.
    const double at125 = verdictPower(PowerTarget::WithinMargin, 125, 0.13, at10());
    EXPECT_NEAR(at125, bruteForcePower(PowerTarget::WithinMargin, 125, 0.13, at10()), 1e-9);
    EXPECT_NEAR(at125, 0.54, 0.01);
    for (const int family : {1, 3, 6})
        for (const int64_t n : {10, 99, 100, 157, 250, 1000})
            for (const double rate : {0.05, 0.13, 0.3}) {
                SCOPED_TRACE(std::to_string(family) + " " + std::to_string(n) + " " + std::to_string(rate));
                for (const PowerTarget target : {PowerTarget::WithinMargin, PowerTarget::LeaksBeyondMargin})
                    EXPECT_NEAR(verdictPower(target, n, rate, at10(family)),
                                bruteForcePower(target, n, rate, at10(family)), 1e-9);
            }
    // The smallest n in whole restarts of 10 classes, found by trying every one, against the scan.
    struct Case {
        PowerTarget target;
        double rate;
        int family;
    };
    for (const Case c : {Case{PowerTarget::WithinMargin, 0.13, 1}, Case{PowerTarget::WithinMargin, 0.13, 3},
                         Case{PowerTarget::WithinMargin, 0.05, 3}, Case{PowerTarget::LeaksBeyondMargin, 0.3, 1},
                         Case{PowerTarget::LeaksBeyondMargin, 0.3, 6}}) {
        const int64_t n = imagesFor80Power(c.target, c.rate, at10(c.family, 10));
        SCOPED_TRACE(std::to_string(c.rate) + " family " + std::to_string(c.family));
        EXPECT_EQ(n, bruteForceImagesFor80(c.target, c.rate, at10(c.family, 10), 3000));
        ASSERT_GT(n, 0);
        EXPECT_EQ(n % 10, 0);
        EXPECT_GE(bruteForcePower(c.target, n, c.rate, at10(c.family)), 0.8);
    }
    // At the boundary itself no number of images shows either side.
    EXPECT_EQ(imagesFor80Power(PowerTarget::WithinMargin, 0.2, at10()), 0);
    const VerdictResult edge = decideVerdict(20, 100, at10());
    EXPECT_EQ(edge.powerTarget, PowerTarget::WithinMargin);
    EXPECT_EQ(edge.imagesFor80, 0);
    EXPECT_EQ(edge.verdict, StudyVerdict::LeaksWithinMargin); // [12.7 %, 29.2 %]
    EXPECT_EQ(verdictText(edge),
              "leaks within the margin — more than 100000 images for 80 % power to bound it within the margin");
    const VerdictResult beyond = decideVerdict(28, 100, at10());
    ASSERT_EQ(beyond.powerTarget, PowerTarget::LeaksBeyondMargin);
    EXPECT_EQ(verdictText(beyond),
              "leaks within the margin — ≈ " + std::to_string(beyond.imagesFor80)
                  + " images for 80 % power to show it leaks beyond the margin");
}

TEST(StudyVerdicts, FamilyWiseLevelHoldsForTheStrongestOfThreeAttacks)
{
    // Three attacks at chance (10 %, 100 images each); the point leaks when any attack does.
    // Uncorrected the maximum crosses chance's bound about 6 % of the time; at the family's level
    // the rate stays below 5 %. The simulation must agree with the exact rate 1 - (1 - q)^3, where
    // q = P(X >= k*) and k* is the first count whose interval lies above chance.
    std::mt19937_64 rng(24);
    std::binomial_distribution<int64_t> draw(100, 0.1);
    constexpr int kPoints = 20000;
    for (const int family : {1, 3}) {
        std::vector<VerdictResult> byCount; // the verdict of each possible count, decided once
        for (int64_t k = 0; k <= 100; ++k)
            byCount.push_back(decideVerdict(k, 100, at10(family, 10)));
        int leaking = 0;
        for (int i = 0; i < kPoints; ++i) {
            const StudyVerdict v =
                combineVerdicts({byCount[size_t(draw(rng))], byCount[size_t(draw(rng))], byCount[size_t(draw(rng))]})
                    .verdict;
            leaking += v == StudyVerdict::Leaks || v == StudyVerdict::LeaksWithinMargin ? 1 : 0;
        }
        int64_t first = 0;
        while (clopperPearson(first, 100, 1 - 0.05 / family).low <= 0.1)
            ++first;
        const double exact = 1 - std::pow(1 - tailAtLeast(first, 100, 0.1), 3);
        const double rate = double(leaking) / kPoints, se = std::sqrt(exact * (1 - exact) / kPoints);
        SCOPED_TRACE(family);
        EXPECT_NEAR(rate, exact, 4 * se);
        if (family == 3)
            EXPECT_LE(rate, 0.05);
        else
            EXPECT_GT(rate, 0.05);
    }
}

TEST(StudyVerdicts, CombineAcrossJudgesAndAttacks)
{
    auto part = [](StudyVerdict v, double low, double high, std::optional<PowerTarget> target = {},
                   int64_t images = 0) {
        VerdictResult r;
        r.verdict = v;
        r.interval = {low, high};
        r.family = 6;
        r.powerTarget = target;
        r.imagesFor80 = images;
        return r;
    };
    const VerdictResult prot = part(StudyVerdict::Protected, 0.02, 0.15);
    const VerdictResult prot2 = part(StudyVerdict::Protected, 0.05, 0.19);
    const VerdictResult open = part(StudyVerdict::Inconclusive, 0.08, 0.25, PowerTarget::WithinMargin, 400);
    const VerdictResult openLeak = part(StudyVerdict::Inconclusive, 0.09, 0.35, PowerTarget::LeaksBeyondMargin, 300);
    const VerdictResult within = part(StudyVerdict::LeaksWithinMargin, 0.11, 0.3, PowerTarget::WithinMargin, 900);
    const VerdictResult leaks = part(StudyVerdict::Leaks, 0.5, 0.8);

    EXPECT_EQ(combineVerdicts({prot, leaks}).verdict, StudyVerdict::Leaks);
    EXPECT_EQ(combineVerdicts({prot, leaks}).interval.low, 0.5);
    EXPECT_EQ(combineVerdicts({within, open}).verdict, StudyVerdict::LeaksWithinMargin);
    const VerdictResult both = combineVerdicts({prot, prot2});
    EXPECT_EQ(both.verdict, StudyVerdict::Protected);
    EXPECT_EQ(both.interval.high, 0.19); // the weaker bound: every part is within it
    EXPECT_EQ(both.family, 6);
    // One judge protected, the other open: not protected.
    const VerdictResult mixed = combineVerdicts({prot, open});
    EXPECT_EQ(mixed.verdict, StudyVerdict::Inconclusive);
    EXPECT_EQ(mixed.powerTarget, PowerTarget::WithinMargin);
    EXPECT_EQ(mixed.imagesFor80, 400);
    // Every open part must be bounded: the largest figure; one that never can makes it "more than".
    EXPECT_EQ(combineVerdicts({open, part(StudyVerdict::Inconclusive, 0.05, 0.21, PowerTarget::WithinMargin, 2000)})
                  .imagesFor80,
              2000);
    EXPECT_EQ(
        combineVerdicts({open, part(StudyVerdict::Inconclusive, 0.1, 0.3, PowerTarget::WithinMargin, 0)}).imagesFor80,
        0);
    // One part showing a leak beyond the margin settles it: the soonest.
    const VerdictResult toLeak = combineVerdicts(
        {open, openLeak, part(StudyVerdict::Inconclusive, 0.1, 0.4, PowerTarget::LeaksBeyondMargin, 200)});
    EXPECT_EQ(toLeak.powerTarget, PowerTarget::LeaksBeyondMargin);
    EXPECT_EQ(toLeak.imagesFor80, 200);
    EXPECT_EQ(combineVerdicts({}).verdict, StudyVerdict::Inconclusive);
}

TEST(StudyBootstrap, ResamplesRestartsWithinClasses)
{
    // Five classes always recognised, five never: the classes are the population, and within each
    // class every restart agrees, so nothing varies but the half image of the continuity correction
    // (a bootstrap over classes would report 0.5 ± 0.3 here, the spread between classes).
    std::vector<int> correct;
    std::vector<int64_t> classOf;
    for (int64_t c = 0; c < 10; ++c)
        for (int r = 0; r < 10; ++r) {
            correct.push_back(c < 5 ? 1 : 0);
            classOf.push_back(c);
        }
    const Interval alike = stratifiedBootstrap(correct, classOf, 500, 3);
    EXPECT_DOUBLE_EQ(alike.low, 0.495);
    EXPECT_DOUBLE_EQ(alike.high, 0.505);
    const Interval all = stratifiedBootstrap(std::vector<int>(100, 1), classOf, 200, 3);
    EXPECT_DOUBLE_EQ(all.low, 0.995);
    EXPECT_DOUBLE_EQ(all.high, 1.0);
    // Two classes alike within themselves but not with each other (always / half the time): only
    // the second class's restarts vary, and the interval is narrower than the binomial one of the
    // pooled 75 %.
    std::vector<int> mixed;
    std::vector<int64_t> twoClasses;
    for (int i = 0; i < 100; ++i) {
        mixed.push_back(i < 50 ? 1 : i % 2);
        twoClasses.push_back(i < 50 ? 0 : 1);
    }
    const Interval stratified = stratifiedBootstrap(mixed, twoClasses, 2000, 5);
    const Interval exact = clopperPearson(75, 100);
    EXPECT_GT(stratified.low, exact.low);
    EXPECT_LT(stratified.high, exact.high);
    EXPECT_LT(stratified.low, 0.75);
    EXPECT_GT(stratified.high, 0.75);
    EXPECT_THROW(stratifiedBootstrap({1, 0}, {0}, 10, 0), Error);
}

TEST(StudyBootstrap, CoversTheTrueAccuracyOnSimulatedData)
{
    // 10 classes x 10 restarts as in the study; each class has its own true rate, the accuracy is
    // their mean, which falls between the accuracy's steps of one image. Alike classes near the demo's
    // undefended 88 %, unlike ones spread over 6-93 %, and low ones near chance (1-30 %), where the
    // verdicts are made.
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    constexpr int kDatasets = 1000;
    for (const auto& [name, from, to] :
         {std::tuple{"alike", 0.85, 0.904}, std::tuple{"unlike", 0.06, 0.93}, std::tuple{"low", 0.01, 0.3}}) {
        std::vector<double> rates;
        for (int c = 0; c < 10; ++c)
            rates.push_back(from + (to - from) * c / 9);
        double truth = 0;
        for (const double r : rates)
            truth += r / 10;
        int covered = 0;
        for (int d = 0; d < kDatasets; ++d) {
            std::vector<int> correct;
            std::vector<int64_t> classOf;
            for (int64_t c = 0; c < 10; ++c)
                for (int r = 0; r < 10; ++r) {
                    correct.push_back(unit(rng) < rates[size_t(c)] ? 1 : 0);
                    classOf.push_back(c);
                }
            const Interval ci = stratifiedBootstrap(correct, classOf, 500, uint64_t(d));
            covered += ci.low <= truth && truth <= ci.high ? 1 : 0;
        }
        SCOPED_TRACE(name);
        EXPECT_GE(double(covered) / kDatasets, 0.93);
    }
}

} // namespace
} // namespace psnn
