// SPDX-License-Identifier: GPL-3.0-or-later
// The natural-image priors of the class-representation attacks (attack_priors.h) and the readable
// preset: each prior does what it claims, every prior left off leaves the paper's attack as it was.
#include "attack_common.h"
#include "attack_priors.h"
#include "expect_error.h"

#include "privatesnn/attacks.h"
#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/snn_evaluation.h"
#include "privatesnn/vgg.h"
#include "test_observers.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <set>

using namespace psnn;

namespace {

Network priorsVgg(uint64_t seed = 4)
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0, 6, 0};
    config.hiddenFc = {12};
    config.classes = 3;
    config.seed = seed;
    return makeVgg(config);
}

at::Tensor priorsNoise(int64_t n, uint64_t seed = 2)
{
    return at::rand({n, 1, 8, 8}, at::detail::createCPUGenerator(seed)) * 2 - 1;
}

/// Flatten + Linear whose class 0 reads the single pixel (4, 4): as translation-sensitive as a model
/// can be, so where the attack's gradient lands shows which transform was applied.
Network priorsOnePixelModel()
{
    Network net;
    net.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    Layer flatten;
    flatten.kind = LayerKind::Flatten;
    Layer fc;
    fc.kind = LayerKind::Linear;
    fc.weight = at::zeros({2, 64});
    fc.weight[0][4 * 8 + 4] = 1.0;
    fc.bias = at::zeros({2});
    net.layers = {flatten, fc};
    return net;
}

/// Attack 1 reduced to its gradient steps: no blur, decay or 8-bit rounding, one image of class 0.
AttackConfig priorsPlainSteps(int iterations)
{
    AttackConfig c = paperAttackConfig(1);
    c.iterations = iterations;
    c.restarts = 1;
    c.classes = {0};
    c.blurEvery = 0;
    c.weightDecay = 0;
    c.quantize = false;
    c.stepSize = 0.01; // small: no pixel reaches the clamp
    return c;
}

/// Pixels the attack changed (against its own start image).
at::Tensor priorsChangedPixels(const Network& net, const AttackConfig& c)
{
    AttackConfig still = c;
    still.stepSize = 1e-30;
    const at::Tensor start = classRepresentation(net, still).images;
    return ((classRepresentation(net, c).images - start).abs() > 1e-7)[0][0];
}

} // namespace

TEST(AttackPriors, AllPriorsOffLeaveAttackOneStepForStepThePapersAlgorithm)
{
    // Algorithm 2 as the lab ran it before the priors existed, written out with the same
    // operations: with every prior off the attack must give exactly these images.
    const Network net = priorsVgg();
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 9;
    c.restarts = 2;
    c.classes = {0, 2};
    const AttackResult r = classRepresentation(net, c);
    const InputSpec& spec = net.input;
    const auto [lo, hi] = psnn::detail::validRange(spec);
    std::vector<at::Tensor> init;
    std::vector<int64_t> targets;
    for (int64_t cls : c.classes)
        for (int k = 0; k < c.restarts; ++k) {
            at::Generator gen =
                at::detail::createCPUGenerator(psnn::detail::mixSeed(c.seed, uint64_t(cls), uint64_t(k)));
            init.push_back(at::rand({1, 1, 8, 8}, gen) * (hi - lo) + lo);
            targets.push_back(cls);
        }
    at::Tensor x = psnn::detail::quantize8(at::cat(init), spec);
    const at::Tensor t = at::tensor(targets, at::kLong).view({-1, 1});
    for (int it = 1; it <= c.iterations; ++it) {
        if (it % c.blurEvery == 0)
            x = psnn::detail::gaussianBlur(x, c.blurSigma);
        const at::Tensor leaf = x.detach().requires_grad_(true);
        const at::Tensor g = torch::autograd::grad({net.forward(leaf).gather(1, t).squeeze(1).sum()}, {leaf})[0];
        x = psnn::detail::quantize8(at::max(at::min(x + c.stepSize * (g - c.weightDecay * x), hi), lo), spec).detach();
    }
    EXPECT_TRUE(at::equal(r.images, x));
    EXPECT_EQ(r.blurIterations, (std::vector<int>{4, 8}));
}

