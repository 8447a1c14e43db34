// SPDX-License-Identifier: GPL-3.0-or-later
// The backward kernels of the time-batched engine against plain loops of their definitions
// (snn_layer_kernels.h), and the kernels' precondition checks: a call that breaks one is a
// c10::Error that names the kernel, the layer and the tensor, not a read out of bounds.
#include "grid_values.h"
#include "snn_engine.h"
#include "snn_layer_kernels.h"
#include "spike_packing.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

namespace {

using psnn::kernels::ConvShape;
using testing::AllOf;
using testing::HasSubstr;

at::Tensor counts(at::IntArrayRef shape, double rate, at::Generator& gen)
{
    const at::Tensor active = at::rand(shape, gen) < rate;
    return (active.to(at::kLong) * at::randint(1, 4, shape, gen, at::kLong)).to(at::kByte);
}

TEST(SnnKernelGrads, IntegrateAndFireBackwardMatchesTheSurrogateRecursion)
{
    at::Generator gen = at::detail::createCPUGenerator(7);
    const int64_t steps = 6, batch = 2, channels = 3, n = 4 * channels;
    const float leak = 0.5f;
    const at::Tensor theta = at::tensor({0.5f, 1.0f, 0.75f});
    const at::Tensor currents = psnn::test::gridded({steps, batch, n}, gen) * 1.5;
    const at::Tensor spikeGrad = psnn::test::gridded({steps, batch, n}, gen);
    for (const bool perThreshold : {false, true}) {
        const float scale = perThreshold ? 0.3f : 1.0f;
        at::Tensor io = currents.clone();
        psnn::kernels::integrateAndFireBackward("conv2", io, spikeGrad, theta, leak, scale, perThreshold);

        // The reference recursion: membranes before each reset, then dL/du_t = dL/do_t * slope(u_t)
        // + leak * dL/du_{t+1}, with the triangular slope of SurrogateGradient.
        int mismatches = 0;
        for (int64_t b = 0; b < batch; ++b)
            for (int64_t j = 0; j < n; ++j) {
                const float th = theta[j % channels].item<float>();
                std::vector<float> before(steps);
                float u = 0;
                for (int64_t t = 0; t < steps; ++t) {
                    u = u * leak + currents[t][b][j].item<float>();
                    before[size_t(t)] = u;
                    if (u > th)
                        u -= th;
                }
                float next = 0;
                for (int64_t t = steps - 1; t >= 0; --t) {
                    float slope = std::max(0.0f, 1.0f - std::fabs((before[size_t(t)] - th) / th)) * scale;
                    if (perThreshold)
                        slope /= th;
                    float grad = spikeGrad[t][b][j].item<float>() * slope;
                    if (t + 1 < steps)
                        grad += next * leak;
                    next = grad;
                    mismatches += io[t][b][j].item<float>() != grad;
                }
            }
        EXPECT_EQ(mismatches, 0) << "perThreshold " << perThreshold;
    }
}

TEST(SnnKernelGrads, ConvolutionWeightGradientMatchesTheLoop)
{
    at::Generator gen = at::detail::createCPUGenerator(8);
    for (const int64_t stride : {1, 2}) {
        ConvShape s{7, 7, 3, 0, 0, 4, 3, stride, 1};
        s.outHeight = s.outWidth = (7 + 2 - 3) / stride + 1;
        const at::Tensor in = counts({5, 7, 7, 3}, 0.3, gen);
        const at::Tensor grad = psnn::test::gridded({5, s.outHeight, s.outWidth, 4}, gen);
        const at::Tensor dw = psnn::kernels::eventConvWeightGrad("conv", in, 2.0f, grad, s);
        at::Tensor expected = at::zeros({3, 3, 3, 4});
        auto e = expected.accessor<float, 4>();
        const auto c = in.accessor<uint8_t, 4>();
        const auto g = grad.accessor<float, 4>();
        for (int64_t f = 0; f < 5; ++f)
            for (int64_t oy = 0; oy < s.outHeight; ++oy)
                for (int64_t ox = 0; ox < s.outWidth; ++ox)
                    for (int64_t ky = 0; ky < 3; ++ky)
                        for (int64_t kx = 0; kx < 3; ++kx) {
                            const int64_t iy = oy * stride - 1 + ky, ix = ox * stride - 1 + kx;
                            if (iy < 0 || iy >= 7 || ix < 0 || ix >= 7)
                                continue;
                            for (int64_t ic = 0; ic < 3; ++ic)
                                for (int64_t oc = 0; oc < 4; ++oc)
                                    e[ky][kx][ic][oc] += float(c[f][iy][ix][ic]) / 2.0f * g[f][oy][ox][oc];
                        }
        EXPECT_TRUE(at::equal(dw, expected)) << "stride " << stride;
    }
}

TEST(SnnKernelGrads, LinearWeightGradientMatchesTheLoop)
{
    at::Generator gen = at::detail::createCPUGenerator(9);
    const at::Tensor in = counts({9, 21}, 0.3, gen);
    const at::Tensor grad = psnn::test::gridded({9, 6}, gen);
    const at::Tensor dw = psnn::kernels::eventLinearWeightGrad("fc", in, 4.0f, grad);
    at::Tensor expected = at::zeros({21, 6});
    auto e = expected.accessor<float, 2>();
    for (int64_t f = 0; f < 9; ++f)
        for (int64_t i = 0; i < 21; ++i)
            for (int64_t k = 0; k < 6; ++k)
                e[i][k] += float(in[f][i].item<uint8_t>()) / 4.0f * grad[f][k].item<float>();
    EXPECT_TRUE(at::equal(dw, expected));
}

/// The message of the c10::Error that `call` throws, or "" when it throws none.
std::string kernelErrorText(const std::function<void()>& call)
{
    try {
        call();
    } catch (const c10::Error& e) {
        return e.what_without_backtrace();
    }
    return {};
}

TEST(SnnKernelChecks, ForwardKernelsNameTheLayerAndTheTensorAtFault)
{
    ConvShape s{6, 6, 2, 4, 4, 3, 3, 1, 0};
    const at::Tensor in = at::zeros({2, 6, 6, 2}, at::kByte);
    const at::Tensor weight = at::zeros({3, 3, 2, 3});
    at::Tensor out = at::empty({2, 4, 4, 3});
    EXPECT_THAT(
        kernelErrorText([&] { psnn::kernels::eventConv("features.3", in.to(at::kFloat), 1.0f, weight, s, out); }),
        AllOf(HasSubstr("eventConv (layer features.3)"), HasSubstr("counts must be Byte"), HasSubstr("[*, 6, 6, 2]")));
    EXPECT_THAT(kernelErrorText([&] {
                    psnn::kernels::eventConv("features.3", in, 1.0f, weight.permute({3, 2, 1, 0}), s, out);
                }),
                HasSubstr("weight must be Float of shape [3, 3, 2, 3]"));
    at::Tensor strided = at::empty({2, 4, 4, 6}).slice(3, 0, 3);
    EXPECT_THAT(kernelErrorText([&] { psnn::kernels::eventConv("features.3", in, 1.0f, weight, s, strided); }),
                HasSubstr("out must be contiguous"));
    ConvShape wrong = s;
    wrong.outHeight = 5;
    EXPECT_THAT(kernelErrorText([&] { psnn::kernels::eventConv("features.3", in, 1.0f, weight, wrong, out); }),
                HasSubstr("does not follow from a 6x6 input"));

    at::Tensor linearOut = at::empty({2, 5});
    EXPECT_THAT(
        kernelErrorText([&] {
            psnn::kernels::eventLinear("classifier.0", at::zeros({2, 8}, at::kByte), 1.0f, at::zeros({7, 5}),
                                       linearOut);
        }),
        AllOf(HasSubstr("eventLinear (layer classifier.0)"), HasSubstr("weight must be Float of shape [8, *]")));
    EXPECT_THAT(kernelErrorText([&] { psnn::kernels::sumPool("features.2", in, 7, 7); }),
                AllOf(HasSubstr("sumPool (layer features.2)"), HasSubstr("does not fit a 6x6 map")));
}

TEST(SnnKernelChecks, DynamicsRejectAThresholdPerWrongChannelCount)
{
    const at::Tensor currents = at::zeros({3, 2, 12});
    at::Tensor membrane = at::zeros({2, 12});
    at::Tensor spikes = at::empty({3, 2, 12}, at::kByte);
    EXPECT_THAT(kernelErrorText([&] {
                    psnn::kernels::integrateAndFire("features.0", currents, at::ones({5}), 1.0f, membrane, spikes);
                }),
                AllOf(HasSubstr("integrateAndFire (layer features.0)"),
                      HasSubstr("5 thresholds do not divide the 12 neurons")));
    at::Tensor shortMembrane = at::zeros({2, 11});
    EXPECT_THAT(kernelErrorText([&] {
                    psnn::kernels::integrateAndFire("features.0", currents, at::ones({3}), 1.0f, shortMembrane, spikes);
                }),
                HasSubstr("membrane must be Float of shape [2, 12]"));
    at::Tensor io = currents.clone();
    EXPECT_THAT(kernelErrorText([&] {
                    psnn::kernels::integrateAndFireBackward("features.0", io, at::zeros({3, 2, 11}), at::ones({3}),
                                                            1.0f, 1.0f, false);
                }),
                AllOf(HasSubstr("integrateAndFireBackward (layer features.0)"),
                      HasSubstr("spikeGrad must be Float of shape [3, 2, 12]")));
    at::Tensor fired = at::empty({6, 4}, at::kByte);
    EXPECT_THAT(kernelErrorText([&] {
                    psnn::kernels::eventFire("classifier.0", at::zeros({6, 8}, at::kByte), 1.0f, at::zeros({8, 4}),
                                             ConvShape{0, 0, 0, 0, 0, 0, 0, 1, 0}, at::Tensor(), at::ones({4}), 1.0f, 4,
                                             fired);
                }),
                HasSubstr("6 frames are not whole time steps of a batch of 4"));
    EXPECT_THAT(
        kernelErrorText([] {
            psnn::kernels::eventLinearWeightGrad("classifier.0", at::zeros({4, 8}, at::kByte), 1.0f, at::zeros({3, 2}));
        }),
        HasSubstr("grad must be Float of shape [4, *]"));
    EXPECT_THAT(kernelErrorText([] {
                    psnn::unpackSpikes(psnn::PackedSpikes{at::zeros({4, 2}, at::kByte), {4, 17}});
                }),
                HasSubstr("need uint8 bits [4, 3]"));
}

TEST(SnnKernelChecks, TheEngineRefusesAThresholdOfTheWrongSizeNamingTheLayer)
{
    const psnn::SpikingModel snn = psnn::test::singleNeuron(1.0, 1.0); // one spiking neuron, then the output
    psnn::TimeBatchedEngine engine(snn);
    EXPECT_THAT(kernelErrorText([&] { engine.setThreshold(0, at::ones({2})); }),
                AllOf(HasSubstr("setThreshold (layer " + engine.layerName(0) + ")"),
                      HasSubstr("each of its 1 output channels")));
    EXPECT_EQ(kernelErrorText([&] { engine.setThreshold(0, at::ones({1})); }), "");
}

} // namespace
