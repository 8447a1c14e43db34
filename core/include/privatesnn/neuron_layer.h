// SPDX-License-Identifier: GPL-3.0-or-later
// The neuron dynamics of a spiking model imported from another framework (NIR): per neuron, in
// discrete time, so that every reader's convention (leak from tau and dt, gain R, reset by
// subtraction or to v_reset, a leaky or spiking output) is one set of numbers the engine runs as is.
#pragma once

#include <ATen/core/Tensor.h>

#include <string>

namespace psnn {

/// How a neuron's membrane is reset after it fires.
enum class ResetMode {
    Subtract, ///< u -= threshold (the lab's own models, snnTorch's Leaky, Sinabs, SpiNNaker2)
    ToValue,  ///< u = reset (NIR's IF and LIF with v_reset: Norse, Lava)
};

/// What a spiking model outputs after step t (its class scores).
enum class Readout {
    Membrane, ///< the output layer's membrane (the lab's models: the sum of its currents, U_L^t)
    Spikes,   ///< the output layer's spike counts up to t
};

const char* resetModeName(ResetMode mode);
const char* spikeReadoutName(Readout readout);

/// Per-neuron discrete-time dynamics of one layer:
///   u_t = leak * u_{t-1} + gain * I_t + drive          (u_0 = 0; evaluated in this order, in float)
///   fires:  s_t = u_t > threshold, then u_t -= threshold * s_t (Subtract) or u_t = reset where s_t (ToValue)
/// Every tensor is float with the layer's output shape without the batch ([C, H, W] or [D]).
struct NeuronLayer {
    at::Tensor leak, gain, drive, threshold, reset;
    ResetMode resetMode = ResetMode::Subtract;
    bool fires = true; ///< false: an integrator that never fires (an LI node, a membrane readout)
    std::string node;  ///< where it came from, e.g. "lif1 (LIF)"

    bool defined() const { return leak.defined(); }
};

} // namespace psnn
