// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"

#include <cstdint>
#include <vector>

namespace psnn {

struct AnnTrainConfig {
    int epochs = 12;
    int batchSize = 128;
    double learningRate = 1e-3;   ///< Adam; cosine decay to 1 % over the run
    double weightDecay = 5e-4;
    bool horizontalFlip = true;   ///< augmentation: random left-right flip
    int maxShift = 2;             ///< augmentation: random translation in pixels (0 = off)
    uint64_t seed = 0;
};

struct EpochStats {
    int epoch = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double testAccuracy = -1;  ///< -1 when no test set was given
    double seconds = 0;
};

/// Trains net in place on train; test (optional) is only measured. Progress per batch, metrics
/// "loss" per batch and "test_accuracy" per epoch; cancellation between batches.
std::vector<EpochStats> trainAnn(Network& net, const Dataset& train, const Dataset* test,
                                 const AnnTrainConfig& config, ProgressSink& progress);

/// Top-1 accuracy in [0, 1] of net on data, in batches.
double evaluateAccuracy(const Network& net, const Dataset& data, int batchSize = 500,
                        ProgressSink& progress = nullProgress());

} // namespace psnn
