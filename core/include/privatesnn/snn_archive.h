// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/snn.h"

#include <string>

namespace psnn {

/// Saves a spiking model as an archive of kind "snn": the network, thresholds, leak, T, input
/// coding, conversion settings and the source model's hash.
void saveSpikingModel(const std::string& path, const SpikingModel& model);
SpikingModel loadSpikingModel(const std::string& path);

const char* codingName(InputCoding coding);
InputCoding codingFromName(const std::string& name);
const char* thresholdModeName(ThresholdMode mode);
ThresholdMode thresholdModeFromName(const std::string& name);

} // namespace psnn
