// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/live_series.h"
#include "privatesnn/snn_evaluation.h"

#include "privatesnn/error.h"
#include "snn_engine.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <chrono>

namespace psnn {

at::Tensor classScores(const SpikingModel& model, const at::Tensor& images, int batchSize, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    const TimeBatchedEngine engine(model);
    std::vector<at::Tensor> parts;
    for (int64_t begin = 0; begin < images.size(0); begin += batchSize) {
        const at::Tensor x = images.slice(0, begin, std::min(images.size(0), begin + batchSize));
        at::Generator gen = at::detail::createCPUGenerator(seed * 1000003 + uint64_t(begin));
        parts.push_back(engine.run(encodeSteps(x, model.coding, model.timesteps, gen))[model.timesteps - 1]);
    }
    return at::cat(parts);
}

SnnEvaluation evaluateSnn(const SpikingModel& model, const Dataset& data, int batchSize, uint64_t seed, ProgressSink& progress)
{
    const Network& net = model.network;
    if (data.size() == 0)
        throw Error(ErrorCode::InvalidArgument, "The evaluation set is empty.", "Choose a data set with images.");
    if (data.images.size(1) != net.input.channels || data.images.size(2) != net.input.height
        || data.images.size(3) != net.input.width)
        throw Error(ErrorCode::ShapeMismatch, "The evaluation images do not match the model's input size.",
                    "Use a data set of the model's image size and channel count.");
    torch::NoGradGuard noGrad;
    const auto started = std::chrono::steady_clock::now();
    const int T = model.timesteps;
    const int64_t n = data.size();
    std::vector<int64_t> correct(size_t(T), 0);
    const TimeBatchedEngine engine(model);
    EngineActivity activity;
    for (int64_t begin = 0; begin < n; begin += batchSize) {
        throwIfCancelled(progress, "SNN evaluation");
        const int64_t end = std::min(n, begin + batchSize);
        const at::Tensor x = data.images.slice(0, begin, end);
        const at::Tensor y = data.labels.slice(0, begin, end);
        at::Generator gen = at::detail::createCPUGenerator(seed * 1000003 + uint64_t(begin));
        const at::Tensor outputs = engine.run(encodeSteps(x, model.coding, T, gen), &activity);
        const at::Tensor hits = outputs.argmax(2).eq(y.unsqueeze(0)).sum(1);
        for (int t = 0; t < T; ++t)
            correct[size_t(t)] += hits[t].item<int64_t>();
        progress.report(double(end) / double(n), "simulated " + std::to_string(end) + "/" + std::to_string(n) + " images");
        progress.metric(std::string(live::kAccuracyAtT), double(end), double(correct.back()) / double(end));
    }
    SnnEvaluation result;
    result.images = n;
    result.timesteps = T;
    for (int64_t c : correct)
        result.accuracyPerStep.push_back(double(c) / double(n));
    const auto summary = net.summarize();
    at::Tensor h = at::zeros({1, net.input.channels, net.input.height, net.input.width});
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const Layer& layer = net.layers[i];
        const at::Tensor in = h;
        h = applyLayer(layer, h, false);
        if (!layer.hasWeights())
            continue;
        LayerActivity a;
        a.layer = i;
        a.path = layer.path;
        a.macs = summary[i].macs;
        a.inputRate = activity.inputEvents[i] / double(n * in.numel());
        a.outputRate = i == model.outputLayer() ? 0.0 : activity.outputSpikes[i] / double(n * h.numel());
        result.activity.push_back(a);
    }
    result.inputSpikeRate = activity.pixelEvents / double(n * net.input.channels * net.input.height * net.input.width);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

EnergyReport estimateEnergy(const SpikingModel& model, const SnnEvaluation& evaluation, const EnergyConstants& constants)
{
    EnergyReport report;
    const bool direct = model.coding == InputCoding::Direct;
    for (size_t k = 0; k < evaluation.activity.size(); ++k) {
        const LayerActivity& a = evaluation.activity[k];
        LayerEnergy e;
        e.path = a.path;
        e.macs = a.macs;
        e.inputRate = a.inputRate;
        e.annPicojoule = double(a.macs) * constants.macPicojoule;
        // Analog (direct) input is multiplied at every step; spikes only trigger additions.
        e.snnPicojoule = (k == 0 && direct) ? double(a.macs) * evaluation.timesteps * constants.macPicojoule
                                            : double(a.macs) * a.inputRate * constants.acPicojoule;
        report.annPicojoule += e.annPicojoule;
        report.snnPicojoule += e.snnPicojoule;
        report.layers.push_back(e);
    }
    report.convention = std::string("All conv and linear layers are counted, the output layer too (as accumulates of its input spikes); ")
        + (direct ? "the first layer gets analog input at every step and is charged T MACs per synapse; "
                  : "the first layer gets signed Poisson spikes and is charged one accumulate per input spike; ")
        + "pooling is not charged. Rate = input events per input neuron over all T steps.";
    return report;
}

} // namespace psnn
