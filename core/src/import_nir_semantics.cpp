// SPDX-License-Identifier: GPL-3.0-or-later
// What a NIR graph does not state, decided in the open: NIR stores no time step, input coding,
// readout or simulation length, and its IF/LIF reset to v_reset where most trainers subtract. Each
// comes from an option, else the graph's metadata, else a default, and Semantics::notes says which.
#include "import_nir_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <cmath>

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

Readout spikeReadoutFromName(const std::string& name)
{
    if (name == "membrane" || name == "output_membrane_sum")
        return Readout::Membrane;
    if (name == "spikes" || name == "spike_count")
        return Readout::Spikes;
    throw Error(ErrorCode::InvalidArgument, "Unknown readout '" + name + "'.", "Use membrane or spikes.");
}

namespace nir_import {
namespace {

/// snnTorch exports its Leaky neuron (beta) as an LIF with tau = dt / (1 - beta) and r = tau / dt,
/// so tau / r is its time step (1e-4 in snnTorch 0.7-0.9). When every LIF and LI node of the chain
/// has r != 1 and the same tau / r (to float precision), that is the graph's dt; r = 1 (Norse, Lava,
/// Sinabs) says nothing about it.
std::optional<double> dtOfExport(const std::vector<ChainNode>& chain, const std::string& file)
{
    std::optional<double> dt;
    for (const ChainNode& node : chain) {
        if (node.type != "LIF" && node.type != "LI")
            continue;
        const NodeRef ref{file, node.name, node.type};
        const at::Tensor tau = numbers(*node.group, ref, "tau", true), r = numbers(*node.group, ref, "r", true);
        if (!tau.defined() || !r.defined() || (r.numel() != 1 && r.numel() != tau.numel() && tau.numel() != 1))
            return std::nullopt;
        if (at::equal(r, at::ones_like(r)) || !(r.abs().min().item<double>() > 0))
            return std::nullopt;
        const at::Tensor ratio = (tau.reshape({-1}) / r.reshape({-1})).reshape({-1});
        const double first = dt.value_or(ratio[0].item<double>());
        if (!(first > 0) || ((ratio - first).abs() > 1e-5 * first).any().item<bool>())
            return std::nullopt;
        dt = first;
    }
    return dt;
}

} // namespace

Semantics decideSemantics(const nir::Group& metadata, const NirImportOptions& options, const std::string& file,
                          const std::vector<ChainNode>& chain)
{
    Semantics s;
    auto metaText = [&](const std::string& key) { return text(metadata, key); };
    auto metaNumber = [&](const std::string& key) -> std::optional<double> {
        const nir::Dataset* d = findDataset(metadata, key);
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
    } else if (const std::optional<double> d = dtOfExport(chain, file)) {
        s.dt = *d;
        source = " (tau / r of every LIF and LI node: snnTorch's export writes r = tau / dt; --dt sets another)";
    }
    if (!std::isfinite(s.dt) || !(s.dt > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "The time step dt = " + numberText(s.dt) + source + " is not a positive number.",
                    "Give the step the network was trained with, e.g. --dt 1 (snnTorch) or --dt 0.001 (Norse).");
    s.notes.push_back("dt: " + numberText(s.dt) + source);

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
        s.notes.push_back(std::string("readout: ") + spikeReadoutName(*s.readout) + " (--readout)");
    } else if (const std::string m = metaText("readout"); !m.empty()) {
        try {
            s.readout = spikeReadoutFromName(m);
        } catch (const Error&) {
            refuse("readout", m, "--readout membrane|spikes");
        }
        s.notes.push_back(std::string("readout: ") + spikeReadoutName(*s.readout) + " (file metadata)");
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
                    "T = " + numberText(steps) + source + " is not a whole number from 1 to "
                        + std::to_string(kMaxTimesteps) + ".",
                    "Give the simulation length with -T.");
    s.timesteps = int(steps);
    s.notes.push_back("T: " + std::to_string(s.timesteps) + source);

    auto vector = [&](const std::vector<double>& option, const std::string& key, std::vector<double>& out,
                      const char* name) {
        const nir::Dataset* d = findDataset(metadata, key);
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
        ms += (i ? ", " : "") + numberText(s.mean[i]) + "/" + numberText(s.std[i]);
    s.notes.push_back("input normalisation (mean/std): " + ms + meanSource);
    if (const nir::Dataset* d = findDataset(metadata, "class_names"); d && d->kind == nir::Dataset::Kind::Text)
        s.classNames = d->texts;
    return s;
}

} // namespace nir_import
} // namespace psnn
