// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// A VGG-style network as in the paper's code: 3x3 convolutions (padding 1, no bias by default),
/// ReLU, dropout after convs that are not followed by a pool, 2x2 average pooling, then fully
/// connected layers with ReLU and dropout.
struct VggConfig {
    std::string name = "vgg";
    InputSpec input;
    std::vector<int> features;   ///< channel counts; 0 stands for a 2x2 average pool ("A")
    std::vector<int> hiddenFc;   ///< hidden fully connected sizes
    int classes = 10;
    double convDropout = 0.0;
    double fcDropout = 0.5;
    bool bias = false;
    uint64_t seed = 0;
};

/// Parses "32,32,A,64,64,A" into VggConfig::features; throws Error on anything else.
std::vector<int> parseVggFeatures(const std::string& text);

/// Kaiming-normal initialised network (fan-in, ReLU gain), reproducible from config.seed.
Network makeVgg(const VggConfig& config);

/// The bundled presets: "teacher" (the network the method works on) and "judge" (an independently
/// initialised network of a different shape, used only to score leakage).
VggConfig vggPreset(const std::string& name);

} // namespace psnn
