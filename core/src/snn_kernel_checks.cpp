// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_kernel_checks.h"

#include <c10/util/Exception.h>

#include <initializer_list>
#include <sstream>
#include <string>

namespace psnn::kernels::checks {
namespace {

constexpr int64_t Any = -1; ///< a dimension of any size (the frame count, mostly)

std::string shapeText(std::initializer_list<int64_t> shape)
{
    std::ostringstream text;
    text << '[';
    const char* separator = "";
    for (const int64_t size : shape) {
        text << separator;
        if (size == Any)
            text << '*';
        else
            text << size;
        separator = ", ";
    }
    text << ']';
    return text.str();
}

bool matches(const at::Tensor& t, std::initializer_list<int64_t> shape)
{
    if (t.dim() != int64_t(shape.size()))
        return false;
    int64_t d = 0;
    for (const int64_t size : shape) {
        if (size != Any && t.size(d) != size)
            return false;
        ++d;
    }
    return true;
}

/// Everything a kernel assumes of one tensor argument before it walks its memory: defined, of
/// `type`, on the CPU, of `shape` (Any matches every size) and contiguous. TORCH_CHECK only builds
/// its message when the condition fails, so a passing check is a few compares.
void expect(const char* kernel, std::string_view layer, const char* name, const at::Tensor& t, at::ScalarType type,
            std::initializer_list<int64_t> shape)
{
    TORCH_CHECK(t.defined(), kernel, " (layer ", layer, "): ", name, " is an undefined tensor");
    TORCH_CHECK(t.scalar_type() == type && matches(t, shape), kernel, " (layer ", layer, "): ", name, " must be ", type,
                " of shape ", shapeText(shape), ", got ", t.scalar_type(), " ", t.sizes());
    TORCH_CHECK(t.device().is_cpu(), kernel, " (layer ", layer, "): ", name, " must be on the CPU, got ", t.device());
    TORCH_CHECK(t.is_contiguous(), kernel, " (layer ", layer, "): ", name,
                " must be contiguous (the kernel walks its memory row by row), got strides ", t.strides());
}

void expectDivisor(const char* kernel, std::string_view layer, float divisor)
{
    TORCH_CHECK(divisor > 0.0f, kernel, " (layer ", layer, "): the count divisor must be positive, got ", divisor);
}

/// The convolution geometry itself: positive sizes, taps within the event kernel's table and an
/// output size that follows from input, kernel, stride and padding.
void expectGeometry(const char* kernel, std::string_view layer, const ConvShape& s)
{
    TORCH_CHECK(s.kernel >= 1 && s.kernel * s.kernel <= kMaxEventTaps, kernel, " (layer ", layer, "): a ", s.kernel,
                "x", s.kernel, " kernel is outside the event-driven range (1 to ", kMaxEventTaps, " taps)");
    TORCH_CHECK(s.stride >= 1 && s.padding >= 0, kernel, " (layer ", layer, "): stride ", s.stride, " and padding ",
                s.padding, " must be positive and non-negative");
    TORCH_CHECK(s.height > 0 && s.width > 0 && s.inChannels > 0 && s.outChannels > 0, kernel, " (layer ", layer,
                "): empty geometry (input ", s.height, "x", s.width, "x", s.inChannels, ", ", s.outChannels,
                " output channels)");
    const int64_t outHeight = (s.height + 2 * s.padding - s.kernel) / s.stride + 1;
    const int64_t outWidth = (s.width + 2 * s.padding - s.kernel) / s.stride + 1;
    TORCH_CHECK(s.outHeight == outHeight && s.outWidth == outWidth, kernel, " (layer ", layer, "): an output of ",
                s.outHeight, "x", s.outWidth, " does not follow from a ", s.height, "x", s.width, " input, kernel ",
                s.kernel, ", stride ", s.stride, " and padding ", s.padding, " (expected ", outHeight, "x", outWidth,
                ")");
}

/// A threshold per channel, and a neuron count per frame made of whole channel groups.
void expectTheta(const char* kernel, std::string_view layer, const at::Tensor& theta, int64_t neurons)
{
    expect(kernel, layer, "theta", theta, at::kFloat, {Any});
    TORCH_CHECK(theta.numel() > 0 && neurons % theta.numel() == 0, kernel, " (layer ", layer, "): ", theta.numel(),
                " thresholds do not divide the ", neurons,
                " neurons of a frame (one threshold per output channel, channels fastest)");
}

} // namespace

void eventConv(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& s, const at::Tensor& out)
{
    constexpr const char* K = "eventConv";
    expectGeometry(K, layer, s);
    expectDivisor(K, layer, divisor);
    expect(K, layer, "counts", counts, at::kByte, {Any, s.height, s.width, s.inChannels});
    expect(K, layer, "weight", weight, at::kFloat, {s.kernel, s.kernel, s.inChannels, s.outChannels});
    expect(K, layer, "out", out, at::kFloat, {counts.size(0), s.outHeight, s.outWidth, s.outChannels});
}

void eventLinear(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                 const at::Tensor& out)
{
    constexpr const char* K = "eventLinear";
    expectDivisor(K, layer, divisor);
    expect(K, layer, "counts", counts, at::kByte, {Any, Any});
    expect(K, layer, "weight", weight, at::kFloat, {counts.size(1), Any});
    expect(K, layer, "out", out, at::kFloat, {counts.size(0), weight.size(1)});
}

void sumPool(std::string_view layer, const at::Tensor& counts, int64_t kernel, int64_t stride)
{
    constexpr const char* K = "sumPool";
    expect(K, layer, "counts", counts, at::kByte, {Any, Any, Any, Any});
    TORCH_CHECK(kernel >= 1 && stride >= 1 && kernel <= counts.size(1) && kernel <= counts.size(2), K, " (layer ",
                layer, "): a ", kernel, "x", kernel, " window with stride ", stride, " does not fit a ", counts.size(1),
                "x", counts.size(2), " map");
}

void integrateAndFire(std::string_view layer, const at::Tensor& currents, const at::Tensor& theta,
                      const at::Tensor& membrane, const at::Tensor& spikes)
{
    constexpr const char* K = "integrateAndFire";
    expect(K, layer, "currents", currents, at::kFloat, {Any, Any, Any});
    const int64_t steps = currents.size(0), batch = currents.size(1), neurons = currents.size(2);
    expectTheta(K, layer, theta, neurons);
    expect(K, layer, "membrane", membrane, at::kFloat, {batch, neurons});
    expect(K, layer, "spikes", spikes, at::kByte, {steps, batch, neurons});
}

void eventFire(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& s, const at::Tensor& bias, const at::Tensor& theta, int64_t batch,
               const at::Tensor& spikes)
{
    constexpr const char* K = "eventFire";
    expectDivisor(K, layer, divisor);
    TORCH_CHECK(batch > 0 && counts.dim() > 0 && counts.size(0) % batch == 0, K, " (layer ", layer,
                "): ", counts.dim() > 0 ? counts.size(0) : 0, " frames are not whole time steps of a batch of ", batch);
    int64_t outChannels = 0;
    if (s.kernel > 0) {
        expectGeometry(K, layer, s);
        expect(K, layer, "counts", counts, at::kByte, {Any, s.height, s.width, s.inChannels});
        expect(K, layer, "weight", weight, at::kFloat, {s.kernel, s.kernel, s.inChannels, s.outChannels});
        expect(K, layer, "spikes", spikes, at::kByte, {counts.size(0), s.outHeight, s.outWidth, s.outChannels});
        outChannels = s.outChannels;
    } else {
        expect(K, layer, "counts", counts, at::kByte, {Any, Any});
        expect(K, layer, "weight", weight, at::kFloat, {counts.size(1), Any});
        expect(K, layer, "spikes", spikes, at::kByte, {counts.size(0), weight.size(1)});
        outChannels = weight.size(1);
    }
    if (bias.defined())
        expect(K, layer, "bias", bias, at::kFloat, {outChannels});
    expect(K, layer, "theta", theta, at::kFloat, {outChannels});
}

void integrateAndFireBackward(std::string_view layer, const at::Tensor& currents, const at::Tensor& spikeGrad,
                              const at::Tensor& theta)
{
    constexpr const char* K = "integrateAndFireBackward";
    expect(K, layer, "currents", currents, at::kFloat, {Any, Any, Any});
    expect(K, layer, "spikeGrad", spikeGrad, at::kFloat, {currents.size(0), currents.size(1), currents.size(2)});
    expectTheta(K, layer, theta, currents.size(2));
}

void eventConvWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad,
                         const ConvShape& s)
{
    constexpr const char* K = "eventConvWeightGrad";
    expectGeometry(K, layer, s);
    expectDivisor(K, layer, divisor);
    expect(K, layer, "counts", counts, at::kByte, {Any, s.height, s.width, s.inChannels});
    expect(K, layer, "grad", grad, at::kFloat, {counts.size(0), s.outHeight, s.outWidth, s.outChannels});
}

void eventLinearWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad)
{
    constexpr const char* K = "eventLinearWeightGrad";
    expectDivisor(K, layer, divisor);
    expect(K, layer, "counts", counts, at::kByte, {Any, Any});
    expect(K, layer, "grad", grad, at::kFloat, {counts.size(0), Any});
}

void byteTensor(std::string_view what, const at::Tensor& counts)
{
    TORCH_CHECK(counts.defined() && counts.scalar_type() == at::kByte && counts.device().is_cpu(), what,
                ": expected spike counts as a uint8 CPU tensor, got ",
                counts.defined() ? c10::toString(counts.scalar_type()) : "an undefined tensor");
}

} // namespace psnn::kernels::checks
