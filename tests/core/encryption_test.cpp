// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/ann_training.h"
#include "privatesnn/conversion.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/vgg.h"
#include "snn_reference.h"
#include "test_observers.h"
#include "test_support.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/utils.h>

#include <cmath>
#include <map>

using namespace psnn;

namespace {

// ---------------------------------------------------------------- surrogate gradient (Eq. 9)

std::vector<float> values(const at::Tensor& t)
{
    const at::Tensor c = t.detach().contiguous().to(at::kFloat);
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

void expectNear(const std::vector<float>& got, const std::vector<float>& want, float tolerance = 1e-6f)
{
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i)
        EXPECT_NEAR(got[i], want[i], tolerance) << "element " << i;
}

// ---------------------------------------------------------------- a tiny trained network

/// The tiny bands data as encryption data.
EncryptionData encryptionBands(int64_t n, uint64_t seed)
{
    const Dataset d = test::bands(n, seed);
    return {d.images, d.labels, {}};
}

struct Fixture {
    Network teacher;
    SpikingModel snn;
    EncryptionData data;
};

/// Trains the ANN a little (so it is a meaningful teacher) and converts it at a low T.
const Fixture& fixture()
{
    static const Fixture f = [] {
        Fixture x;
        x.teacher = test::trainedBandsTeacher();
        x.data = encryptionBands(60, 1);
        ConversionSettings s;
        s.timesteps = 8;
        s.batchSize = 30;
        s.seed = 2;
        x.snn = convertToSnn(x.teacher, x.data.images, s);
        return x;
    }();
    return f;
}

EncryptionConfig quickEncryptionConfig()
{
    EncryptionConfig c;
    c.epochs = 4;
    c.batchSize = 20;
    c.learningRate = 3e-3;
    c.seed = 5;
    return c;
}

std::vector<at::Tensor> weights(const Network& net)
{
    std::vector<at::Tensor> out;
    for (const at::Tensor& p : net.parameters())
        out.push_back(p.detach().clone());
    return out;
}

/// Mean KL(teacher || SNN) at temperature tau on the logits c * U_L^T, without training.
double distillationGap(const SpikingModel& snn, const Network& teacher, const at::Tensor& images, double tau,
                       double logitScale)
{
    torch::NoGradGuard noGrad;
    const at::Tensor logT = at::log_softmax(teacher.forward(images) / tau, 1);
    const at::Tensor logS = at::log_softmax(test::snnOutput(snn, images, 77) * logitScale / tau, 1);
    return (logT.exp() * (logT - logS)).sum(1).mean().item<double>();
}

/// Cancels at the first batch check after `epochs` epochs have ended (counted via the metric).
struct CancelAfterEpochs : ProgressSink {
    int epochs;
    int seen = 0;
    explicit CancelAfterEpochs(int e) : epochs(e) {}
    void metric(const std::string& series, double, double) override { seen += series == "train_accuracy"; }
    bool cancelled() const override { return seen >= epochs; }
};

} // namespace

TEST(Surrogate, ForwardIsAStrictStepAndBackwardIsTheTriangleOfEq9)
{
    // theta = 2: z = (u - theta)/theta = -1.5, -0.75, -0.5, 0, 0.25, 0.5, 1.5
    const at::Tensor u = at::tensor({-1.0f, 0.5f, 1.0f, 2.0f, 2.5f, 3.0f, 5.0f}).requires_grad_(true);
    const at::Tensor theta = at::scalar_tensor(2.0f);
    const at::Tensor o = surrogateSpike(u, theta, SurrogateGradient{true, 1.0, false});
    expectNear(values(o), {0, 0, 0, 0, 1, 1, 1}); // u = theta does not fire (strict)
    o.sum().backward();
    expectNear(values(u.grad()), {0, 0.25f, 0.5f, 1.0f, 0.75f, 0.5f, 0});
}

TEST(Surrogate, LinearSpikeVariantScalesAndDividesByTheThreshold)
{
    // The authors' code: 0.3 * max(0, 1 - |u/theta - 1|) w.r.t. u/theta - 1, i.e. an extra 1/theta.
    const at::Tensor u = at::tensor({0.5f, 2.0f, 3.0f}).requires_grad_(true);
    const at::Tensor o = surrogateSpike(u, at::scalar_tensor(2.0f), SurrogateGradient{true, 0.3, true});
    (o * at::tensor({1.0f, 2.0f, 3.0f})).sum().backward();
    expectNear(values(u.grad()), {0.3f * 0.25f / 2, 2 * 0.3f * 1.0f / 2, 3 * 0.3f * 0.5f / 2});
}

