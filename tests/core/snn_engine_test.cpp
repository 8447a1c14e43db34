// SPDX-License-Identifier: GPL-3.0-or-later
// The time-batched engine against the step-by-step reference (SnnSimulator and the O(L^2 T)
// conversion loop). With weights, inputs, thresholds and leak on a coarse binary grid every sum is
// exact in float, so the summation order cannot matter and the two must agree bit for bit. With
// ordinary float weights they may differ where a membrane lands within rounding of its threshold;
// the last test bounds how often that happens.
#include "grid_values.h"
#include "privatesnn/conversion.h"
#include "privatesnn/snn_evaluation.h"
#include "snn_bptt.h"
#include "snn_engine.h"
#include "snn_layer_kernels.h"
#include "snn_reference.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <c10/util/strides.h>
#include <gtest/gtest.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

using namespace psnn;

namespace {

/// conv 1->4 (bias) - ReLU - conv 4->6 - ReLU - pool 2 - flatten - fc 96->12 - ReLU - dropout - fc 12->3,
/// 8x8 single-channel input.
Network tinyNet(uint64_t seed, double featureDropout = 0)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    Network net;
    net.input.channels = 1;
    net.input.height = 8;
    net.input.width = 8;
    auto conv = [&](int64_t in, int64_t out, bool bias, const std::string& path) {
        Layer l = test::layerOf(LayerKind::Conv2d, path);
        l.weight = test::griddedNormal({out, in, 3, 3}, gen, 0.5);
        if (bias)
            l.bias = test::griddedNormal({out}, gen, 0.1);
        l.padding = 1;
        return l;
    };
    auto linear = [&](int64_t in, int64_t out, const std::string& path) {
        Layer l = test::layerOf(LayerKind::Linear, path);
        l.weight = test::griddedNormal({out, in}, gen, 0.3);
        return l;
    };
    Layer pool = test::layerOf(LayerKind::AvgPool2d, "pool");
    pool.kernel = 2;
    pool.stride = 2;
    Layer dropout = test::layerOf(LayerKind::Dropout, "drop");
    dropout.dropout = 0.5; // keep 1/2: the mask value 2 is exact, so the comparison below can be exact too
    Layer featureDrop = test::layerOf(LayerKind::Dropout, "fdrop");
    featureDrop.dropout = featureDropout;
    net.layers = {conv(1, 4, true, "c1"), test::layerOf(LayerKind::ReLU, "r1"), featureDrop, conv(4, 6, false, "c2"),
                  test::layerOf(LayerKind::ReLU, "r2"), pool, test::layerOf(LayerKind::Flatten, "flat"),
                  linear(96, 12, "f1"), test::layerOf(LayerKind::ReLU, "r3"), dropout, linear(12, 3, "f2")};
    return net;
}

at::Tensor signedGriddedImages(int64_t n, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    return ((at::rand({n, 1, 8, 8}, gen) * 2 - 1) * 16).round() / 16;
}

SpikingModel tinySnn(bool channelWise, double leak, InputCoding coding, double featureDropout = 0)
{
    SpikingModel snn;
    snn.network = tinyNet(3, featureDropout);
    snn.leak = leak;
    snn.coding = coding;
    snn.timesteps = 8;
    snn.thresholds.assign(snn.network.layers.size(), at::Tensor());
    const std::vector<int64_t> channels{4, 0, 0, 6, 0, 0, 0, 12};
    for (size_t i : {size_t(0), size_t(3), size_t(7)})
        snn.thresholds[i] = channelWise ? (at::arange(channels[i]).to(at::kFloat) % 3 + 2) / 8 : at::full({}, 0.375f);
    return snn;
}

struct Reference {
    std::vector<at::Tensor> outputs; ///< accumulated output after each step
    std::vector<double> inputEvents, outputSpikes;
};

