// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

#include <vector>

namespace psnn {

struct SnnEvaluation {
    std::vector<double> accuracyPerStep; ///< accuracy with the readout after t = 1..T steps
    std::vector<LayerActivity> activity; ///< per weight layer, averaged over images
    double inputSpikeRate = 0;           ///< input events per pixel over the window
    int64_t images = 0;
    int timesteps = 0;
    double seconds = 0;

    double finalAccuracy() const { return accuracyPerStep.empty() ? 0.0 : accuracyPerStep.back(); }
};

/// One simulation pass over data: accuracy at every step, spike rates per layer. Seeded Poisson.
SnnEvaluation evaluateSnn(const SpikingModel& model, const Dataset& data, int batchSize = 100, uint64_t seed = 0,
                          ProgressSink& progress = nullProgress());

/// The model's class scores after its T steps (its readout), float N x K, batch images at a time,
/// with evaluateSnn's seeded Poisson draws. The outputs an imported SNN is distilled from.
at::Tensor classScores(const SpikingModel& model, const at::Tensor& images, int batchSize = 100, uint64_t seed = 0);

/// 45 nm CMOS figures (Horowitz 2014) as in the paper: 32-bit float MAC 4.6 pJ, AC 0.9 pJ.
struct EnergyConstants {
    double macPicojoule = 4.6;
    double acPicojoule = 0.9;
};

struct LayerEnergy {
    std::string path;
    int64_t macs = 0;
    double inputRate = 0;
    double annPicojoule = 0;
    double snnPicojoule = 0;
};

struct EnergyReport {
    std::vector<LayerEnergy> layers;
    double annPicojoule = 0;
    double snnPicojoule = 0;
    double ratio() const { return snnPicojoule > 0 ? annPicojoule / snnPicojoule : 0.0; }
    std::string convention; ///< how the first and last layers were counted
};

/// E_ANN = sum_l MACs_l * E_MAC; E_SNN = sum_l MACs_l * rate_l * E_AC, where rate_l counts input
/// events per input neuron over the window. With direct coding the first layer sees analog input
/// at every step and is charged T MACs per synapse instead. Pooling layers are not charged.
EnergyReport estimateEnergy(const SpikingModel& model, const SnnEvaluation& evaluation, const EnergyConstants& constants = {});

} // namespace psnn
