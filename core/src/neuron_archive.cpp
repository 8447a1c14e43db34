// SPDX-License-Identifier: GPL-3.0-or-later
// NeuronLayer's names, checks, archive form and the description `privatesnn inspect` prints.
#include "neuron_archive.h"

#include "message_text.h"

#include "privatesnn/error.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace psnn {
namespace {

const char* const kFields[] = {"leak", "gain", "drive", "threshold", "reset"};

at::Tensor* field(NeuronLayer& n, int k)
{
    at::Tensor* fields[] = {&n.leak, &n.gain, &n.drive, &n.threshold, &n.reset};
    return fields[k];
}

[[noreturn]] void bad(ErrorCode code, const std::string& source, const std::string& what)
{
    throw Error(code, "The spiking model '" + source + "' cannot be used: " + what + ".",
                "The file is damaged or was not written by PrivateSNN Lab; import or convert the model again.");
}

/// "0.9" for a constant, "0.8 to 0.95" otherwise.
std::string range(const at::Tensor& t)
{
    const double lo = t.min().item<double>(), hi = t.max().item<double>();
    return lo == hi ? numberText(lo) : numberText(lo) + " to " + numberText(hi);
}

} // namespace

const char* resetModeName(ResetMode mode)
{
    return mode == ResetMode::Subtract ? "subtract" : "to_value";
}
const char* spikeReadoutName(Readout readout)
{
    return readout == Readout::Membrane ? "membrane" : "spikes";
}

void validateNeurons(const SpikingModel& snn, const std::string& source)
{
    if (snn.neurons.empty()) {
        if (snn.readout != Readout::Membrane)
            bad(ErrorCode::BadFormat, source, "it reads out spikes but has no output neurons");
        return;
    }
    const auto& layers = snn.network.layers;
    if (snn.neurons.size() != layers.size())
        bad(ErrorCode::BadFormat, source,
            "it has neurons for " + std::to_string(snn.neurons.size()) + " of its " + std::to_string(layers.size())
                + " layers");
    const std::vector<LayerSummary> rows = snn.network.summarize();
    const std::vector<size_t> spiking = snn.spikingLayers();
    const size_t output = snn.outputLayer();
    for (size_t i = 0; i < layers.size(); ++i) {
        NeuronLayer n = snn.neurons[i];
        const bool needed = std::find(spiking.begin(), spiking.end(), i) != spiking.end();
        const std::string name = "the neurons of " + layers[i].path;
        if (!n.defined()) {
            if (needed || (i == output && snn.readout == Readout::Spikes))
                bad(ErrorCode::BadFormat, source, "layer " + layers[i].path + " has no neurons");
            continue;
        }
        if (!needed && i != output)
            bad(ErrorCode::BadFormat, source, "layer " + layers[i].path + " has neurons but is no weight layer");
        if (n.fires != (needed || snn.readout == Readout::Spikes))
            bad(ErrorCode::BadFormat, source, name + (n.fires ? " fire where they must integrate" : " never fire"));
        for (int k = 0; k < 5; ++k) {
            const at::Tensor& t = *field(n, k);
            if (!t.defined() || t.scalar_type() != at::kFloat || t.sizes().vec() != rows[i].outputShape)
                bad(ErrorCode::ShapeMismatch, source,
                    name + ": '" + kFields[k] + "' is not a float tensor of the layer's output shape");
            const at::Tensor badMask = at::logical_not(at::isfinite(t)).reshape({-1});
            if (badMask.any().item<bool>())
                bad(ErrorCode::NumericError, source,
                    name + ": '" + kFields[k] + "' holds a non-finite value at element "
                        + std::to_string(badMask.nonzero().view({-1})[0].item<int64_t>()));
        }
        if (n.leak.min().item<double>() < 0 || n.leak.max().item<double>() > 1)
            bad(ErrorCode::NumericError, source, name + ": the leak " + range(n.leak) + " leaves [0, 1]");
        if (n.fires && !(n.threshold.min().item<double>() > 0))
            bad(ErrorCode::NumericError, source, name + ": the threshold " + range(n.threshold) + " must be positive");
    }
}

