// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption (paper §3.2): spike-based training of the converted SNN with distillation from the ANN.
#include "encryption_internal.h"
#include "tensor_hash.h"

#include "privatesnn/live_series.h"
#include "privatesnn/error.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_evaluation.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <sstream>

namespace psnn {

using namespace encryption_detail;

namespace {

void validate(const SpikingModel& snn, const Network& teacher, const EncryptionData& data, const EncryptionConfig& c)
{
    const InputSpec& in = snn.network.input;
    if (data.size() == 0 || data.images.dim() != 4)
        throw Error(ErrorCode::InvalidArgument, "Encryption needs a non-empty batch of training images (N x C x H x W).",
                    "Synthesize images first or choose an image set.");
    if (data.images.size(1) != in.channels || data.images.size(2) != in.height || data.images.size(3) != in.width)
        throw Error(ErrorCode::ShapeMismatch, "The training images do not match the spiking model's input size.",
                    "Use images of the model's size and channel count.");
    if (teacher.input.channels != in.channels || teacher.input.height != in.height || teacher.input.width != in.width
        || teacher.numClasses() != snn.network.numClasses())
        throw Error(ErrorCode::ShapeMismatch, "The teacher's input or class count differs from the spiking model's.",
                    "Use the ANN the spiking model was converted from as the teacher.");
    const int64_t classes = snn.network.numClasses();
    if (data.labels.defined() && (data.labels.dim() != 1 || data.labels.size(0) != data.size()
                                  || (data.size() > 0 && (data.labels.min().item<int64_t>() < 0
                                                          || data.labels.max().item<int64_t>() >= classes))))
        throw Error(ErrorCode::ShapeMismatch, "The class labels do not fit the images or the model's " + std::to_string(classes)
                        + " classes.", "Use one label in [0, classes) per image.");
    if (data.softLabels.defined() && (data.softLabels.dim() != 2 || data.softLabels.size(0) != data.size()
                                      || data.softLabels.size(1) != classes))
        throw Error(ErrorCode::ShapeMismatch, "The soft labels must be N x " + std::to_string(classes) + ".",
                    "Give one distribution over the model's classes per image.");
    if (c.epochs <= 0 || c.batchSize <= 0 || !(c.learningRate > 0) || !(c.temperature > 0) || c.maxShift < 0)
        throw Error(ErrorCode::InvalidArgument, "Epochs, batch size, learning rate and temperature must be positive.");
    if (!(c.distillWeight >= 0 && c.distillWeight <= 1))
        throw Error(ErrorCode::InvalidArgument, "The distillation weight m must lie in [0, 1].", "The paper uses 0.7; 0 turns distillation off.");
    if (!(c.labelSmoothing >= -1 && c.labelSmoothing < 1))
        throw Error(ErrorCode::InvalidArgument,
                    "Label smoothing must lie in [-1, 1); at 1 every target is uniform and nothing is learnt.",
                    "Use a negative value to sharpen the targets (e.g. -0.1), or 0 for the paper's targets.");
    const auto weightLayers = std::count_if(snn.network.layers.begin(), snn.network.layers.end(),
                                            [](const Layer& l) { return l.hasWeights(); });
    if (c.trainedLayers < 0 || c.trainedLayers > weightLayers)
        throw Error(ErrorCode::InvalidArgument,
                    "Cannot train the first " + std::to_string(c.trainedLayers) + " weight layers of a network with "
                        + std::to_string(weightLayers) + ".",
                    "Give a number from 1 to the network's weight layers, or 0 for all.");
    if (!(c.surrogate.scale > 0))
        throw Error(ErrorCode::InvalidArgument, "The surrogate gradient scale must be positive.", "Use 1 (Eq. 9) or 0.3 (the authors' code).");
    if (c.ceTarget == CeTarget::Soft && !data.softLabels.defined())
        throw Error(ErrorCode::InvalidArgument, "Cross-entropy against soft labels was asked for, but the images have none.",
                    "Use hard targets, or a synthetic set that stores its soft labels.");
    if (!data.labels.defined() && !data.softLabels.defined() && c.distillWeight < 1)
        throw Error(ErrorCode::InvalidArgument, "The training images have no labels for the cross-entropy term.",
                    "Give class or soft labels, or train with distillation only (m = 1).");
    if (c.resume && c.checkpointPath.empty())
        throw Error(ErrorCode::InvalidArgument, "Resuming needs the checkpoint file.", "Name the checkpoint the interrupted run wrote.");
    if (data.teacherLogits.defined()
        && (data.teacherLogits.dim() != 2 || data.teacherLogits.size(0) != data.size()
            || data.teacherLogits.size(1) != classes || !data.teacherLogits.isfinite().all().item<bool>()))
        throw Error(ErrorCode::ShapeMismatch,
                    "The given teacher outputs must be finite, N x " + std::to_string(classes) + ".",
                    "Give one row of class scores per training image.");
    if (data.teacherLogits.defined() && (c.horizontalFlip || c.maxShift > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "Augmentation (flips, shifts) needs a teacher network to score the changed images, and the teacher "
                    "outputs here were given as fixed numbers.",
                    "Turn augmentation off (encryption.flip, encryption.max_shift).");
    if (!data.images.isfinite().all().item<bool>())
        throw Error(ErrorCode::NumericError, "The training images contain NaN or infinite values.", "Check the image source.");
}

std::string networkHash(const Network& net, const std::vector<at::Tensor>& thresholds)
{
    std::string all;
    for (const at::Tensor& p : net.parameters())
        all += tensorSha256(p);
    for (const at::Tensor& t : thresholds)
        all += tensorSha256(t);
    return sha256Hex(all.data(), all.size());
}

/// Everything that changes the training trajectory, so a checkpoint is only resumed by its own run.
/// The thread count is left out: it changes float rounding at most.
std::string settingsJson(const SpikingModel& snn, const Network& teacher, const EncryptionData& data,
                         const EncryptionConfig& c, int T)
{
    nlohmann::json j = {{"epochs", c.epochs}, {"batch_size", c.batchSize}, {"lr", c.learningRate},
                        {"weight_decay", c.weightDecay}, {"amsgrad", c.amsgrad}, {"m", c.distillWeight},
                        {"tau", c.temperature}, {"ce_target", ceTargetName(c.ceTarget)},
                        {"readout", readoutName(c.readout)},
                        {"surrogate_scale", c.surrogate.scale}, {"surrogate_per_threshold", c.surrogate.perThreshold},
                        {"timesteps", T}, {"dropout", c.dropout}, {"seed", c.seed}, {"flip", c.horizontalFlip},
                        {"max_shift", c.maxShift},
                        {"snn_sha256", networkHash(snn.network, snn.thresholds)},
                        {"teacher_sha256", networkHash(teacher, {})}, {"images_sha256", tensorSha256(data.images)},
                        {"labels_sha256", tensorSha256(data.labels)}, {"soft_labels_sha256", tensorSha256(data.softLabels)}};
    // Counted only when used, so the checkpoints written before these settings existed resume.
    if (c.labelSmoothing != 0)
        j["label_smoothing"] = c.labelSmoothing;
    if (c.trainedLayers != 0)
        j["trained_layers"] = c.trainedLayers;
    if (data.teacherLogits.defined())
        j["teacher_logits_sha256"] = tensorSha256(data.teacherLogits);
    return j.dump();
}

at::Tensor teacherLogitsOf(const Network& teacher, const at::Tensor& images)
{
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> parts;
    for (int64_t begin = 0; begin < images.size(0); begin += 500)
        parts.push_back(teacher.forward(images.slice(0, begin, std::min(images.size(0), begin + 500))));
    return at::cat(parts);
}

void checkMemory(const MemoryEstimate& e, const EncryptionConfig& c, int T)
{
    if (e.availableBytes <= 0 || e.neededBytes <= e.availableBytes)
        return;
    std::ostringstream msg, hint;
    msg << "Encryption training with batch " << c.batchSize << " and T = " << T << " needs " << e.describe() << ".";
    // The batch's state grows with the batch; the chunk buffers do not (beyond a chunk's samples).
    const double perImage = e.stateBytes / double(std::max(1, c.batchSize));
    const int64_t batchFits = perImage > 0 ? int64_t((e.availableBytes - e.fixedBytes - e.workspaceBytes) / perImage) : 0;
    hint << "Lower the batch size";
    if (batchFits >= 1 && batchFits < c.batchSize)
        hint << " (about " << batchFits << " fits)";
    hint << " or the number of time steps, or close other programs.";
    throw Error(ErrorCode::OutOfMemory, msg.str(), hint.str());
}

/// Random left-right flips and translations by up to maxShift pixels (border filled with -1, the
/// darkest input), the same augmentation as ANN training.
at::Tensor augmentImages(const at::Tensor& batch, const EncryptionConfig& config, at::Generator& gen)
{
    at::Tensor x = batch;
    if (config.horizontalFlip)
        x = at::where(at::rand({x.size(0), 1, 1, 1}, gen) < 0.5, x.flip({3}), x);
    if (config.maxShift > 0) {
        const int64_t s = config.maxShift;
        const at::Tensor padded = at::constant_pad_nd(x, {s, s, s, s}, -1.0);
        const at::Tensor offsets = at::randint(0, 2 * s + 1, {x.size(0), 2}, gen);
        const auto o = offsets.accessor<int64_t, 2>();
        at::Tensor out = at::empty_like(x);
        for (int64_t i = 0; i < x.size(0); ++i)
            out[i].copy_(padded[i].narrow(1, o[i][0], x.size(2)).narrow(2, o[i][1], x.size(3)));
        x = out;
    }
    return x;
}

/// The weights and biases of the first k weight layers (all for k = 0): what Adam moves.
std::vector<at::Tensor> trainedParameters(const Network& net, int k)
{
    if (k == 0)
        return net.parameters();
    std::vector<at::Tensor> out;
    int seen = 0;
    for (const Layer& layer : net.layers) {
        if (!layer.hasWeights())
            continue;
        if (seen++ >= k)
            break;
        out.push_back(layer.weight);
        if (layer.bias.defined())
            out.push_back(layer.bias);
    }
    return out;
}

void setLearningRate(torch::optim::Adam& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

/// Lets an evaluation see the caller's cancel button but not move its progress bar.
struct CancelOnly : ProgressSink {
    const ProgressSink& inner;
    explicit CancelOnly(const ProgressSink& sink) : inner(sink) {}
    bool cancelled() const override { return inner.cancelled(); }
};

void reportEpochMetrics(ProgressSink& progress, const EncryptionEpoch& e)
{
    progress.metric(std::string(live::kLearningRate), e.epoch, e.learningRate);
    if (e.evalAccuracy >= 0)
        progress.metric(std::string(live::kEvalAccuracy), e.epoch, e.evalAccuracy);
    for (const LayerDrift& d : e.drift) {
        progress.metric(live::driftCosine(d.path), e.epoch, d.cosine);
        progress.metric(live::driftL2(d.path), e.epoch, d.relativeL2);
    }
    // Last, so a sink can treat it as "epoch finished" (the checkpoint is already written).
    progress.metric(std::string(live::kTrainAccuracy), e.epoch, e.trainAccuracy);
}

} // namespace

std::string ceTargetName(CeTarget target)
{
    return fields::nameOf(target, kCeTargetNames);
}

bool ceTargetFromName(const std::string& name, CeTarget& target)
{
    const std::optional<CeTarget> found = fields::valueOf(name, kCeTargetNames);
    if (found)
        target = *found;
    return found.has_value();
}

std::string readoutName(LogitReadout readout)
{
    return fields::nameOf(readout, kReadoutNames);
}

bool readoutFromName(const std::string& name, LogitReadout& readout)
{
    const std::optional<LogitReadout> found = fields::valueOf(name, kReadoutNames);
    if (found)
        readout = *found;
    return found.has_value();
}

std::vector<LayerDrift> weightDrift(const Network& reference, const Network& current)
{
    torch::NoGradGuard noGrad;
    std::vector<LayerDrift> out;
    for (size_t i = 0; i < reference.layers.size() && i < current.layers.size(); ++i) {
        const Layer& a = reference.layers[i];
        if (!a.hasWeights())
            continue;
        const at::Tensor w0 = a.weight.detach().flatten().to(at::kDouble);
        const at::Tensor w = current.layers[i].weight.detach().flatten().to(at::kDouble);
        LayerDrift d;
        d.path = a.path;
        if (!at::equal(w0, w)) { // unchanged weights report exactly 1 and 0, without rounding
            const double norm0 = w0.norm().item<double>(), norm = w.norm().item<double>();
            d.cosine = norm0 > 0 && norm > 0 ? std::clamp((w0 * w).sum().item<double>() / (norm0 * norm), -1.0, 1.0) : 1.0;
            d.relativeL2 = norm0 > 0 ? (w - w0).norm().item<double>() / norm0 : 0.0;
        }
        out.push_back(d);
    }
    return out;
}

EncryptionResult encryptSnn(const SpikingModel& snn, const Network& teacher, const EncryptionData& data,
                            const EncryptionConfig& config, const Dataset* eval, ProgressSink& progress)
{
    validate(snn, teacher, data, config);
    const auto started = std::chrono::steady_clock::now();
    const int T = config.timesteps > 0 ? config.timesteps : snn.timesteps;
    EncryptionResult result;
    result.memory = estimateEncryptionMemory(snn, config, data.size());
    checkMemory(result.memory, config, T);

    const at::Tensor hardTarget = data.softLabels.defined() ? data.softLabels.argmax(1) : data.labels;
    const at::Tensor target = config.ceTarget == CeTarget::Soft ? data.softLabels.to(at::kFloat) : hardTarget;
    const at::Tensor teacherLogits =
        data.teacherLogits.defined() ? data.teacherLogits.to(at::kFloat) : teacherLogitsOf(teacher, data.images);
    const std::string settings = settingsJson(snn, teacher, data, config, T);
    // From the caller's (converted) model, so a resumed run gets the same factor.
    result.logitScale = logitScaleOf(snn, data.images, teacherLogits, config, T);

    // A private copy to train; the caller's model keeps its converted weights.
    result.model = snn;
    result.model.network = snn.network.clone();
    for (at::Tensor& theta : result.model.thresholds)
        if (theta.defined())
            theta = theta.clone();
    result.model.timesteps = T;
    Network& net = result.model.network;
    torch::optim::Adam optimizer(
        trainedParameters(net, config.trainedLayers),
        torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay).amsgrad(config.amsgrad));
    CheckpointState state;
    if (config.resume) {
        state = loadCheckpoint(config.checkpointPath, net, optimizer, settings);
        result.resumedFromEpoch = state.epoch;
        result.history = state.history;
        result.initialEvalAccuracy = state.initialEvalAccuracy;
    } else if (eval) {
        CancelOnly cancel(progress); // nothing is lost yet, so this one may be interrupted
        result.initialEvalAccuracy = evaluateSnn(result.model, *eval, config.evalBatchSize, config.seed, cancel).finalAccuracy();
        state.initialEvalAccuracy = result.initialEvalAccuracy;
    }
    if (!config.resume) {
        EncryptionEpoch start; // epoch 0: the converted model
        start.drift = weightDrift(snn.network, net);
        start.evalAccuracy = result.initialEvalAccuracy;
        for (const LayerDrift& d : start.drift) {
            progress.metric(live::driftCosine(d.path), 0, d.cosine);
            progress.metric(live::driftL2(d.path), 0, d.relativeL2);
        }
        if (start.evalAccuracy >= 0)
            progress.metric(std::string(live::kEvalAccuracy), 0, start.evalAccuracy);
    }

    net.setRequiresGrad(true);
    const int64_t n = data.size();
    const int64_t batches = (n + config.batchSize - 1) / config.batchSize;
    const int64_t totalBatches = batches * config.epochs;
    try {
        for (int epoch = state.epoch + 1; epoch <= config.epochs; ++epoch) {
            const auto epochStarted = std::chrono::steady_clock::now();
            EncryptionEpoch stats;
            stats.epoch = epoch;
            stats.learningRate = learningRateAt(config, epoch);
            setLearningRate(optimizer, stats.learningRate);
            at::Generator shuffle = at::detail::createCPUGenerator(deriveSeed(config.seed, uint64_t(epoch), kShuffleIndex));
            const at::Tensor order = at::randperm(n, shuffle);
            int64_t correct = 0;
            for (int64_t b = 0; b < batches; ++b) {
                throwIfCancelled(progress, "Encryption training");
                const at::Tensor idx = order.slice(0, b * config.batchSize, std::min(n, (b + 1) * config.batchSize));
                const at::Tensor y = target.defined() ? target.index_select(0, idx) : at::Tensor();
                at::Tensor x = data.images.index_select(0, idx);
                at::Tensor logits = teacherLogits.index_select(0, idx);
                if (config.horizontalFlip || config.maxShift > 0) {
                    // The teacher sees the same augmented images as the SNN, so KD stays consistent.
                    at::Generator gen = at::detail::createCPUGenerator(deriveSeed(config.seed, uint64_t(epoch), kAugmentIndex - uint64_t(b)));
                    x = augmentImages(x, config, gen);
                    torch::NoGradGuard noGrad;
                    logits = teacher.forward(x);
                }
                optimizer.zero_grad();
                const BatchLoss batch = encryptionBatchBackward(result.model, x, logits, y, config, T,
                                                                deriveSeed(config.seed, uint64_t(epoch), uint64_t(b)),
                                                                result.logitScale);
                if (!std::isfinite(batch.loss))
                    throw Error(ErrorCode::NumericError, "The encryption loss became " + std::to_string(batch.loss) + " in epoch "
                                    + std::to_string(epoch) + ".", "Lower the learning rate or the temperature.");
                optimizer.step();
                const double size = double(idx.size(0));
                stats.ce += batch.ce * size;
                stats.kd += batch.kd * size;
                stats.loss += batch.loss * size;
                if (hardTarget.defined())
                    correct += batch.output.argmax(1).eq(hardTarget.index_select(0, idx)).sum().item<int64_t>();
                const double step = double((epoch - 1) * batches + b);
                progress.metric(std::string(live::kCrossEntropy), step, batch.ce);
                progress.metric(std::string(live::kDistillation), step, batch.kd);
                progress.metric(std::string(live::kLoss), step, batch.loss);
                std::ostringstream msg;
                msg << "epoch " << epoch << "/" << config.epochs << ", batch " << (b + 1) << "/" << batches << ", loss "
                    << batch.loss;
                progress.report(double(step + 1) / double(totalBatches), msg.str());
            }
            stats.ce /= double(n);
            stats.kd /= double(n);
            stats.loss /= double(n);
            stats.trainAccuracy = double(correct) / double(n);
            stats.drift = weightDrift(snn.network, net);
            if (eval)
                stats.evalAccuracy = evaluateSnn(result.model, *eval, config.evalBatchSize, config.seed).finalAccuracy();
            stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStarted).count();
            result.history.push_back(stats);
            state.epoch = epoch;
            state.history = result.history;
            if (!config.checkpointPath.empty())
                saveCheckpoint(config.checkpointPath, net, optimizer, settings, state);
            reportEpochMetrics(progress, stats);
        }
    } catch (...) {
        net.setRequiresGrad(false);
        throw;
    }
    net.setRequiresGrad(false);
    for (at::Tensor& p : net.parameters())
        p.mutable_grad() = at::Tensor();
    std::ostringstream note;
    note << "Encrypted: " << config.epochs << " epochs of surrogate-gradient BPTT at T = " << T << " on " << n
         << " images, m = " << config.distillWeight << ", tau = " << config.temperature << ", seed " << config.seed << ".";
    net.info.notes = net.info.notes.empty() ? note.str() : net.info.notes + " " + note.str();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace psnn
