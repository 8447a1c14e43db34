// SPDX-License-Identifier: GPL-3.0-or-later
// The loops are written so that the compiler vectorises the innermost one (a contiguous run of
// output channels); target_clones adds an AVX2 copy picked at run time, so a generic x86-64 build
// still gets 8-wide adds. No FMA target: a fused multiply-add would round differently from the
// step-by-step reference, and the membrane update must match it bit for bit.
#include "snn_layer_kernels.h"

#include "snn_kernel_checks.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define PSNN_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define PSNN_VECTOR_CLONES
#endif

namespace psnn::kernels {
namespace {

/// Adds v * w[0..n) to o (v == 1 without the multiply, which is exact anyway but slower).
inline void addScaled(float* __restrict o, const float* __restrict w, float v, int64_t n)
{
    if (v == 1.0f) {
        for (int64_t i = 0; i < n; ++i)
            o[i] += w[i];
    } else {
        for (int64_t i = 0; i < n; ++i)
            o[i] += v * w[i];
    }
}

/// Index of the next non-zero byte in [i, n), skipping zero words eight bytes at a time.
inline int64_t nextNonZero(const uint8_t* p, int64_t i, int64_t n)
{
    while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word != 0)
            break;
        i += 8;
    }
    while (i < n && p[i] == 0)
        ++i;
    return i;
}

/// Non-zero bytes of p[0..n), in blocks whose 32-bit count vectorises.
PSNN_VECTOR_CLONES
int64_t countNonZero(const uint8_t* p, int64_t n)
{
    int64_t count = 0;
    for (int64_t begin = 0; begin < n; begin += int64_t(1) << 20) {
        const int64_t end = std::min(n, begin + (int64_t(1) << 20));
        uint32_t block = 0;
        for (int64_t i = begin; i < end; ++i)
            block += p[i] != 0;
        count += block;
    }
    return count;
}

/// The (output pixel, kernel tap) pairs one input pixel reaches, as offsets: into the output frame
/// (times Cout) and into the weight (times Cin * Cout). Computed once per pixel that holds a spike,
/// not once per spike: the divisions and bounds checks used to cost as much as the adds.
struct Taps {
    static constexpr int kMax = int(kMaxEventTaps);
    int count = 0;
    int64_t out[kMax];
    int64_t weight[kMax];
};

inline void tapsOf(int64_t iy, int64_t ix, const ConvShape& s, Taps& taps)
{
    taps.count = 0;
    for (int64_t ky = 0; ky < s.kernel; ++ky) {
        const int64_t ny = iy + s.padding - ky;
        if (ny < 0 || ny % s.stride != 0 || ny / s.stride >= s.outHeight)
            continue;
        for (int64_t kx = 0; kx < s.kernel; ++kx) {
            const int64_t nx = ix + s.padding - kx;
            if (nx < 0 || nx % s.stride != 0 || nx / s.stride >= s.outWidth)
                continue;
            taps.out[taps.count] = ((ny / s.stride) * s.outWidth + nx / s.stride) * s.outChannels;
            taps.weight[taps.count] = (ky * s.kernel + kx) * s.inChannels * s.outChannels;
            ++taps.count;
        }
    }
}

/// Calls onPixel(iy, ix, pixelCounts, firstChannel) for every input pixel of a frame that holds a
/// spike, with the channel of its first one. The
/// spikes of one pixel are then visited in channel order, so every output element receives its
/// contributions in the same order as a flat scan of the frame (the sums stay bit-identical).
template <typename F>
inline void forEachActivePixel(const uint8_t* in, const ConvShape& s, F onPixel)
{
    const int64_t cin = s.inChannels;
    for (int64_t iy = 0; iy < s.height; ++iy)
        for (int64_t ix = 0; ix < s.width; ++ix) {
            const uint8_t* px = in + (iy * s.width + ix) * cin;
            if (const int64_t first = nextNonZero(px, 0, cin); first < cin)
                onPixel(iy, ix, px, first);
        }
}

