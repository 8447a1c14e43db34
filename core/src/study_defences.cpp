// SPDX-License-Identifier: GPL-3.0-or-later
// The study's noise control and its adaptive attacker (the threshold-aware re-conversion).
#include "privatesnn/study.h"

#include "attack_common.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <algorithm>
#include <cmath>

namespace psnn {

SpikingModel addMatchedNoise(const SpikingModel& snn, const std::vector<double>& relativeL2, uint64_t seed,
                             const std::vector<double>& biasL2)
{
    torch::NoGradGuard noGrad;
    SpikingModel out = snn;
    size_t k = 0;
    at::Generator gen = at::detail::createCPUGenerator(seed);
    for (Layer& layer : out.network.layers) {
        if (!layer.hasWeights())
            continue;
        if (k >= relativeL2.size())
            throw Error(ErrorCode::InvalidArgument, "The noise control got " + std::to_string(relativeL2.size())
                            + " drift values for a model with more weight layers.", "Give one relative L2 per weight layer.");
        const at::Tensor w0 = layer.weight.detach();
        const double target = relativeL2[k++] * w0.to(at::kDouble).norm().item<double>();
        at::Tensor noise = at::randn(w0.sizes(), gen, w0.options().dtype(at::kDouble));
        // Scaled to the exact norm, so the layer's relative L2 is the target up to float rounding.
        const double norm = noise.norm().item<double>();
        noise = norm > 0 ? noise * (target / norm) : noise;
        layer.weight = (w0.to(at::kDouble) + noise).to(w0.scalar_type());
        // Encryption moves the biases too: the control moves them by as much (absolute, since a
        // teacher's biases may be zero), in a direction of their own.
        const double biasTarget = k - 1 < biasL2.size() ? biasL2[k - 1] : 0.0;
        if (!layer.bias.defined()) {
            if (biasTarget > 0)
                throw Error(ErrorCode::InvalidArgument,
                            "The noise control was asked to move the bias of a layer that has none.",
                            "Give a bias change of 0 for layers without a bias.");
            continue;
        }
        const at::Tensor b0 = layer.bias.detach().to(at::kDouble);
        at::Tensor biasNoise = at::randn(b0.sizes(), gen, b0.options());
        const double biasNorm = biasNoise.norm().item<double>();
        biasNoise = biasNorm > 0 ? biasNoise * (biasTarget / biasNorm) : biasNoise * 0;
        layer.bias = (b0 + biasNoise).to(layer.bias.scalar_type());
    }
    return out;
}

std::vector<double> biasDrift(const Network& reference, const Network& current)
{
    torch::NoGradGuard noGrad;
    std::vector<double> out;
    for (size_t i = 0; i < reference.layers.size() && i < current.layers.size(); ++i) {
        const Layer& a = reference.layers[i];
        if (!a.hasWeights())
            continue;
        const Layer& b = current.layers[i];
        out.push_back(a.bias.defined() && b.bias.defined()
                          ? (b.bias.detach().to(at::kDouble) - a.bias.detach().to(at::kDouble)).norm().item<double>()
                          : 0.0);
    }
    return out;
}

double overallBiasL2(const Network& reference, const Network& current)
{
    double sum = 0;
    for (double d : biasDrift(reference, current))
        sum += d * d;
    return std::sqrt(sum);
}

double overallRelativeL2(const Network& reference, const Network& current)
{
    torch::NoGradGuard noGrad;
    double diff = 0, base = 0;
    for (size_t i = 0; i < reference.layers.size() && i < current.layers.size(); ++i) {
        if (!reference.layers[i].hasWeights())
            continue;
        const at::Tensor w0 = reference.layers[i].weight.detach().to(at::kDouble);
        const at::Tensor w = current.layers[i].weight.detach().to(at::kDouble);
        diff += (w - w0).pow(2).sum().item<double>();
        base += w0.pow(2).sum().item<double>();
    }
    return base > 0 ? std::sqrt(diff / base) : 0.0;
}

double thresholdProduct(const SpikingModel& snn)
{
    double product = 1;
    for (const size_t i : snn.spikingLayers())
        product *= snn.thresholds[i].detach().to(at::kDouble).mean().item<double>();
    return product;
}

at::Tensor thresholdAwareForward(const SpikingModel& snn, const at::Tensor& x)
{
    if (snn.leak < 1)
        throw Error(ErrorCode::Unsupported,
                    "The threshold-aware re-conversion models IF neurons, but this model's neurons leak (leak "
                        + std::to_string(snn.leak) + " < 1): their rate is not clamp(current / threshold, 0, 1).",
                    "Attack it with the ReLU re-conversion or the surrogate-gradient attack (study: it is skipped).");
    const auto& layers = snn.network.layers;
    const std::vector<size_t> spiking = snn.spikingLayers();
    // Signed Poisson coding fires with probability |x| per step, so it saturates at |x| = 1 (direct
    // coding feeds the value itself as current).
    at::Tensor h = snn.coding == InputCoding::Poisson ? at::clamp(x, -1, 1) : x;
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer& layer = layers[i];
        if (layer.kind == LayerKind::ReLU || layer.kind == LayerKind::Dropout)
            continue; // the clamp below is the neuron; dropout is off at inference
        h = applyLayer(layer, h, false);
        if (std::find(spiking.begin(), spiking.end(), i) == spiking.end())
            continue;
        at::Tensor theta = snn.thresholds[i].detach().to(h.scalar_type());
        if (theta.dim() > 0)
            theta = layer.kind == LayerKind::Conv2d ? theta.view({1, -1, 1, 1}) : theta.view({1, -1});
        // An IF neuron with reset by subtraction fires at rate clamp(current / theta, 0, 1) per step;
        // the next layer's input current is that rate (spikes are 0/1).
        h = at::clamp(h / theta, 0, 1);
    }
    // Each spiking layer divided by its threshold: scaled back, the logits are the ReLU
    // re-conversion's where nothing saturates, so a fixed step moves the image as far as attack 1's.
    return h * thresholdProduct(snn);
}

AttackResult attackThresholdAware(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress)
{
    const int64_t classes = snn.network.numClasses();
    if (classes <= 0)
        throw Error(ErrorCode::Unsupported, "The attacked network has no Linear output layer, so it has no class logits.",
                    "Attack a classifier that ends in a Linear layer.");
    if (config.priors.featureStats > 0 || config.surrogateEpochs > 0)
        throw Error(ErrorCode::InvalidArgument,
                    "The feature-statistics prior and the surrogate attacker need a ReLU "
                    "re-conversion, but this model's neurons leak (threshold-aware re-conversion).",
                    "Set 'feature_stats' and 'surrogate_epochs' to 0 for this model.");
    // The clamp has zero gradient where a neuron saturates or is silent, as the SNN's rate does.
    auto gradient = [&snn](const at::Tensor& x, const at::Tensor& targets, int, int64_t, at::Tensor& score) {
        const at::Tensor leaf = x.detach().requires_grad_(true);
        const at::Tensor y = thresholdAwareForward(snn, leaf).gather(1, targets.view({-1, 1})).squeeze(1);
        score = y.detach();
        return torch::autograd::grad({y.sum()}, {leaf})[0];
    };
    auto score = [&snn](const at::Tensor& x, const at::Tensor& targets, int64_t) {
        return thresholdAwareForward(snn, x).gather(1, targets.view({-1, 1})).squeeze(1);
    };
    return detail::runAscent("attack 1 (threshold-aware re-conversion)", snn.network.input, classes, config, gradient, score,
                             progress);
}

} // namespace psnn
