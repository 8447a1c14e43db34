// SPDX-License-Identifier: GPL-3.0-or-later
// Element kernels of the time-batched spiking engine. All activations are channels-last: a frame is
// [H, W, C] (or [D] after flattening), frames are stacked time-major (frame = t * batch + sample).
// Spike counts are uint8 (a spike is 1; average pooling sums counts and divides by `divisor`
// when the value is used), currents and membranes are float.
//
// Every kernel checks its preconditions (dtype, device, contiguity, shapes, threshold size) with
// TORCH_CHECK before it touches data_ptr, and names the layer it was called for: a wrong call is a
// c10::Error such as "eventConv (layer features.3): counts must be Byte of shape [*, 14, 14, 16],
// got Float [...]" instead of a read past the end of a buffer. The checks run once per call, and a
// call covers a whole chunk of frames, so they do not show up in the kernels' instruction counts.
// Every kernel's first argument, `layer`, is the path of the network layer it runs, for those messages.
#pragma once

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string_view>

namespace psnn::kernels {

/// Geometry of a convolution in the engine's layout.
struct ConvShape {
    int64_t height = 0, width = 0, inChannels = 0;  ///< input frame
    int64_t outHeight = 0, outWidth = 0, outChannels = 0;
    int64_t kernel = 1, stride = 1, padding = 0;
};

/// The event-driven convolution handles kernels of at most this many taps (8 x 8); larger ones run dense.
constexpr int64_t kMaxEventTaps = 64;

/// Event-driven convolution: for every non-zero input count v at (y, x, c), adds (v / divisor) *
/// weight[ky][kx][c][:] to the output pixels it reaches. counts: uint8 [F, H, W, Cin];
/// weight: float [k, k, Cin, Cout]; out: float [F, Ho, Wo, Cout], overwritten (no bias).
void eventConv(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& shape, at::Tensor& out);

/// Event-driven linear layer: out[f, :] = sum over non-zero inputs i of (v / divisor) * weight[i, :].
/// counts: uint8 [F, D]; weight: float [D, K] (the transposed Linear weight); out: float [F, K].
void eventLinear(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                 at::Tensor& out);

/// Sum pooling of counts (kernel k, stride s, no padding) in [F, H, W, C] layout.
at::Tensor sumPool(std::string_view layer, const at::Tensor& counts, int64_t kernel, int64_t stride);

/// IF/LIF dynamics over the frames of one window chunk, in place on `membrane`:
///   u = u * leak + I;  spike = u > theta;  u = u - theta * spike        (soft reset)
/// currents: float [Tc, B, N] (N = positions * C, channel fastest); theta: float [C] (the layer's
/// value repeated when it has one); membrane: float [B, N] (zeros before the first step, which then
/// equals u = I exactly). spikes: uint8 [Tc, B, N]. Returns the number of spikes.
int64_t integrateAndFire(std::string_view layer, const at::Tensor& currents, const at::Tensor& theta, float leak,
                         at::Tensor& membrane, at::Tensor& spikes);

/// eventConv (or eventLinear when shape.kernel == 0, counts [T*B, D]), bias and integrateAndFire fused
/// per sample: each step's currents are built in a small buffer and integrated at once, so they never
/// leave the cache. Same arithmetic, same spikes. counts: [T*B, ...] time-major; spikes: uint8 of the
/// output shape [T*B, ...]. Returns the number of spikes.
int64_t eventFire(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                  const ConvShape& shape, const at::Tensor& bias, const at::Tensor& theta, float leak, int64_t batch,
                  at::Tensor& spikes);

/// Back-propagation through the IF/LIF dynamics of one chunk of samples (all T steps), with the
/// reset detached and the surrogate slope of SurrogateGradient:
///   dL/du_t = dL/do_t * slope(u_t) + leak * dL/du_{t+1},   dL/dI_t = dL/du_t.
/// currents: float [T, B, N], overwritten with dL/dI; spikeGrad: float [T, B, N] (dL/do).
void integrateAndFireBackward(std::string_view layer, at::Tensor& currents, const at::Tensor& spikeGrad,
                              const at::Tensor& theta, float leak, float scale, bool perThreshold);

/// Weight gradient of an event-driven convolution: dW[ky][kx][c][:] += sum over events of
/// (v / divisor) * grad[f, oy, ox, :]. counts [F, H, W, Cin], grad [F, Ho, Wo, Cout]; returns [k, k, Cin, Cout].
at::Tensor eventConvWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad,
                               const ConvShape& shape);
/// Weight gradient of an event-driven linear layer: [D, K] = sum over events of (v / divisor) * grad[f, :].
at::Tensor eventLinearWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor,
                                 const at::Tensor& grad);

/// Sum of all bytes (spike counts), without widening the tensor first.
int64_t byteSum(const at::Tensor& counts);

/// Fraction of non-zero bytes.
double nonZeroFraction(const at::Tensor& counts);

} // namespace psnn::kernels
