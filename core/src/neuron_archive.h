// SPDX-License-Identifier: GPL-3.0-or-later
// The imported neurons (SpikingModel::neurons, readout, import notes) in a .psnn archive and the
// checks every load runs on them.
#pragma once

#include "privatesnn/snn.h"

#include <ATen/core/Tensor.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace psnn {

/// Throws Error naming the layer when the neurons do not fit the network: one entry per layer,
/// defined exactly for the spiking layers (and the output layer of a spiking or leaky readout),
/// float tensors of the layer's output shape, finite, leak in [0, 1], positive thresholds.
void validateNeurons(const SpikingModel& snn, const std::string& source);

/// Adds "readout", "import_notes" and "neurons" to the archive's "snn" object, and the tensors
/// "neuron.<layer>.<leak|gain|drive|threshold|reset>".
void neuronsToArchive(const SpikingModel& model, nlohmann::json& snn, std::map<std::string, at::Tensor>& tensors);
/// The reverse; archives without these keys (the lab's own models) leave the model's defaults.
void neuronsFromArchive(const nlohmann::json& snn, const std::map<std::string, at::Tensor>& tensors,
                        SpikingModel& model, const std::string& path);

} // namespace psnn
