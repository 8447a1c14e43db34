// SPDX-License-Identifier: GPL-3.0-or-later
// Each forward kernel of the time-batched engine against a plain loop that spells out its
// definition (snn_layer_kernels.h), written index by index with no shared code. Counts, weights,
// currents and thresholds lie on a coarse binary grid, so every sum is exact in float whatever the
// order of the additions, and kernel and loop must agree bit for bit.
#include "grid_values.h"
#include "snn_layer_kernels.h"
#include "spike_packing.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <vector>

namespace {

using psnn::kernels::ConvShape;

at::Generator generator(uint64_t seed)
{
    return at::detail::createCPUGenerator(seed);
}

/// Spike counts 0..maxCount, about `rate` of them non-zero.
at::Tensor counts(at::IntArrayRef shape, double rate, int maxCount, at::Generator& gen)
{
    const at::Tensor active = at::rand(shape, gen) < rate;
    const at::Tensor value = at::randint(1, maxCount + 1, shape, gen, at::kLong);
    return (active.to(at::kLong) * value).to(at::kByte);
}

ConvShape convShape(int64_t h, int64_t w, int64_t cin, int64_t cout, int64_t kernel, int64_t stride, int64_t padding)
{
    ConvShape s{h, w, cin, 0, 0, cout, kernel, stride, padding};
    s.outHeight = (h + 2 * padding - kernel) / stride + 1;
    s.outWidth = (w + 2 * padding - kernel) / stride + 1;
    return s;
}

/// out[f][oy][ox][o] = sum over taps and input channels of counts / divisor * weight.
at::Tensor naiveConv(const at::Tensor& in, float divisor, const at::Tensor& weight, const ConvShape& s)
{
    const auto c = in.accessor<uint8_t, 4>();
    const auto w = weight.accessor<float, 4>();
    at::Tensor out = at::zeros({in.size(0), s.outHeight, s.outWidth, s.outChannels});
    auto o = out.accessor<float, 4>();
    for (int64_t f = 0; f < in.size(0); ++f)
        for (int64_t oy = 0; oy < s.outHeight; ++oy)
            for (int64_t ox = 0; ox < s.outWidth; ++ox)
                for (int64_t oc = 0; oc < s.outChannels; ++oc)
                    for (int64_t ky = 0; ky < s.kernel; ++ky)
                        for (int64_t kx = 0; kx < s.kernel; ++kx)
                            for (int64_t ic = 0; ic < s.inChannels; ++ic) {
                                const int64_t iy = oy * s.stride - s.padding + ky, ix = ox * s.stride - s.padding + kx;
                                if (iy >= 0 && iy < s.height && ix >= 0 && ix < s.width)
                                    o[f][oy][ox][oc] += float(c[f][iy][ix][ic]) / divisor * w[ky][kx][ic][oc];
                            }
    return out;
}

at::Tensor naiveLinear(const at::Tensor& in, float divisor, const at::Tensor& weight)
{
    const auto c = in.accessor<uint8_t, 2>();
    const auto w = weight.accessor<float, 2>();
    at::Tensor out = at::zeros({in.size(0), weight.size(1)});
    auto o = out.accessor<float, 2>();
    for (int64_t f = 0; f < in.size(0); ++f)
        for (int64_t k = 0; k < weight.size(1); ++k)
            for (int64_t i = 0; i < in.size(1); ++i)
                o[f][k] += float(c[f][i]) / divisor * w[i][k];
    return out;
}

/// One neuron's IF/LIF step as the paper writes it: u = u * leak + I; fire when u > theta; soft reset.
bool naiveStep(float& u, float current, float theta, float leak)
{
    u = u * leak + current;
    const bool fire = u > theta;
    if (fire)
        u -= theta;
    return fire;
}

TEST(SnnKernels, EventConvolutionMatchesTheLoopForEveryGeometry)
{
    at::Generator gen = generator(1);
    struct Case {
        int64_t h, w, cin, cout, kernel, stride, padding;
        float divisor;
    };
    for (const Case& k :
         {Case{7, 9, 3, 5, 3, 1, 1, 1.0f}, Case{8, 8, 4, 6, 3, 2, 1, 4.0f}, Case{6, 5, 2, 3, 1, 1, 0, 2.0f},
          Case{9, 9, 3, 4, 5, 2, 2, 4.0f}, Case{5, 5, 2, 2, 2, 2, 0, 1.0f}}) {
        const ConvShape s = convShape(k.h, k.w, k.cin, k.cout, k.kernel, k.stride, k.padding);
        const at::Tensor in = counts({4, k.h, k.w, k.cin}, 0.3, 3, gen);
        const at::Tensor weight = psnn::test::gridded({k.kernel, k.kernel, k.cin, k.cout}, gen);
        at::Tensor out = at::empty({4, s.outHeight, s.outWidth, k.cout});
        psnn::kernels::eventConv("conv", in, k.divisor, weight, s, out);
        EXPECT_TRUE(at::equal(out, naiveConv(in, k.divisor, weight, s)))
            << "kernel " << k.kernel << " stride " << k.stride << " padding " << k.padding;
    }
}

TEST(SnnKernels, EventLinearMatchesTheLoop)
{
    at::Generator gen = generator(2);
    for (const float divisor : {1.0f, 4.0f}) {
        const at::Tensor in = counts({6, 37}, 0.25, 4, gen); // 37: the zero-skipping reads 8 bytes at a time
        const at::Tensor weight = psnn::test::gridded({37, 11}, gen);
        at::Tensor out = at::empty({6, 11});
        psnn::kernels::eventLinear("fc", in, divisor, weight, out);
        EXPECT_TRUE(at::equal(out, naiveLinear(in, divisor, weight))) << "divisor " << divisor;
    }
}

TEST(SnnKernels, SumPoolMatchesTheLoop)
{
    at::Generator gen = generator(3);
    struct Case {
        int64_t h, w, kernel, stride;
    };
    for (const Case& k : {Case{8, 8, 2, 2}, Case{7, 6, 3, 1}, Case{9, 7, 3, 2}}) {
        const at::Tensor in = counts({3, k.h, k.w, 5}, 0.5, 2, gen);
        const at::Tensor pooled = psnn::kernels::sumPool("pool", in, k.kernel, k.stride);
        const int64_t oh = (k.h - k.kernel) / k.stride + 1, ow = (k.w - k.kernel) / k.stride + 1;
        ASSERT_EQ(pooled.sizes(), (std::vector<int64_t>{3, oh, ow, 5}));
        const auto c = in.accessor<uint8_t, 4>();
        const auto p = pooled.accessor<uint8_t, 4>();
        int mismatches = 0;
        for (int64_t f = 0; f < 3; ++f)
            for (int64_t y = 0; y < oh; ++y)
                for (int64_t x = 0; x < ow; ++x)
                    for (int64_t ch = 0; ch < 5; ++ch) {
                        int sum = 0;
                        for (int64_t dy = 0; dy < k.kernel; ++dy)
                            for (int64_t dx = 0; dx < k.kernel; ++dx)
                                sum += c[f][y * k.stride + dy][x * k.stride + dx][ch];
                        mismatches += p[f][y][x][ch] != sum;
                    }
        EXPECT_EQ(mismatches, 0) << "kernel " << k.kernel << " stride " << k.stride;
    }
}

TEST(SnnKernels, IntegrateAndFireMatchesTheLoopAcrossChunks)
{
    at::Generator gen = generator(4);
    const int64_t steps = 7, batch = 3, positions = 4, channels = 5, n = positions * channels;
    const at::Tensor currents = psnn::test::gridded({steps, batch, n}, gen) * 2;
    const at::Tensor theta = at::tensor({0.5f, 0.75f, 1.0f, 1.25f, 0.625f});
    const float leak = 0.5f;
    // Two chunks (4 + 3 steps) continuing one membrane, as the engine calls it.
    at::Tensor membrane = at::zeros({batch, n});
    at::Tensor first = at::empty({4, batch, n}, at::kByte), second = at::empty({3, batch, n}, at::kByte);
    int64_t fired =
        psnn::kernels::integrateAndFire("conv1", currents.slice(0, 0, 4).contiguous(), theta, leak, membrane, first);
    fired += psnn::kernels::integrateAndFire("conv1", currents.slice(0, 4).contiguous(), theta, leak, membrane, second);
    const at::Tensor spikes = at::cat({first, second});

    const auto i = currents.accessor<float, 3>();
    const auto s = spikes.accessor<uint8_t, 3>();
    const auto m = membrane.accessor<float, 2>();
    int64_t expectedFired = 0;
    int mismatches = 0;
    for (int64_t b = 0; b < batch; ++b)
        for (int64_t j = 0; j < n; ++j) {
            float u = 0;
            for (int64_t t = 0; t < steps; ++t) {
                const bool fire = naiveStep(u, i[t][b][j], theta[j % channels].item<float>(), leak);
                expectedFired += fire;
                mismatches += s[t][b][j] != uint8_t(fire);
            }
            mismatches += m[b][j] != u;
        }
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(fired, expectedFired);
    EXPECT_GT(expectedFired, 0); // the case exercises firing, not only silence
}

TEST(SnnKernels, EventFireMatchesCurrentsThenDynamicsStepByStep)
{
    at::Generator gen = generator(5);
    const int64_t steps = 5, batch = 3;
    const float leak = 0.75f, divisor = 2.0f;
    for (const bool conv : {true, false}) {
        const ConvShape s = conv ? convShape(6, 6, 3, 4, 3, 1, 1) : ConvShape{0, 0, 0, 0, 0, 0, 0, 1, 0};
        const at::Tensor in =
            conv ? counts({steps * batch, 6, 6, 3}, 0.3, 2, gen) : counts({steps * batch, 29}, 0.3, 2, gen);
        const at::Tensor weight = conv ? psnn::test::gridded({3, 3, 3, 4}, gen) : psnn::test::gridded({29, 4}, gen);
        const at::Tensor bias = psnn::test::gridded({4}, gen) / 2;
        const at::Tensor theta = at::tensor({0.5f, 1.0f, 0.75f, 1.5f});
        at::Tensor spikes =
            conv ? at::empty({steps * batch, 6, 6, 4}, at::kByte) : at::empty({steps * batch, 4}, at::kByte);
        const int64_t fired =
            psnn::kernels::eventFire("layer", in, divisor, weight, s, bias, theta, leak, batch, spikes);

        // Currents of every frame from the loops above, then the neuron loop over time-major frames.
        const at::Tensor current = (conv ? naiveConv(in, divisor, weight, s) : naiveLinear(in, divisor, weight)) + bias;
        const at::Tensor flat = current.reshape({steps, batch, -1});
        const at::Tensor out = spikes.reshape({steps, batch, -1});
        const int64_t n = flat.size(2);
        int64_t expectedFired = 0;
        int mismatches = 0;
        for (int64_t b = 0; b < batch; ++b)
            for (int64_t j = 0; j < n; ++j) {
                float u = 0;
                for (int64_t t = 0; t < steps; ++t) {
                    const bool fire = naiveStep(u, flat[t][b][j].item<float>(), theta[j % 4].item<float>(), leak);
                    expectedFired += fire;
                    mismatches += out[t][b][j].item<uint8_t>() != uint8_t(fire);
                }
            }
        EXPECT_EQ(mismatches, 0) << (conv ? "conv" : "linear");
        EXPECT_EQ(fired, expectedFired) << (conv ? "conv" : "linear");
        EXPECT_GT(expectedFired, 0);
    }
}

TEST(SnnKernels, PackedSpikesKeepEveryBitIncludingARaggedTail)
{
    at::Generator gen = generator(6);
    const at::Tensor spikes = (at::rand({5, 3, 7}, gen) < 0.4).to(at::kByte); // 21 per row: two bytes and a tail of 5
    const psnn::PackedSpikes packed = psnn::packSpikes(spikes);
    ASSERT_EQ(packed.bits.sizes(), (std::vector<int64_t>{5, 3}));
    // Bit j of row r is spike j of the flattened row, lowest bit first.
    const at::Tensor flat = spikes.reshape({5, 21});
    int mismatches = 0;
    for (int64_t r = 0; r < 5; ++r)
        for (int64_t j = 0; j < 24; ++j) {
            const int bit = (packed.bits[r][j / 8].item<uint8_t>() >> (j % 8)) & 1;
            mismatches += bit != (j < 21 ? flat[r][j].item<uint8_t>() : 0);
        }
    EXPECT_EQ(mismatches, 0);
    EXPECT_TRUE(at::equal(psnn::unpackSpikes(packed), spikes));
}

} // namespace
