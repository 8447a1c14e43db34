// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/snn.h"

#include <cstdint>
#include <string>

namespace psnn::test {

/// Three classes a tiny network separates: a bright band at the top, middle or bottom of an 8 x 8
/// image, with seeded noise. Labels cycle 0, 1, 2.
Dataset bands(int64_t n, uint64_t seed);

/// A small VGG (convs 4-A-6-A, FC 12, 3 classes, dropout) trained for a few hundred milliseconds on
/// bands(60, 1), so it is a meaningful teacher for conversion, encryption and attacks.
Network trainedBandsTeacher();

/// Writes data as an image folder (one sub-folder per label, PNGs) that readImageFolder reads back.
void writeImageFolder(const std::string& root, const Dataset& data, const InputSpec& spec);

/// The files a tiny pipeline reads, written by writeTinyLabInputs.
struct TinyLabInputs {
    std::string teacher;    ///< trainedBandsTeacher() saved as <folder>/teacher.psnn
    std::string evalFolder; ///< bands(30, 2) as the image folder <folder>/eval
};
/// Writes the tiny teacher (trained once per test binary) and its evaluation images into folder.
TinyLabInputs writeTinyLabInputs(const std::string& folder);

/// The demo profile shrunk so every pipeline step runs in well under a second on the bands
/// teacher (saved at teacherPath, also used as the judge) with evalFolder as evaluation data.
PipelineConfig tinyPipelineConfig(const std::string& teacherPath, const std::string& evalFolder);

/// A layer of this kind without weights (brace-initialising Layer leaves members out).
Layer layerOf(LayerKind kind, const std::string& path);
/// A 1 x 1 Linear layer with weight w, for networks whose numbers can be worked out by hand.
Layer scalarLinear(float w, const std::string& path);
/// input 1x1x1 -> flatten -> one spiking neuron (weight 1, this threshold and leak) -> output
/// neuron (weight 1), direct input coding.
SpikingModel singleNeuron(double threshold, double leak);
/// The SNN's accumulated output U_L^T for x over its own T, on the Poisson stream of seed, without
/// a graph.
at::Tensor snnOutput(const SpikingModel& snn, const at::Tensor& x, uint64_t seed);

} // namespace psnn::test
