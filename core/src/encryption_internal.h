// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of the encryption stage shared by its source files; not part of the public API.
#pragma once

#include "privatesnn/encryption.h"

#include <torch/optim/adam.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn::encryption_detail {

/// Mixes (seed, epoch, index) into an independent 64-bit seed (SplitMix64 steps), so every epoch's
/// shuffle and every batch's Poisson/dropout draws can be recreated without saving generator state.
uint64_t deriveSeed(uint64_t seed, uint64_t epoch, uint64_t index);
/// Index used for an epoch's shuffle (batch draws use the batch number).
constexpr uint64_t kShuffleIndex = ~uint64_t(0);
/// Augmentation of batch b uses index kAugmentIndex - b (far from the batch numbers).
constexpr uint64_t kAugmentIndex = ~uint64_t(0) - 1;

/// The paper's step schedule: lr, then lr/10 from floor(0.5 E), lr/100 from floor(0.7 E) (epoch 1-based).
double learningRateAt(const EncryptionConfig& config, int epoch);

/// What a checkpoint holds besides the weights and the optimiser.
struct CheckpointState {
    int epoch = 0; ///< epochs finished
    std::vector<EncryptionEpoch> history;
    double initialEvalAccuracy = -1;
};

/// settingsJson identifies the run (settings that change the trajectory and hashes of the inputs);
/// resuming refuses a checkpoint whose settings differ, naming the first difference.
void saveCheckpoint(const std::string& path, const Network& net, torch::optim::Adam& optimizer,
                    const std::string& settingsJson, const CheckpointState& state);
/// Loads weights into net (same architecture) and the optimiser state into optimizer.
CheckpointState loadCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                               const std::string& settingsJson);

} // namespace psnn::encryption_detail
