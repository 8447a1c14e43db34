// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/ann_training.h"
#include "privatesnn/error.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/vgg.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/utils.h>

#include <cmath>
#include <filesystem>
#include <vector>

using namespace psnn;

namespace {

/// Flatten + one Linear layer with the given class weight rows, on 1 x 1 x F inputs.
Network linearClassifier(const at::Tensor& weight)
{
    Network net;
    net.input = InputSpec{1, 1, weight.size(1), {0.5}, {0.5}};
    Layer flatten;
    flatten.kind = LayerKind::Flatten;
    Layer fc;
    fc.kind = LayerKind::Linear;
    fc.path = "fc";
    fc.weight = weight;
    net.layers = {flatten, fc};
    return net;
}

Network tinyVgg(int64_t channels = 1)
{
    VggConfig config;
    config.input = InputSpec{channels, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0, 6, 0};
    config.hiddenFc = {12};
    config.classes = 3;
    config.fcDropout = 0.5; // must stay off during synthesis (eval mode)
    config.seed = 11;
    Network net = makeVgg(config);
    net.info.classNames = {"T-shirt/top", "Trouser", "Bag"};
    return net;
}

/// The tiny network trained to tell apart three bright regions (left, right, top half), so it
/// has a trained classifier's confident logits.
Network trainedTinyVgg()
{
    Dataset data;
    const int64_t n = 96;
    data.images = at::full({n, 1, 8, 8}, -1.0);
    data.labels = at::arange(n) % 3;
    for (int64_t i = 0; i < n; ++i) {
        if (i % 3 == 2)
            data.images[i].narrow(1, 0, 4).fill_(1.0);
        else
            data.images[i].narrow(2, (i % 3) * 4, 4).fill_(1.0);
    }
    data.images += at::randn({n, 1, 8, 8}, at::detail::createCPUGenerator(2)) * 0.2;
    data.classNames = {"left", "right", "top"};
    Network net = tinyVgg();
    AnnTrainConfig config;
    config.epochs = 10;
    config.batchSize = 16;
    config.learningRate = 1e-2;
    config.horizontalFlip = false;
    config.maxShift = 0;
    trainAnn(net, data, nullptr, config, nullProgress());
    return net;
}

SynthesisConfig quickSynthesisConfig()
{
    SynthesisConfig c;
    c.perClass = 4;
    c.steps = 8;
    c.batchSize = 5;
    c.seed = 3;
    return c;
}

/// Records the loss series and cancels once enough batches are done.
struct SynthesisRecorder : ProgressSink {
    std::vector<double> losses;
    int64_t batchesDone = 0;
    int64_t cancelAfter = -1;
    void metric(const std::string& series, double, double y) override
    {
        if (series == "synthesis_loss")
            losses.push_back(y);
    }
    bool cancelled() const override { return cancelAfter >= 0 && batchesDone >= cancelAfter; }
};

} // namespace

TEST(Synthesis, SimilarityIsRowMinMaxNormalisedCosine)
{
    // Classes (1,0), (0,1), (1,1), (-1,0): cosines 0, 1/sqrt2, -1, ... known by hand.
    const at::Tensor w = at::tensor({1.0f, 0.0f, 0.0f, 1.0f, 1.0f, 1.0f, -1.0f, 0.0f}).view({4, 2});
    const at::Tensor s = classSimilarity(linearClassifier(w));
    const double r = 1 / std::sqrt(2.0);
    const std::vector<std::vector<double>> expected = {
        {1.0, 0.5, (r + 1) / 2, 0.0},             // row 0 ranges over [-1, 1]
        {0.0, 1.0, (r - 0) / 1.0, 0.0},           // row 1: min 0 (classes 0 and 3), max 1
        {(r + r) / (1 + r), (r + r) / (1 + r), 1.0, 0.0}, // row 2: min -r, max 1
        {0.0, 0.5, (-r + 1) / 2, 1.0}};           // row 3: min -1 (class 0)
    ASSERT_EQ(s.sizes(), (std::vector<int64_t>{4, 4}));
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            EXPECT_NEAR(s[i][j].item<double>(), expected[size_t(i)][size_t(j)], 1e-6) << i << "," << j;
}

