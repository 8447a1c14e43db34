// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_bptt.h"

#include "snn_layer_kernels.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace psnn {
namespace {

/// Memory per chunk of samples: the widest layer's currents and their gradients stay near this size.
/// Small on purpose: the chunk keeps every layer's currents and inputs from its forward for its
/// backward, which holds a few more such buffers, and glibc's heap (kept, not unmapped:
/// configureAllocator) fragments in steps of their size. Encrypt, 200 images, T = 10, batch 100,
/// 2 threads (2026-12-07, two runs each): 48 MB gave 850-862 MB peak RSS and 3.7-4.3 s for the
/// whole process, 12 MB 519-520 MB and 3.0-3.7 s.
constexpr int64_t kBpttChunkBudgetBytes = int64_t(12) << 20;

/// Samples per chunk: the widest layer's float currents over T stay near the budget (one sample at least).
int64_t chunkSamples(int64_t widestNeurons, int timesteps, int64_t batch)
{
    return std::min(std::max<int64_t>(batch, 1), samplesPerChunk(widestNeurons, timesteps, kBpttChunkBudgetBytes));
}

at::Tensor nchw(const at::Tensor& nhwc) { return nhwc.permute({0, 3, 1, 2}); }
at::Tensor nhwc(const at::Tensor& nchwView) { return nchwView.permute({0, 2, 3, 1}).contiguous(); }

kernels::ConvShape convShape(const TimeBatchedEngine::Stage& s)
{
    kernels::ConvShape c;
    c.height = s.inHeight;
    c.width = s.inWidth;
    c.inChannels = s.inChannels;
    c.outHeight = s.outHeight;
    c.outWidth = s.outWidth;
    c.outChannels = s.outChannels;
    c.kernel = s.kernel;
    c.stride = s.stride;
    c.padding = s.padding;
    return c;
}

/// A linear layer's weight [O, D] as the [D, O, 1, 1] kernel of linearInputGrad.
at::Tensor transposedKernel(const at::Tensor& weight)
{
    return weight.t().contiguous().view({weight.size(1), weight.size(0), 1, 1});
}

/// grad [F, O] x weight [O, D] (given as its transposedKernel) as a 1x1 convolution: oneDNN's kernel,
/// about 3x faster here than the BLAS that at::mm reaches in Debian's LibTorch (BM_LinearCurrents in
/// tests/bench/snn_kernel_bench.cpp).
at::Tensor linearInputGrad(const at::Tensor& grad, const at::Tensor& kernel)
{
    return at::conv2d(grad.contiguous().view({grad.size(0), grad.size(1), 1, 1}), kernel).view({grad.size(0), kernel.size(0)});
}

/// An uninitialised NCHW tensor laid out channels-last: the shape argument of a backward kernel.
/// Allocated in that layout (not converted from NCHW: the conversion copied the whole buffer,
/// 8 % of attack 2's time).
at::Tensor channelsLastShape(at::IntArrayRef sizes)
{
    return at::empty(sizes, at::TensorOptions(at::kFloat).memory_format(at::MemoryFormat::ChannelsLast));
}

/// Multiplies every frame of a [T * n, frame...] tensor by its sample's row of mask [n, frame...].
at::Tensor perSample(const at::Tensor& frames, const at::Tensor& mask)
{
    std::vector<int64_t> shape{-1};
    for (int64_t d : mask.sizes())
        shape.push_back(d);
    return (frames.reshape(shape) * mask).view(frames.sizes());
}

} // namespace

int64_t bpttChunkBytes(int64_t widestNeurons, int timesteps, int64_t batch)
{
    return chunkSamples(widestNeurons, timesteps, batch) * widestNeurons * timesteps * int64_t(sizeof(float));
}

TimeBatchedBptt::TimeBatchedBptt(const SpikingModel& model, const SurrogateGradient& surrogate, bool dropout,
                                 EngineRates rates, int64_t samplesPerChunk)
    : m_model(model)
    , m_surrogate(surrogate)
    , m_dropout(dropout)
    , m_engine(model, rates)
    , m_samplesPerChunk(samplesPerChunk)
{
    for (size_t k = 0; k < m_engine.stages(); ++k) {
        const TimeBatchedEngine::Stage& s = m_engine.stage(k);
        m_transposed.push_back(s.kind == LayerKind::Linear && k > 0 ? transposedKernel(s.denseWeight) : at::Tensor());
    }
}