Reference stepByStep(const SpikingModel& snn, const at::Tensor& x, uint64_t seed, int T)
{
    torch::NoGradGuard noGrad;
    SnnSimulator sim(snn);
    sim.recordActivity(true);
    at::Generator gen = at::detail::createCPUGenerator(seed);
    Reference r;
    for (int t = 0; t < T; ++t)
        r.outputs.push_back(sim.step(encodeInput(x, snn.coding, gen)).clone());
    r.inputEvents = sim.inputEvents();
    r.outputSpikes = sim.outputSpikes();
    return r;
}

void expectSameAsReference(const SpikingModel& snn, const at::Tensor& x, uint64_t seed, int T)
{
    torch::NoGradGuard noGrad;
    const Reference ref = stepByStep(snn, x, seed, T);
    at::Generator gen = at::detail::createCPUGenerator(seed);
    std::vector<at::Tensor> coded;
    for (int t = 0; t < T; ++t)
        coded.push_back(encodeInput(x, snn.coding, gen));
    // Every layer event-driven (fused with the dynamics), then every layer dense.
    for (const EngineRates rates : {EngineRates{2.0, 2.0}, EngineRates{-1.0, -1.0}}) {
        EngineActivity activity;
        const at::Tensor out = TimeBatchedEngine(snn, rates).run(at::stack(coded), &activity);
        for (int t = 0; t < T; ++t)
            EXPECT_TRUE(at::equal(out[t], ref.outputs[size_t(t)])) << "step " << t << " dense above " << rates.convDense;
        for (size_t i : {size_t(0), size_t(3), size_t(7), size_t(10)}) {
            EXPECT_DOUBLE_EQ(activity.inputEvents[i], ref.inputEvents[i]) << "layer " << i;
            EXPECT_DOUBLE_EQ(activity.outputSpikes[i], ref.outputSpikes[i]) << "layer " << i;
        }
        EXPECT_GT(activity.outputSpikes[3], 0.0); // the comparison means something only if layers fire
        EXPECT_GT(activity.outputSpikes[7], 0.0);
    }
}

} // namespace

TEST(SnnEngine, MatchesStepByStepWithPoissonInput)
{
    expectSameAsReference(tinySnn(false, 1.0, InputCoding::Poisson), signedGriddedImages(5, 1), 7, 8);
}

TEST(SnnEngine, MatchesStepByStepWithDirectInputLeakAndChannelThresholds)
{
    expectSameAsReference(tinySnn(true, 0.5, InputCoding::Direct), signedGriddedImages(5, 2), 8, 8);
    expectSameAsReference(tinySnn(true, 1.0, InputCoding::Poisson), signedGriddedImages(5, 3), 9, 8);
}

TEST(SnnEngine, EvaluationMatchesStepByStepAccuracyAndRates)
{
    const SpikingModel snn = tinySnn(false, 1.0, InputCoding::Poisson);
    Dataset data;
    data.images = signedGriddedImages(30, 4);
    data.labels = at::arange(30) % 3;
    const SnnEvaluation eval = evaluateSnn(snn, data, 7, 11);
    // The reference loop with evaluateSnn's batches and seeds.
    std::vector<int64_t> correct(8, 0);
    double spikes0 = 0;
    for (int64_t begin = 0; begin < 30; begin += 7) {
        const int64_t end = std::min<int64_t>(30, begin + 7);
        const Reference ref = stepByStep(snn, data.images.slice(0, begin, end), 11 * 1000003 + uint64_t(begin), 8);
        for (int t = 0; t < 8; ++t)
            correct[size_t(t)] += ref.outputs[size_t(t)].argmax(1).eq(data.labels.slice(0, begin, end)).sum().item<int64_t>();
        spikes0 += ref.outputSpikes[0];
    }
    for (int t = 0; t < 8; ++t)
        EXPECT_DOUBLE_EQ(eval.accuracyPerStep[size_t(t)], double(correct[size_t(t)]) / 30.0) << "step " << t;
    EXPECT_DOUBLE_EQ(eval.activity[0].outputRate, spikes0 / (30.0 * 4 * 64));
}

