// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// The layer kinds the method can convert to a spiking network.
enum class LayerKind { Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten };

const char* layerKindName(LayerKind kind);

/// One layer of a VGG-style feed-forward network. Weights are plain tensors (no nn::Module) so the
/// ANN, the SNN and the attacks can share them without copies.
struct Layer {
    LayerKind kind = LayerKind::ReLU;
    std::string path;     ///< module path in the source model, e.g. "features.3"
    at::Tensor weight;    ///< Conv2d: [out, in, k, k]; Linear: [out, in]
    at::Tensor bias;      ///< undefined when the layer has none
    int64_t stride = 1;   ///< Conv2d stride, AvgPool2d stride
    int64_t padding = 0;  ///< Conv2d padding
    int64_t kernel = 0;   ///< AvgPool2d kernel size (Conv2d's is in the weight)
    double dropout = 0.0; ///< Dropout probability (training only)

    bool hasWeights() const { return kind == LayerKind::Conv2d || kind == LayerKind::Linear; }
};

/// Applies one layer (dropout only when training). Shared by the ANN, the SNN and the attacks.
at::Tensor applyLayer(const Layer& layer, const at::Tensor& x, bool training);

/// Shape and normalisation of the model's input: x_normalised = (x_01 - mean) / std per channel.
struct InputSpec {
    int64_t channels = 1;
    int64_t height = 28;
    int64_t width = 28;
    std::vector<double> mean{0.5};
    std::vector<double> std{0.5};
};

/// Where a model came from, kept with it in every archive.
struct ModelInfo {
    std::string name;
    std::vector<std::string> classNames;
    std::string sourceSha256;  ///< of the file it was imported from (empty when trained here)
    std::string sourceFile;
    std::string created;       ///< ISO 8601, UTC
    std::string toolVersion;
    std::optional<double> testAccuracy; ///< in [0, 1], with the data set it was measured on
    std::string testDataset;
    std::string notes;
};

/// Per-layer figures for the architecture table.
struct LayerSummary {
    std::string path;
    std::string kind;
    std::vector<int64_t> outputShape; ///< without the batch dimension
    int64_t parameters = 0;
    int64_t macs = 0;                 ///< multiply-accumulates for one image
};

/// A VGG-style network in the project's own description: an ordered chain of layers.
struct Network {
    std::vector<Layer> layers;
    InputSpec input;
    ModelInfo info;

    /// Logits for a batch N x C x H x W. training = true applies dropout.
    at::Tensor forward(const at::Tensor& x, bool training = false) const;
    /// Runs layers [begin, end) on x.
    at::Tensor forwardRange(const at::Tensor& x, size_t begin, size_t end, bool training = false) const;
    /// Input of the last Linear layer (the penultimate features), e.g. for FID.
    at::Tensor features(const at::Tensor& x) const;

    int64_t numClasses() const;
    std::vector<at::Tensor> parameters() const;
    void setRequiresGrad(bool on);
    /// Deep copy: the clone's weights are independent tensors.
    Network clone() const;
    std::vector<LayerSummary> summarize() const;
    int64_t parameterCount() const;
};

} // namespace psnn
