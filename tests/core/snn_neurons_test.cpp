// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's general neurons (an imported model's NeuronLayers: per-neuron leak, gain, drive,
// threshold, reset by subtraction or to a value, integrator and spike-count readouts) against the
// step-by-step reference, SnnSimulator, which runs NeuronLayer's definition with LibTorch ops and
// autograd. Weights, images and parameters lie on a binary grid, so the currents are exact and the
// two must agree bit for bit in the forward pass; BPTT's gradients must match autograd's.
#include "grid_values.h"
#include "snn_bptt.h"
#include "snn_engine.h"
#include "snn_reference.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/utils.h>

using namespace psnn;

namespace {

/// One of the values, per neuron.
at::Tensor pick(at::IntArrayRef shape, at::Generator& gen, const std::vector<float>& values)
{
    const at::Tensor choice = at::randint(int64_t(values.size()), shape, gen);
    return at::tensor(values, at::kFloat).index({choice.reshape({-1})}).reshape(shape);
}

NeuronLayer neurons(at::IntArrayRef shape, at::Generator& gen, ResetMode reset, bool fires)
{
    NeuronLayer n;
    n.leak = pick(shape, gen, {0.5f, 0.75f, 1.0f});
    n.gain = pick(shape, gen, {0.5f, 1.0f, 1.5f});
    n.drive = pick(shape, gen, {-0.0625f, 0.0f, 0.03125f});
    n.threshold = pick(shape, gen, {0.25f, 0.375f, 0.5f});
    n.reset = pick(shape, gen, {0.0f, -0.125f});
    n.resetMode = reset;
    n.fires = fires;
    n.node = "test";
    return n;
}

enum class Output { Sum, Integrator, Spikes };

/// conv 1->4 (pad 1, bias) - pool 2 - flatten - fc 64->12 - fc 12->3 on 8x8 images, every spiking
/// layer with general neurons, the output as asked.
SpikingModel importedLike(ResetMode reset, Output output, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    SpikingModel m;
    Network& net = m.network;
    net.input.channels = 1;
    net.input.height = 8;
    net.input.width = 8;
    Layer conv = test::layerOf(LayerKind::Conv2d, "conv");
    conv.weight = test::griddedNormal({4, 1, 3, 3}, gen, 0.5);
    conv.bias = test::griddedNormal({4}, gen, 0.1);
    conv.padding = 1;
    Layer pool = test::layerOf(LayerKind::AvgPool2d, "pool");
    pool.kernel = 2;
    pool.stride = 2;
    Layer fc1 = test::layerOf(LayerKind::Linear, "fc1");
    fc1.weight = test::griddedNormal({12, 64}, gen, 0.5);
    Layer fc2 = test::layerOf(LayerKind::Linear, "fc2");
    fc2.weight = test::griddedNormal({3, 12}, gen, 0.5);
    fc2.bias = test::griddedNormal({3}, gen, 0.1);
    net.layers = {conv, test::layerOf(LayerKind::ReLU, "r1"), pool, test::layerOf(LayerKind::Flatten, "flat"),
                  fc1,  test::layerOf(LayerKind::ReLU, "r2"), fc2};
    m.timesteps = 10;
    m.coding = InputCoding::Direct;
    m.thresholds.assign(net.layers.size(), at::Tensor());
    m.neurons.resize(net.layers.size());
    m.neurons[0] = neurons({4, 8, 8}, gen, reset, true);
    m.neurons[4] = neurons({12}, gen, reset, true);
    if (output != Output::Sum)
        m.neurons[6] = neurons({3}, gen, reset, output == Output::Spikes);
    m.readout = output == Output::Spikes ? Readout::Spikes : Readout::Membrane;
    for (size_t i : {size_t(0), size_t(4)})
        m.thresholds[i] = m.neurons[i].threshold.reshape({m.neurons[i].threshold.size(0), -1}).mean(1);
    return m;
}

at::Tensor griddedImages(int64_t n, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    return (at::rand({n, 1, 8, 8}, gen) * 16).round() / 16;
}

const char* outputName(Output o)
{
    return o == Output::Sum ? "sum" : o == Output::Integrator ? "integrator" : "spikes";
}

} // namespace

TEST(SnnNeurons, EngineMatchesStepByStepForEveryResetAndReadout)
{
    torch::NoGradGuard noGrad;
    const at::Tensor x = griddedImages(5, 2);
    for (const ResetMode reset : {ResetMode::Subtract, ResetMode::ToValue})
        for (const Output output : {Output::Sum, Output::Integrator, Output::Spikes}) {
            const SpikingModel m = importedLike(reset, output, 7);
            const std::string what = std::string(resetModeName(reset)) + " " + outputName(output);
            SnnSimulator sim(m);
            sim.recordActivity(true);
            std::vector<at::Tensor> reference, coded;
            for (int t = 0; t < m.timesteps; ++t) {
                coded.push_back(x.clone());
                reference.push_back(sim.step(coded.back()).clone());
            }
            for (const EngineRates rates : {EngineRates{2.0, 2.0}, EngineRates{-1.0, -1.0}}) {
                EngineActivity activity;
                const at::Tensor out = TimeBatchedEngine(m, rates).run(at::stack(coded), &activity);
                for (int t = 0; t < m.timesteps; ++t)
                    EXPECT_TRUE(at::equal(out[t], reference[size_t(t)])) << what << " step " << t;
                for (size_t i : {size_t(0), size_t(4)}) {
                    EXPECT_EQ(activity.outputSpikes[i], sim.outputSpikes()[i]) << what << " layer " << i;
                    EXPECT_GT(activity.outputSpikes[i], 0.0) << what << " layer " << i;
                }
            }
        }
}