TEST(SnnEngine, ConversionMatchesTheStepByStepLoopForEveryStatistic)
{
    const Network net = tinyNet(5);
    const at::Tensor images = signedGriddedImages(23, 6);
    for (ThresholdMode mode : {ThresholdMode::Max, ThresholdMode::Percentile})
        for (bool channelWise : {false, true})
            for (InputCoding coding : {InputCoding::Poisson, InputCoding::Direct}) {
                ConversionSettings s;
                s.mode = mode;
                s.percentile = 90;
                s.channelWise = channelWise;
                s.coding = coding;
                s.timesteps = 6;
                s.batchSize = 10;
                s.leak = coding == InputCoding::Direct ? 0.5 : 1.0;
                s.seed = 4;
                const SpikingModel fast = convertToSnn(net, images, s);
                const SpikingModel naive = convertToSnnNaive(net, images, s);
                for (size_t i : fast.spikingLayers())
                    EXPECT_TRUE(at::equal(fast.thresholds[i], naive.thresholds[i]))
                        << "layer " << i << " mode " << int(mode) << " channel-wise " << channelWise << " coding " << int(coding);
            }
}

TEST(SnnEngineKernels, EventConvolutionEqualsDenseConvolution)
{
    at::Generator gen = at::detail::createCPUGenerator(12);
    for (int64_t stride : {1, 2}) {
        const at::Tensor counts = (at::rand({3, 9, 9, 5}, gen) < 0.2).to(at::kByte) * 2; // values 0 or 2, divisor 4
        const at::Tensor weight = test::griddedNormal({7, 5, 3, 3}, gen, 0.5);
        kernels::ConvShape s{9, 9, 5, 0, 0, 7, 3, stride, 1};
        s.outHeight = s.outWidth = (9 + 2 - 3) / stride + 1;
        at::Tensor out = at::empty({3, s.outHeight, s.outWidth, 7});
        kernels::eventConv("test", counts, 4.0f, weight.permute({2, 3, 1, 0}).contiguous(), s, out);
        const at::Tensor dense = at::conv2d(counts.to(at::kFloat).permute({0, 3, 1, 2}) / 4, weight, {}, {stride, stride}, {1, 1});
        EXPECT_TRUE(at::equal(out, dense.permute({0, 2, 3, 1}))) << "stride " << stride;
    }
}

TEST(SnnEngine, FloatWeightsDisagreeOnlyAtRoundingTies)
{
    // An untrained teacher-shaped network with float weights: summation order differs between the
    // event-driven and the dense products, so a membrane within an ulp of its threshold may fire in
    // one and not the other. Such ties are rare; the bound below is far above what rounding gives
    // and far below what any logic error (a wrong step, reset or layout) would give.
    torch::NoGradGuard noGrad;
    Network net = tinyNet(9);
    at::Generator gen = at::detail::createCPUGenerator(10);
    for (Layer& l : net.layers)
        if (l.hasWeights())
            l.weight = l.weight + at::randn(l.weight.sizes(), gen) * 1e-3;
    ConversionSettings s;
    s.timesteps = 20;
    const at::Tensor x = at::rand({40, 1, 8, 8}, gen) * 2 - 1;
    SpikingModel snn = convertToSnnNaive(net, x, s);
    snn.timesteps = 20;
    const Reference ref = stepByStep(snn, x, 3, 20);
    at::Generator draws = at::detail::createCPUGenerator(3);
    std::vector<at::Tensor> coded;
    for (int t = 0; t < 20; ++t)
        coded.push_back(encodeInput(x, snn.coding, draws));
    EngineActivity activity;
    const at::Tensor out = TimeBatchedEngine(snn).run(at::stack(coded), &activity);
    EXPECT_TRUE(at::allclose(out[19], ref.outputs[19], 1e-3, 1e-3));
    EXPECT_EQ(out[19].argmax(1).ne(ref.outputs[19].argmax(1)).sum().item<int64_t>(), 0);
    for (size_t i : snn.spikingLayers())
        EXPECT_NEAR(activity.outputSpikes[i], ref.outputSpikes[i], 1e-3 * ref.outputSpikes[i] + 1) << "layer " << i;
}

