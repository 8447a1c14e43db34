// SPDX-License-Identifier: GPL-3.0-or-later
// What a black-box attacker reads from each model: the ANN's logits, and the SNN's summed output
// membrane after every step (one simulation pass serves the whole T sweep) or its output spike counts.
#include "privatesnn/membership.h"

#include "privatesnn/error.h"
#include "snn_engine.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <algorithm>

namespace psnn {
namespace {

/// A trace over this many bytes is refused: more records or repeats than a workstation holds.
constexpr double kTraceBudgetBytes = 4.0 * 1024 * 1024 * 1024;

void checkImages(const Network& net, const at::Tensor& images)
{
    if (images.dim() != 4 || images.size(1) != net.input.channels || images.size(2) != net.input.height
        || images.size(3) != net.input.width)
        throw Error(ErrorCode::ShapeMismatch, "The audit images do not match the model's input.",
                    "Use member and non-member data of the model's image size and channel count.");
}

} // namespace

at::Tensor annOutputs(const Network& net, const at::Tensor& images, int64_t batch, ProgressSink& progress)
{
    checkImages(net, images);
    torch::NoGradGuard noGrad;
    const int64_t n = images.size(0);
    at::Tensor out = at::empty({n, net.numClasses()}, at::kDouble);
    for (int64_t begin = 0; begin < n; begin += batch) {
        throwIfCancelled(progress, "Membership query");
        const int64_t end = std::min(n, begin + batch);
        out.slice(0, begin, end).copy_(net.forward(images.slice(0, begin, end)));
        progress.report(double(end) / double(n),
                        "queried " + std::to_string(end) + "/" + std::to_string(n) + " records");
    }
    return out;
}

at::Tensor snnMembraneTrace(const SpikingModel& model, const at::Tensor& images, int repeats, uint64_t seed,
                            int64_t batch, ProgressSink& progress)
{
    checkImages(model.network, images);
    if (repeats < 1)
        throw Error(ErrorCode::InvalidArgument, "The SNN must be queried at least once per record.",
                    "Use --repeats 1 or more.");
    const int64_t n = images.size(0), T = model.timesteps, K = model.network.numClasses();
    const double bytes = 4.0 * double(repeats) * double(T) * double(n) * double(K);
    if (bytes > kTraceBudgetBytes)
        throw Error(ErrorCode::OutOfMemory,
                    "Keeping the SNN's readout for " + std::to_string(n) + " records, " + std::to_string(repeats)
                        + " repeats and T = " + std::to_string(T) + " needs "
                        + std::to_string(int64_t(bytes / (1 << 20))) + " MiB.",
                    "Lower --repeats or --n.");
    torch::NoGradGuard noGrad;
    const TimeBatchedEngine engine(model);
    at::Tensor trace = at::empty({repeats, T, n, K}, at::kFloat);
    const int64_t total = int64_t(repeats) * n;
    for (int r = 0; r < repeats; ++r) {
        for (int64_t begin = 0; begin < n; begin += batch) {
            throwIfCancelled(progress, "Membership query");
            const int64_t end = std::min(n, begin + batch);
            // One stream per repeat and batch, so a repeat is an independent Poisson query of the same records.
            at::Generator gen = at::detail::createCPUGenerator(seed * 1000003 + uint64_t(r) * 7919 + uint64_t(begin));
            trace[r]
                .slice(1, begin, end)
                .copy_(engine.run(encodeSteps(images.slice(0, begin, end), model.coding, int(T), gen)));
            const int64_t done = int64_t(r) * n + end;
            progress.report(double(done) / double(total),
                            "simulated " + std::to_string(done) + "/" + std::to_string(total) + " queries ("
                                + std::to_string(repeats) + " per record)");
        }
    }
    return trace;
}

at::Tensor membraneAt(const at::Tensor& trace, int64_t t)
{
    return trace.select(1, t - 1).to(at::kDouble).mean(0);
}

at::Tensor spikeCountsAt(const at::Tensor& trace, int64_t t, double threshold)
{
    at::Tensor membrane = at::zeros_like(trace.select(1, 0));
    at::Tensor counts = at::zeros_like(membrane);
    at::Tensor previous = at::zeros_like(membrane);
    for (int64_t s = 0; s < t; ++s) {
        const at::Tensor accumulated = trace.select(1, s);
        membrane += accumulated - previous; // this step's input current
        previous = accumulated;
        const at::Tensor spikes = (membrane > threshold).to(at::kFloat);
        membrane -= spikes * threshold; // subtractive reset, as the hidden layers'
        counts += spikes;
    }
    return counts.to(at::kDouble).mean(0);
}

double outputThreshold(const at::Tensor& trace, double scale)
{
    const at::Tensor first = trace.narrow(1, 0, 1);
    const at::Tensor currents =
        at::cat({first, trace.narrow(1, 1, trace.size(1) - 1) - trace.narrow(1, 0, trace.size(1) - 1)}, 1);
    const double largest = currents.max().item<double>();
    return largest > 0 ? largest * scale : 1.0; // an output that never gets a positive current never fires
}

} // namespace psnn