TEST(Synthesis, SimilarityNeedsALinearLayer)
{
    Network net;
    Layer relu;
    net.layers = {relu};
    EXPECT_THROW(classSimilarity(net), Error);
}

TEST(Synthesis, DirichletSamplesSumToOneWithTheRightMean)
{
    at::Generator gen = at::detail::createCPUGenerator(5);
    const at::Tensor alpha = at::tensor({2.0f, 0.5f, 1.0f, 0.5f});
    const at::Tensor samples = sampleDirichlet(alpha.view({1, 4}).expand({20000, 4}), gen);
    EXPECT_TRUE(samples.isfinite().all().item<bool>());
    EXPECT_TRUE(at::allclose(samples.sum(1), at::ones({20000}), 1e-5, 1e-5));
    EXPECT_TRUE((samples >= 0).all().item<bool>());
    const at::Tensor mean = samples.mean(0);
    const at::Tensor expected = alpha / alpha.sum();
    // Standard error of each mean is below 0.003 here; 0.01 is > 3 sigma.
    EXPECT_TRUE(at::allclose(mean, expected, 0, 0.01)) << mean;
}

TEST(Synthesis, DirichletNeverGivesNaNForZeroConcentrations)
{
    at::Generator gen = at::detail::createCPUGenerator(6);
    at::Tensor c = at::zeros({500, 3});
    c.slice(0, 0, 250).select(1, 0).fill_(1.0); // half the rows: one real class and two zeros
    const at::Tensor samples = sampleDirichlet(c, gen, 1e-4);
    EXPECT_FALSE(samples.isnan().any().item<bool>());
    EXPECT_TRUE(at::allclose(samples.sum(1), at::ones({500}), 1e-5, 1e-5));
    // A zero-concentration class next to a real one gets (almost) no mass.
    EXPECT_GT(samples.slice(0, 0, 250).select(1, 0).mean().item<double>(), 0.99);
    // Tiny floor: every gamma draw may underflow; still a distribution.
    const at::Tensor tiny = sampleDirichlet(at::zeros({50, 3}), gen, 1e-30);
    EXPECT_FALSE(tiny.isnan().any().item<bool>());
    EXPECT_TRUE(at::allclose(tiny.sum(1), at::ones({50}), 1e-5, 1e-5));
    EXPECT_THROW(sampleDirichlet(-at::ones({1, 3}), gen), Error);
    EXPECT_THROW(sampleDirichlet(at::ones({1, 3}), gen, 0.0), Error);
}

TEST(Synthesis, SameSeedGivesIdenticalImagesAndOtherSeedDiffers)
{
    const Network ann = tinyVgg();
    const SynthesisConfig config = quickSynthesisConfig();
    const SyntheticSet a = synthesize(ann, config);
    const SyntheticSet b = synthesize(ann, config);
    ASSERT_EQ(a.size(), 12);
    EXPECT_TRUE(a.complete);
    EXPECT_TRUE(at::equal(a.images, b.images));
    EXPECT_TRUE(at::equal(a.softLabels, b.softLabels));
    SynthesisConfig other = config;
    other.seed = 4;
    EXPECT_FALSE(at::equal(a.images, synthesize(ann, other).images));
    // Targets come from per-image streams, so the batch size does not change them.
    SynthesisConfig rebatched = config;
    rebatched.batchSize = 12;
    EXPECT_TRUE(at::equal(a.softLabels, synthesize(ann, rebatched).softLabels));
}

