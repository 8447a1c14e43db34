// SPDX-License-Identifier: GPL-3.0-or-later
// The neuron half of the NIR importer. NIR's neurons are continuous-time ODEs without a time step:
//   IF:  dv/dt = R I                          LIF, LI:  tau dv/dt = (v_leak - v) + R I
// Forward Euler with step dt (what snnTorch and Norse use, and what snnTorch's export assumes:
// tau = dt / (1 - beta), R = tau / dt) gives the engine's discrete neuron
//   v_t = leak v_{t-1} + gain I_t + drive,  leak = 1 - dt/tau,  gain = dt R / tau,  drive = dt v_leak / tau
// (IF: leak 1, gain dt R, drive 0), integrating and firing in the same step as every reader does.
#include "import_nir_internal.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

namespace psnn::nir_import {

NeuronLayer makeNeuron(const RawNeuron& raw, const Semantics& semantics, bool fires, const std::string& file)
{
    const NodeRef ref{file, raw.name, raw.type};
    NeuronLayer n;
    n.node = raw.name + " (" + raw.type + ")";
    n.fires = fires && raw.type != "LI";
    const double dt = semantics.dt;
    if (raw.type == "IF") {
        n.leak = at::ones_like(raw.r);
        n.gain = raw.r * dt;
        n.drive = at::zeros_like(raw.r);
    } else {
        if (!(raw.tau.min().item<double>() > 0))
            throw Error(ErrorCode::NumericError,
                        "The field 'tau' of the " + ref.describe() + " is " + numberText(raw.tau.min().item<double>())
                            + " somewhere; a time constant must be positive.",
                        "Export the graph again.");
        const at::Tensor a = dt / raw.tau;
        if (a.max().item<double>() > 1)
            throw Error(ErrorCode::Unsupported,
                        "With dt = " + numberText(dt) + ", dt / tau reaches " + numberText(a.max().item<double>())
                            + " in the " + ref.describe() + ": forward Euler then overshoots (a leak below zero).",
                        "Give the time step the network was trained with (--dt), e.g. 0.001 for Norse's default.");
        n.leak = 1 - a;
        n.gain = a * raw.r;
        n.drive = a * raw.vLeak;
    }
    if (raw.threshold.defined()) {
        if (n.fires && !(raw.threshold.min().item<double>() > 0))
            throw Error(ErrorCode::NumericError,
                        "The field 'v_threshold' of the " + ref.describe() + " is "
                            + numberText(raw.threshold.min().item<double>())
                            + " somewhere; the engine needs positive thresholds.",
                        "Export a network whose neurons fire above a positive threshold.");
        n.threshold = raw.threshold;
        n.reset = semantics.reset == ResetChoice::Zero ? at::zeros_like(raw.threshold) : raw.vReset;
    } else {
        n.threshold = at::ones_like(raw.r); // an integrator never compares it
        n.reset = at::zeros_like(raw.r);
    }
    n.resetMode = semantics.reset == ResetChoice::Subtract ? ResetMode::Subtract : ResetMode::ToValue;
    return n; // still double: settleNeurons reads the exact leak before it turns them into float
}

namespace {

bool allEqual(const at::Tensor& t, double value)
{
    return at::equal(t, at::full_like(t, value));
}

/// The layer's threshold as the lab keeps it (one value, or one per channel), if it is that.
std::optional<at::Tensor> labThreshold(const at::Tensor& theta)
{
    const at::Tensor f = theta.to(at::kFloat);
    const at::Tensor first = f.reshape({-1})[0];
    if (allEqual(f, first.item<double>()))
        return first.clone().reshape({});
    const at::Tensor perChannel = f.reshape({f.size(0), -1});
    if (!at::equal(perChannel, perChannel.select(1, 0).unsqueeze(1).expand_as(perChannel)))
        return std::nullopt;
    return perChannel.select(1, 0).contiguous();
}

} // namespace

void settleNeurons(SpikingModel& model)
{
    const std::vector<size_t> spiking = model.spikingLayers();
    const size_t output = model.outputLayer();
    bool lab = !model.neurons[output].defined() && model.readout == Readout::Membrane;
    std::optional<double> leak;
    std::vector<at::Tensor> thresholds(model.network.layers.size());
    for (size_t i : spiking) {
        const NeuronLayer& n = model.neurons[i];
        const double l = n.leak.reshape({-1})[0].item<double>();
        const std::optional<at::Tensor> theta = labThreshold(n.threshold);
        lab = lab && n.fires && n.resetMode == ResetMode::Subtract && allEqual(n.gain.to(at::kFloat), 1.0)
            && allEqual(n.drive.to(at::kFloat), 0.0) && allEqual(n.leak, l) && l > 0 && (!leak || *leak == l) && theta;
        leak = l;
        thresholds[i] = theta ? *theta : at::Tensor();
    }
    if (lab) {
        model.leak = leak.value_or(1.0);
        model.thresholds = thresholds;
        model.neurons.clear();
        return;
    }
    for (size_t i : spiking) { // the rate approximations' view: the current that fires every step
        const NeuronLayer& n = model.neurons[i];
        model.thresholds[i] = (n.threshold / n.gain).to(at::kFloat).reshape({n.threshold.size(0), -1}).mean(1);
    }
    for (NeuronLayer& n : model.neurons)
        if (n.defined())
            for (at::Tensor* t : {&n.leak, &n.gain, &n.drive, &n.threshold, &n.reset})
                *t = t->to(at::kFloat).contiguous();
}

} // namespace psnn::nir_import