PSNN_VECTOR_CLONES
void convFrame(const uint8_t* in, float divisor, const float* weight, const ConvShape& s, float* out)
{
    const int64_t cin = s.inChannels, cout = s.outChannels;
    std::memset(out, 0, sizeof(float) * size_t(s.outHeight * s.outWidth * cout));
    Taps taps;
    forEachActivePixel(in, s, [&](int64_t iy, int64_t ix, const uint8_t* px, int64_t first) {
        tapsOf(iy, ix, s, taps);
        for (int64_t c = first; c < cin; c = nextNonZero(px, c + 1, cin)) {
            const float v = divisor == 1.0f ? float(px[c]) : float(px[c]) / divisor;
            const float* wc = weight + c * cout;
            for (int j = 0; j < taps.count; ++j)
                addScaled(out + taps.out[j], wc + taps.weight[j], v, cout);
        }
    });
}

PSNN_VECTOR_CLONES
void linearFrame(const uint8_t* in, int64_t d, float divisor, const float* weight, int64_t k, float* out)
{
    std::memset(out, 0, sizeof(float) * size_t(k));
    for (int64_t i = nextNonZero(in, 0, d); i < d; i = nextNonZero(in, i + 1, d))
        addScaled(out, weight + i * k, divisor == 1.0f ? float(in[i]) : float(in[i]) / divisor, k);
}

/// One sample's membrane over Tc steps. Plain float arithmetic in the reference's order; branch-free
/// so that the channel loop vectorises. Returns the number of spikes.
PSNN_VECTOR_CLONES
int64_t fireSample(const float* currents, int64_t frameStride, int64_t steps, const float* __restrict theta, int64_t channels,
                   int64_t positions, float leak, float* u, uint8_t* spikes)
{
    int64_t count = 0;
    for (int64_t t = 0; t < steps; ++t) {
        const float* in = currents + t * frameStride;
        uint8_t* out = spikes + t * frameStride;
        for (int64_t p = 0; p < positions; ++p) {
            float* __restrict up = u + p * channels;
            const float* __restrict ip = in + p * channels;
            uint8_t* __restrict op = out + p * channels;
            // Written without a branch or a select on floats so that gcc vectorises it (a ?: on the
            // membrane kept it scalar, with a mispredicted jump per neuron). v - 0 * theta is v and
            // v - 1 * theta is v - theta exactly, so the result is the reference's bit for bit.
            int32_t fired = 0; // counted in the same pass: the frame is not read a second time
            for (int64_t c = 0; c < channels; ++c) {
                const float th = theta[c];
                const float v = up[c] * leak + ip[c];
                const int32_t fire = v > th;
                up[c] = v - float(fire) * th;
                op[c] = uint8_t(fire);
                fired += fire;
            }
            count += fired;
        }
    }
    return count;
}

/// One step of the re-run forward pass: io becomes the membrane before the spike. Branch-free, as
/// in fireSample, so that it vectorises.
PSNN_VECTOR_CLONES
void membraneStep(float* __restrict cur, float* __restrict u, const float* __restrict theta, int64_t channels,
                  int64_t positions, float leak)
{
    for (int64_t p = 0; p < positions; ++p) {
        float* __restrict cp = cur + p * channels;
        float* __restrict up = u + p * channels;
        for (int64_t c = 0; c < channels; ++c) {
            const float th = theta[c];
            const float v = up[c] * leak + cp[c];
            cp[c] = v;
            const int32_t fire = v > th;
            up[c] = v - float(fire) * th;
        }
    }
}

/// One step backwards: the reference's surrogate arithmetic, in its order,
/// (1 - |(u - theta) / theta|)^+ * scale [/ theta]. The options are template arguments so that the
/// loop has no branch and vectorises; (s > 0 ? s : 0) * scale equals the reference's
/// s > 0 ? s * scale : 0 * scale for every finite s.
template <bool PerThreshold, bool Carry>
PSNN_VECTOR_CLONES void gradientStep(float* __restrict cur, const float* __restrict g, float* __restrict next,
                                     const float* __restrict theta, int64_t channels, int64_t positions, float leak,
                                     float scale)
{
    for (int64_t p = 0; p < positions; ++p) {
        float* __restrict cp = cur + p * channels;
        const float* __restrict gp = g + p * channels;
        float* __restrict np = next + p * channels;
        for (int64_t c = 0; c < channels; ++c) {
            const float th = theta[c];
            const float z = (cp[c] - th) / th;
            const float s = 1.0f - std::fabs(z);
            float slope = (s > 0.0f ? s : 0.0f) * scale;
            if (PerThreshold)
                slope = slope / th;
            const float d = gp[c] * slope;
            const float total = Carry ? d + np[c] * leak : d;
            np[c] = total;
            cp[c] = total;
        }
    }
}