TEST(SnnEngineBptt, MatchesAutogradThroughTheStepByStepSimulator)
{
    const at::Tensor x = signedGriddedImages(6, 5);
    for (const SurrogateGradient surrogate : {SurrogateGradient{true, 1.0, false}, SurrogateGradient{true, 0.3, true}})
        for (bool dropout : {false, true}) {
            SpikingModel snn = tinySnn(true, dropout ? 1.0 : 0.5, InputCoding::Poisson, 0.75);
            snn.network.setRequiresGrad(true);
            at::Generator coefGen = at::detail::createCPUGenerator(30);
            const at::Tensor coefficients = test::griddedNormal({6, 3}, coefGen, 1.0); // dL/dU of L = sum(c * U)

            SnnSimulator sim(snn, dropout);
            sim.setSurrogate(surrogate);
            at::Generator gen = at::detail::createCPUGenerator(21);
            sim.setDropoutGenerator(gen);
            const at::Tensor reference = sim.run(x, 8, gen);
            (reference * coefficients).sum().backward();
            std::vector<at::Tensor> expected;
            for (at::Tensor& p : snn.network.parameters()) {
                expected.push_back(p.grad().clone());
                p.mutable_grad() = at::Tensor();
            }

            torch::NoGradGuard noGrad;
            auto rows = [&](const at::Tensor&, int64_t begin, int64_t end) {
                return coefficients.slice(0, begin, end);
            };
            // Event-driven and dense currents; the batch in one chunk and in chunks of 4 and 2 samples.
            for (const auto& [rates, perChunk] :
                 {std::pair{EngineRates{2.0, 2.0}, int64_t(0)}, std::pair{EngineRates{-1.0, -1.0}, int64_t(4)}}) {
                TimeBatchedBptt bptt(snn, surrogate, dropout, rates, perChunk);
                at::Generator gen2 = at::detail::createCPUGenerator(21);
                const at::Tensor output = bptt.run(x, 8, gen2, rows, TimeBatchedBptt::Gradients::Weights).output;
                EXPECT_TRUE(at::equal(output, reference.detach())) << "dropout " << dropout;
                const std::vector<at::Tensor> params = snn.network.parameters();
                ASSERT_EQ(params.size(), expected.size());
                for (size_t i = 0; i < params.size(); ++i) {
                    ASSERT_TRUE(params[i].grad().defined()) << "parameter " << i;
                    EXPECT_TRUE(at::allclose(params[i].grad(), expected[i], 1e-4, 1e-5))
                        << "parameter " << i << " dropout " << dropout << " scale " << surrogate.scale << " dense above "
                        << rates.convDense << ": " << (params[i].grad() - expected[i]).abs().max().item<double>();
                    EXPECT_GT(expected[i].abs().sum().item<double>(), 0.0) << "parameter " << i; // gradients reach every layer
                    params[i].mutable_grad() = at::Tensor();
                }
            }
        }
}

TEST(SnnEngine, OneChannelFramesAreLaidOutChannelsLastInEveryStride)
{
    // A one-channel map's NCHW strides survive permute + contiguous() (a size-1 dimension's stride is
    // not checked), and permuted back they read as NCHW, so oneDNN would answer in NCHW.
    const Activation a = TimeBatchedEngine::fromImages(signedGriddedImages(3, 4).slice(1, 0, 1).contiguous());
    ASSERT_EQ(a.values.size(3), 1);
    EXPECT_EQ(a.values.strides(), c10::IntArrayRef(c10::contiguous_strides(a.values.sizes())));
    EXPECT_EQ(a.values.permute({0, 3, 1, 2}).suggest_memory_format(), at::MemoryFormat::ChannelsLast);
}

