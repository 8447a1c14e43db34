// SPDX-License-Identifier: GPL-3.0-or-later
// Attack scenario 2 (Algorithm 4): class representation straight from the SNN with surrogate
// gradients, the gradient accumulated at the first layer and deconvolved with its weights.
#include "attack_common.h"

#include "privatesnn/error.h"
#include "snn_bptt.h"
#include "snn_engine.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

namespace psnn {
namespace {

constexpr uint64_t kFinalScoreStream = 0xF17A1ull;

size_t firstWeightLayer(const SpikingModel& snn)
{
    const auto& layers = snn.network.layers;
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].hasWeights())
            return i;
        if (layers[i].kind != LayerKind::Flatten && layers[i].kind != LayerKind::AvgPool2d
            && layers[i].kind != LayerKind::Dropout && layers[i].kind != LayerKind::ReLU)
            break;
    }
    throw Error(ErrorCode::Unsupported, "Attack 2 needs a network whose first weight layer sees the encoded image directly.",
                "Use a VGG-style spiking model (Conv2d or Linear first).");
}

/// Layers before the first weight layer (flatten, pooling), as the simulator applies them.
at::Tensor applyPrefix(const SpikingModel& snn, size_t first, at::Tensor h)
{
    for (size_t i = 0; i < first; ++i) {
        const LayerKind kind = snn.network.layers[i].kind;
        if (kind == LayerKind::Flatten || kind == LayerKind::AvgPool2d)
            h = applyLayer(snn.network.layers[i], h, false);
    }
    return h;
}

/// Line 9 of Algorithm 4: W1^T G, the adjoint of the first layer (a transposed convolution).
at::Tensor deconvolve(const Layer& w1, const at::Tensor& g, const at::Tensor& prefixOut)
{
    if (w1.kind == LayerKind::Linear)
        return g.matmul(w1.weight);
    const int64_t k = w1.weight.size(2), s = w1.stride, p = w1.padding;
    // output_padding recovers the input size that a strided convolution rounds away.
    const int64_t oh = prefixOut.size(2) - ((g.size(2) - 1) * s - 2 * p + k);
    const int64_t ow = prefixOut.size(3) - ((g.size(3) - 1) * s - 2 * p + w1.weight.size(3));
    return at::conv_transpose2d(g, w1.weight, {}, {s, s}, {p, p}, {oh, ow});
}

} // namespace

AttackResult attackSnnDirect(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress)
{
    const int T = config.timesteps > 0 ? config.timesteps : snn.timesteps;
    if (T <= 0)
        throw Error(ErrorCode::InvalidArgument, "Attack 2 needs at least one time step.", "Set the time steps to e.g. 30.");
    if (config.priors.featureStats > 0 || config.surrogateEpochs > 0)
        throw Error(ErrorCode::InvalidArgument,
                    "Attack 2 has no feature-statistics prior and no surrogate attacker: both work on "
                    "an ANN's activations, and attack 2 ascends through the spikes.",
                    "Set attack 2's 'feature_stats' and 'surrogate_epochs' to 0, or use them with attack 1 or 3.");
    const size_t first = firstWeightLayer(snn);
    const Layer& w1 = snn.network.layers[first];
    // Built once (they lay out the weights for their kernels); the ascent calls them in turn.
    const TimeBatchedEngine engine(snn);
    TimeBatchedBptt bptt(snn, config.surrogate, false);

    auto gradient = [&](const at::Tensor& x, const at::Tensor& targets, int iteration, int64_t batch, at::Tensor& score) {
        torch::NoGradGuard noGrad;
        at::Generator gen = at::detail::createCPUGenerator(detail::mixSeed(config.seed, uint64_t(iteration), uint64_t(batch)));
        // The encoder has no gradient: its spikes are data, and the gradient stops at the first
        // layer's currents (the time-batched BPTT of snn_bptt.h, the same draws as a step-by-step loop).
        auto seed = [&](const at::Tensor& rows, int64_t begin, int64_t end) { // d y_c / d U_L^T
            return at::zeros_like(rows).scatter_(1, targets.slice(0, begin, end).view({-1, 1}), 1.0);
        };
        // Spikes without a surrogate pass no gradient: the forward alone gives the score.
        const bool surrogate = config.surrogate.enabled;
        const TimeBatchedBptt::Result pass =
            bptt.run(x, T, gen, seed, surrogate ? TimeBatchedBptt::Gradients::FirstCurrents : TimeBatchedBptt::Gradients::None);
        score = pass.output.gather(1, targets.view({-1, 1})).squeeze(1);
        if (!surrogate)
            return at::zeros_like(x);
        const at::Tensor G = pass.firstCurrentGrad / double(T); // line 7: G += (1/T) dy_c / dx_conv1
        at::Tensor delta = deconvolve(w1, G, applyPrefix(snn, first, x));
        if (first > 0) {
            // Flatten/pooling before the first layer: their adjoint, through autograd (they are linear).
            at::AutoGradMode enable(true);
            const at::Tensor leaf = x.detach().requires_grad_(true);
            delta = torch::autograd::grad({applyPrefix(snn, first, leaf)}, {leaf}, {delta})[0];
        }
        return delta;
    };
    auto score = [&](const at::Tensor& x, const at::Tensor& targets, int64_t batch) {
        torch::NoGradGuard noGrad;
        at::Generator gen = at::detail::createCPUGenerator(detail::mixSeed(config.seed, kFinalScoreStream, uint64_t(batch)));
        return engine.run(encodeSteps(x, snn.coding, T, gen))[T - 1].gather(1, targets.view({-1, 1})).squeeze(1);
    };
    return detail::runAscent("attack 2 (surrogate gradients through the SNN)", snn.network.input,
                             snn.network.numClasses(), config, gradient, score, progress);
}

} // namespace psnn
