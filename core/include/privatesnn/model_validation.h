// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/snn.h"

#include <cstdint>
#include <string>

namespace psnn {

/// Limits every entry point checks before it allocates or simulates. They lie far beyond what the
/// method needs (the paper's T is 100 to 300) and far below what overflows a counter or a tensor.
/// kMaxTimesteps and kMaxBatchSize are in settings_catalogue.h, whose ranges use them.
inline constexpr int64_t kMaxImageSide = 4096;
inline constexpr int64_t kMaxChannels = 64;

/// Checks a loaded network before anything runs it: input size and normalisation, every layer's
/// hyper-parameters (positive kernels and strides), weight shapes along the chain (so a 3x32x32
/// model is never fed 28x28 data without the sizes in the message) and finite weights, naming the
/// layer and the offending value. Throws Error(BadFormat / ShapeMismatch / NumericError).
void validateNetwork(const Network& net, const std::string& source);

/// validateNetwork plus the spiking settings: T within 1..kMaxTimesteps, a finite leak in (0, 1],
/// and a finite, positive threshold per spiking layer (one value or one per output channel).
void validateSpikingModel(const SpikingModel& snn, const std::string& source);

/// Refuses a time-step count or batch size outside its limits, naming the setting (e.g. "-T" or
/// "conversion.timesteps") and the allowed range.
void checkTimesteps(int64_t timesteps, const std::string& setting);
void checkBatchSize(int64_t batch, const std::string& setting);

/// Memory and time of a simulation (convert, evaluate, attack) estimated before it starts.
struct SimulationEstimate {
    double bytes = 0;          ///< peak working memory
    double availableBytes = 0; ///< MemAvailable (0 = unknown)
    double macs = 0;           ///< multiply-accumulates in all (the time the run takes scales with it)
    double imageSteps = 0;     ///< images x T
    std::string describe() const;
};

/// images x T forward passes of the network, batch images at a time; backprop: the T steps' states
/// are all kept for a backward pass (surrogate-gradient attack).
SimulationEstimate estimateSimulation(const Network& net, int64_t images, int64_t timesteps, int64_t batch, bool backprop = false);
/// MemAvailable from /proc/meminfo in bytes (0 when unknown).
double availableMemoryBytes();
/// Throws Error(OutOfMemory) naming the estimate when it exceeds the machine's available memory.
void refuseOverMemory(const SimulationEstimate& estimate, const std::string& what, const std::string& hint);

} // namespace psnn