template <bool PerThreshold>
void gradientStep(bool carry, float* cur, const float* g, float* next, const float* theta, int64_t channels,
                  int64_t positions, float leak, float scale)
{
    if (carry)
        gradientStep<PerThreshold, true>(cur, g, next, theta, channels, positions, leak, scale);
    else
        gradientStep<PerThreshold, false>(cur, g, next, theta, channels, positions, leak, scale);
}

void backwardSample(float* io, const float* gradOut, int64_t frameStride, int64_t steps, const float* theta,
                    int64_t channels, int64_t positions, float leak, float scale, bool perThreshold, float* u, float* next)
{
    std::memset(u, 0, sizeof(float) * size_t(channels * positions));
    for (int64_t t = 0; t < steps; ++t)
        membraneStep(io + t * frameStride, u, theta, channels, positions, leak);
    for (int64_t t = steps - 1; t >= 0; --t) {
        float* cur = io + t * frameStride;
        const float* g = gradOut + t * frameStride;
        if (perThreshold)
            gradientStep<true>(t + 1 < steps, cur, g, next, theta, channels, positions, leak, scale);
        else
            gradientStep<false>(t + 1 < steps, cur, g, next, theta, channels, positions, leak, scale);
    }
}

} // namespace

void integrateAndFireBackward(std::string_view layer, at::Tensor& currents, const at::Tensor& spikeGrad,
                              const at::Tensor& theta, float leak, float scale, bool perThreshold)
{
    checks::integrateAndFireBackward(layer, currents, spikeGrad, theta);
    const int64_t steps = currents.size(0), batch = currents.size(1), n = currents.size(2);
    const int64_t channels = theta.numel();
    float* io = currents.data_ptr<float>();
    const float* g = spikeGrad.data_ptr<float>();
    const float* th = theta.data_ptr<float>();
    at::parallel_for(0, batch, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> u(static_cast<size_t>(n)), next(static_cast<size_t>(n));
        for (int64_t b = begin; b < end; ++b)
            backwardSample(io + b * n, g + b * n, batch * n, steps, th, channels, n / channels, leak, scale, perThreshold,
                           u.data(), next.data());
    });
}

namespace {

PSNN_VECTOR_CLONES
void convWeightGradFrame(const uint8_t* in, float divisor, const float* grad, const ConvShape& s, float* dw)
{
    const int64_t cin = s.inChannels, cout = s.outChannels;
    Taps taps;
    forEachActivePixel(in, s, [&](int64_t iy, int64_t ix, const uint8_t* px, int64_t first) {
        tapsOf(iy, ix, s, taps);
        for (int64_t c = first; c < cin; c = nextNonZero(px, c + 1, cin)) {
            const float v = divisor == 1.0f ? float(px[c]) : float(px[c]) / divisor;
            for (int j = 0; j < taps.count; ++j)
                addScaled(dw + taps.weight[j] + c * cout, grad + taps.out[j], v, cout);
        }
    });
}

PSNN_VECTOR_CLONES
void linearWeightGradFrame(const uint8_t* in, int64_t d, float divisor, const float* grad, int64_t k, float* dw)
{
    for (int64_t i = nextNonZero(in, 0, d); i < d; i = nextNonZero(in, i + 1, d))
        addScaled(dw + i * k, grad, divisor == 1.0f ? float(in[i]) : float(in[i]) / divisor, k);
}

/// Runs perFrame over all frames with one accumulator per worker, then sums the accumulators.
template <typename F>
at::Tensor accumulateOverFrames(int64_t frames, at::IntArrayRef shape, F perFrame)
{
    const int64_t workers = std::max<int64_t>(1, std::min<int64_t>(at::get_num_threads(), frames));
    at::Tensor partial = at::zeros([&] {
        std::vector<int64_t> s{workers};
        s.insert(s.end(), shape.begin(), shape.end());
        return s;
    }(), at::kFloat);
    const int64_t size = partial.numel() / workers;
    float* base = partial.data_ptr<float>();
    at::parallel_for(0, workers, 1, [&](int64_t begin, int64_t end) {
        for (int64_t w = begin; w < end; ++w)
            for (int64_t f = w * frames / workers; f < (w + 1) * frames / workers; ++f)
                perFrame(f, base + w * size);
    });
    return partial.sum(0);
}

} // namespace

