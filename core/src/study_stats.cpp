// SPDX-License-Identifier: GPL-3.0-or-later
// The study's statistics: exact binomial intervals, the exact paired McNemar test, a cluster
// bootstrap over classes, and the three verdicts.
#include "privatesnn/study.h"

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

Interval clusterBootstrap(const std::vector<int>& correct, const std::vector<int64_t>& cluster, int resamples, uint64_t seed,
                          double level)
{
    if (correct.size() != cluster.size() || correct.empty() || resamples <= 0)
        throw Error(ErrorCode::InvalidArgument, "A cluster bootstrap needs one cluster per observation and at least one resample.");
    // Per cluster: (hits, images).
    std::map<int64_t, std::pair<int64_t, int64_t>> byCluster;
    for (size_t i = 0; i < correct.size(); ++i) {
        byCluster[cluster[i]].first += correct[i] ? 1 : 0;
        byCluster[cluster[i]].second += 1;
    }
    std::vector<std::pair<int64_t, int64_t>> units;
    for (const auto& [_, counts] : byCluster)
        units.push_back(counts);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, units.size() - 1);
    std::vector<double> stats;
    stats.reserve(size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        int64_t hits = 0, total = 0;
        for (size_t j = 0; j < units.size(); ++j) {
            const auto& u = units[pick(rng)];
            hits += u.first;
            total += u.second;
        }
        stats.push_back(double(hits) / double(total));
    }
    std::sort(stats.begin(), stats.end());
    const double alpha = 1 - level;
    auto quantile = [&](double q) {
        const double pos = q * double(stats.size() - 1);
        const size_t i = size_t(std::floor(pos));
        const double f = pos - double(i);
        return i + 1 < stats.size() ? stats[i] * (1 - f) + stats[i + 1] * f : stats[i];
    };
    return {quantile(alpha / 2), quantile(1 - alpha / 2)};
}

VerdictResult decideVerdict(int64_t correct, int64_t images, double chance, double margin, double level)
{
    VerdictResult v;
    v.interval = clopperPearson(correct, images, level);
    if (v.interval.low > chance) {
        v.verdict = StudyVerdict::Leaks;
        return v;
    }
    if (v.interval.high <= chance + margin) {
        v.verdict = StudyVerdict::Protected;
        return v;
    }
    // How many images would decide it if the observed rate held: the smallest n at which either
    // rule fires (doubling, then bisection; both rules become easier to meet as n grows).
    const double rate = double(correct) / double(images);
    auto decides = [&](int64_t n) {
        const int64_t k = int64_t(std::llround(rate * double(n)));
        const Interval ci = clopperPearson(k, n, level);
        return ci.low > chance || ci.high <= chance + margin;
    };
    constexpr int64_t kLimit = 100000;
    int64_t hi = images;
    while (hi < kLimit && !decides(hi))
        hi = std::min(kLimit, hi * 2);
    if (!decides(hi))
        return v; // imagesNeeded = 0: on a boundary, more images alone will not decide it
    int64_t lo = images;
    while (hi - lo > 1) {
        const int64_t mid = (lo + hi) / 2;
        (decides(mid) ? hi : lo) = mid;
    }
    v.imagesNeeded = hi;
    return v;
}

double normaliseDistance(double value, double realReference, double noiseReference)
{
    const double span = noiseReference - realReference;
    return std::abs(span) > 0 ? (value - realReference) / span : 0.0;
}

} // namespace psnn
