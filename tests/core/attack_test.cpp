// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/attacks.h"
#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/vgg.h"
#include "snn_reference.h"
#include "test_observers.h"
#include "test_support.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <filesystem>
#include <map>

using namespace psnn;

namespace {

Network seededTinyVgg(uint64_t seed = 4)
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0, 6, 0};
    config.hiddenFc = {12};
    config.classes = 3;
    config.seed = seed;
    return makeVgg(config);
}

at::Tensor seededImages(int64_t n, uint64_t seed = 2)
{
    return at::rand({n, 1, 8, 8}, at::detail::createCPUGenerator(seed)) * 2 - 1;
}

SpikingModel tinySnn(InputCoding coding = InputCoding::Poisson, int T = 16)
{
    ConversionSettings s;
    s.timesteps = T;
    s.batchSize = 16;
    s.coding = coding;
    return convertToSnn(seededTinyVgg(), seededImages(32), s);
}

at::Tensor logits(const Network& net, const at::Tensor& x)
{
    torch::NoGradGuard noGrad;
    return net.forward(x);
}

} // namespace

TEST(Attack, ReconvertedAnnHasTheSnnWeightsAndItsLogits)
{
    const SpikingModel snn = tinySnn();
    const Network ann = reconvertToAnn(snn);
    const at::Tensor x = seededImages(5, 3);
    EXPECT_TRUE(at::allclose(logits(ann, x), logits(snn.network, x)));
    // The weights are copies: changing the ANN leaves the SNN alone.
    ann.layers[0].weight.add_(1.0);
    EXPECT_FALSE(at::allclose(ann.layers[0].weight, snn.network.layers[0].weight));
}

TEST(Attack, ReconversionInsertsReluWhereTheChainHasNone)
{
    SpikingModel snn = tinySnn();
    std::vector<Layer> noRelu;
    std::vector<at::Tensor> thresholds;
    for (size_t i = 0; i < snn.network.layers.size(); ++i)
        if (snn.network.layers[i].kind != LayerKind::ReLU) {
            noRelu.push_back(snn.network.layers[i]);
            thresholds.push_back(snn.thresholds[i]);
        }
    const Network reference = reconvertToAnn(snn);
    snn.network.layers = noRelu;
    snn.thresholds = thresholds;
    const Network rebuilt = reconvertToAnn(snn);
    const at::Tensor x = seededImages(4, 5);
    EXPECT_TRUE(at::allclose(logits(rebuilt, x), logits(reference, x)));
}

TEST(Attack, OneRaisesTheTargetLogit)
{
    const Network net = seededTinyVgg();
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 40;
    c.restarts = 2;
    c.stepSize = 1.0; // a tiny untrained network has large input gradients relative to its logits
    test::SeriesRecorder rec;
    const AttackResult r = classRepresentation(net, c, rec);
    ASSERT_EQ(r.images.size(0), 6); // 3 classes x 2 restarts
    EXPECT_TRUE(r.images.isfinite().all().item<bool>());
    EXPECT_LE(r.images.max().item<double>(), 1.0);
    EXPECT_GE(r.images.min().item<double>(), -1.0);
    for (int64_t cls = 0; cls < 3; ++cls) {
        const auto& s = rec.series.at("target_logit/" + std::to_string(cls));
        ASSERT_EQ(s.size(), 40u);
        EXPECT_GT(s.back().second, s.front().second) << "class " << cls;
    }
    // The final score is the attacked model's logit on the returned image.
    const at::Tensor y = logits(net, r.images).gather(1, r.labels.view({-1, 1})).squeeze(1);
    for (int64_t i = 0; i < 6; ++i)
        EXPECT_NEAR(y[i].item<double>(), r.targetScore[size_t(i)], 1e-4);
    // Pixels are 8-bit after every step ([U]).
    const at::Tensor levels = (r.images + 1) / 2 * 255;
    EXPECT_LT((levels - levels.round()).abs().max().item<double>(), 1e-3);
}

TEST(Attack, BlurRunsExactlyOnMultiplesOfItsPeriod)
{
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 13;
    c.restarts = 1;
    c.classes = {1};
    const AttackResult r = classRepresentation(seededTinyVgg(), c);
    EXPECT_EQ(r.blurIterations, (std::vector<int>{4, 8, 12}));
    c.blurEvery = 0;
    EXPECT_TRUE(classRepresentation(seededTinyVgg(), c).blurIterations.empty());
}