at::Tensor eventConvWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad,
                               const ConvShape& shape)
{
    checks::eventConvWeightGrad(layer, counts, divisor, grad, shape);
    const int64_t inSize = shape.height * shape.width * shape.inChannels;
    const int64_t outSize = shape.outHeight * shape.outWidth * shape.outChannels;
    const uint8_t* in = counts.data_ptr<uint8_t>();
    const float* g = grad.data_ptr<float>();
    return accumulateOverFrames(counts.size(0), {shape.kernel, shape.kernel, shape.inChannels, shape.outChannels},
                                [&](int64_t f, float* dw) { convWeightGradFrame(in + f * inSize, divisor, g + f * outSize, shape, dw); });
}

at::Tensor eventLinearWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor,
                                 const at::Tensor& grad)
{
    checks::eventLinearWeightGrad(layer, counts, divisor, grad);
    const int64_t d = counts.size(1), k = grad.size(1);
    const uint8_t* in = counts.data_ptr<uint8_t>();
    const float* g = grad.data_ptr<float>();
    return accumulateOverFrames(counts.size(0), {d, k},
                                [&](int64_t f, float* dw) { linearWeightGradFrame(in + f * d, d, divisor, g + f * k, k, dw); });
}

void eventConv(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& shape, at::Tensor& out)
{
    checks::eventConv(layer, counts, divisor, weight, shape, out);
    const int64_t frames = counts.size(0);
    const int64_t inSize = shape.height * shape.width * shape.inChannels;
    const int64_t outSize = shape.outHeight * shape.outWidth * shape.outChannels;
    const uint8_t* in = counts.data_ptr<uint8_t>();
    const float* w = weight.data_ptr<float>();
    float* o = out.data_ptr<float>();
    at::parallel_for(0, frames, 1, [&](int64_t begin, int64_t end) {
        for (int64_t f = begin; f < end; ++f)
            convFrame(in + f * inSize, divisor, w, shape, o + f * outSize);
    });
}

void eventLinear(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                 at::Tensor& out)
{
    checks::eventLinear(layer, counts, divisor, weight, out);
    const int64_t frames = counts.size(0), d = counts.size(1), k = weight.size(1);
    const uint8_t* in = counts.data_ptr<uint8_t>();
    const float* w = weight.data_ptr<float>();
    float* o = out.data_ptr<float>();
    at::parallel_for(0, frames, 16, [&](int64_t begin, int64_t end) {
        for (int64_t f = begin; f < end; ++f)
            linearFrame(in + f * d, d, divisor, w, k, o + f * k);
    });
}

int64_t eventFire(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                  const ConvShape& shape, const at::Tensor& bias, const at::Tensor& theta, float leak, int64_t batch,
                  at::Tensor& spikes)
{
    checks::eventFire(layer, counts, divisor, weight, shape, bias, theta, batch, spikes);
    const bool conv = shape.kernel > 0;
    const int64_t frames = counts.size(0), steps = frames / batch;
    const int64_t inSize = counts.numel() / frames;
    const int64_t outSize = conv ? shape.outHeight * shape.outWidth * shape.outChannels : weight.size(1);
    const int64_t channels = theta.numel();
    const uint8_t* in = counts.data_ptr<uint8_t>();
    const float* w = weight.data_ptr<float>();
    const float* b = bias.defined() ? bias.data_ptr<float>() : nullptr;
    const float* th = theta.data_ptr<float>();
    uint8_t* out = spikes.data_ptr<uint8_t>();
    std::vector<int64_t> fired(size_t(batch), 0);
    at::parallel_for(0, batch, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> u(static_cast<size_t>(outSize)), current(static_cast<size_t>(outSize));
        for (int64_t s = begin; s < end; ++s) {
            std::fill(u.begin(), u.end(), 0.0f);
            for (int64_t t = 0; t < steps; ++t) {
                const int64_t f = t * batch + s;
                if (conv)
                    convFrame(in + f * inSize, divisor, w, shape, current.data());
                else
                    linearFrame(in + f * inSize, inSize, divisor, w, outSize, current.data());
                if (b)
                    for (int64_t i = 0; i < outSize; ++i)
                        current[size_t(i)] += b[i % channels];
                fired[size_t(s)] += fireSample(current.data(), 0, 1, th, channels, outSize / channels, leak, u.data(), out + f * outSize);
            }
        }
    });
    int64_t total = 0;
    for (int64_t c : fired)
        total += c;
    return total;
}

