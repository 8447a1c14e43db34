// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_reference.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/utils.h>

using namespace psnn;

namespace {

using test::layerOf;
using test::scalarLinear;
using test::singleNeuron;

std::vector<double> outputTrace(const SpikingModel& model, float x, int steps)
{
    torch::NoGradGuard noGrad;
    SnnSimulator sim(model);
    std::vector<double> out;
    for (int t = 0; t < steps; ++t)
        out.push_back(sim.step(at::full({1, 1, 1, 1}, x)).item<double>());
    return out;
}

} // namespace

TEST(SpikingNeuron, IntegratesFiresAndSoftResets)
{
    // x = 0.625 (exact in binary): u = 0.625, 1.25 -> spike -> 0.25, 0.875, 1.5 -> spike -> 0.5,
    // 1.125 -> spike -> 0.125, 0.75. The output accumulates the spikes: 0, 1, 1, 2, 3, 3.
    EXPECT_EQ(outputTrace(singleNeuron(1.0, 1.0), 0.625f, 6), (std::vector<double>{0, 1, 1, 2, 3, 3}));
}

TEST(SpikingNeuron, ThresholdIsStrict)
{
    // u: 0.5, 1.0 (equal: no spike), 1.5 -> spike, 1.0, 1.5 -> spike
    EXPECT_EQ(outputTrace(singleNeuron(1.0, 1.0), 0.5f, 5), (std::vector<double>{0, 0, 1, 1, 2}));
}

TEST(SpikingNeuron, LeakDecaysTheMembrane)
{
    // leak 0.5, x = 0.6: u = 0.6, 0.9, 1.05 -> spike -> 0.05, 0.625, 0.9125, 1.05625 -> spike
    EXPECT_EQ(outputTrace(singleNeuron(1.0, 0.5), 0.6f, 6), (std::vector<double>{0, 0, 1, 1, 1, 2}));
}

TEST(SpikingNeuron, ActivityCountsInputEventsAndSpikes)
{
    const SpikingModel model = singleNeuron(1.0, 1.0);
    torch::NoGradGuard noGrad;
    SnnSimulator sim(model);
    sim.recordActivity(true);
    for (int t = 0; t < 6; ++t)
        sim.step(at::full({1, 1, 1, 1}, 0.6f));
    EXPECT_NEAR(sim.inputEvents()[1], 3.6, 1e-6);  // analog input 0.6 for 6 steps
    EXPECT_NEAR(sim.outputSpikes()[1], 3.0, 1e-9); // spikes at t = 2, 4, 6
    EXPECT_NEAR(sim.inputEvents()[3], 3.0, 1e-9);  // the output layer sees those spikes
}

TEST(RateCoding, SpikeProbabilityEqualsMagnitudeWithSign)
{
    at::Generator gen = at::detail::createCPUGenerator(3);
    const at::Tensor x = at::cat({at::full({20000}, 0.3f), at::full({20000}, -0.7f), at::zeros({20000})});
    at::Tensor sum = at::zeros_like(x);
    const int steps = 10;
    for (int t = 0; t < steps; ++t) {
        const at::Tensor s = encodeInput(x, InputCoding::Poisson, gen);
        EXPECT_TRUE(at::logical_or(at::logical_or(s == 0, s == 1), s == -1).all().item<bool>());
        sum += s;
    }
    const at::Tensor mean = sum / steps;
    // 200,000 draws per group: standard error below 0.0011.
    EXPECT_NEAR(mean.slice(0, 0, 20000).mean().item<double>(), 0.3, 0.005);
    EXPECT_NEAR(mean.slice(0, 20000, 40000).mean().item<double>(), -0.7, 0.005);
    EXPECT_EQ(mean.slice(0, 40000).abs().sum().item<double>(), 0.0);
    EXPECT_TRUE((x.slice(0, 0, 20000) >= 0).all().item<bool>());
}

TEST(RateCoding, SameSeedSameSpikesDirectIsIdentity)
{
    const at::Tensor x = at::rand({4, 1, 5, 5}) * 2 - 1;
    at::Generator a = at::detail::createCPUGenerator(11), b = at::detail::createCPUGenerator(11);
    EXPECT_TRUE(at::equal(encodeInput(x, InputCoding::Poisson, a), encodeInput(x, InputCoding::Poisson, b)));
    EXPECT_TRUE(at::equal(encodeInput(x, InputCoding::Direct, a), x));
}

TEST(SpikingPooling, AveragesSpikeMaps)
{
    // 1x1 conv (weight 1, threshold 0.5) on a 2x2 image [1 1; 0 0] spikes in the top row only;
    // the 2x2 average pool passes 0.5 per step to the output neuron.
    SpikingModel model;
    model.network.input = InputSpec{1, 2, 2, {0.5}, {0.5}};
    Layer conv = layerOf(LayerKind::Conv2d, "conv");
    conv.weight = at::ones({1, 1, 1, 1});
    Layer pool = layerOf(LayerKind::AvgPool2d, "pool");
    pool.kernel = 2;
    pool.stride = 2;
    model.network.layers = {conv, layerOf(LayerKind::ReLU, "relu"), pool, layerOf(LayerKind::Flatten, "flat"), scalarLinear(1, "out")};
    model.thresholds.assign(5, at::Tensor());
    model.thresholds[0] = at::scalar_tensor(0.5);
    model.coding = InputCoding::Direct;
    torch::NoGradGuard noGrad;
    SnnSimulator sim(model);
    const at::Tensor x = at::tensor({1.f, 1.f, 0.f, 0.f}).view({1, 1, 2, 2});
    EXPECT_FLOAT_EQ(sim.step(x).item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(sim.step(x).item<float>(), 1.0f);
}

TEST(SpikingDropout, MaskIsHeldOverAllSteps)
{
    SpikingModel model = singleNeuron(0.5, 1.0);
    Layer drop = layerOf(LayerKind::Dropout, "drop");
    drop.dropout = 0.5;
    model.network.layers.insert(model.network.layers.begin() + 3, drop);
    model.thresholds.insert(model.thresholds.begin() + 3, at::Tensor());
    torch::NoGradGuard noGrad;
    torch::manual_seed(5);
    const at::Tensor x = at::ones({64, 1, 1, 1});
    SnnSimulator sim(model, true);
    const at::Tensor first = sim.step(x).clone(); // the neuron spikes every step (1 > 0.5)
    const at::Tensor later = sim.step(x) - first;
    // Kept samples get 2 per step (1 / (1 - p)), dropped ones 0, the same samples at both steps.
    EXPECT_TRUE(at::equal(first, later));
    EXPECT_GT(first.eq(0).sum().item<int64_t>(), 0);
    EXPECT_GT(first.eq(2).sum().item<int64_t>(), 0);
}