TEST(AttackPriors, FourierParametrisationRoundTripsAndFavoursLowFrequencies)
{
    for (int64_t w : {8, 7}) {
        const at::Tensor x = at::rand({2, 3, 8, w}, at::detail::createCPUGenerator(5));
        const at::Tensor scale = psnn::detail::spectrumScale(8, w, 1.0, x.options());
        EXPECT_NEAR(scale.max().item<double>(), 1.0, 1e-6);
        const at::Tensor back = psnn::detail::imageFromSpectrum(psnn::detail::spectrumFromImage(x, scale), scale, 8, w);
        EXPECT_TRUE(at::allclose(back, x, 1e-5, 1e-5)) << "width " << w;
    }
    // A constant (DC) step passes unchanged; a checkerboard (the highest frequency) nearly vanishes.
    const at::Tensor flat = at::full({1, 1, 8, 8}, 0.3);
    EXPECT_TRUE(at::allclose(psnn::detail::fourierStep(flat, 1.0), flat, 1e-5, 1e-6));
    const at::Tensor checker =
        ((at::arange(8).view({-1, 1}) + at::arange(8).view({1, -1})) % 2 * 2 - 1).to(at::kFloat).view({1, 1, 8, 8});
    const at::Tensor damped = psnn::detail::fourierStep(checker, 1.0);
    EXPECT_LT(damped.norm().item<double>(), 0.05 * checker.norm().item<double>());
    EXPECT_TRUE(at::equal(psnn::detail::fourierStep(checker, 0.0), checker)); // decay 0 = off
}

TEST(AttackPriors, FourierParametrisationMakesTheAttacksChangesSmoother)
{
    const Network net = priorsVgg();
    AttackConfig c = priorsPlainSteps(10);
    c.restarts = 2;
    c.classes = {};
    AttackConfig still = c;
    still.stepSize = 1e-30;
    const at::Tensor start = classRepresentation(net, still).images;
    const at::Tensor plain = classRepresentation(net, c).images - start;
    c.priors.fourierDecay = 1;
    const at::Tensor fourier = classRepresentation(net, c).images - start;
    // Compared per unit of change: the parametrisation shrinks every step, smoothing is the claim.
    const double plainRoughness =
        (psnn::detail::totalVariation(plain) / plain.pow(2).sum({1, 2, 3})).mean().item<double>();
    const double fourierRoughness =
        (psnn::detail::totalVariation(fourier) / fourier.pow(2).sum({1, 2, 3})).mean().item<double>();
    EXPECT_LT(fourierRoughness, 0.5 * plainRoughness) << plainRoughness << " vs " << fourierRoughness;
}

TEST(AttackPriors, TotalVariationPriorLowersTheResultsTotalVariation)
{
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 20;
    c.restarts = 2;
    c.stepSize = 1.0;
    c.blurEvery = 0;
    const double without =
        psnn::detail::totalVariation(classRepresentation(priorsVgg(), c).images).mean().item<double>();
    c.priors.tv = 0.05;
    const double with = psnn::detail::totalVariation(classRepresentation(priorsVgg(), c).images).mean().item<double>();
    EXPECT_LT(with, 0.8 * without) << without << " vs " << with;
}

TEST(AttackPriors, WithoutTransformsTheGradientLandsOnTheOnePixelTheModelReads)
{
    const at::Tensor changed = priorsChangedPixels(priorsOnePixelModel(), priorsPlainSteps(8));
    EXPECT_EQ(changed.sum().item<int64_t>(), 1);
    EXPECT_TRUE(changed[4][4].item<bool>());
}

TEST(AttackPriors, JitterMovesWhereTheGradientLands)
{
    AttackConfig c = priorsPlainSteps(12);
    c.priors.jitter = 2;
    const at::Tensor changed = priorsChangedPixels(priorsOnePixelModel(), c);
    EXPECT_GT(changed.sum().item<int64_t>(), 2); // several shifts were drawn
    const at::Tensor where = changed.nonzero();
    for (int64_t k = 0; k < where.size(0); ++k) { // each a shift of (4, 4) by at most 2 pixels
        EXPECT_LE(std::abs(where[k][0].item<int64_t>() - 4), 2);
        EXPECT_LE(std::abs(where[k][1].item<int64_t>() - 4), 2);
    }
}

