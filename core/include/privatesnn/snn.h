// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/json_fields.h"
#include "privatesnn/network.h"

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// How a static image becomes input for every time step.
enum class InputCoding {
    Poisson, ///< signed rate code: spike sign(x) when a uniform draw <= |x| (the paper's code)
    Direct,  ///< the analog image itself at every step
};
/// Their names in settings and model archives.
inline constexpr fields::Names<InputCoding, 2> kCodingNames{
    {{InputCoding::Poisson, "poisson"}, {InputCoding::Direct, "direct"}}};

enum class ThresholdMode {
    Max,        ///< maximum input current over all steps and images (Algorithm 1)
    Percentile, ///< a high percentile of the positive input currents (robust to outliers)
};
inline constexpr fields::Names<ThresholdMode, 2> kThresholdModeNames{
    {{ThresholdMode::Max, "max"}, {ThresholdMode::Percentile, "percentile"}}};

/// How the thresholds were found; kept with the spiking model as provenance.
struct ConversionSettings {
    ThresholdMode mode = ThresholdMode::Max;
    double percentile = 99.99; ///< used in Percentile mode
    bool channelWise = false;  ///< one threshold per output channel instead of per layer
    double scale = 0.7;        ///< multiplies every threshold after balancing (paper §5.1)
    int timesteps = 100;       ///< simulation length while balancing
    double leak = 1.0;         ///< membrane leak lambda (1 = IF neuron)
    InputCoding coding = InputCoding::Poisson;
    int batchSize = 100;
    uint64_t seed = 0;         ///< Poisson draws
};

/// A spiking network sharing an ANN's weights: IF/LIF neurons (leak, per-layer thresholds, fire
/// when u > theta, soft reset), integrate-then-fire in the same step, average pooling on spikes,
/// and an output layer that only accumulates membrane.
struct SpikingModel {
    Network network;
    /// One entry per layer of network.layers; defined (a scalar or one value per output channel)
    /// for the spiking layers only.
    std::vector<at::Tensor> thresholds;
    double leak = 1.0;
    int timesteps = 100;
    InputCoding coding = InputCoding::Poisson;
    ConversionSettings conversion;
    int64_t conversionImages = 0;
    std::string conversionSource;  ///< what the balancing images were (e.g. "synthetic", a path)
    std::string sourceModelSha256; ///< of the ANN archive or TorchScript file it came from
    double conversionSeconds = 0;

    /// Indices of the Conv2d/Linear layers that spike: all weight layers but the last.
    std::vector<size_t> spikingLayers() const;
    size_t outputLayer() const;
};

/// Draws the input of one time step for images in [-1, 1].
at::Tensor encodeInput(const at::Tensor& images, InputCoding coding, at::Generator& gen);

/// Layer activity gathered during a simulation, per weight layer (index into network.layers).
struct LayerActivity {
    size_t layer = 0;
    std::string path;
    double inputRate = 0;  ///< input events per input neuron over the whole window (can exceed 1)
    double outputRate = 0; ///< output spikes per neuron over the window (0 for the output layer)
    int64_t macs = 0;      ///< dense multiply-accumulates of one ANN pass
};

/// How a spike o = H(U - theta) is differentiated in surrogate-gradient BPTT (core/src/snn_bptt.h).
/// The forward pass is always the strict step U > theta. The backward pass, with z = (U - theta)/theta:
///   perThreshold = false (default): do/dU = scale * max(0, 1 - |z|)           (Eq. 9 with scale 1)
///   perThreshold = true:            do/dU = scale * max(0, 1 - |z|) / theta
/// The second is the authors' LinearSpike (scale 0.3): its derivative is taken w.r.t. the normalised
/// membrane U/theta - 1, which carries the extra 1/theta w.r.t. U. Both are non-zero for 0 < U < 2 theta.
struct SurrogateGradient {
    bool enabled = false;
    double scale = 1.0;
    bool perThreshold = false;
};

} // namespace psnn
