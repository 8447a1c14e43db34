// SPDX-License-Identifier: GPL-3.0-or-later
// The study's controls (how much of a judge's accuracy needs no class knowledge at all) and the
// defences the model-inversion literature recommends, as further curves (issue 24, items 5-6).
#pragma once

#include "privatesnn/attacks.h"
#include "privatesnn/dataset.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"
#include "privatesnn/study.h"

#include <cstdint>
#include <vector>

namespace psnn {

// ---- controls (study_controls.cpp) ---------------------------------------------------------------

/// The transfer control's adversarial examples: targeted L-inf PGD (Madry et al. 2018).
struct TransferControlConfig {
    double epsilon = 0.1; ///< radius as a share of the pixel range ([0, 1] before normalisation)
    int steps = 40;
    /// Step per iteration as a share of epsilon: 2.5 / steps lets a step walk across the ball and
    /// back (Madry et al.'s choice).
    double stepShare = 2.5 / 40;
    int restarts = 10;            ///< images per target class, as an attack makes
    std::vector<int64_t> classes; ///< target classes; empty = all
    uint64_t seed = 0;
};

/// For every target class c and restart r (restarts of a class adjacent, as the attacks order
/// them), a real image of another class drawn from `images` (seeded), moved toward c within
/// epsilon: a random start in the ball, then signed steps down the cross-entropy of c on `net`,
/// each projected back into the ball and the valid input range. The images never leave the ball
/// around their source. `labels` are the images' true classes.
AttackResult transferControl(const Network& net, const at::Tensor& images, const at::Tensor& labels,
                             const TransferControlConfig& config, ProgressSink& progress = nullProgress());

/// He-uniform weights (fan-in) and zero biases in the same layers as net: no class knowledge. The
/// random-network control converts it like the real network; reinit distils into it.
Network randomWeights(const Network& net, uint64_t seed);

/// The control's settings for a study point (its epsilon, the study's restarts, the seed).
TransferControlConfig transferControlConfig(const StudyPoint& point, const StudyConfig& study, uint64_t seed);

/// Fills summary.controlWarnings (a random-network control whose judge accuracy, for some attack
/// and judge, has chance outside its family-wise interval) and transferShare. After the verdicts.
void checkControls(StudySummary& summary);

// ---- defences (study_new_defences.cpp) -----------------------------------------------------------

/// Symmetric per-layer quantisation of every weight layer to `bits` bits (2..16): scale =
/// max|W| / (2^(bits-1) - 1), W = round(W / scale) * scale, so a layer holds at most 2^bits - 1
/// distinct values. Biases and thresholds are kept (no training).
SpikingModel quantiseWeights(const SpikingModel& snn, int bits);

/// The first `layers` weight layers with fresh He-uniform weights scaled to each layer's own
/// Frobenius norm (so the converted thresholds still suit their currents) and zero biases; every
/// later layer is shared unchanged.
SpikingModel reinitialiseEarlyLayers(const SpikingModel& snn, int layers, uint64_t seed);

/// Appends to a grid ("default" or "quick") the controls and the defences early-layers,
/// label-smoothing and quantisation at their doses (see README, "How much encryption is enough?").
void addControlsAndDefences(StudyConfig& study, const PipelineConfig& pipeline);

} // namespace psnn