void neuronsToArchive(const SpikingModel& model, nlohmann::json& snn, std::map<std::string, at::Tensor>& tensors)
{
    snn["readout"] = spikeReadoutName(model.readout);
    snn["import_notes"] = model.importNotes;
    nlohmann::json list = nlohmann::json::array();
    for (size_t i = 0; i < model.neurons.size(); ++i) {
        NeuronLayer n = model.neurons[i];
        if (!n.defined())
            continue;
        list.push_back({{"layer", i}, {"node", n.node}, {"reset", resetModeName(n.resetMode)}, {"fires", n.fires}});
        for (int k = 0; k < 5; ++k)
            tensors["neuron." + std::to_string(i) + "." + kFields[k]] = *field(n, k);
    }
    snn["neurons"] = list;
}

void neuronsFromArchive(const nlohmann::json& snn, const std::map<std::string, at::Tensor>& tensors,
                        SpikingModel& model, const std::string& path)
{
    const std::string readout = snn.value("readout", "membrane");
    if (readout != "membrane" && readout != "spikes")
        bad(ErrorCode::BadFormat, path, "it reads out '" + readout + "'");
    model.readout = spikeReadoutFromName(readout);
    model.importNotes = snn.value("import_notes", std::vector<std::string>{});
    const nlohmann::json list = snn.value("neurons", nlohmann::json::array());
    if (list.empty())
        return;
    model.neurons.assign(model.network.layers.size(), NeuronLayer{});
    for (const nlohmann::json& entry : list) {
        const size_t i = entry.at("layer").get<size_t>();
        if (i >= model.neurons.size())
            bad(ErrorCode::BadFormat, path,
                "it has neurons for layer " + std::to_string(i) + " of " + std::to_string(model.neurons.size()));
        NeuronLayer& n = model.neurons[i];
        n.node = entry.at("node").get<std::string>();
        n.fires = entry.at("fires").get<bool>();
        const std::string reset = entry.at("reset").get<std::string>();
        if (reset != "subtract" && reset != "to_value")
            bad(ErrorCode::BadFormat, path, "the neurons of layer " + std::to_string(i) + " reset by '" + reset + "'");
        n.resetMode = reset == "subtract" ? ResetMode::Subtract : ResetMode::ToValue;
        for (int k = 0; k < 5; ++k) {
            const auto it = tensors.find("neuron." + std::to_string(i) + "." + kFields[k]);
            if (it == tensors.end())
                bad(ErrorCode::BadFormat, path,
                    "the neurons of layer " + std::to_string(i) + " lack '" + kFields[k] + "'");
            *field(n, k) = it->second;
        }
    }
}

std::vector<std::string> describeSemantics(const SpikingModel& model)
{
    // An imported model's notes say what was decided and where from; the lab's own state it all.
    std::vector<std::string> lines = model.importNotes;
    if (model.neurons.empty()) {
        lines.push_back(model.leak == 1.0
                            ? std::string("neurons: IF (integrate and fire), per-layer thresholds")
                            : "neurons: LIF, leak " + numberText(model.leak) + " per step, per-layer thresholds");
        if (model.importNotes.empty())
            lines.push_back("reset: subtract (the threshold is subtracted after a spike)");
    }
    const auto& layers = model.network.layers;
    for (size_t i = 0; i < model.neurons.size(); ++i) {
        const NeuronLayer& n = model.neurons[i];
        if (!n.defined())
            continue;
        std::string line =
            "layer " + layers[i].path + ": " + n.node + ", leak " + range(n.leak) + ", gain " + range(n.gain);
        if (n.drive.abs().max().item<double>() > 0)
            line += ", drive " + range(n.drive);
        if (n.fires)
            line += ", threshold " + range(n.threshold) + ", reset "
                + (n.resetMode == ResetMode::Subtract ? std::string("by subtraction") : "to " + range(n.reset));
        else
            line += ", integrates without firing (the readout)";
        lines.push_back(line);
    }
    if (model.importNotes.empty()) {
        lines.push_back(std::string("input coding: ") + codingName(model.coding));
        lines.push_back("readout: membrane (the output layer's currents summed over T)");
        lines.push_back("T: " + std::to_string(model.timesteps));
    }
    return lines;
}

} // namespace psnn