at::Tensor sumPool(std::string_view layer, const at::Tensor& counts, int64_t kernel, int64_t stride)
{
    checks::sumPool(layer, counts, kernel, stride);
    const int64_t frames = counts.size(0), h = counts.size(1), w = counts.size(2), c = counts.size(3);
    const int64_t oh = (h - kernel) / stride + 1, ow = (w - kernel) / stride + 1;
    at::Tensor out = at::zeros({frames, oh, ow, c}, counts.options());
    const uint8_t* in = counts.data_ptr<uint8_t>();
    uint8_t* o = out.data_ptr<uint8_t>();
    at::parallel_for(0, frames, 16, [&](int64_t begin, int64_t end) {
        for (int64_t f = begin; f < end; ++f)
            for (int64_t y = 0; y < oh; ++y)
                for (int64_t x = 0; x < ow; ++x) {
                    uint8_t* dst = o + ((f * oh + y) * ow + x) * c;
                    for (int64_t dy = 0; dy < kernel; ++dy)
                        for (int64_t dx = 0; dx < kernel; ++dx) {
                            const uint8_t* src = in + ((f * h + y * stride + dy) * w + x * stride + dx) * c;
                            for (int64_t k = 0; k < c; ++k)
                                dst[k] = uint8_t(dst[k] + src[k]);
                        }
                }
    });
    return out;
}

int64_t integrateAndFire(std::string_view layer, const at::Tensor& currents, const at::Tensor& theta, float leak,
                         at::Tensor& membrane, at::Tensor& spikes)
{
    checks::integrateAndFire(layer, currents, theta, membrane, spikes);
    const int64_t steps = currents.size(0), batch = currents.size(1), n = currents.size(2);
    const int64_t channels = theta.numel();
    const float* in = currents.data_ptr<float>();
    const float* th = theta.data_ptr<float>();
    float* u = membrane.data_ptr<float>();
    uint8_t* out = spikes.data_ptr<uint8_t>();
    std::vector<int64_t> counts(size_t(batch), 0);
    at::parallel_for(0, batch, 1, [&](int64_t begin, int64_t end) {
        for (int64_t b = begin; b < end; ++b)
            counts[size_t(b)] = fireSample(in + b * n, batch * n, steps, th, channels, n / channels, leak, u + b * n,
                                           out + b * n);
    });
    int64_t total = 0;
    for (int64_t c : counts)
        total += c;
    return total;
}

int64_t byteSum(const at::Tensor& counts)
{
    checks::byteTensor("byteSum", counts);
    const at::Tensor c = counts.contiguous();
    const uint8_t* p = c.data_ptr<uint8_t>();
    return at::parallel_reduce(
        0, c.numel(), int64_t(1) << 16, int64_t(0),
        [&](int64_t begin, int64_t end, int64_t sum) {
            uint64_t s = 0;
            for (int64_t i = begin; i < end; ++i)
                s += p[i];
            return sum + int64_t(s);
        },
        [](int64_t a, int64_t b) { return a + b; });
}

double nonZeroFraction(const at::Tensor& counts)
{
    const int64_t n = counts.numel();
    if (n == 0)
        return 0;
    // A plain byte scan: at::count_nonzero on uint8 cost a tenth of attack 2's time.
    const at::Tensor c = counts.contiguous();
    const uint8_t* p = c.data_ptr<uint8_t>();
    const int64_t nonZero = at::parallel_reduce(
        0, n, int64_t(1) << 16, int64_t(0),
        [&](int64_t begin, int64_t end, int64_t sum) { return sum + countNonZero(p + begin, end - begin); },
        [](int64_t a, int64_t b) { return a + b; });
    return double(nonZero) / double(n);
}

} // namespace psnn::kernels

// Unity builds put the next sources of core after this one: the macro is this file's alone.
#undef PSNN_VECTOR_CLONES