TEST(Surrogate, PerChannelThresholdsBroadcast)
{
    const at::Tensor u = at::full({1, 2, 1, 1}, 1.5f).requires_grad_(true);
    const at::Tensor theta = at::tensor({1.0f, 3.0f}).view({1, 2, 1, 1});
    surrogateSpike(u, theta, SurrogateGradient{true, 1.0, false}).sum().backward();
    expectNear(values(u.grad()), {0.5f, 0.5f}); // |0.5/1| and |-1.5/3|
}

TEST(Surrogate, SimulatorBackPropagatesThroughTimeWithDetachedReset)
{
    // x = 0.6 -> spiking neuron (weight w = 1, theta = 1) -> output (weight v = 1), two steps:
    // u1 = 0.6 (no spike, slope 1 - 0.4 = 0.6), u2 = u1 + 0.6 = 1.2 (spike, slope 0.8), U = o1 + o2 = 1.
    // dU/dw = slope1 * du1/dw + slope2 * du2/dw = 0.6 * 0.6 + 0.8 * (0.6 + 0.6) = 1.32; dU/dv = 1.
    SpikingModel model = test::singleNeuron(1.0, 1.0);
    model.network.setRequiresGrad(true);
    SnnSimulator sim(model);
    sim.setSurrogate(SurrogateGradient{true, 1.0, false});
    at::Tensor out;
    for (int t = 0; t < 2; ++t)
        out = sim.step(at::full({1, 1, 1, 1}, 0.6f));
    EXPECT_FLOAT_EQ(out.item<float>(), 1.0f);
    out.sum().backward();
    EXPECT_NEAR(model.network.layers[1].weight.grad().item<double>(), 1.32, 1e-5);
    EXPECT_NEAR(model.network.layers[3].weight.grad().item<double>(), 1.0, 1e-6);
    // A third step after the reset: u3 = (1.2 - 1) + 0.6 = 0.8; the reset is detached, so
    // du3/dw = du2/dw + x = 1.8 (the reset does not subtract a gradient).
}

TEST(Surrogate, WithoutSurrogateTheSimulatorIsUnchanged)
{
    // Same numbers as SpikingNeuron.IntegratesFiresAndSoftResets, with a surrogate set but no grad.
    const SpikingModel model = test::singleNeuron(1.0, 1.0);
    torch::NoGradGuard noGrad;
    SnnSimulator sim(model);
    sim.setSurrogate(SurrogateGradient{true, 1.0, false});
    std::vector<double> trace;
    for (int t = 0; t < 6; ++t)
        trace.push_back(sim.step(at::full({1, 1, 1, 1}, 0.625f)).item<double>());
    EXPECT_EQ(trace, (std::vector<double>{0, 1, 1, 2, 3, 3}));
}

TEST(Encryption, LossIsTheMixOfCrossEntropyAndDistillation)
{
    const Fixture& f = fixture();
    SpikingModel model = f.snn;
    model.network = f.snn.network.clone();
    model.network.setRequiresGrad(true);
    const at::Tensor x = f.data.images.slice(0, 0, 12);
    const at::Tensor teacher = [&] { torch::NoGradGuard g; return f.teacher.forward(x); }();
    EncryptionConfig config = quickEncryptionConfig();
    const BatchLoss b = encryptionBatchBackward(model, x, teacher, f.data.labels.slice(0, 0, 12), config, 8, 3);
    EXPECT_NEAR(b.loss, 0.3 * b.ce + 0.7 * b.kd, 1e-5);
    EXPECT_GE(b.kd, 0.0);
    // CE is the cross entropy of the returned U_L^T.
    EXPECT_NEAR(at::cross_entropy_loss(b.output, f.data.labels.slice(0, 0, 12)).item<double>(), b.ce, 1e-5);
}