TEST(Attack, BlurSmoothsTheImageOnlyOnItsIteration)
{
    // Observed through one iteration with a zero step: the image after the blur iteration is the blur.
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 4;
    c.restarts = 1;
    c.classes = {0};
    c.quantize = false;
    c.weightDecay = 0;
    c.stepSize = 1e-30;
    std::vector<at::Tensor> frames;
    c.onImage = [&](int64_t, int, const at::Tensor& image) { frames.push_back(image); };
    c.imageEvery = 1;
    const AttackResult r = classRepresentation(seededTinyVgg(), c);
    ASSERT_EQ(frames.size(), 4u);
    EXPECT_TRUE(at::allclose(frames[2], frames[0])); // no blur on 1..3
    EXPECT_LT(frames[3].std().item<double>(), 0.7 * frames[2].std().item<double>()); // smoothed on 4
    EXPECT_NEAR(frames[3].mean().item<double>(), frames[2].mean().item<double>(), 0.05);
}

TEST(Attack, ResultsDoNotDependOnTheBatchLayout)
{
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 6;
    c.restarts = 2;
    c.priors.jitter = 1;
    c.priors.tv = 0.01;
    const AttackResult whole = classRepresentation(seededTinyVgg(), c);
    c.batchSize = 4;
    const AttackResult split = classRepresentation(seededTinyVgg(), c);
    EXPECT_TRUE(at::allclose(whole.images, split.images, 1e-5, 1e-5));
}

TEST(Attack, BestOfSelectionKeepsTheHighestScoringCandidates)
{
    AttackConfig c = paperAttackConfig(1);
    c.iterations = 5;
    c.restarts = 2;
    c.stepSize = 0.5;
    c.candidates = 3;
    const AttackResult r = classRepresentation(seededTinyVgg(), c);
    ASSERT_EQ(r.images.size(0), 6);
    for (int64_t k = 0; k < 3; ++k)
        EXPECT_GE(r.targetScore[size_t(2 * k)], r.targetScore[size_t(2 * k + 1)]);
    // The kept images are at least as good as the plain run's (whose candidates are a subset).
    c.candidates = 1;
    const AttackResult plain = classRepresentation(seededTinyVgg(), c);
    for (int64_t k = 0; k < 3; ++k)
        EXPECT_GE(r.targetScore[size_t(2 * k)] + 1e-6, std::max(plain.targetScore[size_t(2 * k)], plain.targetScore[size_t(2 * k + 1)]));
}

