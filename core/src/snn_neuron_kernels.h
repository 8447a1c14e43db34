// SPDX-License-Identifier: GPL-3.0-or-later
// Kernels of the general neuron (NeuronLayer, privatesnn/neuron_layer.h) in the engine's layout:
// per-neuron leak, gain, drive, threshold and reset value, reset by subtraction or to a value, and
// integrators that never fire. Plain loops in the reference's order of float operations; the lab's
// own IF/LIF layers keep the fused, vectorised kernels of snn_layer_kernels.h. With leak 1 (or the
// model's leak), gain 1, drive 0 and reset by subtraction the results are those kernels' bit for bit.
#pragma once

#include "privatesnn/neuron_layer.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string_view>

namespace psnn::kernels {

/// A NeuronLayer in the engine's layout: float [N] each, N = the frame's neurons, channels-last.
struct NeuronVectors {
    at::Tensor leak, gain, drive, threshold, reset;
    ResetMode resetMode = ResetMode::Subtract;
    bool fires = true;

    bool defined() const { return leak.defined(); }
};

/// A layer's NeuronLayer ([C, H, W] or [D] tensors) in the engine's order ([H, W, C] flattened).
NeuronVectors neuronVectors(const NeuronLayer& layer);

/// Runs the dynamics over the frames of one chunk, in place on membrane (float [B, N], zeros
/// before the first step). currents: float [Tc, B, N]. A firing layer writes spikes (uint8
/// [Tc, B, N]) and returns their number; an integrator overwrites currents with its membrane
/// after every step and returns 0.
int64_t neuronForward(std::string_view layer, at::Tensor& currents, const NeuronVectors& neuron, at::Tensor& membrane,
                      at::Tensor* spikes);

/// Back-propagation through the dynamics of one chunk (all T steps, from zero membrane), with the
/// reset detached: du_t/dv_t = 1 (Subtract, integrators) or 1 - s_t (ToValue), and
///   dL/dv_t = dL/ds_t * slope(v_t) + dL/du_t * du_t/dv_t,   dL/du_{t-1} = leak * dL/dv_t,
///   dL/dI_t = gain * dL/dv_t,
/// slope as in SurrogateGradient (scale * max(0, 1 - |v/threshold - 1|) [/ threshold]).
/// currents: float [T, B, N], overwritten with dL/dI. spikeGrad: dL/ds [T, B, N] (firing layers);
/// finalGrad: dL/du_T [B, N] (an integrator read out after the last step), or undefined.
void neuronBackward(std::string_view layer, at::Tensor& currents, const at::Tensor& spikeGrad,
                    const at::Tensor& finalGrad, const NeuronVectors& neuron, float scale, bool perThreshold);

} // namespace psnn::kernels