TEST(Encryption, ChunksOfTheBatchAddUpToTheBatchGradient)
{
    // Each chunk's backward is seeded by its rows' share of the batch-mean loss: chunks of 5, 5 and
    // 2 images must give the gradients and the loss of the batch in one chunk (a chunk-mean loss
    // would weight the last chunk 2.5 times too much).
    const Fixture& f = fixture();
    const at::Tensor x = f.data.images.slice(0, 0, 12);
    const at::Tensor teacher = [&] {
        torch::NoGradGuard g;
        return f.teacher.forward(x);
    }();
    EncryptionConfig config = quickEncryptionConfig();
    config.labelSmoothing = -0.2; // the smoothed-target terms too
    std::vector<std::vector<at::Tensor>> grads;
    std::vector<BatchLoss> losses;
    for (int64_t perChunk : {int64_t(0), int64_t(5)}) {
        SpikingModel model = f.snn;
        model.network = f.snn.network.clone();
        model.network.setRequiresGrad(true);
        losses.push_back(
            encryptionBatchBackward(model, x, teacher, f.data.labels.slice(0, 0, 12), config, 8, 3, 0.5, perChunk));
        grads.emplace_back();
        for (const at::Tensor& p : model.network.parameters())
            grads.back().push_back(p.grad().clone());
    }
    EXPECT_TRUE(at::equal(losses[0].output, losses[1].output));
    EXPECT_DOUBLE_EQ(losses[0].loss, losses[1].loss);
    ASSERT_EQ(grads[0].size(), grads[1].size());
    for (size_t i = 0; i < grads[0].size(); ++i) {
        EXPECT_GT(grads[0][i].abs().sum().item<double>(), 0.0) << "parameter " << i;
        EXPECT_TRUE(at::allclose(grads[1][i], grads[0][i], 1e-5, 1e-7))
            << "parameter " << i << ": " << (grads[1][i] - grads[0][i]).abs().max().item<double>();
    }
}

TEST(Encryption, TrainingLowersTheLossAndKeepsInputsIntact)
{
    const Fixture& f = fixture();
    const auto before = weights(f.snn.network);
    EncryptionConfig config = quickEncryptionConfig();
    config.epochs = 6;
    config.distillWeight = 0.0; // plain CE: the loss must go down
    const EncryptionResult r = encryptSnn(f.snn, f.teacher, f.data, config);
    ASSERT_EQ(r.history.size(), 6u);
    EXPECT_LT(r.history.back().ce, r.history.front().ce * 0.9);
    const auto after = weights(f.snn.network);
    for (size_t i = 0; i < before.size(); ++i)
        EXPECT_TRUE(at::equal(before[i], after[i])) << "the converted model was changed";
    EXPECT_FALSE(r.model.network.parameters()[0].requires_grad());
    EXPECT_LT(r.history.back().drift[0].cosine, 1.0);
    EXPECT_GT(r.history.back().drift[0].relativeL2, 0.0);
    EXPECT_DOUBLE_EQ(r.history.front().learningRate, 3e-3); // 6 epochs: /10 after epoch 3 (50 %), again after 4 (70 %)
    EXPECT_DOUBLE_EQ(r.history[3].learningRate, 3e-4);
    EXPECT_DOUBLE_EQ(r.history[4].learningRate, 3e-5);
}

TEST(Encryption, DistillationOnlyPullsTheSnnTowardsTheTeacher)
{
    const Fixture& f = fixture();
    EncryptionConfig config = quickEncryptionConfig();
    config.distillWeight = 1.0;
    config.temperature = 4.0;
    // The raw readout starts far from the teacher; the matched one starts close already (its fit is
    // tested on its own below).
    config.readout = LogitReadout::Sum;
    config.epochs = 6;
    config.learningRate = 5e-3;
    EncryptionData unlabelled;
    unlabelled.images = f.data.images; // m = 1 needs no labels at all
    const EncryptionResult r = encryptSnn(f.snn, f.teacher, unlabelled, config);
    const double gapBefore = distillationGap(f.snn, f.teacher, f.data.images, config.temperature, r.logitScale);
    const double gapAfter = distillationGap(r.model, f.teacher, f.data.images, config.temperature, r.logitScale);
    EXPECT_LT(gapAfter, gapBefore * 0.8) << "before " << gapBefore << ", after " << gapAfter;
    EXPECT_DOUBLE_EQ(r.history.back().ce, 0.0);
    EXPECT_DOUBLE_EQ(r.logitScale, 1.0); // the raw readout
}