TEST(SnnNeurons, LabLikeNeuronsGiveTheLabKernelsResultBitForBit)
{
    // leak as the model's, gain 1, drive 0, reset by subtraction, the thresholds per channel: the
    // general kernel must reproduce the fused IF/LIF kernels of the lab's own models.
    torch::NoGradGuard noGrad;
    const at::Tensor x = griddedImages(6, 4);
    SpikingModel lab = importedLike(ResetMode::Subtract, Output::Sum, 9);
    lab.neurons.clear();
    lab.leak = 0.75;
    SpikingModel general = lab;
    general.neurons.resize(lab.network.layers.size());
    for (size_t i : {size_t(0), size_t(4)}) {
        const at::Tensor theta = at::arange(lab.thresholds[i].numel()).to(at::kFloat).remainder(3).add(2).div(8);
        lab.thresholds[i] = theta;
        const std::vector<int64_t> shape = i == 0 ? std::vector<int64_t>{4, 8, 8} : std::vector<int64_t>{12};
        NeuronLayer& n = general.neurons[i];
        n.leak = at::full(shape, 0.75f);
        n.gain = at::ones(shape);
        n.drive = at::zeros(shape);
        n.threshold = (i == 0 ? theta.view({4, 1, 1}) : theta).expand(shape).contiguous();
        n.reset = at::zeros(shape);
        n.resetMode = ResetMode::Subtract;
        n.fires = true;
    }
    general.thresholds = lab.thresholds;
    at::Generator gen = at::detail::createCPUGenerator(5);
    const at::Tensor coded = encodeSteps(x * 2 - 1, InputCoding::Poisson, 10, gen);
    EngineActivity a, b;
    EXPECT_TRUE(at::equal(TimeBatchedEngine(lab).run(coded, &a), TimeBatchedEngine(general).run(coded, &b)));
    EXPECT_EQ(a.outputSpikes, b.outputSpikes);
    EXPECT_GT(a.outputSpikes[4], 0.0);
}

TEST(SnnNeurons, BpttMatchesAutogradThroughTheStepByStepSimulator)
{
    const at::Tensor x = griddedImages(4, 3);
    for (const ResetMode reset : {ResetMode::Subtract, ResetMode::ToValue})
        for (const Output output : {Output::Sum, Output::Integrator, Output::Spikes})
            for (const SurrogateGradient surrogate :
                 {SurrogateGradient{true, 1.0, false}, SurrogateGradient{true, 0.3, true}}) {
                SpikingModel m = importedLike(reset, output, 11);
                const std::string what = std::string(resetModeName(reset)) + " " + outputName(output) + " scale "
                    + std::to_string(surrogate.scale);
                m.network.setRequiresGrad(true);
                at::Generator coefGen = at::detail::createCPUGenerator(30);
                const at::Tensor coefficients = test::griddedNormal({4, 3}, coefGen, 1.0); // dL/dy of L = sum(c * y_T)

                SnnSimulator sim(m);
                sim.setSurrogate(surrogate);
                at::Generator gen = at::detail::createCPUGenerator(21);
                const at::Tensor reference = sim.run(x, 10, gen);
                (reference * coefficients).sum().backward();
                std::vector<at::Tensor> expected;
                for (at::Tensor& p : m.network.parameters()) {
                    expected.push_back(p.grad().clone());
                    p.mutable_grad() = at::Tensor();
                }

                torch::NoGradGuard noGrad;
                auto rows = [&](const at::Tensor&, int64_t begin, int64_t end) {
                    return coefficients.slice(0, begin, end);
                };
                for (const auto& [rates, perChunk] :
                     {std::pair{EngineRates{2.0, 2.0}, int64_t(0)}, std::pair{EngineRates{-1.0, -1.0}, int64_t(3)}}) {
                    TimeBatchedBptt bptt(m, surrogate, false, rates, perChunk);
                    at::Generator gen2 = at::detail::createCPUGenerator(21);
                    const at::Tensor output = bptt.run(x, 10, gen2, rows, TimeBatchedBptt::Gradients::Weights).output;
                    EXPECT_TRUE(at::equal(output, reference.detach())) << what;
                    const std::vector<at::Tensor> params = m.network.parameters();
                    ASSERT_EQ(params.size(), expected.size());
                    for (size_t i = 0; i < params.size(); ++i) {
                        ASSERT_TRUE(params[i].grad().defined()) << what << " parameter " << i;
                        EXPECT_TRUE(at::allclose(params[i].grad(), expected[i], 1e-4, 1e-5))
                            << what << " parameter " << i << ": "
                            << (params[i].grad() - expected[i]).abs().max().item<double>();
                        EXPECT_GT(expected[i].abs().sum().item<double>(), 0.0) << what << " parameter " << i;
                        params[i].mutable_grad() = at::Tensor();
                    }
                }
            }
}
