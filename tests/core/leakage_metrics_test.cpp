// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/vgg.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <cmath>

using namespace psnn;

namespace {

at::Generator gen(uint64_t seed) { return at::detail::createCPUGenerator(seed); }

/// n samples of N(mean, L L^T) in float64.
at::Tensor gaussian(int64_t n, const at::Tensor& mean, const at::Tensor& chol, uint64_t seed)
{
    at::Generator g = gen(seed);
    return at::randn({n, mean.numel()}, g, at::kDouble).mm(chol.t()) + mean;
}

/// Closed form for commuting covariances (both diagonal): sum (s1 + s2 - 2 sqrt(s1 s2)) = sum (sqrt s1 - sqrt s2)^2.
double diagonalFid(const at::Tensor& m1, const at::Tensor& v1, const at::Tensor& m2, const at::Tensor& v2)
{
    return ((m1 - m2).pow(2).sum() + (v1.sqrt() - v2.sqrt()).pow(2).sum()).item<double>();
}

GaussianFit exactFit(const at::Tensor& mean, const at::Tensor& cov)
{
    GaussianFit f;
    f.mean = mean;
    f.cov = cov;
    f.count = 1000;
    return f;
}

} // namespace

TEST(Fid, SetWithItselfIsZero)
{
    const at::Tensor x = at::randn({200, 16}, gen(1));
    EXPECT_NEAR(frechetDistance(x, x), 0.0, 1e-8);
}

TEST(Fid, DiagonalCovariancesMatchTheClosedForm)
{
    // Exact moments, no sampling: the matrix square root must reproduce the analytic value.
    const at::Tensor m1 = at::tensor({0.0, 1.0, -2.0, 0.5}, at::kDouble);
    const at::Tensor m2 = at::tensor({1.0, 1.0, 0.0, -0.5}, at::kDouble);
    const at::Tensor v1 = at::tensor({1.0, 4.0, 0.25, 2.0}, at::kDouble);
    const at::Tensor v2 = at::tensor({9.0, 1.0, 0.25, 0.5}, at::kDouble);
    const double expected = diagonalFid(m1, v1, m2, v2); // 5 + 4 + 1 + 0 + 0.5 = hand-checkable
    EXPECT_NEAR(expected, 1 + 4 + 1 + (4 + 1 + 0 + 0.5), 1e-12);
    EXPECT_NEAR(frechetDistance(exactFit(m1, at::diag(v1)), exactFit(m2, at::diag(v2))), expected, 1e-9);
}

TEST(Fid, CommutingFullCovariancesMatchTheClosedForm)
{
    // S1 = Q diag(a) Q^T, S2 = Q diag(b) Q^T share eigenvectors, so Tr sqrt(S1 S2) = sum sqrt(a b).
    const at::Tensor q = std::get<0>(at::linalg_qr(at::randn({5, 5}, gen(3), at::kDouble)));
    const at::Tensor a = at::tensor({0.5, 1.0, 2.0, 3.0, 4.0}, at::kDouble);
    const at::Tensor b = at::tensor({2.0, 0.1, 2.0, 1.0, 9.0}, at::kDouble);
    const at::Tensor s1 = q.mm(at::diag(a)).mm(q.t()), s2 = q.mm(at::diag(b)).mm(q.t());
    const at::Tensor m1 = at::zeros({5}, at::kDouble), m2 = at::full({5}, 0.3, at::kDouble);
    const double expected = 5 * 0.09 + (a.sqrt() - b.sqrt()).pow(2).sum().item<double>();
    EXPECT_NEAR(frechetDistance(exactFit(m1, s1), exactFit(m2, s2)), expected, 1e-9);
}

TEST(Fid, SamplesFromFullCovariancesApproachThePopulationValue)
{
    // Non-commuting covariances: compare a large-sample estimate with the exact-moment value (its
    // own computation is checked against closed forms above) and with an independent formula,
    // Tr sqrt(S1 S2) = sum sqrt(eig(S1 S2)) from the non-symmetric eigenvalues.
    const at::Tensor l1 = torch::tensor({{1.0, 0.0, 0.0}, {0.8, 0.6, 0.0}, {-0.3, 0.4, 0.5}}, torch::kDouble);
    const at::Tensor l2 = torch::tensor({{0.7, 0.0, 0.0}, {-0.2, 1.1, 0.0}, {0.5, 0.1, 0.9}}, torch::kDouble);
    const at::Tensor m1 = at::tensor({0.0, 0.5, 1.0}, at::kDouble), m2 = at::tensor({0.3, -0.5, 1.0}, at::kDouble);
    const at::Tensor s1 = l1.mm(l1.t()), s2 = l2.mm(l2.t());
    const double traceRoot = at::real(at::linalg_eigvals(s1.mm(s2))).sqrt().sum().item<double>();
    const double population = (m1 - m2).pow(2).sum().item<double>() + s1.trace().item<double>() + s2.trace().item<double>()
        - 2 * traceRoot;
    EXPECT_NEAR(frechetDistance(exactFit(m1, s1), exactFit(m2, s2)), population, 1e-9);
    const double sampled = frechetDistance(gaussian(200000, m1, l1, 5), gaussian(200000, m2, l2, 6));
    EXPECT_NEAR(sampled, population, 0.02 * population + 0.01);
}

TEST(Fid, IsSymmetric)
{
    const at::Tensor a = at::randn({300, 8}, gen(7));
    const at::Tensor b = at::randn({250, 8}, gen(8)) * 1.5 + 0.2;
    EXPECT_NEAR(frechetDistance(a, b), frechetDistance(b, a), 1e-8 * frechetDistance(a, b));
}