TEST(Synthesis, OutputIsBalancedInRangeAndLeavesTheCallerAlone)
{
    Network ann = tinyVgg();
    ann.setRequiresGrad(true); // as right after training: synthesis must not touch or train them
    const at::Tensor before = ann.layers[0].weight.detach().clone();
    SynthesisConfig config = quickSynthesisConfig();
    config.totalVariation = 0.1;
    config.l2 = 0.01;
    config.jitter = 2;
    SyntheticSet set;
    {
        torch::NoGradGuard noGrad; // e.g. a worker thread that was evaluating
        set = synthesize(ann, config);
        EXPECT_FALSE(at::GradMode::is_enabled());
    }
    EXPECT_TRUE(at::equal(set.classes, at::tensor({0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, at::kLong)));
    EXPECT_EQ(set.softLabels.sizes(), (std::vector<int64_t>{12, 3}));
    EXPECT_TRUE(at::allclose(set.softLabels.sum(1), at::ones({12}), 1e-5, 1e-5));
    EXPECT_GE(set.images.min().item<double>(), -1.0);
    EXPECT_LE(set.images.max().item<double>(), 1.0);
    EXPECT_TRUE(set.losses.isfinite().all().item<bool>());
    EXPECT_FALSE(set.images.requires_grad());
    for (const at::Tensor& p : ann.parameters()) {
        EXPECT_TRUE(p.requires_grad());
        EXPECT_FALSE(p.grad().defined());
    }
    EXPECT_TRUE(at::equal(before, ann.layers[0].weight.detach()));
    EXPECT_EQ(set.classNames.size(), 3u);
}

TEST(Synthesis, CancelKeepsTheFinishedBatches)
{
    const Network ann = tinyVgg();
    SynthesisRecorder recorder;
    recorder.cancelAfter = 2;
    std::vector<int64_t> firstIndices;
    const SyntheticSet set =
        synthesize(ann, quickSynthesisConfig(), recorder, [&](const SyntheticSet& batch, int64_t first) {
            firstIndices.push_back(first);
            EXPECT_EQ(batch.size(), 5);
            ++recorder.batchesDone;
        });
    EXPECT_FALSE(set.complete);
    EXPECT_EQ(set.size(), 2 * 5);
    EXPECT_EQ(firstIndices, (std::vector<int64_t>{0, 5}));
    EXPECT_EQ(recorder.losses.size(), 2u * 8u); // no step of the third batch ran
    // The kept images are exactly those of an uncancelled run.
    EXPECT_TRUE(at::equal(set.images, synthesize(ann, quickSynthesisConfig()).images.slice(0, 0, 10)));
}

TEST(Synthesis, LossFallsAndTheTeacherAgrees)
{
    const Network ann = trainedTinyVgg();
    SynthesisConfig config = quickSynthesisConfig();
    config.perClass = 10;
    config.steps = 80;
    config.batchSize = 30; // one batch, so the first and last loss are of the same images
    SynthesisRecorder recorder;
    const SyntheticSet set = synthesize(ann, config, recorder);
    ASSERT_EQ(recorder.losses.size(), 80u);
    EXPECT_LT(recorder.losses.back(), 0.9 * recorder.losses.front());
    const SynthesisQuality q = measureSynthesisQuality(ann, set);
    EXPECT_EQ(q.images, 30);
    // Chance is 1/3. A net this small cannot reach every soft label's ratio at tau = 20 inside
    // the pixel range, so a few targets whose top two classes are close stay unmatched.
    EXPECT_GE(q.teacherAgreement, 0.8);
    EXPECT_GT(q.diversity, 0.0);
    EXPECT_NEAR(q.meanLoss, set.losses.mean().item<double>(), 1e-6);
}

TEST(Synthesis, AccumulatedGradientsAreAnOptionThatChangesTheResult)
{
    const Network ann = tinyVgg();
    SynthesisConfig config = quickSynthesisConfig();
    config.accumulateGradients = true;
    const SyntheticSet set = synthesize(ann, config);
    EXPECT_TRUE(set.losses.isfinite().all().item<bool>());
    EXPECT_FALSE(at::equal(set.images, synthesize(ann, quickSynthesisConfig()).images));
}

TEST(Synthesis, RejectsBadSettings)
{
    const Network ann = tinyVgg();
    for (int variant = 0; variant < 5; ++variant) {
        SynthesisConfig c = quickSynthesisConfig();
        if (variant == 0) c.perClass = 0;
        if (variant == 1) c.learningRate = -1;
        if (variant == 2) c.temperature = 0;
        if (variant == 3) c.jitter = 8;
        if (variant == 4) c.floor = 0;
        EXPECT_THROW(synthesize(ann, c), Error) << variant;
    }
}

TEST(Synthesis, FolderRoundTripWithinOneQuantisationStep)
{
    const Network ann = tinyVgg();
    SyntheticSet set = synthesize(ann, quickSynthesisConfig());
    set.teacherSha256 = "abc123";
    test::TempDir dir;
    const std::string folder = dir.file("synthetic");
    saveSyntheticSet(set, folder);
    EXPECT_TRUE(isSyntheticFolder(folder));
    EXPECT_TRUE(std::filesystem::exists(folder + "/class_0_t_shirt_top/000000.png"));
    EXPECT_TRUE(std::filesystem::exists(folder + "/class_2_bag/000011.png"));
    const SyntheticSet back = loadSyntheticSet(folder);
    ASSERT_EQ(back.size(), set.size());
    // 8 bits over [-1, 1]: a step is 2/255, rounding moves a value by at most half of it.
    EXPECT_LE((back.images - set.images).abs().max().item<double>(), 1.0 / 255 + 1e-6);
    EXPECT_TRUE(at::equal(back.classes, set.classes));
    EXPECT_TRUE(at::allclose(back.softLabels, set.softLabels, 1e-6, 1e-7));
    EXPECT_TRUE(at::allclose(back.losses, set.losses, 1e-5, 1e-6));
    EXPECT_EQ(back.classNames, set.classNames);
    EXPECT_EQ(back.teacherSha256, "abc123");
    EXPECT_EQ(back.config.seed, 3u);
    EXPECT_EQ(back.config.steps, 8);
    EXPECT_TRUE(back.complete);
    const Dataset data = back.toDataset();
    EXPECT_TRUE(at::equal(data.labels, set.classes));
    EXPECT_EQ(data.source, folder);
    // The folder also reads as a plain image folder (one sub-folder per class).
    const Dataset plain = readImageFolder(folder, 1);
    EXPECT_EQ(plain.size(), 12);
    EXPECT_TRUE(at::allclose(plain.images, back.images, 0, 1e-6));
    // Writing again replaces the set; a folder with other content is refused.
    saveSyntheticSet(set.slice(0, 4), folder);
    EXPECT_EQ(loadSyntheticSet(folder).size(), 4);
    EXPECT_EQ(readImageFolder(folder, 1).size(), 4);
    std::filesystem::create_directories(dir.file("other"));
    test::writeBytes(dir.file("other/notes.txt"), {'x'});
    EXPECT_THROW(saveSyntheticSet(set, dir.file("other")), Error);
}

TEST(Synthesis, ColourFolderKeepsChannelOrderAndArchiveIsExact)
{
    SyntheticSet set;
    set.input = InputSpec{3, 5, 4, {0.5}, {0.5}};
    set.images = at::rand({6, 3, 5, 4}, at::detail::createCPUGenerator(1)) * 2 - 1;
    set.images[0][0].fill_(1.0); // a pure red image must come back red, not blue
    set.images[0][1].fill_(-1.0);
    set.images[0][2].fill_(-1.0);
    set.classes = at::tensor({0, 0, 1, 1, 2, 2}, at::kLong);
    set.softLabels = at::softmax(at::rand({6, 3}), 1);
    set.losses = at::rand({6});
    set.classNames = {"a", "b", "c"};
    set.complete = false;
    test::TempDir dir;
    saveSyntheticSet(set, dir.file("rgb"));
    const SyntheticSet back = loadSyntheticSet(dir.file("rgb"));
    EXPECT_LE((back.images - set.images).abs().max().item<double>(), 1.0 / 255 + 1e-6);
    EXPECT_FALSE(back.complete);
    saveSyntheticArchive(dir.file("set.psnn"), set);
    const SyntheticSet exact = loadSyntheticArchive(dir.file("set.psnn"));
    EXPECT_TRUE(at::equal(exact.images, set.images));
    EXPECT_TRUE(at::equal(exact.softLabels, set.softLabels));
    EXPECT_TRUE(at::equal(exact.classes, set.classes));
    EXPECT_EQ(exact.classNames, set.classNames);
}

TEST(Synthesis, ClassFolderNamesAreSanitised)
{
    EXPECT_EQ(syntheticClassFolder(0, "T-shirt/top"), "class_0_t_shirt_top");
    EXPECT_EQ(syntheticClassFolder(7, "  Ankle boot!"), "class_7_ankle_boot");
    EXPECT_EQ(syntheticClassFolder(3, "../.."), "class_3");
    EXPECT_EQ(syntheticClassFolder(12, ""), "class_12");
}
