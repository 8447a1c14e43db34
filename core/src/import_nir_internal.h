// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the NIR importer's parts: import_nir.cpp finds the chain of nodes from Input to Output,
// import_nir_layers.cpp turns it into the lab's layers with every shape checked, import_nir_fields.cpp
// reads a node's fields, import_nir_semantics.cpp decides what the graph does not state (reset, dt,
// coding, readout, T) and import_nir_neurons.cpp turns neuron nodes into the engine's NeuronLayers.
#pragma once

#include "message_text.h"
#include "nir_file.h"

#include "privatesnn/nir_import.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn::nir_import {

/// Neurons one layer may have: far above any network here, far below an allocation that hurts.
inline constexpr int64_t kMaxLayerNeurons = int64_t(1) << 24;

/// A node of the graph being read, for messages: "node 'lif1' (LIF) in 'net.nir'".
struct NodeRef {
    const std::string& file;
    const std::string& name;
    const std::string& type;
    std::string describe() const { return "node '" + name + "' (" + type + ") in '" + file + "'"; }
};

/// One node on the path from the Input to the Output.
struct ChainNode {
    std::string name, type;
    const nir::Group* group = nullptr;
};

/// The nodes from the Input to the Output; anything that is not one path (branches, merges,
/// recurrence, unreachable nodes) is refused naming the node.
std::vector<ChainNode> chainOf(const nir::Group& graph, const std::string& file);

/// A numeric field of a node as a double tensor of its stored shape; finite, or Error naming it.
/// Missing: Error(BadFormat) unless optional, then an undefined tensor.
at::Tensor numbers(const nir::Group& node, const NodeRef& ref, const std::string& field, bool optional = false);
/// A field as whole numbers (an int or a tuple of ints), each within [low, high].
std::vector<int64_t> integers(const nir::Group& node, const NodeRef& ref, const std::string& field, int64_t low,
                              int64_t high);
/// A text field (a scalar string), or fallback when absent.
std::string text(const nir::Group& node, const std::string& field, const std::string& fallback = {});
/// A dataset of the group, or nullptr.
const nir::Dataset* findDataset(const nir::Group& group, const std::string& name);
/// "1x28x28"; "scalar" for an empty shape.
std::string shapeText(const std::vector<int64_t>& shape);
int64_t numel(const std::vector<int64_t>& shape);

/// A neuron node as the file states it.
struct RawNeuron {
    std::string name, type;                      ///< "IF", "LIF" or "LI"
    at::Tensor tau, r, vLeak, threshold, vReset; ///< double, broadcast to the layer's shape (undefined if absent)
};

/// Reads an IF, LIF or LI node's fields, broadcast to `shape` (a scalar, one per channel, or one per neuron).
RawNeuron readNeuron(const nir::Group& node, const NodeRef& ref, const std::vector<int64_t>& shape);

/// The graph's semantics decided from its metadata group (may be empty), the options and the defaults.
struct Semantics {
    ResetChoice reset = ResetChoice::VReset;
    double dt = 1.0;
    InputCoding coding = InputCoding::Direct;
    std::optional<Readout> readout;
    int timesteps = 100;
    std::vector<double> mean{0.0}, std{1.0};
    std::vector<std::string> classNames;
    std::vector<std::string> notes; ///< one line per choice, with its source
};
/// chain: for the time step, which (with no --dt and no metadata) follows from snnTorch's export
/// convention r = tau / dt when every LIF and LI node states it.
Semantics decideSemantics(const nir::Group& metadata, const NirImportOptions& options, const std::string& file,
                          const std::vector<ChainNode>& chain);

/// The discrete-time neuron (neuron_layer.h) of a raw node under the semantics; fires = false turns
/// an IF or LIF into the integrator a membrane readout reads.
NeuronLayer makeNeuron(const RawNeuron& raw, const Semantics& semantics, bool fires, const std::string& file);

/// The chain as a spiking model: layers, neurons, semantics (import_nir_layers.cpp).
SpikingModel buildModel(const std::vector<ChainNode>& chain, const Semantics& semantics,
                        const NirImportOptions& options, const std::string& file);

/// Where every layer's neurons are the lab's own kind (one leak for all, gain 1, drive 0, reset by
/// subtraction, one threshold per channel) and the output has no neuron, turns them into the lab's
/// thresholds and leak, so that the fast kernels run it (and a lab export re-imports bit-equal).
/// Otherwise fills thresholds with each layer's per-channel mean threshold.
void settleNeurons(SpikingModel& model);

} // namespace psnn::nir_import