TEST(Attack, RejectsUnknownClassesAndStopsWhenCancelled)
{
    AttackConfig c = paperAttackConfig(1);
    c.classes = {7};
    EXPECT_THROW(classRepresentation(seededTinyVgg(), c), Error);
    struct Cancel : ProgressSink {
        bool cancelled() const override { return true; }
    } cancel;
    c.classes = {0};
    try {
        classRepresentation(seededTinyVgg(), c, cancel);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
}

TEST(Attack, TwoDeconvolvedGradientIsTheStraightThroughInputGradient)
{
    // Direct coding: the encoder is the identity, so the attack's step W1^T G (G accumulated at the
    // first layer's output) must equal autograd's (1/T) d y_c / d x through the whole simulation.
    const SpikingModel snn = tinySnn(InputCoding::Direct, 10);
    AttackConfig c = paperAttackConfig(2);
    c.iterations = 1;
    c.restarts = 1;
    c.classes = {2};
    c.stepSize = 0.05;
    AttackConfig c0 = c;
    c0.stepSize = 1e-30; // the start image: the attack's own seeded noise
    const AttackResult start = attackSnnDirect(snn, c0);
    const AttackResult r = attackSnnDirect(snn, c);
    const at::Tensor x = start.images.detach().requires_grad_(true);
    SnnSimulator sim(snn);
    sim.setSurrogate(c.surrogate);
    at::Tensor out;
    for (int t = 0; t < snn.timesteps; ++t)
        out = sim.step(x);
    const at::Tensor grad = torch::autograd::grad({out[0][2]}, {x})[0] / double(snn.timesteps);
    ASSERT_GT(grad.abs().max().item<double>(), 1e-2); // a meaningful gradient, not a vacuous match
    const at::Tensor free = (start.images + c.stepSize * grad).abs() < 0.999; // pixels the clamp leaves alone
    ASSERT_GT(free.sum().item<int64_t>(), 32);
    const at::Tensor step = (r.images - start.images) / c.stepSize;
    EXPECT_TRUE(at::allclose(step.index({free}), grad.index({free}), 1e-3, 1e-4))
        << (step - grad).index({free}).abs().max();
}

TEST(Attack, TwoProducesFiniteImagesAndRaisesTheSnnTargetOutput)
{
    const SpikingModel snn = tinySnn(InputCoding::Poisson, 16);
    AttackConfig c = paperAttackConfig(2);
    c.iterations = 25;
    c.restarts = 2;
    c.stepSize = 0.5; // zeta = 0.01 barely moves an 8x8 toy in 25 steps
    test::SeriesRecorder rec;
    const AttackResult r = attackSnnDirect(snn, c, rec);
    ASSERT_EQ(r.images.size(0), 6);
    EXPECT_TRUE(r.images.isfinite().all().item<bool>());
    AttackConfig c0 = c;
    c0.iterations = 1;
    c0.stepSize = 1e-30;
    const AttackResult start = attackSnnDirect(snn, c0);
    // Same Poisson stream for before and after; average over a few streams to beat the noise.
    double before = 0, after = 0;
    for (uint64_t seed = 0; seed < 4; ++seed) {
        before += test::snnOutput(snn, start.images, seed).gather(1, start.labels.view({-1, 1})).sum().item<double>();
        after += test::snnOutput(snn, r.images, seed).gather(1, r.labels.view({-1, 1})).sum().item<double>();
    }
    EXPECT_GT(after, before);
    EXPECT_EQ(rec.series.at("target_logit/0").size(), 25u);
}

TEST(Attack, ImagesAndGridAreWrittenAsPng)
{
    test::TempDir dir;
    const InputSpec spec{1, 8, 8, {0.5}, {0.5}};
    const at::Tensor x = seededImages(4, 21);
    saveImagePng(dir.file("one.png"), x[0], spec);
    EXPECT_TRUE(std::filesystem::exists(dir.file("one.png")));
    const at::Tensor labels = at::tensor({0, 1, 1, 2}, at::kLong);
    saveAttackGrid(dir.file("grid.png"), {{"real", x, labels}, {"A1", x.slice(0, 0, 2), labels.slice(0, 0, 2)}}, {0, 1, 2},
                   {"zero", "one", "two"}, spec);
    EXPECT_GT(std::filesystem::file_size(dir.file("grid.png")), 100u);
    EXPECT_THROW(saveImagePng(dir.file("no/such/dir/x.png"), x[0], spec), Error);
}

TEST(Attack, LeakageStudyScoresEveryAvailableRow)
{
    const Network ann = seededTinyVgg();
    const SpikingModel snn = tinySnn();
    const Network judge = seededTinyVgg(9);
    const auto features = penultimateFeatures(judge);
    Dataset reference;
    reference.images = seededImages(60, 31);
    reference.labels = at::arange(60, at::kLong) % 3;
    LeakageStudyInputs in;
    in.ann = &ann;
    in.snn = &snn;
    in.judge = &judge;
    in.features = features.get();
    in.reference = &reference;
    LeakageStudyConfig config;
    config.attack1.iterations = 4;
    config.attack1.restarts = 2;
    config.attack2.iterations = 2;
    config.attack2.restarts = 2;
    config.kidSubsets = 5;
    const LeakageStudy study = runLeakageStudy(in, config);
    ASSERT_EQ(study.rows.size(), 5u); // real, noise, A1 ANN, A1 SNN, A2 SNN
    EXPECT_EQ(study.referenceImages, 54);
    for (const LeakageRow& row : study.rows) {
        EXPECT_TRUE(std::isfinite(row.score.fid)) << row.attack << " " << row.target;
        ASSERT_TRUE(row.score.judge.has_value());
        EXPECT_EQ(row.score.images, 6);
    }
    EXPECT_EQ(leakageGridColumns(study).size(), 4u); // real, ANN, A1 w/o, A2 w/o
}
