// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_engine.h"

#include "privatesnn/error.h"
#include "snn_layer_kernels.h"

#include <ATen/ATen.h>
#include <c10/util/strides.h>

#include <algorithm>

namespace psnn {
namespace {

/// Currents of one chunk stay near this size (the spikes kept between layers are 4x smaller). Small
/// chunks stay in cache and keep the heap from fragmenting in large steps: evaluate, 1000 test
/// images, T = 30, 2 threads: 4.1-4.3 s at 8-16 MB, 4.5 s at 64 MB.
constexpr int64_t kEngineChunkBudgetBytes = int64_t(16) << 20;

/// NHWC with the strides of a contiguous NHWC tensor in every dimension. contiguous() keeps a size-1
/// dimension's stride as it was, so a one-channel map would keep its NCHW strides, read as NCHW to
/// oneDNN when permuted back, and get its convolution's output in NCHW (a transposing copy after it).
at::Tensor toChannelsLast(const at::Tensor& nchw)
{
    const at::Tensor nhwc = nchw.permute({0, 2, 3, 1}).contiguous();
    return nhwc.as_strided(nhwc.sizes(), c10::contiguous_strides(nhwc.sizes()), nhwc.storage_offset());
}

} // namespace

at::Tensor floatValues(const Activation& a)
{
    if (!a.isCounts())
        return a.values;
    at::Tensor v = a.values.to(at::kFloat);
    return a.divisor == 1.0f ? v : v.div_(a.divisor);
}

double Activation::eventSum() const
{
    if (isCounts())
        return double(kernels::byteSum(values)) / double(divisor);
    return values.abs().sum(at::kDouble).item<double>();
}

at::Tensor encodeSteps(const at::Tensor& images, InputCoding coding, int timesteps, at::Generator& gen)
{
    std::vector<int64_t> shape{timesteps};
    shape.insert(shape.end(), images.sizes().begin(), images.sizes().end());
    at::Tensor coded = at::empty(shape, at::kFloat);
    for (int t = 0; t < timesteps; ++t)
        coded[t].copy_(encodeInput(images, coding, gen));
    return coded;
}

int64_t samplesPerChunk(int64_t neuronsPerFrame, int64_t timesteps, int64_t budgetBytes)
{
    return std::max<int64_t>(1, budgetBytes / std::max<int64_t>(1, neuronsPerFrame * timesteps * int64_t(sizeof(float))));
}

TimeBatchedEngine::TimeBatchedEngine(const SpikingModel& model, EngineRates rates) : m_model(model), m_rates(rates)
{
    const Network& net = model.network;
    const size_t output = model.outputLayer();
    std::vector<int64_t> shape{net.input.channels, net.input.height, net.input.width}; // reference layout of a frame
    std::vector<int64_t> flattened; // C, H, W of the map a Flatten turned into a vector (until a Linear reads it)
    std::vector<Op> pending;
    auto engineShape = [&] { return shape.size() == 3 ? std::vector<int64_t>{shape[1], shape[2], shape[0]} : shape; };
    for (size_t i = 0; i <= output; ++i) {
        const Layer& layer = net.layers[i];
        if (layer.kind == LayerKind::ReLU)
            continue;
        if (!layer.hasWeights()) {
            pending.push_back(Op{i, layer.kind, engineShape(), shape, flattened});
            if (layer.kind == LayerKind::AvgPool2d) {
                if (shape.size() != 3)
                    throw Error(ErrorCode::Unsupported, "Average pooling after a flatten layer cannot be simulated.");
                shape[1] = (shape[1] - layer.kernel) / layer.stride + 1;
                shape[2] = (shape[2] - layer.kernel) / layer.stride + 1;
            } else if (layer.kind == LayerKind::Flatten && shape.size() == 3) {
                flattened = shape;
                shape = {shape[0] * shape[1] * shape[2]};
            }
            continue;
        }
        Stage s;
        s.layer = i;
        s.before = std::move(pending);
        pending.clear();
        s.kind = layer.kind;
        s.bias = layer.bias.defined() ? layer.bias.detach().to(at::kFloat) : at::Tensor();
        const at::Tensor w = layer.weight.detach().to(at::kFloat);
        s.outChannels = w.size(0);
        if (layer.kind == LayerKind::Conv2d) {
            if (shape.size() != 3)
                throw Error(ErrorCode::Unsupported, "A convolution after a flatten layer cannot be simulated.");
            s.inChannels = shape[0];
            s.inHeight = shape[1];
            s.inWidth = shape[2];
            s.kernel = w.size(2);
            s.stride = layer.stride;
            s.padding = layer.padding;
            s.outHeight = (s.inHeight + 2 * s.padding - s.kernel) / s.stride + 1;
            s.outWidth = (s.inWidth + 2 * s.padding - s.kernel) / s.stride + 1;
            s.denseWeight = w.contiguous(at::MemoryFormat::ChannelsLast);
            s.eventWeight = w.permute({2, 3, 1, 0}).contiguous();
            shape = {s.outChannels, s.outHeight, s.outWidth};
        } else {
            at::Tensor wl = w;
            s.flattened = flattened;
            if (!flattened.empty()) // columns from C,H,W order to the engine's H,W,C order
                wl = w.view({s.outChannels, flattened[0], flattened[1], flattened[2]}).permute({0, 2, 3, 1}).reshape({s.outChannels, -1});
            flattened.clear();
            s.inChannels = wl.size(1);
            s.denseWeight = wl.contiguous();
            s.eventWeight = wl.t().contiguous();
            shape = {s.outChannels};
        }
        if (model.neurons.size() > i && model.neurons[i].defined()) {
            s.neuron = kernels::neuronVectors(model.neurons[i]);
            const int64_t n = s.kind == LayerKind::Conv2d ? s.outHeight * s.outWidth * s.outChannels : s.outChannels;
            if (s.neuron.leak.numel() != n)
                throw Error(ErrorCode::ShapeMismatch,
                            "The neurons of layer " + layer.path + " (" + model.neurons[i].node + ") are "
                                + std::to_string(s.neuron.leak.numel()) + ", but the layer has " + std::to_string(n)
                                + " outputs.",
                            "Import the model again.");
        }
        m_stages.push_back(std::move(s));
        if (i != output && model.thresholds.size() > i && model.thresholds[i].defined())
            setThreshold(m_stages.size() - 1, model.thresholds[i]);
    }
}

void TimeBatchedEngine::setThreshold(size_t stage, const at::Tensor& theta)
{
    TORCH_CHECK(stage < m_stages.size(), "setThreshold: stage ", stage, " of ", m_stages.size());
    const int64_t channels = m_stages[stage].outChannels;
    TORCH_CHECK(theta.defined() && (theta.numel() == 1 || (theta.dim() == 1 && theta.numel() == channels)),
                "setThreshold (layer ", layerName(stage), "): the threshold must be one value or one for each of its ",
                channels, " output channels, got ", theta.defined() ? theta.sizes() : at::IntArrayRef{});
    const at::Tensor t = theta.detach().to(at::kFloat).reshape({-1});
    m_stages[stage].theta = t.numel() == 1 ? t.expand({channels}).contiguous() : t.contiguous();
}

const std::string& TimeBatchedEngine::layerName(size_t stage) const
{
    return m_model.network.layers[m_stages[stage].layer].path;
}

int64_t TimeBatchedEngine::outputNeurons(size_t stage) const
{
    const Stage& s = m_stages[stage];
    return s.kind == LayerKind::Conv2d ? s.outHeight * s.outWidth * s.outChannels : s.outChannels;
}

Activation TimeBatchedEngine::fromImages(const at::Tensor& frames)
{
    Activation a;
    a.values = toChannelsLast(frames.to(at::kFloat));
    return a;
}

Activation TimeBatchedEngine::prepare(size_t stage, Activation in, const std::vector<at::Tensor>* masks) const
{
    for (const Op& op : m_stages[stage].before) {
        const Layer& layer = m_model.network.layers[op.layer];
        if (layer.kind == LayerKind::Flatten) {
            in.values = in.values.reshape({in.values.size(0), -1});
        } else if (layer.kind == LayerKind::Dropout) {
            if (!masks || !(*masks)[op.layer].defined())
                continue;
            const at::Tensor& mask = (*masks)[op.layer]; // [B, frame...]
            at::Tensor v = floatValues(in);
            std::vector<int64_t> perStep{-1};
            for (int64_t d : mask.sizes())
                perStep.push_back(d);
            in = Activation{(v.view(perStep) * mask).view(v.sizes())};
        } else {
            const int64_t area = layer.kernel * layer.kernel;
            if (in.isCounts() && in.maxCount * area <= 255) {
                in.values = kernels::sumPool(layer.path, in.values, layer.kernel, layer.stride);
                in.divisor *= float(area);
                in.maxCount *= area;
            } else {
                const at::Tensor x = floatValues(in).permute({0, 3, 1, 2});
                in = Activation{toChannelsLast(at::avg_pool2d(x, {layer.kernel, layer.kernel}, {layer.stride, layer.stride}))};
            }
        }
    }
    return in;
}

bool TimeBatchedEngine::eventDriven(size_t stage, const Activation& in) const
{
    const bool conv = m_stages[stage].kind == LayerKind::Conv2d;
    if (conv && m_stages[stage].kernel * m_stages[stage].kernel > kernels::kMaxEventTaps)
        return false;
    return in.isCounts() && kernels::nonZeroFraction(in.values) <= (conv ? m_rates.convDense : m_rates.linearDense);
}

kernels::ConvShape TimeBatchedEngine::convShape(size_t stage) const
{
    const Stage& s = m_stages[stage];
    kernels::ConvShape shape;
    if (s.kind != LayerKind::Conv2d) {
        shape.kernel = 0; // a linear layer
        return shape;
    }
    shape.height = s.inHeight;
    shape.width = s.inWidth;
    shape.inChannels = s.inChannels;
    shape.outHeight = s.outHeight;
    shape.outWidth = s.outWidth;
    shape.outChannels = s.outChannels;
    shape.kernel = s.kernel;
    shape.stride = s.stride;
    shape.padding = s.padding;
    return shape;
}

at::Tensor TimeBatchedEngine::current(size_t stage, const Activation& in) const
{
    const Stage& s = m_stages[stage];
    const int64_t frames = in.values.size(0);
    const bool conv = s.kind == LayerKind::Conv2d;
    if (eventDriven(stage, in)) {
        const at::Tensor counts = in.values.contiguous();
        at::Tensor out;
        if (conv) {
            out = at::empty({frames, s.outHeight, s.outWidth, s.outChannels}, at::kFloat);
            kernels::eventConv(layerName(stage), counts, in.divisor, s.eventWeight, convShape(stage), out);
        } else {
            out = at::empty({frames, s.outChannels}, at::kFloat);
            kernels::eventLinear(layerName(stage), counts.view({frames, -1}), in.divisor, s.eventWeight, out);
        }
        if (s.bias.defined())
            out.add_(s.bias);
        return out;
    }
    const at::Tensor x = floatValues(in);
    if (conv)
        return toChannelsLast(at::conv2d(x.permute({0, 3, 1, 2}), s.denseWeight, s.bias, {s.stride, s.stride}, {s.padding, s.padding}));
    // A 1x1 convolution: oneDNN's kernel, about 3x faster here than the BLAS at::linear reaches in
    // Debian's LibTorch (BM_LinearCurrents, dense 1 vs 2).
    const int64_t d = s.denseWeight.size(1);
    return at::conv2d(x.reshape({frames, d, 1, 1}), s.denseWeight.view({s.outChannels, d, 1, 1}), s.bias).view({frames, s.outChannels});
}

int64_t TimeBatchedEngine::fire(size_t stage, const at::Tensor& currents, int64_t batch, at::Tensor& membrane, at::Tensor& spikes) const
{
    const Stage& s = m_stages[stage];
    TORCH_CHECK(currents.dim() >= 2 && batch > 0 && currents.size(0) % batch == 0, "fire (layer ", layerName(stage),
                "): currents must be [T * ", batch, " frames, ...], got ", currents.sizes());
    const int64_t n = currents.numel() / currents.size(0);
    if (s.neuron.defined()) {
        spikes = at::empty(currents.sizes(), at::kByte);
        at::Tensor frames = currents.contiguous().view({-1, batch, n});
        at::Tensor out = spikes.view({-1, batch, n});
        return kernels::neuronForward(layerName(stage), frames, s.neuron, membrane, &out);
    }
    if (!s.theta.defined())
        throw Error(ErrorCode::InvalidArgument, "Layer " + m_model.network.layers[s.layer].path + " has no threshold yet.");
    spikes = at::empty(currents.sizes(), at::kByte);
    at::Tensor out = spikes.view({-1, batch, n});
    return kernels::integrateAndFire(layerName(stage), currents.contiguous().view({-1, batch, n}), s.theta,
                                     float(m_model.leak), membrane, out);
}

at::Tensor TimeBatchedEngine::readout(const at::Tensor& currents, int64_t timesteps, int64_t batch) const
{
    const Stage& s = m_stages.back();
    const at::Tensor steps = currents.view({timesteps, batch, -1});
    if (!s.neuron.defined()) {
        // Step by step, in the reference's order (cumsum would accumulate in double).
        at::Tensor result = at::empty(steps.sizes(), at::kFloat);
        at::Tensor acc = steps[0];
        result[0].copy_(acc);
        for (int64_t t = 1; t < timesteps; ++t) {
            acc = acc + steps[t];
            result[t].copy_(acc);
        }
        return result;
    }
    at::Tensor io = steps.clone(); // an integrator writes its membrane over its currents
    at::Tensor membrane = at::zeros({batch, io.size(2)}, at::kFloat);
    if (!s.neuron.fires) {
        kernels::neuronForward(layerName(m_stages.size() - 1), io, s.neuron, membrane, nullptr);
        return io;
    }
    at::Tensor spikes = at::empty(io.sizes(), at::kByte);
    kernels::neuronForward(layerName(m_stages.size() - 1), io, s.neuron, membrane, &spikes);
    return spikes.to(at::kFloat).cumsum(0); // whole counts: exact in float
}

at::Tensor TimeBatchedEngine::run(const at::Tensor& codedInput, EngineActivity* activity) const
{
    const InputSpec& input = m_model.network.input;
    TORCH_CHECK(codedInput.dim() == 5 && codedInput.size(2) == input.channels && codedInput.size(3) == input.height
                    && codedInput.size(4) == input.width,
                "TimeBatchedEngine::run: coded input must be [T, B, ", input.channels, ", ", input.height, ", ",
                input.width, "], got ", codedInput.sizes());
    const int64_t T = codedInput.size(0), batch = codedInput.size(1);
    int64_t widest = 1;
    for (size_t k = 0; k < m_stages.size(); ++k)
        widest = std::max(widest, outputNeurons(k));
    const int64_t chunk = samplesPerChunk(widest, T, kEngineChunkBudgetBytes);
    const size_t layers = m_model.network.layers.size();
    if (activity && activity->inputEvents.size() != layers) {
        activity->inputEvents.assign(layers, 0.0);
        activity->outputSpikes.assign(layers, 0.0);
    }
    at::Tensor result = at::empty({T, batch, m_stages.back().outChannels}, at::kFloat);
    for (int64_t b0 = 0; b0 < batch; b0 += chunk) {
        const int64_t b1 = std::min(batch, b0 + chunk), nb = b1 - b0;
        const at::Tensor x = codedInput.slice(1, b0, b1);
        Activation a = fromImages(x.reshape({T * nb, x.size(2), x.size(3), x.size(4)}));
        if (activity)
            activity->pixelEvents += a.eventSum();
        for (size_t k = 0; k < m_stages.size(); ++k) {
            a = prepare(k, std::move(a));
            if (activity)
                activity->inputEvents[m_stages[k].layer] += a.eventSum();
            if (k + 1 == m_stages.size()) {
                result.slice(1, b0, b1).copy_(readout(current(k, a), T, nb));
                break;
            }
            at::Tensor spikes;
            int64_t fired = 0;
            if (eventDriven(k, a)
                && !m_stages[k].neuron.defined()) { // currents and dynamics fused: the currents never reach memory
                const Stage& st = m_stages[k];
                spikes = st.kind == LayerKind::Conv2d ? at::empty({T * nb, st.outHeight, st.outWidth, st.outChannels}, at::kByte)
                                                      : at::empty({T * nb, st.outChannels}, at::kByte);
                fired = kernels::eventFire(layerName(k), a.values.contiguous(), a.divisor, st.eventWeight, convShape(k),
                                           st.bias, st.theta, float(m_model.leak), nb, spikes);
            } else {
                const at::Tensor cur = current(k, a);
                at::Tensor membrane = at::zeros({nb, cur.numel() / cur.size(0)}, at::kFloat);
                fired = fire(k, cur, nb, membrane, spikes);
            }
            if (activity)
                activity->outputSpikes[m_stages[k].layer] += double(fired);
            a = Activation{spikes};
        }
    }
    return result;
}

} // namespace psnn