TEST(AttackPriors, RotationAndZoomSpreadTheGradientThroughTheWarp)
{
    for (const auto& [scale, rotate] : {std::pair{0.0, 20.0}, std::pair{0.2, 0.0}}) {
        AttackConfig c = priorsPlainSteps(6);
        c.priors.scale = scale;
        c.priors.rotate = rotate;
        const at::Tensor changed = priorsChangedPixels(priorsOnePixelModel(), c);
        // Bilinear sampling of (4, 4) from a rotated or zoomed grid reads its neighbours: the warp's
        // adjoint puts the gradient there, and nowhere far away.
        EXPECT_GT(changed.sum().item<int64_t>(), 1) << "scale " << scale << " rotate " << rotate;
        EXPECT_FALSE(changed.slice(0, 0, 2).any().item<bool>());
        EXPECT_FALSE(changed.slice(1, 0, 2).any().item<bool>());
    }
    // The warp itself: a zero rotation and unit zoom are the identity; a 90-degree turn is exact.
    const at::Tensor x = priorsNoise(1, 8);
    EXPECT_TRUE(at::equal(psnn::detail::applyWarp(x, {}), x));
    EXPECT_TRUE(at::allclose(psnn::detail::applyWarp(x, {1.0, 90.0}), at::rot90(x, 1, {2, 3}), 1e-4, 1e-5)
                || at::allclose(psnn::detail::applyWarp(x, {1.0, 90.0}), at::rot90(x, -1, {2, 3}), 1e-4, 1e-5));
}

TEST(AttackPriors, FeatureStatisticsPriorPullsTowardsTheReferenceStatistics)
{
    const Network net = priorsVgg();
    AttackConfig c = priorsPlainSteps(15);
    c.stepSize = 0.5;
    c.restarts = 2;
    c.classes = {};
    c.syntheticImages = priorsNoise(40, 17) * 0.3; // low-contrast references: statistics unlike the attack's
    const psnn::detail::FeatureStatistics stats = psnn::detail::featureStatistics(net, c.syntheticImages);
    ASSERT_EQ(stats.layers.size(), 2u); // both convolutional ReLUs
    auto loss = [&](const at::Tensor& images) {
        torch::NoGradGuard noGrad;
        at::Tensor logits;
        return psnn::detail::featureStatisticsLoss(net, stats, images, logits).mean().item<double>();
    };
    const double without = loss(classRepresentation(net, c).images);
    c.priors.featureStats = 2.0;
    const double with = loss(classRepresentation(net, c).images);
    EXPECT_LT(with, 0.8 * without) << without << " vs " << with;
    c.syntheticImages = at::Tensor();
    test::expectError([&] { classRepresentation(net, c); }, ErrorCode::InvalidArgument,
                      {"reference images", "feature_stats"});
}

TEST(AttackPriors, NegativeOrOutOfRangePriorsAreRefusedNamingTheSetting)
{
    for (const char* name : {"scale", "rotate", "fourier_decay", "feature_stats"}) {
        AttackConfig c = priorsPlainSteps(1);
        double& value = std::string(name) == "scale" ? c.priors.scale
            : std::string(name) == "rotate"          ? c.priors.rotate
            : std::string(name) == "fourier_decay"   ? c.priors.fourierDecay
                                                     : c.priors.featureStats;
        value = -0.5;
        test::expectError([&] { classRepresentation(priorsVgg(), c); }, ErrorCode::InvalidArgument,
                          {std::string("'") + name + "'"});
    }
    AttackConfig c = priorsPlainSteps(1);
    c.priors.scale = 1.0;
    test::expectError([&] { classRepresentation(priorsVgg(), c); }, ErrorCode::InvalidArgument, {"'scale'", "below 1"});
    // The pipeline's settings name the whole key, for every attack.
    for (const char* key : {"tv", "rotate", "fourier_decay", "feature_stats"})
        for (const char* attack : {"attack1", "attack3"}) {
            const nlohmann::json bad{{"leakage", {{attack, {{key, -1.0}}}}}};
            test::expectError([&] { validatePipelineConfig(withSettings(demoProfile(), bad)); },
                              ErrorCode::InvalidArgument, {std::string("leakage.") + attack + "." + key});
        }
}