TEST(Encryption, MatchedReadoutFitsTheTeachersLogitScale)
{
    const Fixture& f = fixture();
    SpikingModel direct = f.snn;
    direct.coding = InputCoding::Direct; // deterministic outputs, so the fit is exact
    const at::Tensor x = f.data.images.slice(0, 0, 40);
    const at::Tensor u = test::snnOutput(direct, x, 77);
    // Teacher logits = 0.25 U plus a different shift per image (which softmax ignores).
    const at::Tensor teacher = 0.25 * u + at::arange(40, at::kFloat).unsqueeze(1);
    EncryptionConfig config = quickEncryptionConfig();
    EXPECT_NEAR(logitScaleOf(direct, x, teacher, config, direct.timesteps), 0.25, 1e-5);
    config.readout = LogitReadout::Sum;
    EXPECT_DOUBLE_EQ(logitScaleOf(direct, x, teacher, config, direct.timesteps), 1.0);
}

TEST(Encryption, LossUsesTheScaledLogits)
{
    const Fixture& f = fixture();
    SpikingModel model = f.snn;
    model.network = f.snn.network.clone();
    model.network.setRequiresGrad(true);
    const at::Tensor x = f.data.images.slice(0, 0, 12);
    const at::Tensor y = f.data.labels.slice(0, 0, 12);
    const at::Tensor teacher = [&] { torch::NoGradGuard g; return f.teacher.forward(x); }();
    const BatchLoss b = encryptionBatchBackward(model, x, teacher, y, quickEncryptionConfig(), 8, 3, 0.5);
    // The returned output stays U_L^T; CE and KD are of 0.5 U_L^T.
    EXPECT_NEAR(at::cross_entropy_loss(b.output * 0.5, y).item<double>(), b.ce, 1e-5);
    EXPECT_GT(std::abs(at::cross_entropy_loss(b.output, y).item<double>() - b.ce), 1e-3);
    const at::Tensor logT = at::log_softmax(teacher / 20.0, 1);
    const at::Tensor kd = (logT.exp() * (logT - at::log_softmax(b.output * 0.5 / 20.0, 1))).sum(1).mean() * 400.0;
    EXPECT_NEAR(kd.item<double>(), b.kd, 1e-4 * std::max(1.0, b.kd));
}

TEST(Encryption, ResumeAfterCancelGivesTheSameWeightsAsAnUninterruptedRun)
{
    const Fixture& f = fixture();
    test::TempDir dir;
    EncryptionConfig config = quickEncryptionConfig();
    config.horizontalFlip = true; // augmentation draws must replay exactly too
    config.maxShift = 1;
    config.checkpointPath = dir.file("full.ckpt");
    const EncryptionResult full = encryptSnn(f.snn, f.teacher, f.data, config);

    config.checkpointPath = dir.file("cut.ckpt");
    CancelAfterEpochs cancel(2);
    try {
        encryptSnn(f.snn, f.teacher, f.data, config, nullptr, cancel);
        FAIL() << "expected a cancellation";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    config.resume = true;
    const EncryptionResult resumed = encryptSnn(f.snn, f.teacher, f.data, config);
    EXPECT_EQ(resumed.resumedFromEpoch, 2);
    ASSERT_EQ(resumed.history.size(), full.history.size());
    const auto a = weights(full.model.network), b = weights(resumed.model.network);
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(at::equal(a[i], b[i])) << "parameter " << i;
    for (size_t e = 0; e < full.history.size(); ++e)
        EXPECT_DOUBLE_EQ(full.history[e].loss, resumed.history[e].loss) << "epoch " << e + 1;

    // A checkpoint refuses a run with other settings, naming the difference.
    config.seed = 6;
    try {
        encryptSnn(f.snn, f.teacher, f.data, config);
        FAIL() << "expected a refusal";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("seed"), std::string::npos) << e.what();
    }
}

