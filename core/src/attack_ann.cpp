// SPDX-License-Identifier: GPL-3.0-or-later
// Attack scenario 1: re-convert the SNN to its ANN and run Algorithm 2 (class representation).
#include "attack_common.h"
#include "attack_priors.h"

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

namespace {

/// Algorithm 2 on the sum of the target logits of `nets` (all of one input shape); the score, the
/// metrics and the best-of selection use the first, the attacked model.
AttackResult ascendLogits(const std::vector<const Network*>& nets, const std::string& method,
                          const AttackConfig& config, ProgressSink& progress)
{
    const Network& net = *nets.front();
    const int64_t classes = net.numClasses();
    if (classes <= 0)
        throw Error(ErrorCode::Unsupported, "The attacked network has no Linear output layer, so it has no class logits.",
                    "Attack a classifier that ends in a Linear layer.");
    const double statsWeight = config.priors.featureStats;
    detail::FeatureStatistics stats;
    if (statsWeight > 0) {
        const at::Tensor& ref = config.syntheticImages;
        if (!ref.defined() || ref.dim() != 4 || ref.size(0) < 2)
            throw Error(ErrorCode::InvalidArgument,
                        "The feature-statistics prior ('feature_stats') needs reference images (at "
                        "least 2), such as the lab's synthetic images.",
                        "Run the synthesis step first, or set the prior 'feature_stats' to 0.");
        net.forward(ref.slice(0, 0, 1)); // names a size mismatch in the model's words
        stats = detail::featureStatistics(net, ref);
    }
    auto gradient = [&nets, &stats, statsWeight](const at::Tensor& x, const at::Tensor& targets, int, int64_t,
                                                 at::Tensor& score) {
        const at::Tensor leaf = x.detach().requires_grad_(true);
        const at::Tensor index = targets.view({-1, 1});
        at::Tensor objective;
        if (statsWeight > 0) {
            at::Tensor logits;
            const at::Tensor loss = detail::featureStatisticsLoss(*nets.front(), stats, leaf, logits);
            const at::Tensor y = logits.gather(1, index).squeeze(1);
            score = y.detach();
            objective = (y - statsWeight * loss).sum();
        } else {
            // Line 7 of Algorithm 2: the pre-softmax logit's gradient; images are independent in the batch.
            const at::Tensor y = nets.front()->forward(leaf).gather(1, index).squeeze(1);
            score = y.detach();
            objective = y.sum();
        }
        for (size_t k = 1; k < nets.size(); ++k)
            objective = objective + nets[k]->forward(leaf).gather(1, index).sum();
        return torch::autograd::grad({objective}, {leaf})[0];
    };
    auto score = [&net](const at::Tensor& x, const at::Tensor& targets, int64_t) {
        return net.forward(x).gather(1, targets.view({-1, 1})).squeeze(1);
    };
    return detail::runAscent(method, net.input, classes, config, gradient, score, progress);
}

} // namespace

AttackResult classRepresentation(const Network& net, const AttackConfig& config, ProgressSink& progress)
{
    if (config.surrogateEpochs > 0)
        throw Error(ErrorCode::InvalidArgument,
                    "The surrogate attacker ('surrogate_epochs') distils from a spiking model's "
                    "outputs; this attack is on an ANN.",
                    "Set 'surrogate_epochs' to 0, or attack the spiking model.");
    return ascendLogits({&net},
                        "attack 1 (gradient ascent on "
                            + (net.info.name.empty() ? std::string("the ANN") : net.info.name) + ")",
                        config, progress);
}

AttackResult attackReconverted(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress)
{
    if (!snn.reconvertsToRelu()) {
        AttackResult result = attackThresholdAware(snn, config, progress);
        result.method = "attack 1 (threshold-aware re-conversion: the imported neurons leak)";
        return result;
    }
    const Network ann = reconvertToAnn(snn);
    if (config.surrogateEpochs > 0) {
        // LOMMA's model augmentation: features the re-conversion alone overfits to are not shared
        // by a network that only learnt the SNN's input-output behaviour.
        const Network surrogate =
            distilSurrogate(snn, config.syntheticImages, config.surrogateEpochs, config.seed, progress);
        return ascendLogits({&ann, &surrogate}, "attack 1 (re-converted ANN and a distilled surrogate)", config,
                            progress);
    }
    return ascendLogits({&ann}, "attack 1 (re-converted ANN)", config, progress);
}

} // namespace psnn
