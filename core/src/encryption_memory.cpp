// SPDX-License-Identifier: GPL-3.0-or-later
// Peak-memory estimate of encryption training, checked before the first batch so an oversized run
// stops with advice instead of swapping or being killed by the kernel.
#include "privatesnn/encryption.h"

#include "privatesnn/error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace psnn {
namespace {

/// Bytes held per activation byte (float32 output of every layer for one image and step) during
/// BPTT: the surrogate keeps U, the next layer keeps the spikes, plus temporaries and allocator
/// slack. Calibrated with privatesnn_bench BM_EncryptionEpoch (tests/bench/encryption_bench.cpp)
/// on the bundled teacher, 200 images, batch 50, 1 thread: the peak RSS growth implies 1.59 at
/// T = 20 (516 MB) and 1.85 at T = 40 (1033 MB); 2.0 keeps the estimate on the safe side.
constexpr double kOverheadFactor = 2.0;
/// LibTorch's own working memory (thread pools, oneDNN scratch) that does not scale with the run.
constexpr double kBaseBytes = 64.0 * 1024 * 1024;

double memAvailableBytes()
{
    std::ifstream in("/proc/meminfo");
    std::string key;
    double value = 0;
    std::string unit;
    while (in >> key >> value) {
        std::getline(in, unit);
        if (key == "MemAvailable:")
            return value * 1024.0; // the kernel reports kB
    }
    return 0; // unknown: the caller then skips the check
}

std::string gigabytes(double bytes)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%.2f GB", bytes / 1e9);
    return text;
}

} // namespace

std::string MemoryEstimate::describe() const
{
    std::ostringstream text;
    text << "about " << gigabytes(neededBytes) << " (" << gigabytes(fixedBytes) << " weights, optimiser and data, "
         << gigabytes(neededBytes - fixedBytes) << " BPTT state); " << gigabytes(availableBytes) << " available";
    return text.str();
}

MemoryEstimate estimateEncryptionMemory(const SpikingModel& snn, const EncryptionConfig& config, int64_t images)
{
    const Network& net = snn.network;
    const int T = config.timesteps > 0 ? config.timesteps : snn.timesteps;
    const double batch = double(std::min<int64_t>(config.batchSize, std::max<int64_t>(images, 1)));
    const auto summary = net.summarize();
    const std::vector<size_t> spiking = snn.spikingLayers();
    double activations = 0; // elements per image and step that autograd may keep
    double membranes = 0;   // elements of the state carried from step to step
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const LayerKind kind = net.layers[i].kind;
        double elements = 1;
        for (int64_t d : summary[i].outputShape)
            elements *= double(d);
        const bool counts = kind == LayerKind::Conv2d || kind == LayerKind::Linear || kind == LayerKind::AvgPool2d
            || (kind == LayerKind::Dropout && config.dropout);
        if (counts)
            activations += elements;
        if (std::find(spiking.begin(), spiking.end(), i) != spiking.end())
            membranes += elements;
    }
    const double inputElements = double(net.input.channels * net.input.height * net.input.width);
    const double K = config.recomputeChunk > 0 && config.recomputeChunk < T ? double(config.recomputeChunk) : double(T);

    MemoryEstimate e;
    e.activationBytesPerImageStep = activations * 4;
    e.overheadFactor = kOverheadFactor;
    e.plainBytes = kOverheadFactor * e.activationBytesPerImageStep * batch * T;
    if (K < T) {
        const double snapshots = std::ceil(double(T) / K);
        e.chunkedBytes = kOverheadFactor * e.activationBytesPerImageStep * batch * K // one chunk's graph
            + snapshots * membranes * 4 * batch                                      // membranes at chunk starts
            + double(T) * inputElements * 4 * batch;                                  // the coded inputs
    } else {
        e.chunkedBytes = e.plainBytes;
    }
    // Weights of the working copy, their gradients, Adam's two (three with AMSGrad) moments, the
    // teacher's logits and a forward pass of the teacher in batches of 500.
    const double params = double(net.parameterCount());
    const double classes = double(net.numClasses());
    e.fixedBytes = kBaseBytes + params * 4 * (config.amsgrad ? 5 : 4) + double(images) * classes * 4
        + 500 * activations * 4;
    e.neededBytes = e.fixedBytes + e.chunkedBytes;
    e.availableBytes = config.memoryBudgetBytes > 0 ? config.memoryBudgetBytes : memAvailableBytes();
    return e;
}

} // namespace psnn
