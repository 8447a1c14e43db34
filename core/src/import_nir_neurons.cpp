// SPDX-License-Identifier: GPL-3.0-or-later
// The neuron half of the NIR importer. NIR's neurons are continuous-time ODEs without a time step:
//   IF:  dv/dt = R I                          LIF, LI:  tau dv/dt = (v_leak - v) + R I
// Forward Euler with step dt (what snnTorch and Norse use, and what snnTorch's export assumes:
// tau = dt / (1 - beta), R = tau / dt) gives the engine's discrete neuron
//   v_t = leak v_{t-1} + gain I_t + drive,  leak = 1 - dt/tau,  gain = dt R / tau,  drive = dt v_leak / tau
// (IF: leak 1, gain dt R, drive 0), integrating and firing in the same step as every reader does.
#include "import_nir_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <cmath>
#include <sstream>

namespace psnn {
using namespace nir_import;

const char* resetChoiceName(ResetChoice reset)
{
    return reset == ResetChoice::Subtract ? "subtract" : reset == ResetChoice::VReset ? "v_reset" : "zero";
}

ResetChoice resetChoiceFromName(const std::string& name)
{
    if (name == "subtract")
        return ResetChoice::Subtract;
    if (name == "v_reset" || name == "v-reset")
        return ResetChoice::VReset;
    if (name == "zero")
        return ResetChoice::Zero;
    throw Error(ErrorCode::InvalidArgument, "Unknown reset '" + name + "'.", "Use subtract, v_reset or zero.");
}

Readout readoutFromName(const std::string& name)
{
    if (name == "membrane" || name == "output_membrane_sum")
        return Readout::Membrane;
    if (name == "spikes" || name == "spike_count")
        return Readout::Spikes;
    throw Error(ErrorCode::InvalidArgument, "Unknown readout '" + name + "'.", "Use membrane or spikes.");
}

namespace nir_import {
namespace {

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

const nir::Dataset* find(const nir::Group& g, const std::string& field)
{
    const auto it = g.datasets.find(field);
    return it == g.datasets.end() ? nullptr : &it->second;
}

/// A field broadcast to the layer: one value, one per channel (of a C x H x W layer) or one per neuron.
at::Tensor broadcast(const at::Tensor& t, const NodeRef& ref, const std::string& field,
                     const std::vector<int64_t>& shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    if (t.numel() == 1)
        return at::full(shape, t.reshape({}).item<double>(), at::kDouble);
    if (t.numel() == n)
        return t.reshape(shape).contiguous();
    if (shape.size() == 3 && t.numel() == shape[0])
        return t.reshape({-1, 1, 1}).expand(shape).contiguous();
    std::string s;
    for (int64_t d : shape)
        s += (s.empty() ? "" : "x") + std::to_string(d);
    throw Error(ErrorCode::ShapeMismatch,
                "The field '" + field + "' of the " + ref.describe() + " has " + std::to_string(t.numel())
                    + " values for a layer of " + s + " neurons (one value, one per channel or one per neuron).",
                "Export the graph again.");
}

} // namespace

at::Tensor numbers(const nir::Group& node, const NodeRef& ref, const std::string& field, bool optional)
{
    const nir::Dataset* d = find(node, field);
    if (!d) {
        if (optional)
            return {};
        throw Error(ErrorCode::BadFormat, "The " + ref.describe() + " lacks its field '" + field + "'.",
                    "Export the graph again; every " + ref.type + " node has it.");
    }
    if (!d->isNumber())
        throw Error(ErrorCode::BadFormat,
                    "The field '" + field + "' of the " + ref.describe() + " is "
                        + (d->kind == nir::Dataset::Kind::Text ? "text" : "of HDF5 type " + d->typeName)
                        + ", not numbers.",
                    "Export the graph again.");
    for (size_t i = 0; i < d->numbers.size(); ++i)
        if (!std::isfinite(d->numbers[i]))
            throw Error(ErrorCode::NumericError,
                        "The field '" + field + "' of the " + ref.describe() + " holds " + number(d->numbers[i])
                            + " at element " + std::to_string(i) + ".",
                        "A NaN or infinite value cannot be simulated; export the trained network again.");
    if (d->numbers.empty())
        throw Error(ErrorCode::BadFormat, "The field '" + field + "' of the " + ref.describe() + " is empty.",
                    "Export the graph again.");
    // The numbers came as doubles; their product equals the shape's (the reader checked it).
    return at::tensor(d->numbers, at::kDouble).reshape(d->shape);
}

std::vector<int64_t> integers(const nir::Group& node, const NodeRef& ref, const std::string& field, int64_t low,
                              int64_t high)
{
    const at::Tensor t = numbers(node, ref, field).reshape({-1});
    std::vector<int64_t> out;
    for (int64_t i = 0; i < t.numel(); ++i) {
        const double v = t[i].item<double>();
        if (v != std::floor(v) || v < double(low) || v > double(high))
            throw Error(ErrorCode::BadFormat,
                        "The field '" + field + "' of the " + ref.describe() + " is " + number(v)
                            + "; whole numbers from " + std::to_string(low) + " to " + std::to_string(high)
                            + " are expected.",
                        "Export the graph again.");
        out.push_back(int64_t(v));
    }
    return out;
}

std::string text(const nir::Group& node, const std::string& field, const std::string& fallback)
{
    const nir::Dataset* d = find(node, field);
    return d && d->kind == nir::Dataset::Kind::Text && !d->texts.empty() ? d->texts[0] : fallback;
}

RawNeuron readNeuron(const nir::Group& node, const NodeRef& ref, const std::vector<int64_t>& shape)
{
    RawNeuron raw;
    raw.name = ref.name;
    raw.type = ref.type;
    auto field = [&](const std::string& name, std::optional<double> fallback) {
        at::Tensor t = numbers(node, ref, name, fallback.has_value());
        return broadcast(t.defined() ? t : at::scalar_tensor(*fallback, at::kDouble), ref, name, shape);
    };
    raw.r = field("r", 1.0); // NIR requires it; older exporters left it out for R = 1
    if (ref.type != "IF") {
        raw.tau = field("tau", std::nullopt);
        raw.vLeak = field("v_leak", 0.0);
    }
    if (ref.type != "LI") {
        raw.threshold = field("v_threshold", std::nullopt);
        raw.vReset = field("v_reset", 0.0); // NIR's default for files written before v_reset existed
    }
    return raw;
}

Semantics decideSemantics(const nir::Group& metadata, const NirImportOptions& options, const std::string& file)
{
    Semantics s;
    auto metaText = [&](const std::string& key) { return text(metadata, key); };
    auto metaNumber = [&](const std::string& key) -> std::optional<double> {
        const nir::Dataset* d = find(metadata, key);
        if (!d || !d->isNumber() || d->numbers.empty())
            return std::nullopt;
        return d->numbers[0];
    };
    auto refuse = [&](const std::string& key, const std::string& value, const std::string& option) {
        throw Error(ErrorCode::Unsupported,
                    "The metadata of '" + file + "' gives " + key + " = '" + value
                        + "', which this importer does not know.",
                    "Override it with " + option + ".");
    };

    if (options.reset) {
        s.reset = *options.reset;
        s.notes.push_back(std::string("reset: ") + resetChoiceName(s.reset) + " (--reset)");
    } else if (const std::string m = metaText("reset_method"); !m.empty()) {
        try {
            s.reset = resetChoiceFromName(m == "to_v_reset" ? "v_reset" : m);
        } catch (const Error&) {
            refuse("reset_method", m, "--reset subtract|v_reset|zero");
        }
        s.notes.push_back(std::string("reset: ") + resetChoiceName(s.reset) + " (file metadata)");
    } else {
        s.notes.push_back(
            "reset: v_reset (NIR's IF and LIF; the file does not say; --reset subtract for snnTorch's Leaky, "
            "Sinabs and this lab's models)");
    }

    std::string source = " (default; --dt sets another)";
    if (options.dt) {
        s.dt = *options.dt;
        source = " (--dt)";
    } else if (const auto m = metaNumber("dt")) {
        s.dt = *m;
        source = " (file metadata)";
    }
    if (!std::isfinite(s.dt) || !(s.dt > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "The time step dt = " + number(s.dt) + source + " is not a positive number.",
                    "Give the step the network was trained with, e.g. --dt 1 (snnTorch) or --dt 0.001 (Norse).");
    s.notes.push_back("dt: " + number(s.dt) + source);

    if (options.coding) {
        s.coding = *options.coding;
        s.notes.push_back(std::string("input coding: ") + codingName(s.coding) + " (--input-coding)");
    } else if (const std::string m = metaText("input_encoding"); !m.empty()) {
        if (m == "direct" || m == "analog")
            s.coding = InputCoding::Direct;
        else if (m == "poisson" || m == "poisson_signed_rate" || m == "rate")
            s.coding = InputCoding::Poisson;
        else
            refuse("input_encoding", m, "--input-coding direct|poisson");
        s.notes.push_back(std::string("input coding: ") + codingName(s.coding) + " (file metadata)");
    } else {
        s.notes.push_back(
            "input coding: direct (default: the image at every step; --input-coding poisson for a rate code)");
    }

    if (options.readout) {
        s.readout = *options.readout;
        s.notes.push_back(std::string("readout: ") + readoutName(*s.readout) + " (--readout)");
    } else if (const std::string m = metaText("readout"); !m.empty()) {
        try {
            s.readout = readoutFromName(m);
        } catch (const Error&) {
            refuse("readout", m, "--readout membrane|spikes");
        }
        s.notes.push_back(std::string("readout: ") + readoutName(*s.readout) + " (file metadata)");
    }

    source = " (default; -T sets another)";
    double steps = 100;
    if (options.timesteps) {
        steps = *options.timesteps;
        source = " (-T)";
    } else if (const auto m = metaNumber("num_timesteps")) {
        steps = *m;
        source = " (file metadata)";
    }
    if (!(steps >= 1 && steps <= double(kMaxTimesteps)) || steps != std::floor(steps))
        throw Error(ErrorCode::BadFormat,
                    "T = " + number(steps) + source + " is not a whole number from 1 to "
                        + std::to_string(kMaxTimesteps) + ".",
                    "Give the simulation length with -T.");
    s.timesteps = int(steps);
    s.notes.push_back("T: " + std::to_string(s.timesteps) + source);

    auto vector = [&](const std::vector<double>& option, const std::string& key, std::vector<double>& out,
                      const char* name) {
        const nir::Dataset* d = find(metadata, key);
        if (!option.empty()) {
            out = option;
            return std::string(" (") + name + ")";
        }
        if (d && d->isNumber() && !d->numbers.empty()) {
            out = d->numbers;
            return std::string(" (file metadata)");
        }
        return std::string(" (default: images in [0, 1] as they are; --input-mean and --input-std set another)");
    };
    const std::string meanSource = vector(options.mean, "input_mean", s.mean, "--input-mean");
    vector(options.std, "input_std", s.std, "--input-std");
    std::string ms;
    for (size_t i = 0; i < s.mean.size() && i < s.std.size(); ++i)
        ms += (i ? ", " : "") + number(s.mean[i]) + "/" + number(s.std[i]);
    s.notes.push_back("input normalisation (mean/std): " + ms + meanSource);
    if (const nir::Dataset* d = find(metadata, "class_names"); d && d->kind == nir::Dataset::Kind::Text)
        s.classNames = d->texts;
    return s;
}

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
                        "The field 'tau' of the " + ref.describe() + " is " + number(raw.tau.min().item<double>())
                            + " somewhere; a time constant must be positive.",
                        "Export the graph again.");
        const at::Tensor a = dt / raw.tau;
        if (a.max().item<double>() > 1)
            throw Error(ErrorCode::Unsupported,
                        "With dt = " + number(dt) + ", dt / tau reaches " + number(a.max().item<double>()) + " in the "
                            + ref.describe() + ": forward Euler then overshoots (a leak below zero).",
                        "Give the time step the network was trained with (--dt), e.g. 0.001 for Norse's default.");
        n.leak = 1 - a;
        n.gain = a * raw.r;
        n.drive = a * raw.vLeak;
    }
    if (raw.threshold.defined()) {
        if (n.fires && !(raw.threshold.min().item<double>() > 0))
            throw Error(ErrorCode::NumericError,
                        "The field 'v_threshold' of the " + ref.describe() + " is "
                            + number(raw.threshold.min().item<double>())
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
    for (size_t i : spiking) // the rate approximations' view: one mean threshold per channel
        model.thresholds[i] =
            model.neurons[i].threshold.to(at::kFloat).reshape({model.neurons[i].threshold.size(0), -1}).mean(1);
    for (NeuronLayer& n : model.neurons)
        if (n.defined())
            for (at::Tensor* t : {&n.leak, &n.gain, &n.drive, &n.threshold, &n.reset})
                *t = t->to(at::kFloat).contiguous();
}

} // namespace nir_import
} // namespace psnn
