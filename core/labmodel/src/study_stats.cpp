// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics: exact binomial intervals and tails, the exact paired McNemar test, the
// stratified bootstrap, and the four verdicts with their family-wise level and power figure.
#include "privatesnn/study_stats.h"

#include "privatesnn/error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace psnn {
namespace {

/// Continued fraction of the regularised incomplete beta function (modified Lentz's method).
double betaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300, eps = 1e-15;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1 + num * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + num / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1 + num * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + num / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < eps)
            break;
    }
    return h;
}

/// I_x(a, b), the CDF of Beta(a, b) at x.
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    // The fraction converges fast on the side of the mean; use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a).
    if (x < (a + 1) / (a + b + 2))
        return std::exp(logFront) * betaFraction(a, b, x) / a;
    return 1 - std::exp(logFront) * betaFraction(b, a, 1 - x) / b;
}

/// The q-quantile of Beta(a, b) by bisection (I_x is monotone in x).
double betaQuantile(double q, double a, double b)
{
    double lo = 0, hi = 1;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (incompleteBeta(a, b, mid) < q ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

} // namespace

Interval clopperPearson(int64_t k, int64_t n, double level)
{
    if (n <= 0 || k < 0 || k > n || !(level > 0 && level < 1))
        throw Error(ErrorCode::InvalidArgument, "A binomial interval needs 0 <= k <= n, n > 0 and a level in (0, 1).");
    const double alpha = 1 - level;
    Interval ci;
    ci.low = k == 0 ? 0.0 : betaQuantile(alpha / 2, double(k), double(n - k + 1));
    ci.high = k == n ? 1.0 : betaQuantile(1 - alpha / 2, double(k + 1), double(n - k));
    return ci;
}

double binomialTailAtLeast(int64_t k, int64_t n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    return incompleteBeta(double(k), double(n - k + 1), p);
}

double studentQuantile(double q, double df)
{
    if (!(q > 0 && q < 1) || !(df > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "A t quantile needs a probability in (0, 1) and positive degrees of freedom.");
    // The CDF, by the incomplete beta for finite df and erfc for the normal limit; monotone, so a
    // bisection over a range wide enough for df >= 0.5 and q in [1e-9, 1 - 1e-9] finds it.
    const auto cdf = [df](double t) {
        if (std::isinf(df))
            return 0.5 * std::erfc(-t / std::sqrt(2.0));
        const double tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
        return t >= 0 ? 1 - tail : tail;
    };
    double lo = -1e6, hi = 1e6;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (cdf(mid) < q ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

double sortedQuantile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        throw Error(ErrorCode::InvalidArgument, "A quantile needs at least one value.");
    const double pos = q * double(sorted.size() - 1);
    const size_t i = size_t(std::floor(pos));
    const double f = pos - double(i);
    return i + 1 < sorted.size() ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}

double mcnemarExact(int64_t b, int64_t c)
{
    if (b < 0 || c < 0)
        throw Error(ErrorCode::InvalidArgument, "McNemar's test needs non-negative discordant counts.");
    const int64_t n = b + c, k = std::min(b, c);
    if (n == 0)
        return 1.0;
    double tail = 0;
    for (int64_t i = 0; i <= k; ++i)
        tail += std::exp(std::lgamma(double(n) + 1) - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1)
                         - double(n) * std::log(2.0));
    return std::min(1.0, 2 * tail);
}

Interval stratifiedBootstrap(const std::vector<int>& correct, const std::vector<int64_t>& stratum, int resamples,
                             uint64_t seed, double level)
{
    if (correct.size() != stratum.size() || correct.empty() || resamples <= 0)
        throw Error(ErrorCode::InvalidArgument,
                    "A stratified bootstrap needs one class per image and at least one resample.");
    std::map<int64_t, std::vector<int>> byClass;
    for (size_t i = 0; i < correct.size(); ++i)
        byClass[stratum[i]].push_back(correct[i] ? 1 : 0);
    const double total = double(correct.size());
    std::mt19937_64 rng(seed);
    std::vector<double> stats;
    stats.reserve(size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        double hits = 0; // over all images: each class's resampled rate times its images
        for (const auto& [_, images] : byClass) {
            // n - 1 draws (at least one) so the resampled class mean varies as much as the real one.
            const size_t n = images.size(), draws = std::max<size_t>(1, n - 1);
            std::uniform_int_distribution<size_t> pick(0, n - 1);
            int64_t drawn = 0;
            for (size_t d = 0; d < draws; ++d)
                drawn += images[pick(rng)];
            hits += double(n) * double(drawn) / double(draws);
        }
        stats.push_back(hits / total);
    }
    std::sort(stats.begin(), stats.end());
    const double alpha = 1 - level;
    auto quantile = [&](double q) { return sortedQuantile(stats, q); };
    // The accuracy moves in steps of one image, and percentiles of a statistic on that lattice
    // fall short between its points (93 % for 95 % on simulated data); half a step more on each side
    // (a continuity correction) restores the coverage.
    const double halfStep = 0.5 / total;
    return {std::max(0.0, quantile(alpha / 2) - halfStep), std::min(1.0, quantile(1 - alpha / 2) + halfStep)};
}

namespace {

constexpr int64_t kMostImages = 100000; // the power figure's search limit
constexpr double kPower = 0.8;

void checkRule(const VerdictRule& rule)
{
    if (!(rule.chance > 0 && rule.chance < 1) || !(rule.margin >= 0) || !(rule.level > 0 && rule.level < 1)
        || rule.family < 1 || rule.unit < 1)
        throw Error(ErrorCode::InvalidArgument,
                    "A verdict needs a chance level in (0, 1), a margin of 0 or more, a level in (0, 1), a family of "
                    "at least one test and a unit of at least one image.");
}

/// The count threshold of the rule's interval at n images for a target, with t = chance + margin:
/// the lower bound is above t exactly from `count` hits on (LeaksBeyondMargin), the upper bound at
/// most t exactly up to `count` hits (WithinMargin; -1: never). Both follow from the bound's
/// definition, lower(k) > t <=> P_t(X >= k) < alpha / 2 and upper(k) <= t <=> P_t(X <= k) <= alpha / 2,
/// and neither falls as n grows by one (each rises by at most one), so a scan over n carries the
/// threshold forward instead of searching afresh.
struct Threshold {
    PowerTarget target;
    double t, halfAlpha;
    int64_t n = 0, count;

    Threshold(PowerTarget target, double t, double halfAlpha)
        : target(target)
        , t(t)
        , halfAlpha(halfAlpha)
        , count(target == PowerTarget::LeaksBeyondMargin ? 0 : -1)
    {
    }
    void advance(int64_t to)
    {
        n = to;
        if (target == PowerTarget::LeaksBeyondMargin) {
            while (count <= n && binomialTailAtLeast(count, n, t) >= halfAlpha)
                ++count; // above n when no count can show it (t >= 1)
        } else {
            while (count + 1 <= n && 1 - binomialTailAtLeast(count + 2, n, t) <= halfAlpha)
                ++count;
        }
    }
    /// P(the count reaches the threshold) when the true rate is `rate`.
    double power(double rate) const
    {
        if (target == PowerTarget::LeaksBeyondMargin)
            return count > n ? 0.0 : binomialTailAtLeast(count, n, rate);
        return count < 0 ? 0.0 : 1 - binomialTailAtLeast(count + 1, n, rate);
    }
};

} // namespace

double verdictPower(PowerTarget target, int64_t n, double rate, const VerdictRule& rule)
{
    checkRule(rule);
    if (n <= 0 || !(rate >= 0 && rate <= 1))
        throw Error(ErrorCode::InvalidArgument, "Power needs a positive number of images and a rate in [0, 1].");
    Threshold at(target, rule.chance + rule.margin, (1 - rule.testLevel()) / 2);
    at.advance(n);
    return at.power(rate);
}

int64_t imagesFor80Power(PowerTarget target, double rate, const VerdictRule& rule)
{
    checkRule(rule);
    const double t = rule.chance + rule.margin;
    // At the boundary itself neither side can be shown with more than alpha / 2 probability at any n.
    if ((target == PowerTarget::LeaksBeyondMargin && rate <= t) || (target == PowerTarget::WithinMargin && rate >= t))
        return 0;
    Threshold at(target, t, (1 - rule.testLevel()) / 2);
    for (int64_t n = rule.unit; n <= kMostImages; n += rule.unit) {
        at.advance(n);
        if (at.power(rate) >= kPower)
            return n;
    }
    return 0;
}

VerdictResult decideVerdict(int64_t correct, int64_t images, const VerdictRule& rule)
{
    checkRule(rule);
    VerdictResult v;
    v.level = rule.level;
    v.family = rule.family;
    v.interval = clopperPearson(correct, images, v.testLevel());
    const double t = rule.chance + rule.margin;
    if (v.interval.low > t)
        v.verdict = StudyVerdict::Leaks;
    else if (v.interval.low > rule.chance)
        v.verdict = StudyVerdict::LeaksWithinMargin;
    else if (v.interval.high <= t)
        v.verdict = StudyVerdict::Protected;
    else
        v.verdict = StudyVerdict::Inconclusive;
    if (v.verdict == StudyVerdict::Leaks || v.verdict == StudyVerdict::Protected)
        return v;
    // Open: how many images would settle it with 80 % power if the observed rate were the truth.
    const double rate = double(correct) / double(images);
    v.powerTarget = rate > t ? PowerTarget::LeaksBeyondMargin : PowerTarget::WithinMargin;
    v.imagesFor80 = imagesFor80Power(*v.powerTarget, rate, rule);
    return v;
}

} // namespace psnn
