// SPDX-License-Identifier: GPL-3.0-or-later
// Peak-memory estimate of encryption training, checked before the first batch so an oversized run
// stops with advice instead of swapping or being killed by the kernel.
#include "privatesnn/encryption.h"

#include "privatesnn/model_validation.h"
#include "snn_bptt.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string>

namespace psnn {
namespace {

/// Per-chunk float buffers alive at once in the backward besides the chunk's held currents and
/// spikes, allocator slack included: the incoming and outgoing gradients, the input gradient in both
/// layouts, the backward kernels' shape arguments; the logit-scale fit and LibTorch's code for
/// training, paged in on first use, are folded in. privatesnn_bench BM_EncryptionEpoch
/// (tests/bench/encryption_bench.cpp, bundled teacher, 200 images, 1 thread; 2026-12-07) gives
/// implied_buffers, held ones included, of 9.5 (T = 20, batch 100) to 16.5 (T = 100, batch 50),
/// i.e. a training peak 212-313 MB above the resident size before it; 14 keeps the estimate above
/// every one of them.
constexpr double kWorkspaceBuffers = 14.0;
/// LibTorch's own working memory (thread pools, oneDNN scratch) that does not scale with the run.
constexpr double kBaseBytes = 64.0 * 1024 * 1024;
/// The teacher's logits are computed in batches of this many images (teacherLogitsOf).
constexpr double kTeacherBatch = 500;

std::string gigabytes(double bytes)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%.2f GB", bytes / 1e9);
    return text;
}

double elementsOf(const std::vector<int64_t>& shape)
{
    double elements = 1;
    for (int64_t d : shape)
        elements *= double(d);
    return elements;
}

} // namespace

std::string MemoryEstimate::describe() const
{
    std::ostringstream text;
    text << "about " << gigabytes(neededBytes) << " (" << gigabytes(fixedBytes) << " weights, optimiser and data, "
         << gigabytes(stateBytes) << " coded inputs of the batch, " << gigabytes(workspaceBytes)
         << " working buffers); " << gigabytes(availableBytes) << " available";
    return text.str();
}

MemoryEstimate estimateEncryptionMemory(const SpikingModel& snn, const EncryptionConfig& config, int64_t images)
{
    const Network& net = snn.network;
    const int T = config.timesteps > 0 ? config.timesteps : snn.timesteps;
    const double batch = double(std::min<int64_t>(config.batchSize, std::max<int64_t>(images, 1)));
    const auto summary = net.summarize();
    const std::vector<size_t> spiking = snn.spikingLayers();
    double currents = 0;     // weight layers' output elements of one image and step (a chunk keeps them all)
    double spikes = 0;       // spiking layers' output elements of one image and step (kept as bytes)
    double masks = 0;        // dropout mask elements of one image
    double activations = 0;  // every layer's output elements, for the teacher's forward pass
    int64_t widest = 1;      // neurons of the widest weight layer's output frame
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const LayerKind kind = net.layers[i].kind;
        const double elements = elementsOf(summary[i].outputShape);
        activations += elements;
        if (kind == LayerKind::Conv2d || kind == LayerKind::Linear) {
            widest = std::max(widest, int64_t(elements));
            currents += elements;
        }
        if (kind == LayerKind::Dropout && config.dropout)
            masks += elements;
        if (std::find(spiking.begin(), spiking.end(), i) != spiking.end())
            spikes += elements;
    }
    const double inputElements = double(net.input.channels * net.input.height * net.input.width);

    MemoryEstimate e;
    e.stateBytesPerImageStep = inputElements * 4;
    e.stateBytes = e.stateBytesPerImageStep * batch * T + masks * 4 * batch;
    e.chunkBytes = double(bpttChunkBytes(widest, T, int64_t(batch)));
    // The chunk's own currents and spikes, held from its forward to its backward, in units of the
    // widest layer's float currents (chunkBytes).
    const double heldBuffers = (currents * 4 + spikes) / (double(widest) * 4);
    e.workspaceBytes = (kWorkspaceBuffers + heldBuffers) * e.chunkBytes;
    // Weights of the working copy, their gradients, Adam's two (three with AMSGrad) moments, the
    // teacher's logits and a forward pass of the teacher.
    const double params = double(net.parameterCount());
    const double classes = double(net.numClasses());
    e.fixedBytes = kBaseBytes + params * 4 * (config.amsgrad ? 5 : 4) + double(images) * classes * 4
        + std::min(kTeacherBatch, double(std::max<int64_t>(images, 1))) * activations * 4;
    e.neededBytes = e.fixedBytes + e.stateBytes + e.workspaceBytes;
    e.availableBytes = config.memoryBudgetBytes > 0 ? config.memoryBudgetBytes : availableMemoryBytes();
    return e;
}

} // namespace psnn