at::Tensor TimeBatchedBptt::codeInputs(const at::Tensor& images, at::Generator& gen)
{
    const int64_t batch = images.size(0);
    m_masks.assign(m_model.network.layers.size(), at::Tensor());
    const at::Tensor first = encodeInput(images, m_model.coding, gen);
    std::vector<int64_t> codedShape{m_timesteps};
    codedShape.insert(codedShape.end(), first.sizes().begin(), first.sizes().end());
    const at::Tensor all = at::empty(codedShape, at::kFloat); // [T, B, C, H, W], written step by step
    all[0].copy_(first);
    if (m_dropout) // drawn during the first step, in layer order, in the reference's layout
        for (size_t k = 0; k < m_engine.stages(); ++k)
            for (const TimeBatchedEngine::Op& op : m_engine.stage(k).before) {
                const double p = m_model.network.layers[op.layer].dropout;
                if (op.kind != LayerKind::Dropout || !(p > 0))
                    continue;
                std::vector<int64_t> shape{batch};
                shape.insert(shape.end(), op.logical.begin(), op.logical.end());
                const double keepProb = std::max(0.0, 1.0 - p);
                const at::Tensor keep = at::empty(shape, at::kFloat).bernoulli_(keepProb, gen);
                at::Tensor mask = keepProb > 0 ? keep / keepProb : keep;
                if (op.logical.size() == 3)
                    mask = nhwc(mask);
                else if (!op.flattened.empty())
                    mask = nhwc(mask.view({batch, op.flattened[0], op.flattened[1], op.flattened[2]})).reshape({batch, -1});
                m_masks[op.layer] = mask;
            }
    for (int t = 1; t < m_timesteps; ++t)
        all[t].copy_(encodeInput(images, m_model.coding, gen));
    return all;
}

TimeBatchedBptt::Result TimeBatchedBptt::run(const at::Tensor& images, int timesteps, at::Generator& gen,
                                             const RowGradient& rowGrad, Gradients what)
{
    const InputSpec& input = m_model.network.input;
    TORCH_CHECK(images.dim() == 4 && images.size(0) > 0 && images.size(1) == input.channels
                    && images.size(2) == input.height && images.size(3) == input.width,
                "TimeBatchedBptt::run: images must be [B, ", input.channels, ", ", input.height, ", ", input.width,
                "] with B > 0, got ", images.sizes());
    TORCH_CHECK(timesteps > 0, "TimeBatchedBptt::run: needs at least one time step, got ", timesteps);
    const int64_t batch = images.size(0);
    m_timesteps = timesteps;
    const at::Tensor all = codeInputs(images, gen);

    int64_t widest = 1;
    for (size_t k = 0; k < m_engine.stages(); ++k)
        widest = std::max(widest, m_engine.outputNeurons(k));
    const int64_t perChunk = m_samplesPerChunk > 0
        ? m_samplesPerChunk
        : chunkSamples(widest, timesteps, batch); // as the memory estimate assumes
    Result result;
    result.output = at::empty({batch, m_engine.stage(m_engine.stages() - 1).outChannels}, at::kFloat);
    if (what == Gradients::FirstCurrents) {
        const TimeBatchedEngine::Stage& s = m_engine.stage(0);
        result.firstCurrentGrad = s.kind == LayerKind::Conv2d
            ? at::empty({batch, s.outChannels, s.outHeight, s.outWidth}, at::kFloat)
            : at::empty({batch, s.outChannels}, at::kFloat);
    }
    for (int64_t b0 = 0; b0 < batch; b0 += perChunk) {
        Chunk chunk;
        chunk.begin = b0;
        chunk.end = std::min(batch, b0 + perChunk);
        const int64_t n = chunk.end - chunk.begin;
        for (const at::Tensor& m : m_masks)
            chunk.masks.push_back(m.defined() ? m.slice(0, chunk.begin, chunk.end) : at::Tensor());
        const at::Tensor x = all.slice(1, chunk.begin, chunk.end);
        at::Tensor rows = result.output.slice(0, chunk.begin, chunk.end);
        rows.copy_(forwardChunk(chunk, x.reshape({timesteps * n, x.size(2), x.size(3), x.size(4)})));
        if (what == Gradients::None)
            continue;
        const at::Tensor g = rowGrad(rows, chunk.begin, chunk.end);
        TORCH_CHECK(g.dim() == 2 && g.size(0) == n && g.size(1) == rows.size(1),
                    "TimeBatchedBptt: the output gradient of rows ", chunk.begin, "-", chunk.end, " must be [", n, ", ",
                    rows.size(1), "] like those rows of the output, got ", g.sizes());
        backwardChunk(chunk, g.to(at::kFloat), what, result.firstCurrentGrad);
    }
    return result;
}