TEST(Fid, FewerSamplesThanDimensionsIsFinite)
{
    const at::Tensor a = at::randn({10, 64}, gen(9));
    const at::Tensor b = at::randn({7, 64}, gen(10)) + 1;
    const double fid = frechetDistance(a, b);
    EXPECT_TRUE(std::isfinite(fid));
    EXPECT_GT(fid, 0);
    // Rank-deficient in both, with identical data: still ~0, never NaN.
    EXPECT_NEAR(frechetDistance(a, a), 0.0, 1e-6);
}

TEST(Fid, RejectsMismatchedDimensions)
{
    EXPECT_THROW(frechetDistance(at::randn({5, 3}), at::randn({5, 4})), Error);
    EXPECT_THROW(fitGaussian(at::randn({1, 3})), Error);
}

TEST(Kid, SameDistributionIsNearZeroAndShiftIsPositive)
{
    const at::Tensor a = at::randn({400, 16}, gen(11));
    const at::Tensor b = at::randn({400, 16}, gen(12));
    const at::Tensor shifted = at::randn({400, 16}, gen(13)) + 0.5;
    const KidResult same = kernelInceptionDistance(a, b, 50, 200, 1);
    const KidResult diff = kernelInceptionDistance(a, shifted, 50, 200, 1);
    EXPECT_EQ(same.subsetSize, 200);
    EXPECT_LT(std::abs(same.mean), 3 * same.std + 1e-3);
    EXPECT_GT(diff.mean, 10 * std::max(same.std, 1e-4));
    EXPECT_GT(diff.mean, diff.std * 3);
}

TEST(Kid, MatchesTheUnbiasedEstimatorOnOneSubset)
{
    // One subset of the full sets: compare against a direct double loop over the definition.
    const at::Tensor x = at::randn({6, 3}, gen(14), at::kDouble);
    const at::Tensor y = at::randn({6, 3}, gen(15), at::kDouble) + 0.3;
    auto k = [](const at::Tensor& a, const at::Tensor& b) { return std::pow(a.dot(b).item<double>() / 3.0 + 1, 3); };
    double xx = 0, yy = 0, xy = 0;
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 6; ++j) {
            if (i != j) {
                xx += k(x[i], x[j]);
                yy += k(y[i], y[j]);
            }
            xy += k(x[i], y[j]);
        }
    const double expected = xx / 30 + yy / 30 - 2 * xy / 36;
    const KidResult r = kernelInceptionDistance(x, y, 3, 1000, 0);
    EXPECT_EQ(r.subsetSize, 6);
    EXPECT_NEAR(r.mean, expected, 1e-9); // every subset is a permutation of the whole set
    EXPECT_NEAR(r.std, 0.0, 1e-9);
}

TEST(Judge, CountsTargetHitsPerClass)
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0};
    config.hiddenFc = {6};
    config.classes = 3;
    const Network judge = makeVgg(config);
    const at::Tensor images = at::rand({12, 1, 8, 8}, gen(16)) * 2 - 1;
    at::Tensor predicted;
    {
        torch::NoGradGuard noGrad;
        predicted = judge.forward(images).argmax(1);
    }
    at::Tensor targets = predicted.clone();
    targets.slice(0, 0, 3) = (targets.slice(0, 0, 3) + 1) % 3; // three misses
    const JudgeScore s = judgeAccuracy(judge, images, targets);
    EXPECT_NEAR(s.accuracy, 9.0 / 12.0, 1e-12);
    int64_t total = 0;
    for (int64_t c : s.perClassCount)
        total += c;
    EXPECT_EQ(total, 12);
    EXPECT_GT(s.meanConfidence, 0);
}

TEST(Features, PenultimateFeaturesAreTheJudgesHiddenLayer)
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0};
    config.hiddenFc = {6};
    config.classes = 3;
    const Network judge = makeVgg(config);
    const auto extractor = penultimateFeatures(judge);
    const at::Tensor images = at::rand({5, 1, 8, 8}, gen(17)) * 2 - 1;
    const at::Tensor f = extractor->extract(images);
    EXPECT_EQ(f.sizes(), (at::IntArrayRef{5, 6}));
}

TEST(Features, InceptionTorchScriptGetsResizedThreeChannelInputInMinusOneToOne)
{
    // A stub "Inception": checks the input contract inside the script and returns a tuple whose
    // first element is the per-channel mean, so the preprocessing is visible in the features.
    test::TempDir dir;
    torch::jit::Module stub("Stub");
    stub.define(R"JIT(
def forward(self, x):
    assert x.size(1) == 3 and x.size(2) == 299 and x.size(3) == 299
    return (x.mean(dim=[2, 3]), x.min())
)JIT");
    stub.save(dir.file("inception.pt"));
    const InputSpec spec{1, 8, 8, {0.5}, {0.5}};
    const auto extractor = inceptionFeatures(dir.file("inception.pt"), spec, 2);
    // White (x01 = 1, normalised 1), black (x01 = 0, normalised -1), mid grey (0).
    const at::Tensor images = at::cat({at::ones({1, 1, 8, 8}), -at::ones({1, 1, 8, 8}), at::zeros({1, 1, 8, 8})});
    const at::Tensor f = extractor->extract(images);
    ASSERT_EQ(f.sizes(), (at::IntArrayRef{3, 3}));
    EXPECT_TRUE(at::allclose(f[0], at::ones({3}), 1e-5, 1e-5));
    EXPECT_TRUE(at::allclose(f[1], -at::ones({3}), 1e-5, 1e-5));
    EXPECT_TRUE(at::allclose(f[2], at::zeros({3}), 1e-5, 1e-5));
    EXPECT_THROW(inceptionFeatures(dir.file("missing.pt"), spec), Error);
}
