// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"
#include "privatesnn/snn.h"

#include <string>

namespace psnn {

/// Writes a TorchScript module that runs the spiking model exactly as SnnSimulator does (weights,
/// thresholds, leak, integrate-then-fire, soft reset, the output layer accumulating membrane), so
/// that torch.jit.load in Python or LibTorch runs it:
///   forward(x) -> U_L^T after `timesteps` steps; simulate(x, T) for another T; encode(x) one step of
///   input (signed Poisson rate code or the image itself, by the `coding` attribute).
/// x is a batch N x C x H x W normalised as the model was trained ((x01 - mean) / std, in
/// [-1, 1] for the bundled models). Attributes: timesteps, coding, leak, reset ("subtract"),
/// class_names, input_shape, input_mean, input_std. Poisson draws use torch's global generator
/// (torch.manual_seed). Written atomically.
void exportSnnTorchScript(const SpikingModel& model, const std::string& path);

/// Writes the network (e.g. reconvertToAnn(snn), attack 1's starting point) as a TorchScript
/// module: forward(x) -> logits, with the same attributes for names and normalisation.
void exportNetworkTorchScript(const Network& net, const std::string& path);

} // namespace psnn
