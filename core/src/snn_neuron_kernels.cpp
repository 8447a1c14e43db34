// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_neuron_kernels.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <cmath>
#include <vector>

namespace psnn::kernels {
namespace {

at::Tensor engineOrder(const at::Tensor& t)
{
    const at::Tensor f = t.detach().to(at::kFloat);
    return (f.dim() == 3 ? f.permute({1, 2, 0}) : f).reshape({-1}).contiguous();
}

/// The per-neuron pointers of one layer, read once per call.
struct Params {
    const float *leak, *gain, *drive, *threshold, *reset;
    bool toValue, fires;
};

Params paramsOf(const NeuronVectors& n)
{
    return {n.leak.data_ptr<float>(),
            n.gain.data_ptr<float>(),
            n.drive.data_ptr<float>(),
            n.threshold.data_ptr<float>(),
            n.reset.data_ptr<float>(),
            n.resetMode == ResetMode::ToValue,
            n.fires};
}

void checkVectors(std::string_view layer, const NeuronVectors& n, int64_t neurons)
{
    for (const at::Tensor* t : {&n.leak, &n.gain, &n.drive, &n.threshold, &n.reset})
        TORCH_CHECK(t->defined() && t->scalar_type() == at::kFloat && t->is_contiguous() && t->numel() == neurons,
                    "neuron kernel (layer ", layer, "): every parameter must be float [", neurons, "], got ",
                    t->defined() ? t->sizes() : at::IntArrayRef{});
}

void checkFrames(std::string_view layer, const at::Tensor& t, const char* what)
{
    TORCH_CHECK(t.dim() == 3 && t.scalar_type() == at::kFloat && t.is_contiguous() && t.device().is_cpu(),
                "neuron kernel (layer ", layer, "): ", what, " must be contiguous float [T, B, N] on the CPU, got ",
                t.scalar_type(), " ", t.sizes());
}

/// One step of one sample: v = leak u + gain I + drive (in that order), then fire and reset.
/// Writes v to `value` (the pre-reset membrane) when given. Returns the spikes.
inline int64_t step(const Params& p, const float* in, float* u, uint8_t* spikes, float* value, int64_t n)
{
    int64_t fired = 0;
    for (int64_t i = 0; i < n; ++i) {
        const float v = p.leak[i] * u[i] + p.gain[i] * in[i] + p.drive[i];
        if (value)
            value[i] = v;
        if (!p.fires) {
            u[i] = v;
            continue;
        }
        const bool fire = v > p.threshold[i];
        // v - 1 * theta, as the lab's own kernel computes it, so that both agree bit for bit.
        u[i] = p.toValue ? (fire ? p.reset[i] : v) : v - float(fire) * p.threshold[i];
        if (spikes)
            spikes[i] = uint8_t(fire);
        fired += fire;
    }
    return fired;
}

} // namespace

NeuronVectors neuronVectors(const NeuronLayer& layer)
{
    NeuronVectors v;
    v.leak = engineOrder(layer.leak);
    v.gain = engineOrder(layer.gain);
    v.drive = engineOrder(layer.drive);
    v.threshold = engineOrder(layer.threshold);
    v.reset = engineOrder(layer.reset);
    v.resetMode = layer.resetMode;
    v.fires = layer.fires;
    return v;
}

int64_t neuronForward(std::string_view layer, at::Tensor& currents, const NeuronVectors& neuron, at::Tensor& membrane,
                      at::Tensor* spikes)
{
    checkFrames(layer, currents, "currents");
    const int64_t steps = currents.size(0), batch = currents.size(1), n = currents.size(2);
    checkVectors(layer, neuron, n);
    TORCH_CHECK(membrane.scalar_type() == at::kFloat && membrane.is_contiguous() && membrane.numel() == batch * n,
                "neuron kernel (layer ", layer, "): the membrane must be float [", batch, ", ", n, "], got ",
                membrane.sizes());
    TORCH_CHECK(!neuron.fires
                    || (spikes && spikes->scalar_type() == at::kByte && spikes->is_contiguous()
                        && spikes->numel() == currents.numel()),
                "neuron kernel (layer ", layer, "): a firing layer needs a uint8 spike tensor of the currents' size");
    const Params p = paramsOf(neuron);
    float* io = currents.data_ptr<float>();
    float* u = membrane.data_ptr<float>();
    uint8_t* out = neuron.fires ? spikes->data_ptr<uint8_t>() : nullptr;
    std::vector<int64_t> counts(size_t(batch), 0);
    at::parallel_for(0, batch, 1, [&](int64_t begin, int64_t end) {
        for (int64_t b = begin; b < end; ++b)
            for (int64_t t = 0; t < steps; ++t) {
                const int64_t at = (t * batch + b) * n;
                // An integrator's output is its membrane: written over its input, which is read first.
                counts[size_t(b)] +=
                    step(p, io + at, u + b * n, out ? out + at : nullptr, p.fires ? nullptr : io + at, n);
            }
    });
    int64_t total = 0;
    for (int64_t c : counts)
        total += c;
    return total;
}

void neuronBackward(std::string_view layer, at::Tensor& currents, const at::Tensor& spikeGrad,
                    const at::Tensor& finalGrad, const NeuronVectors& neuron, float scale, bool perThreshold)
{
    checkFrames(layer, currents, "currents");
    const int64_t steps = currents.size(0), batch = currents.size(1), n = currents.size(2);
    checkVectors(layer, neuron, n);
    if (neuron.fires) {
        checkFrames(layer, spikeGrad, "the spike gradient");
        TORCH_CHECK(spikeGrad.sizes() == currents.sizes(), "neuron kernel (layer ", layer,
                    "): the spike gradient must have the currents' shape ", currents.sizes(), ", got ",
                    spikeGrad.sizes());
    }
    TORCH_CHECK(
        !finalGrad.defined()
            || (finalGrad.scalar_type() == at::kFloat && finalGrad.is_contiguous() && finalGrad.numel() == batch * n),
        "neuron kernel (layer ", layer, "): the final membrane gradient must be float [", batch, ", ", n, "]");
    const Params p = paramsOf(neuron);
    float* io = currents.data_ptr<float>();
    const float* g = neuron.fires ? spikeGrad.data_ptr<float>() : nullptr;
    const float* last = finalGrad.defined() ? finalGrad.data_ptr<float>() : nullptr;
    at::parallel_for(0, batch, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> u(static_cast<size_t>(n)), carry(static_cast<size_t>(n));
        std::vector<uint8_t> fired(static_cast<size_t>(steps * n));
        for (int64_t b = begin; b < end; ++b) {
            std::fill(u.begin(), u.end(), 0.0f);
            for (int64_t t = 0; t < steps; ++t) { // forward again: io becomes v_t, the membrane before the reset
                float* row = io + (t * batch + b) * n;
                step(p, row, u.data(), p.fires ? fired.data() + t * n : nullptr, row, n);
            }
            for (int64_t i = 0; i < n; ++i)
                carry[size_t(i)] = last ? last[b * n + i] : 0.0f; // dL/du_T
            for (int64_t t = steps - 1; t >= 0; --t) {
                float* row = io + (t * batch + b) * n;
                const float* gt = g ? g + (t * batch + b) * n : nullptr;
                for (int64_t i = 0; i < n; ++i) {
                    float dv = carry[size_t(i)];
                    if (p.fires) {
                        if (p.toValue && fired[size_t(t * n + i)])
                            dv = 0.0f; // the membrane was set to the reset value: no path back through it
                        const float th = p.threshold[i];
                        const float s = 1.0f - std::fabs((row[i] - th) / th);
                        float slope = (s > 0.0f ? s : 0.0f) * scale;
                        if (perThreshold)
                            slope = slope / th;
                        dv = gt[i] * slope + dv;
                    }
                    carry[size_t(i)] = p.leak[i] * dv;
                    row[i] = p.gain[i] * dv;
                }
            }
        }
    });
}

} // namespace psnn::kernels