at::Tensor TimeBatchedBptt::forwardChunk(Chunk& chunk, const at::Tensor& coded) const
{
    const int64_t n = chunk.end - chunk.begin;
    const size_t last = m_engine.stages() - 1;
    at::Tensor spikes; // the previous stage's
    for (size_t k = 0;; ++k) {
        Activation in = k == 0 ? TimeBatchedEngine::fromImages(coded) : Activation{std::move(spikes)};
        chunk.inputs.push_back(m_engine.prepare(k, std::move(in), &chunk.masks));
        chunk.currents.push_back(m_engine.current(k, chunk.inputs.back()));
        const at::Tensor& cur = chunk.currents.back();
        if (k == last)
            return m_engine.readout(cur, m_timesteps, n)[m_timesteps - 1];
        at::Tensor membrane = at::zeros({n, cur.numel() / cur.size(0)}, at::kFloat);
        m_engine.fire(k, cur, n, membrane, spikes);
    }
}

at::Tensor TimeBatchedBptt::throughOps(size_t stage, at::Tensor grad, const Chunk& chunk) const
{
    const auto& ops = m_engine.stage(stage).before;
    const int64_t frames = grad.size(0);
    for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
        const Layer& layer = m_model.network.layers[it->layer];
        std::vector<int64_t> inShape{frames};
        inShape.insert(inShape.end(), it->frameIn.begin(), it->frameIn.end());
        if (it->kind == LayerKind::Dropout) {
            if (chunk.masks[it->layer].defined())
                grad = perSample(grad, chunk.masks[it->layer]);
        } else if (it->kind == LayerKind::Flatten) {
            grad = grad.reshape(inShape);
        } else if (layer.kernel == layer.stride && inShape[1] == grad.size(1) * layer.kernel
                   && inShape[2] == grad.size(2) * layer.kernel) {
            // Non-overlapping pooling that covers the map: every input pixel gets its window's
            // gradient / k^2, as avg_pool2d_backward computes it, without its zero-filled buffer.
            const int64_t k = layer.kernel, ho = grad.size(1), wo = grad.size(2), c = grad.size(3);
            grad = (grad / double(k * k)).view({frames, ho, 1, wo, 1, c}).expand({frames, ho, k, wo, k, c}).reshape(inShape);
        } else {
            const at::Tensor like = channelsLastShape({frames, inShape[3], inShape[1], inShape[2]});
            grad = nhwc(at::avg_pool2d_backward(nchw(grad.contiguous()), like, {layer.kernel, layer.kernel},
                                                {layer.stride, layer.stride}, {0, 0}, false, true, c10::nullopt));
        }
    }
    return grad.contiguous();
}

void TimeBatchedBptt::addGrad(size_t stage, const at::Tensor& weightGrad, const at::Tensor& biasGrad) const
{
    const TimeBatchedEngine::Stage& s = m_engine.stage(stage);
    Layer& layer = const_cast<Layer&>(m_model.network.layers[s.layer]); // gradients live on the shared weights
    at::Tensor dw = weightGrad;
    if (s.kind == LayerKind::Linear && !s.flattened.empty()) // back to the reference's C,H,W column order
        dw = dw.view({s.outChannels, s.flattened[1], s.flattened[2], s.flattened[0]}).permute({0, 3, 1, 2}).reshape({s.outChannels, -1});
    auto accumulate = [](at::Tensor& param, const at::Tensor& g) {
        if (!param.defined() || !param.requires_grad())
            return;
        at::Tensor& grad = param.mutable_grad();
        grad = grad.defined() ? grad + g.view(param.sizes()) : g.contiguous().view(param.sizes()).clone();
    };
    accumulate(layer.weight, dw);
    if (biasGrad.defined())
        accumulate(layer.bias, biasGrad);
}

void TimeBatchedBptt::addWeightGrad(size_t stage, const Activation& in, const at::Tensor& gi) const
{
    const int64_t frames = gi.size(0);
    const TimeBatchedEngine::Stage& s = m_engine.stage(stage);
    const at::Tensor biasGrad = s.bias.defined() ? gi.reshape({-1, s.outChannels}).sum(0) : at::Tensor();
    const bool sparse = m_engine.eventDriven(stage, in);
    at::Tensor dw;
    if (s.kind == LayerKind::Conv2d) {
        if (sparse)
            dw = kernels::eventConvWeightGrad(m_engine.layerName(stage), in.values.contiguous(), in.divisor, gi,
                                              convShape(s))
                     .permute({3, 2, 0, 1});
        else
            dw = std::get<1>(at::convolution_backward(nchw(gi), nchw(floatValues(in)), s.denseWeight, c10::nullopt,
                                                      {s.stride, s.stride}, {s.padding, s.padding}, {1, 1}, false, {0, 0}, 1,
                                                      {false, true, false}));
    } else {
        dw = sparse ? kernels::eventLinearWeightGrad(m_engine.layerName(stage),
                                                     in.values.reshape({frames, -1}).contiguous(), in.divisor, gi)
                          .t()
                    : gi.t().mm(floatValues(in).reshape({frames, -1}));
    }
    addGrad(stage, dw, biasGrad);
}