TEST(SnnEngineBptt, ForwardOnlyGivesTheSameOutputAndNoGradient)
{
    SpikingModel snn = tinySnn(true, 0.75, InputCoding::Poisson);
    snn.network.setRequiresGrad(true);
    const at::Tensor x = signedGriddedImages(5, 9);
    torch::NoGradGuard noGrad;
    int calls = 0;
    auto rows = [&](const at::Tensor& out, int64_t, int64_t) { ++calls; return at::ones_like(out); };
    at::Generator gen = at::detail::createCPUGenerator(23), gen2 = at::detail::createCPUGenerator(23);
    const at::Tensor forwardOnly = TimeBatchedBptt(snn, {}, false).run(x, 8, gen, rows, TimeBatchedBptt::Gradients::None).output;
    EXPECT_EQ(calls, 0);
    for (const at::Tensor& p : snn.network.parameters())
        EXPECT_FALSE(p.grad().defined());
    const at::Tensor withBackward = TimeBatchedBptt(snn, {}, false).run(x, 8, gen2, rows, TimeBatchedBptt::Gradients::Weights).output;
    EXPECT_GT(calls, 0);
    EXPECT_TRUE(at::equal(forwardOnly, withBackward));
}

TEST(SnnEngineBptt, FirstLayerCurrentGradientMatchesAutogradThroughTheStepByStepSimulator)
{
    // Attack 2's G: dL/dc_t summed over T for the first layer's currents c_t. Autograd reaches the
    // coded inputs s_t through c_t = W1 * s_t + b1, so sum_t dL/ds_t = W1^T G is the reference.
    const at::Tensor x = signedGriddedImages(5, 8);
    for (const SurrogateGradient surrogate : {SurrogateGradient{true, 1.0, false}, SurrogateGradient{true, 0.3, true}}) {
        const SpikingModel snn = tinySnn(true, 0.75, InputCoding::Poisson);
        at::Generator coefGen = at::detail::createCPUGenerator(31);
        const at::Tensor coefficients = test::griddedNormal({5, 3}, coefGen, 1.0);

        SnnSimulator sim(snn);
        sim.setSurrogate(surrogate);
        at::Generator gen = at::detail::createCPUGenerator(22);
        std::vector<at::Tensor> inputs;
        at::Tensor reference;
        for (int t = 0; t < 8; ++t) {
            inputs.push_back(encodeInput(x, snn.coding, gen).requires_grad_(true));
            reference = sim.step(inputs.back());
        }
        const auto grads = torch::autograd::grad({(reference * coefficients).sum()}, inputs);
        at::Tensor expected = at::zeros_like(x);
        for (const at::Tensor& g : grads)
            expected += g;

        torch::NoGradGuard noGrad;
        auto rows = [&](const at::Tensor&, int64_t begin, int64_t end) { return coefficients.slice(0, begin, end); };
        for (const auto& [rates, perChunk] :
             {std::pair{EngineRates{2.0, 2.0}, int64_t(2)}, std::pair{EngineRates{-1.0, -1.0}, int64_t(0)}}) {
            TimeBatchedBptt bptt(snn, surrogate, false, rates, perChunk);
            at::Generator gen2 = at::detail::createCPUGenerator(22);
            const TimeBatchedBptt::Result pass = bptt.run(x, 8, gen2, rows, TimeBatchedBptt::Gradients::FirstCurrents);
            EXPECT_TRUE(at::equal(pass.output, reference.detach()));
            const at::Tensor& G = pass.firstCurrentGrad;
            const Layer& w1 = snn.network.layers[0];
            ASSERT_EQ(G.sizes(), (at::IntArrayRef{5, w1.weight.size(0), 8, 8}));
            const at::Tensor back = at::conv_transpose2d(G, w1.weight, {}, 1, w1.padding);
            EXPECT_TRUE(at::allclose(back, expected, 1e-4, 1e-5))
                << "scale " << surrogate.scale << ": " << (back - expected).abs().max().item<double>();
            EXPECT_GT(expected.abs().sum().item<double>(), 0.0);
        }
    }
}