TEST(Encryption, MemoryGuardRefusesAnOversizedRun)
{
    const Fixture& f = fixture();
    EncryptionConfig config = quickEncryptionConfig();
    config.timesteps = 2000;
    config.batchSize = 60;
    config.memoryBudgetBytes = 50e6;
    const MemoryEstimate e = estimateEncryptionMemory(f.snn, config, 60);
    ASSERT_GT(e.neededBytes, 50e6);
    try {
        encryptSnn(f.snn, f.teacher, f.data, config);
        FAIL() << "expected OutOfMemory";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::OutOfMemory);
        EXPECT_NE(e.hint().find("batch"), std::string::npos) << e.hint();
    }
    // The batch's state (packed spikes and coded input, kept over all T) grows with T and the batch;
    // the chunk buffers do not grow with the batch once it exceeds a chunk.
    config.timesteps = 4000;
    const MemoryEstimate longer = estimateEncryptionMemory(f.snn, config, 60);
    EXPECT_NEAR(longer.stateBytes - e.stateBytes, e.stateBytesPerImageStep * 60 * 2000, 1.0);
    // Just above the estimate the same run is accepted (one epoch, a short T, so it finishes).
    config.timesteps = 4;
    config.epochs = 1;
    const MemoryEstimate small = estimateEncryptionMemory(f.snn, config, 60);
    config.memoryBudgetBytes = small.neededBytes * 0.99;
    EXPECT_THROW(encryptSnn(f.snn, f.teacher, f.data, config), Error);
    config.memoryBudgetBytes = small.neededBytes * 1.01;
    EXPECT_NO_THROW(encryptSnn(f.snn, f.teacher, f.data, config));
    // And against the real MemAvailable, an absurd run is refused too.
    config.memoryBudgetBytes = 0;
    config.timesteps = 1000000;
    EXPECT_THROW(encryptSnn(f.snn, f.teacher, f.data, config), Error);
}

TEST(Encryption, WeightDriftStartsAtOneAndZeroAndIsReportedLive)
{
    const Fixture& f = fixture();
    for (const LayerDrift& d : weightDrift(f.snn.network, f.snn.network.clone())) {
        EXPECT_DOUBLE_EQ(d.cosine, 1.0) << d.path;
        EXPECT_DOUBLE_EQ(d.relativeL2, 0.0) << d.path;
    }
    test::SeriesRecorder recorder;
    EncryptionConfig config = quickEncryptionConfig();
    config.epochs = 2;
    Dataset eval;
    eval.images = f.data.images.slice(0, 0, 30);
    eval.labels = f.data.labels.slice(0, 0, 30);
    const EncryptionResult r = encryptSnn(f.snn, f.teacher, f.data, config, &eval, recorder);
    const std::string first = f.snn.network.layers[0].path;
    ASSERT_EQ(recorder.series["drift_cos/" + first].size(), 3u); // epoch 0, 1, 2
    EXPECT_DOUBLE_EQ(recorder.series["drift_cos/" + first][0].second, 1.0);
    EXPECT_DOUBLE_EQ(recorder.series["drift_l2/" + first][0].second, 0.0);
    EXPECT_EQ(recorder.series["loss"].size(), 6u); // 3 batches x 2 epochs
    EXPECT_EQ(recorder.series["ce"].size(), 6u);
    EXPECT_EQ(recorder.series["kd"].size(), 6u);
    EXPECT_EQ(recorder.series["train_accuracy"].size(), 2u);
    EXPECT_EQ(recorder.series["eval_accuracy"].size(), 3u);
    EXPECT_GE(r.initialEvalAccuracy, 0.0);
    EXPECT_GE(r.history.back().evalAccuracy, 0.0);
}

TEST(Encryption, SoftTargetsNeedSoftLabels)
{
    const Fixture& f = fixture();
    EncryptionConfig config = quickEncryptionConfig();
    config.ceTarget = CeTarget::Soft;
    EXPECT_THROW(encryptSnn(f.snn, f.teacher, f.data, config), Error);
    EncryptionData soft = f.data;
    soft.labels = at::Tensor();
    soft.softLabels = at::one_hot(f.data.labels, 3).to(at::kFloat) * 0.8 + 0.2 / 3;
    config.epochs = 1;
    const EncryptionResult r = encryptSnn(f.snn, f.teacher, soft, config);
    EXPECT_GT(r.history[0].ce, 0.0);
}
