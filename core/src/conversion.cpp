// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/live_series.h"
#include "privatesnn/conversion.h"

#include "privatesnn/error.h"
#include "snn_engine.h"
#include "spike_packing.h"
#include "threshold_statistic.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <chrono>

namespace psnn {
namespace {

constexpr uint64_t kBatchSeedStride = 1000003;
/// Currents of one chunk of steps of one batch.
constexpr int64_t kConversionChunkBudgetBytes = int64_t(128) << 20;
/// Currents of one layer kept between its statistic and its spiking pass (beyond: recomputed).
constexpr int64_t kKeepBudgetBytes = int64_t(768) << 20;

void validate(const Network& ann, const at::Tensor& images, const ConversionSettings& s)
{
    if (!images.defined() || images.dim() != 4 || images.size(0) == 0)
        throw Error(ErrorCode::InvalidArgument, "Conversion needs a non-empty batch of images (N x C x H x W).",
                    "Synthesize images first or choose an image set.");
    if (images.size(1) != ann.input.channels || images.size(2) != ann.input.height || images.size(3) != ann.input.width)
        throw Error(ErrorCode::ShapeMismatch, "The conversion images do not match the model's input size.",
                    "Use images of the model's size and channel count.");
    if (s.timesteps <= 0 || s.batchSize <= 0 || !(s.scale > 0))
        throw Error(ErrorCode::InvalidArgument, "Time steps, batch size and threshold scale must be positive.");
    if (s.mode == ThresholdMode::Percentile && !(s.percentile > 0 && s.percentile <= 100))
        throw Error(ErrorCode::InvalidArgument, "The percentile must lie in (0, 100].", "Use e.g. 99.9 or 99.99.");
    if (!images.isfinite().all().item<bool>())
        throw Error(ErrorCode::NumericError, "The conversion images contain NaN or infinite values.", "Check the image source.");
}

/// Non-spiking operations between two weight layers (pooling, flatten); ReLU and dropout do not
/// act during balancing.
at::Tensor applyBetween(const Network& net, size_t begin, size_t end, at::Tensor h)
{
    for (size_t i = begin; i < end; ++i) {
        const LayerKind kind = net.layers[i].kind;
        if (kind == LayerKind::AvgPool2d || kind == LayerKind::Flatten)
            h = applyLayer(net.layers[i], h, false);
    }
    return h;
}

SpikingModel prepareModel(const Network& ann, const at::Tensor& images, const ConversionSettings& settings)
{
    SpikingModel model;
    model.network = ann.clone();
    model.thresholds.assign(ann.layers.size(), at::Tensor());
    model.leak = settings.leak;
    model.timesteps = settings.timesteps;
    model.coding = settings.coding;
    model.conversion = settings;
    model.conversionImages = images.size(0);
    model.sourceModelSha256 = ann.info.sourceSha256;
    return model;
}

void finish(SpikingModel& model, double scale, std::chrono::steady_clock::time_point started)
{
    for (at::Tensor& theta : model.thresholds)
        if (theta.defined())
            theta = theta * scale;
    model.conversionSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

int64_t outputChannels(const Layer& layer) { return layer.weight.size(0); }

} // namespace

SpikingModel convertToSnn(const Network& ann, const at::Tensor& images, const ConversionSettings& settings, ProgressSink& progress)
{
    validate(ann, images, settings);
    torch::NoGradGuard noGrad;
    const auto started = std::chrono::steady_clock::now();
    SpikingModel model = prepareModel(ann, images, settings);
    TimeBatchedEngine engine(model);
    const std::vector<size_t> spiking = model.spikingLayers();
    const int64_t n = images.size(0);
    const int64_t batches = (n + settings.batchSize - 1) / settings.batchSize;
    const int T = settings.timesteps;

    // frontier[b]: spikes [T * B frames, ...] of the last balanced layer for batch b (time-major),
    // one bit each: a paper-sized conversion set (thousands of images, T = 100) fits in memory.
    std::vector<PackedSpikes> frontier(static_cast<size_t>(batches));
    auto batchSize = [&](int64_t b) { return std::min(n, (b + 1) * settings.batchSize) - b * settings.batchSize; };
    auto codedBatch = [&](int64_t b) { // all T steps of batch b, drawn as the step-by-step loop draws them
        const at::Tensor x = images.slice(0, b * settings.batchSize, b * settings.batchSize + batchSize(b));
        at::Generator gen = at::detail::createCPUGenerator(settings.seed * kBatchSeedStride + uint64_t(b));
        std::vector<at::Tensor> steps;
        for (int t = 0; t < T; ++t)
            steps.push_back(encodeInput(x, settings.coding, gen));
        return at::cat(steps);
    };
    // One pass per layer: the currents that give the threshold are kept for the spiking pass while
    // they fit kKeepBudgetBytes, and recomputed (cheap: sparse input) beyond it. Each batch is cut
    // into chunks of steps so that one chunk's currents stay near kConversionChunkBudgetBytes.
    for (size_t k = 0; k < spiking.size(); ++k) {
        const size_t l = spiking[k];
        const Layer& layer = model.network.layers[l];
        const int64_t neurons = engine.outputNeurons(k);
        const int stepsPerChunk = int(std::min<int64_t>(
            T, std::max<int64_t>(1, kConversionChunkBudgetBytes / (neurons * settings.batchSize * 4))));
        // source: the batch's input frames, coded images for the first layer, else the unpacked frontier.
        auto currentOf = [&](int64_t b, int t0, int t1, const at::Tensor& source) {
            const int64_t nb = batchSize(b);
            const at::Tensor frames = source.slice(0, t0 * nb, t1 * nb);
            Activation in = k == 0 ? TimeBatchedEngine::fromImages(frames) : Activation{frames};
            return engine.current(k, engine.prepare(k, std::move(in)));
        };
        auto unpacked = [&](int64_t b) { return k == 0 ? codedBatch(b) : unpackSpikes(frontier[size_t(b)]); };
        ThresholdStatistic stat(settings, outputChannels(layer), batches * T,
                                at::detail::createCPUGenerator(settings.seed + 17 * (k + 1)));
        std::vector<at::Tensor> kept;
        int64_t keptBytes = 0;
        const bool last = k + 1 == spiking.size();
        for (int64_t b = 0; b < batches; ++b) {
            throwIfCancelled(progress, "Conversion");
            const at::Tensor spikes = unpacked(b);
            for (int t0 = 0; t0 < T; t0 += stepsPerChunk) {
                const at::Tensor current = currentOf(b, t0, std::min(T, t0 + stepsPerChunk), spikes);
                stat.addSteps(current, std::min(T, t0 + stepsPerChunk) - t0);
                const int64_t bytes = current.numel() * int64_t(sizeof(float));
                const bool keep = !last && keptBytes + bytes <= kKeepBudgetBytes;
                kept.push_back(keep ? current : at::Tensor());
                keptBytes += keep ? bytes : 0;
            }
            progress.report((double(k) + 0.5 * double(b + 1) / double(batches)) / double(spiking.size()),
                            "layer " + layer.path + ": measuring input currents");
        }
        const at::Tensor theta = stat.result();
        model.thresholds[l] = theta;
        progress.metric(std::string(live::kThreshold), double(k), theta.max().item<double>() * settings.scale);
        if (last)
            break; // nothing reads the last spiking layer's spikes during balancing

        engine.setThreshold(k, theta);
        std::vector<PackedSpikes> next(static_cast<size_t>(batches));
        size_t piece = 0;
        for (int64_t b = 0; b < batches; ++b) {
            throwIfCancelled(progress, "Conversion");
            const int64_t nb = batchSize(b);
            at::Tensor membrane = at::zeros({nb, neurons}, at::kFloat);
            std::vector<at::Tensor> spikes;
            at::Tensor input; // made only if a chunk's currents were not kept
            for (int t0 = 0; t0 < T; t0 += stepsPerChunk, ++piece) {
                if (!kept[piece].defined() && !input.defined())
                    input = unpacked(b);
                const at::Tensor current = kept[piece].defined() ? kept[piece] : currentOf(b, t0, std::min(T, t0 + stepsPerChunk), input);
                kept[piece] = at::Tensor();
                spikes.emplace_back();
                engine.fire(k, current, nb, membrane, spikes.back());
            }
            next[size_t(b)] = packSpikes(spikes.size() == 1 ? spikes[0] : at::cat(spikes));
            progress.report((double(k) + 0.5 + 0.5 * double(b + 1) / double(batches)) / double(spiking.size()),
                            "layer " + layer.path + ": simulating with its threshold");
        }
        frontier = std::move(next);
    }
    finish(model, settings.scale, started);
    return model;
}

SpikingModel convertToSnnNaive(const Network& ann, const at::Tensor& images, const ConversionSettings& settings,
                               ProgressSink& progress)
{
    validate(ann, images, settings);
    torch::NoGradGuard noGrad;
    const auto started = std::chrono::steady_clock::now();
    SpikingModel model = prepareModel(ann, images, settings);
    const auto& layers = model.network.layers;
    const std::vector<size_t> spiking = model.spikingLayers();
    const int64_t n = images.size(0);
    const int64_t batches = (n + settings.batchSize - 1) / settings.batchSize;

    for (size_t k = 0; k < spiking.size(); ++k) {
        const size_t l = spiking[k];
        ThresholdStatistic stat(settings, outputChannels(layers[l]), batches * settings.timesteps,
                                at::detail::createCPUGenerator(settings.seed + 17 * (k + 1)));
        for (int64_t b = 0; b < batches; ++b) {
            throwIfCancelled(progress, "Conversion");
            at::Generator gen = at::detail::createCPUGenerator(settings.seed * kBatchSeedStride + uint64_t(b));
            const at::Tensor x = images.slice(0, b * settings.batchSize, std::min(n, (b + 1) * settings.batchSize));
            std::vector<at::Tensor> membrane(layers.size());
            for (int t = 0; t < settings.timesteps; ++t) {
                // Re-simulate every balanced layer from the input: the O(L^2 * T) reference loop.
                at::Tensor h = encodeInput(x, settings.coding, gen);
                size_t begin = 0;
                for (size_t j = 0; j < k; ++j) {
                    const size_t lj = spiking[j];
                    const at::Tensor current = applyLayer(layers[lj], applyBetween(model.network, begin, lj, h), false);
                    at::Tensor& u = membrane[lj];
                    u = u.defined() ? u * settings.leak + current : current;
                    const at::Tensor& th = model.thresholds[lj];
                    const at::Tensor thB = th.dim() == 0 ? th
                        : (layers[lj].kind == LayerKind::Conv2d ? th.view({1, -1, 1, 1}) : th.view({1, -1}));
                    const at::Tensor spikes = (u > thB).to(at::kFloat);
                    u = u - thB * spikes;
                    h = spikes;
                    begin = lj + 1;
                }
                stat.add(applyLayer(layers[l], applyBetween(model.network, begin, l, h), false));
            }
            progress.report((double(k) + double(b + 1) / double(batches)) / double(spiking.size()), "layer " + layers[l].path);
        }
        model.thresholds[l] = stat.result();
    }
    finish(model, settings.scale, started);
    return model;
}

} // namespace psnn