void TimeBatchedBptt::backwardChunk(Chunk& chunk, const at::Tensor& g, Gradients what,
                                    at::Tensor& firstCurrentGrad) const
{
    const int64_t T = m_timesteps;
    const int64_t n = chunk.end - chunk.begin;
    const size_t last = m_engine.stages() - 1;
    const float leak = float(m_model.leak);
    const bool weightGrads = what == Gradients::Weights;
    const TimeBatchedEngine::Stage& out = m_engine.stage(last);
    at::Tensor grad;
    if (!out.neuron.defined()) {
        // Output layer: U = sum_t W a_t + T b, so dW = g^T sum_t a_t and every step's input gets g W.
        if (weightGrads) {
            const at::Tensor a = floatValues(chunk.inputs[last]);
            addGrad(last, g.t().mm(a.view({T, n, -1}).sum(0)),
                    out.bias.defined() ? g.sum(0) * double(T) : at::Tensor());
        }
        if (last == 0) {
            if (!weightGrads)
                firstCurrentGrad.slice(0, chunk.begin, chunk.end).copy_(g * double(T));
            return;
        }
        grad = linearInputGrad(g, m_transposed[last])
                   .unsqueeze(0)
                   .expand({T, n, out.inChannels})
                   .reshape({T * n, out.inChannels});
    } else {
        // An output neuron (imported models): g reaches every step's spikes (a spike-count
        // readout) or the last membrane (an integrator), and goes back through its dynamics.
        at::Tensor io = chunk.currents[last].contiguous().view({T, n, -1});
        chunk.currents[last] = at::Tensor();
        const at::Tensor spikeGrad =
            out.neuron.fires ? g.unsqueeze(0).expand({T, n, g.size(1)}).contiguous() : at::Tensor();
        kernels::neuronBackward(m_engine.layerName(last), io, spikeGrad,
                                out.neuron.fires ? at::Tensor() : g.contiguous(), out.neuron, float(m_surrogate.scale),
                                m_surrogate.perThreshold);
        const at::Tensor gi = io.view({T * n, -1});
        if (weightGrads)
            addWeightGrad(last, chunk.inputs[last], gi);
        if (last == 0) {
            if (!weightGrads)
                firstCurrentGrad.slice(0, chunk.begin, chunk.end).copy_(io.sum(0));
            return;
        }
        grad = linearInputGrad(gi, m_transposed[last]);
    }
    grad = throughOps(last, grad, chunk);
    for (size_t k = last; k-- > 0;) {
        const TimeBatchedEngine::Stage& s = m_engine.stage(k);
        // The forward's currents become dL/dI in place: the surrogate recursion rebuilds the
        // membranes from them as it goes.
        const at::Tensor gi = chunk.currents[k].contiguous();
        chunk.currents[k] = at::Tensor();
        at::Tensor io = gi.view({T, n, -1});
        if (s.neuron.defined())
            kernels::neuronBackward(m_engine.layerName(k), io, grad.contiguous().view({T, n, -1}), at::Tensor(),
                                    s.neuron, float(m_surrogate.scale), m_surrogate.perThreshold);
        else
            kernels::integrateAndFireBackward(m_engine.layerName(k), io, grad.view({T, n, -1}), s.theta, leak,
                                              float(m_surrogate.scale), m_surrogate.perThreshold);
        if (weightGrads)
            addWeightGrad(k, chunk.inputs[k], gi);
        if (k == 0) { // the coded input gets no gradient
            if (!weightGrads) {
                const at::Tensor summed = gi.view({T, n, -1}).sum(0);
                firstCurrentGrad.slice(0, chunk.begin, chunk.end)
                    .copy_(s.kind == LayerKind::Conv2d ? nchw(summed.view({n, s.outHeight, s.outWidth, s.outChannels}))
                                                       : summed);
            }
            break;
        }
        if (s.kind == LayerKind::Conv2d) {
            // The input's values are not read, only its shape and layout (oneDNN's backward-data
            // kernel; conv_transpose2d would take the slow im2col path).
            const at::Tensor like = channelsLastShape({T * n, s.inChannels, s.inHeight, s.inWidth});
            grad = nhwc(std::get<0>(at::convolution_backward(nchw(gi), like, s.denseWeight, c10::nullopt,
                                                             {s.stride, s.stride}, {s.padding, s.padding}, {1, 1},
                                                             false, {0, 0}, 1, {true, false, false})));
        } else {
            grad = linearInputGrad(gi, m_transposed[k]);
        }
        grad = throughOps(k, grad, chunk);
    }
}

} // namespace psnn
