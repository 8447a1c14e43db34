// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/snn.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

namespace psnn {

std::vector<size_t> SpikingModel::spikingLayers() const
{
    std::vector<size_t> out;
    const size_t last = outputLayer();
    for (size_t i = 0; i < network.layers.size(); ++i)
        if (network.layers[i].hasWeights() && i != last)
            out.push_back(i);
    return out;
}

size_t SpikingModel::outputLayer() const
{
    for (size_t i = network.layers.size(); i > 0; --i)
        if (network.layers[i - 1].kind == LayerKind::Linear)
            return i - 1;
    throw Error(ErrorCode::Unsupported, "The network has no Linear output layer, so it cannot be read out as a spiking network.",
                "Use a classifier that ends in a Linear layer.");
}

at::Tensor encodeInput(const at::Tensor& images, InputCoding coding, at::Generator& gen)
{
    if (coding == InputCoding::Direct)
        return images;
    // Signed rate code: P(spike) = |x|, spike value sign(x). No gradient flows through it.
    const at::Tensor draw = at::rand(images.sizes(), gen, images.options());
    return at::sign(images) * (draw <= images.abs()).to(images.scalar_type());
}

namespace {

/// Reshapes a per-layer (0-d) or per-channel ([C]) threshold so it broadcasts over a layer output.
at::Tensor broadcastThreshold(const at::Tensor& theta, LayerKind kind)
{
    if (theta.dim() == 0)
        return theta;
    return kind == LayerKind::Conv2d ? theta.view({1, -1, 1, 1}) : theta.view({1, -1});
}

} // namespace

SnnSimulator::SnnSimulator(const SpikingModel& model, int64_t batchSize, bool training)
    : m_model(model), m_training(training)
{
    const size_t n = model.network.layers.size();
    if (model.thresholds.size() != n)
        throw Error(ErrorCode::BadFormat, "The spiking model has " + std::to_string(model.thresholds.size())
                        + " threshold entries for " + std::to_string(n) + " layers.", "Convert the model again.");
    m_membrane.resize(n);
    m_masks.resize(n);
    m_inputEvents.assign(n, 0.0);
    m_outputSpikes.assign(n, 0.0);
    (void)batchSize; // state tensors take their shapes from the first step
}

at::Tensor SnnSimulator::step(const at::Tensor& input)
{
    const auto& layers = m_model.network.layers;
    const size_t output = m_model.outputLayer();
    at::Tensor h = input;
    for (size_t i = 0; i < layers.size(); ++i) {
        const Layer& layer = layers[i];
        switch (layer.kind) {
        case LayerKind::ReLU:
            break; // the spiking neuron replaces the ReLU
        case LayerKind::Dropout:
            if (m_training && layer.dropout > 0) {
                // One mask per sample for all steps, as the reference code does.
                if (!m_masks[i].defined())
                    m_masks[i] = at::dropout(at::ones_like(h), layer.dropout, true);
                h = h * m_masks[i];
            }
            break;
        case LayerKind::AvgPool2d:
        case LayerKind::Flatten:
            h = applyLayer(layer, h, false);
            break;
        case LayerKind::Conv2d:
        case LayerKind::Linear: {
            if (m_record)
                m_inputEvents[i] += h.detach().abs().sum().item<double>();
            const at::Tensor current = applyLayer(layer, h, false);
            if (i == output) {
                m_output = m_output.defined() ? m_output + current : current;
                return m_output;
            }
            at::Tensor& u = m_membrane[i];
            u = u.defined() ? u * m_model.leak + current : current;
            const at::Tensor theta = broadcastThreshold(m_model.thresholds[i], layer.kind);
            const at::Tensor spikes = (u > theta).to(u.scalar_type());
            u = u - theta * spikes; // soft reset: subtract the threshold
            if (m_record)
                m_outputSpikes[i] += spikes.sum().item<double>();
            h = spikes;
            break;
        }
        }
    }
    return m_output;
}

} // namespace psnn
