// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/ann_training.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/optim/adamw.h>
#include <torch/utils.h>

#include <chrono>
#include <cmath>
#include <sstream>

namespace psnn {
namespace {

void checkCompatible(const Network& net, const Dataset& data, const char* role)
{
    if (data.size() == 0)
        throw Error(ErrorCode::InvalidArgument, std::string("The ") + role + " set is empty.", "Choose a data set with images.");
    if (data.images.size(1) != net.input.channels || data.images.size(2) != net.input.height
        || data.images.size(3) != net.input.width)
        throw Error(ErrorCode::ShapeMismatch,
                    std::string("The ") + role + " images are " + std::to_string(data.images.size(1)) + "x"
                        + std::to_string(data.images.size(2)) + "x" + std::to_string(data.images.size(3))
                        + " but the model expects " + std::to_string(net.input.channels) + "x"
                        + std::to_string(net.input.height) + "x" + std::to_string(net.input.width) + ".",
                    "Use a data set that matches the model's input.");
    const int64_t maxLabel = data.labels.max().item<int64_t>();
    if (maxLabel >= net.numClasses())
        throw Error(ErrorCode::ShapeMismatch,
                    std::string("The ") + role + " set has label " + std::to_string(maxLabel) + " but the model has only "
                        + std::to_string(net.numClasses()) + " classes.",
                    "Use a data set with the model's classes.");
}

/// Random left-right flips and translations (background filled with -1, i.e. black).
at::Tensor augment(const at::Tensor& batch, const AnnTrainConfig& config, at::Generator& gen)
{
    at::Tensor x = batch;
    if (config.horizontalFlip) {
        const at::Tensor flip = at::rand({x.size(0), 1, 1, 1}, gen) < 0.5;
        x = at::where(flip, x.flip({3}), x);
    }
    if (config.maxShift > 0) {
        const int64_t s = config.maxShift;
        const at::Tensor padded = at::constant_pad_nd(x, {s, s, s, s}, -1.0);
        const at::Tensor offsets = at::randint(0, 2 * s + 1, {x.size(0), 2}, gen);
        auto acc = offsets.accessor<int64_t, 2>();
        at::Tensor out = at::empty_like(x);
        for (int64_t i = 0; i < x.size(0); ++i)
            out[i].copy_(padded[i].narrow(1, acc[i][0], x.size(2)).narrow(2, acc[i][1], x.size(3)));
        x = out;
    }
    return x;
}

} // namespace

double evaluateAccuracy(const Network& net, const Dataset& data, int batchSize, ProgressSink& progress)
{
    checkCompatible(net, data, "evaluation");
    torch::NoGradGuard noGrad;
    int64_t correct = 0;
    const int64_t n = data.size();
    for (int64_t begin = 0; begin < n; begin += batchSize) {
        throwIfCancelled(progress, "Evaluation");
        const int64_t end = std::min(n, begin + batchSize);
        const at::Tensor logits = net.forward(data.images.slice(0, begin, end));
        correct += logits.argmax(1).eq(data.labels.slice(0, begin, end)).sum().item<int64_t>();
        progress.report(double(end) / double(n), "evaluating " + std::to_string(end) + "/" + std::to_string(n));
    }
    return double(correct) / double(n);
}

std::vector<EpochStats> trainAnn(Network& net, const Dataset& train, const Dataset* test, const AnnTrainConfig& config,
                                 ProgressSink& progress)
{
    checkCompatible(net, train, "training");
    if (test)
        checkCompatible(net, *test, "test");
    if (config.epochs <= 0 || config.batchSize <= 0 || !(config.learningRate > 0))
        throw Error(ErrorCode::InvalidArgument, "Epochs, batch size and learning rate must be positive.");

    torch::manual_seed(config.seed); // dropout masks use the global generator
    at::Generator gen = at::detail::createCPUGenerator(config.seed + 1);
    net.setRequiresGrad(true);
    torch::optim::AdamW optimizer(net.parameters(),
                                  torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
    const int64_t n = train.size();
    const int64_t batchesPerEpoch = (n + config.batchSize - 1) / config.batchSize;
    const int64_t totalSteps = batchesPerEpoch * config.epochs;
    int64_t step = 0;
    std::vector<EpochStats> history;

    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        const at::Tensor order = at::randperm(n, gen);
        double lossSum = 0;
        int64_t correct = 0;
        for (int64_t b = 0; b < batchesPerEpoch; ++b, ++step) {
            throwIfCancelled(progress, "Training");
            // Cosine decay of the learning rate to 1 % over the whole run.
            const double lr = config.learningRate * (0.01 + 0.99 * 0.5 * (1 + std::cos(M_PI * double(step) / double(totalSteps))));
            for (auto& group : optimizer.param_groups())
                static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
            const at::Tensor idx = order.slice(0, b * config.batchSize, std::min(n, (b + 1) * config.batchSize));
            const at::Tensor x = augment(train.images.index_select(0, idx), config, gen);
            const at::Tensor y = train.labels.index_select(0, idx);
            const at::Tensor logits = net.forward(x, true);
            const at::Tensor loss = at::cross_entropy_loss(logits, y);
            if (!std::isfinite(loss.item<double>()))
                throw Error(ErrorCode::NumericError, "The training loss became " + std::to_string(loss.item<double>()) + " at epoch "
                                + std::to_string(epoch) + ".", "Lower the learning rate and train again.");
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>() * double(idx.size(0));
            correct += logits.argmax(1).eq(y).sum().item<int64_t>();
            progress.metric("loss", double(step), loss.item<double>());
            std::ostringstream msg;
            msg << "epoch " << epoch << "/" << config.epochs << ", batch " << (b + 1) << "/" << batchesPerEpoch
                << ", loss " << loss.item<double>();
            progress.report(double(step + 1) / double(totalSteps), msg.str());
        }
        EpochStats stats;
        stats.epoch = epoch;
        stats.trainLoss = lossSum / double(n);
        stats.trainAccuracy = double(correct) / double(n);
        if (test) {
            stats.testAccuracy = evaluateAccuracy(net, *test);
            progress.metric("test_accuracy", epoch, stats.testAccuracy);
        }
        stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        history.push_back(stats);
    }
    net.setRequiresGrad(false);
    return history;
}

} // namespace psnn
