// SPDX-License-Identifier: GPL-3.0-or-later
// The surrogate attacker's model: an ANN distilled from the attacked SNN's outputs on the lab's
// synthetic images (LOMMA's model augmentation, Nguyen et al. 2023), data-free like the rest.
#include "attack_common.h"

#include "privatesnn/error.h"
#include "privatesnn/snn_evaluation.h"

#include <ATen/ATen.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <cmath>

namespace psnn {

namespace {
constexpr uint64_t kSurrogateStream = 0x5022A7ull;
constexpr int64_t kBatch = 64;
} // namespace

Network distilSurrogate(const SpikingModel& snn, const at::Tensor& images, int epochs, uint64_t seed,
                        ProgressSink& progress)
{
    if (!images.defined() || images.dim() != 4 || images.size(0) < 2)
        throw Error(ErrorCode::InvalidArgument,
                    "The surrogate attacker ('surrogate_epochs') is trained on synthetic images, but none "
                    "were given.",
                    "Run the synthesis step first (or pass --synthetic), or set 'surrogate_epochs' to 0.");
    if (epochs <= 0)
        throw Error(ErrorCode::InvalidArgument, "The surrogate needs at least one epoch of distillation.",
                    "Use e.g. 30 epochs.");
    progress.report(0, "distilling a surrogate ANN from the SNN's outputs");
    // The SNN's readout sums the output membrane over T: divided by T it is on the logits' scale.
    const at::Tensor target = at::softmax(classScores(snn, images, 100, seed) / double(std::max(1, snn.timesteps)), 1);

    Network net = reconvertToAnn(snn); // the architecture; the weights are replaced below
    net.info.name = "surrogate distilled from " + snn.network.info.name;
    net.info.notes = "Trained on the SNN's class probabilities on synthetic images (surrogate attacker).";
    at::Generator gen = at::detail::createCPUGenerator(detail::mixSeed(seed, kSurrogateStream, 0));
    for (Layer& layer : net.layers) {
        if (!layer.hasWeights())
            continue;
        // PyTorch's default for Conv2d and Linear: U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weight and bias.
        const double bound = 1.0 / std::sqrt(double(layer.weight[0].numel()));
        layer.weight = (at::rand(layer.weight.sizes(), gen) * 2 - 1) * bound;
        if (layer.bias.defined())
            layer.bias = (at::rand(layer.bias.sizes(), gen) * 2 - 1) * bound;
    }
    net.setRequiresGrad(true);
    torch::AutoGradMode gradMode(true);
    torch::optim::Adam optimizer(net.parameters(), torch::optim::AdamOptions(1e-3));
    const int64_t n = images.size(0);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        throwIfCancelled(progress, "Surrogate distillation");
        const at::Tensor order = at::randperm(n, gen);
        double total = 0;
        for (int64_t begin = 0; begin < n; begin += kBatch) {
            const at::Tensor idx = order.slice(0, begin, std::min(n, begin + kBatch));
            const at::Tensor logits = net.forward(images.index_select(0, idx));
            // Soft-label cross entropy: KL divergence to the SNN's probabilities up to a constant.
            const at::Tensor loss = -(target.index_select(0, idx) * at::log_softmax(logits, 1)).sum(1).mean();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            total += loss.item<double>() * double(idx.numel());
        }
        progress.metric("surrogate_loss", epoch, total / double(n));
        progress.report(0, "distilling a surrogate ANN: epoch " + std::to_string(epoch) + "/" + std::to_string(epochs));
    }
    net.setRequiresGrad(false);
    return net;
}

} // namespace psnn
