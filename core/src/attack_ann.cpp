// SPDX-License-Identifier: GPL-3.0-or-later
// Attack scenario 1: re-convert the SNN to its ANN and run Algorithm 2 (class representation).
#include "attack_common.h"

#include "privatesnn/error.h"
#include "privatesnn/study.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>

#include <algorithm>

namespace psnn {

Network reconvertToAnn(const SpikingModel& snn)
{
    const std::vector<size_t> spiking = snn.spikingLayers();
    Network ann;
    ann.input = snn.network.input;
    ann.info = snn.network.info;
    const auto& layers = snn.network.layers;
    for (size_t i = 0; i < layers.size(); ++i) {
        Layer layer = layers[i];
        if (layer.weight.defined())
            layer.weight = layer.weight.detach().clone();
        if (layer.bias.defined())
            layer.bias = layer.bias.detach().clone();
        ann.layers.push_back(std::move(layer));
        // IF neuron -> ReLU. The simulator ignores ReLU layers, so a converted chain usually still
        // has them; insert one only where an imported or hand-built SNN lacks it.
        const bool isSpiking = std::find(spiking.begin(), spiking.end(), i) != spiking.end();
        if (isSpiking && (i + 1 >= layers.size() || layers[i + 1].kind != LayerKind::ReLU)) {
            Layer relu;
            relu.kind = LayerKind::ReLU;
            relu.path = layers[i].path + ".relu";
            ann.layers.push_back(std::move(relu));
        }
    }
    ann.info.name = (ann.info.name.empty() ? std::string("snn") : ann.info.name) + " (re-converted to ANN)";
    ann.info.testAccuracy.reset(); // measured for the source model, not for this one
    ann.info.notes = "IF neurons replaced by ReLU with the spiking model's weights (attack scenario 1).";
    return ann;
}

AttackResult classRepresentation(const Network& net, const AttackConfig& config, ProgressSink& progress)
{
    const int64_t classes = net.numClasses();
    if (classes <= 0)
        throw Error(ErrorCode::Unsupported, "The attacked network has no Linear output layer, so it has no class logits.",
                    "Attack a classifier that ends in a Linear layer.");
    auto gradient = [&net](const at::Tensor& x, const at::Tensor& targets, int, int64_t, at::Tensor& score) {
        const at::Tensor leaf = x.detach().requires_grad_(true);
        const at::Tensor y = net.forward(leaf).gather(1, targets.view({-1, 1})).squeeze(1);
        score = y.detach();
        // Line 7 of Algorithm 2: the pre-softmax logit's gradient; images are independent in the batch.
        return torch::autograd::grad({y.sum()}, {leaf})[0];
    };
    auto score = [&net](const at::Tensor& x, const at::Tensor& targets, int64_t) {
        return net.forward(x).gather(1, targets.view({-1, 1})).squeeze(1);
    };
    return detail::runAscent("attack 1 (gradient ascent on " + (net.info.name.empty() ? std::string("the ANN") : net.info.name) + ")",
                             net.input, classes, config, gradient, score, progress);
}

AttackResult attackReconverted(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress)
{
    if (!snn.reconvertsToRelu()) {
        AttackResult result = attackThresholdAware(snn, config, progress);
        result.method = "attack 1 (threshold-aware re-conversion: the imported neurons leak)";
        return result;
    }
    const Network ann = reconvertToAnn(snn);
    AttackResult result = classRepresentation(ann, config, progress);
    result.method = "attack 1 (re-converted ANN)";
    return result;
}

} // namespace psnn