TEST(AttackPriors, ReadablePresetRunsEndToEndAndJoinsTheLeakageTable)
{
    ConversionSettings s;
    s.timesteps = 8;
    s.batchSize = 16;
    const SpikingModel snn = convertToSnn(priorsVgg(), priorsNoise(32), s);
    AttackConfig c = attackPreset("readable", 1);
    EXPECT_GT(c.priors.fourierDecay, 0);
    EXPECT_GT(c.priors.rotate, 0);
    c.iterations = 8;
    c.restarts = 2;
    const AttackResult r = attackReconverted(snn, c);
    ASSERT_EQ(r.images.size(0), 6);
    EXPECT_TRUE(r.images.isfinite().all().item<bool>());
    EXPECT_LE(r.images.abs().max().item<double>(), 1.0);
    test::expectError([] { attackPreset("pretty", 1); }, ErrorCode::InvalidArgument, {"readable"});

    const Network judge = priorsVgg(9);
    const auto features = penultimateFeatures(judge);
    Dataset reference;
    reference.images = priorsNoise(60, 31);
    reference.labels = at::arange(60, at::kLong) % 3;
    LeakageStudyInputs in;
    in.snn = &snn;
    in.judge = &judge;
    in.features = features.get();
    in.reference = &reference;
    LeakageStudyConfig config;
    config.runAttack2 = false;
    config.runAttack3 = true;
    config.attack1.iterations = 3;
    config.attack1.restarts = 2;
    config.attack3.iterations = 3;
    config.attack3.restarts = 2;
    config.kidSubsets = 5;
    const LeakageStudy study = runLeakageStudy(in, config);
    ASSERT_EQ(study.rows.size(), 4u); // real, noise, A1 SNN, A3 SNN
    EXPECT_EQ(study.rows.back().attack, "attack 3");
    EXPECT_EQ(study.rows.back().result.method, "attack 3 (readable: re-converted ANN)");
    EXPECT_EQ(study.rows.back().score.images, 6);
    const std::vector<GridColumn> columns = leakageGridColumns(study);
    ASSERT_EQ(columns.size(), 3u);
    EXPECT_EQ(columns.back().title, "A3 w/o");
}

TEST(AttackPriors, SurrogateLearnsTheSnnsOutputsAndJoinsTheReconversionsAscent)
{
    ConversionSettings s;
    s.timesteps = 8;
    s.batchSize = 16;
    SpikingModel snn = convertToSnn(priorsVgg(), priorsNoise(32), s);
    // An untrained toy's class probabilities are nearly uniform; sharpened, there is something to learn.
    for (size_t i = snn.network.layers.size(); i-- > 0;)
        if (snn.network.layers[i].kind == LayerKind::Linear) {
            snn.network.layers[i].weight = snn.network.layers[i].weight * 20;
            if (snn.network.layers[i].bias.defined())
                snn.network.layers[i].bias = snn.network.layers[i].bias * 20;
            break;
        }
    const at::Tensor synthetic = priorsNoise(96, 41);
    test::SeriesRecorder rec;
    const Network surrogate = distilSurrogate(snn, synthetic, 40, 3, rec);
    const auto& loss = rec.series.at("surrogate_loss");
    ASSERT_EQ(loss.size(), 40u);
    EXPECT_LT(loss.back().second, 0.9 * loss.front().second);
    // Fresh weights, not the SNN's: it learnt the behaviour, it did not copy the parameters.
    EXPECT_FALSE(at::allclose(surrogate.layers[0].weight, snn.network.layers[0].weight));
    {
        torch::NoGradGuard noGrad;
        const at::Tensor agree =
            surrogate.forward(synthetic).argmax(1).eq(classScores(snn, synthetic, 100, 3).argmax(1));
        EXPECT_GT(agree.to(at::kDouble).mean().item<double>(), 0.45); // chance: 1/3
    }

    AttackConfig c = priorsPlainSteps(4);
    c.surrogateEpochs = 3;
    test::expectError([&] { attackReconverted(snn, c); }, ErrorCode::InvalidArgument, {"surrogate_epochs"});
    test::expectError([&] { classRepresentation(priorsVgg(), c); }, ErrorCode::InvalidArgument, {"surrogate_epochs"});
    c.syntheticImages = synthetic;
    const AttackResult joint = attackReconverted(snn, c);
    EXPECT_NE(joint.method.find("surrogate"), std::string::npos) << joint.method;
    EXPECT_TRUE(joint.images.isfinite().all().item<bool>());
    c.surrogateEpochs = 0; // the surrogate's gradient is added: the images differ from the re-conversion's alone
    EXPECT_FALSE(at::allclose(attackReconverted(snn, c).images, joint.images));
}
