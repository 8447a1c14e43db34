// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_reference.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/custom_function.h>

#include <algorithm>
#include <string>

namespace psnn {

namespace {

/// Heaviside forward, triangular surrogate backward (see SurrogateGradient for the exact formula).
/// Saves U and theta; the spike itself is recomputed from nothing in backward.
struct SpikeFunction : public torch::autograd::Function<SpikeFunction> {
    static at::Tensor forward(torch::autograd::AutogradContext* ctx, const at::Tensor& u, const at::Tensor& theta,
                              double scale, bool perThreshold)
    {
        ctx->save_for_backward({u, theta});
        ctx->saved_data["scale"] = scale;
        ctx->saved_data["per_threshold"] = perThreshold;
        return (u > theta).to(u.scalar_type());
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list gradOutput)
    {
        const auto saved = ctx->get_saved_variables();
        const at::Tensor& u = saved[0];
        const at::Tensor& theta = saved[1];
        const double scale = ctx->saved_data["scale"].toDouble();
        at::Tensor slope = (1 - ((u - theta) / theta).abs()).clamp_min(0) * scale;
        if (ctx->saved_data["per_threshold"].toBool())
            slope = slope / theta;
        return {gradOutput[0] * slope, at::Tensor(), at::Tensor(), at::Tensor()};
    }
};

/// Reshapes a per-layer (0-d) or per-channel ([C]) threshold so it broadcasts over a layer output.
at::Tensor broadcastThreshold(const at::Tensor& theta, LayerKind kind)
{
    if (theta.dim() == 0)
        return theta;
    return kind == LayerKind::Conv2d ? theta.view({1, -1, 1, 1}) : theta.view({1, -1});
}

} // namespace

at::Tensor surrogateSpike(const at::Tensor& u, const at::Tensor& theta, const SurrogateGradient& surrogate)
{
    return SpikeFunction::apply(u, theta, surrogate.scale, surrogate.perThreshold);
}

SnnSimulator::SnnSimulator(const SpikingModel& model, bool training) : m_model(model), m_training(training)
{
    const size_t n = model.network.layers.size();
    if (model.thresholds.size() != n)
        throw Error(ErrorCode::BadFormat,
                    "The spiking model has " + std::to_string(model.thresholds.size()) + " threshold entries for "
                        + std::to_string(n) + " layers.",
                    "Convert the model again.");
    m_membrane.resize(n);
    m_masks.resize(n);
    m_inputEvents.assign(n, 0.0);
    m_outputSpikes.assign(n, 0.0);
}

at::Tensor SnnSimulator::run(const at::Tensor& images, int timesteps, at::Generator& gen)
{
    at::Tensor output;
    for (int t = 0; t < timesteps; ++t)
        output = step(encodeInput(images, m_model.coding, gen));
    return output;
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
                if (!m_masks[i].defined()) {
                    if (m_dropoutGen) {
                        const double keepProb = std::max(0.0, 1.0 - layer.dropout);
                        const at::Tensor keep = at::empty(h.sizes(), h.options()).bernoulli_(keepProb, *m_dropoutGen);
                        m_masks[i] = keepProb > 0 ? keep / keepProb : keep;
                    } else {
                        m_masks[i] = at::dropout(at::ones_like(h), layer.dropout, true);
                    }
                }
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
            if (m_model.neurons.size() > i && m_model.neurons[i].defined()) {
                h = neuronStep(i, current);
                if (i == output)
                    return m_output;
                break;
            }
            if (i == output) {
                m_output = m_output.defined() ? m_output + current : current;
                return m_output;
            }
            at::Tensor& u = m_membrane[i];
            u = u.defined() ? u * m_model.leak + current : current;
            const at::Tensor theta = broadcastThreshold(m_model.thresholds[i], layer.kind);
            // Surrogate only where autograd is recording; the plain comparison is cheaper otherwise.
            const bool differentiable = m_surrogate.enabled && u.requires_grad();
            const at::Tensor spikes =
                differentiable ? surrogateSpike(u, theta, m_surrogate) : (u > theta).to(u.scalar_type());
            u = u - theta * spikes.detach(); // soft reset: subtract the threshold; no gradient through the reset
            if (m_record)
                m_outputSpikes[i] += spikes.sum().item<double>();
            h = spikes;
            break;
        }
        }
    }
    return m_output;
}

at::Tensor SnnSimulator::neuronStep(size_t i, const at::Tensor& current)
{
    const NeuronLayer& n = m_model.neurons[i];
    const auto perNeuron = [&](const at::Tensor& t) { return t.unsqueeze(0).to(current.scalar_type()); };
    at::Tensor& u = m_membrane[i];
    if (!u.defined())
        u = at::zeros_like(current);
    // In the order of NeuronLayer's definition: v = leak u + gain I + drive.
    const at::Tensor v = perNeuron(n.leak) * u + perNeuron(n.gain) * current + perNeuron(n.drive);
    const bool output = i == m_model.outputLayer();
    if (!n.fires) { // an integrator: the readout is its membrane
        u = v;
        m_output = v;
        return v;
    }
    const at::Tensor theta = perNeuron(n.threshold);
    const bool differentiable = m_surrogate.enabled && v.requires_grad();
    const at::Tensor spikes = differentiable ? surrogateSpike(v, theta, m_surrogate) : (v > theta).to(v.scalar_type());
    const at::Tensor fired = spikes.detach();
    // The reset carries no gradient, as in the lab's own neurons.
    u = n.resetMode == ResetMode::Subtract ? v - theta * fired : v * (1 - fired) + perNeuron(n.reset) * fired;
    if (m_record && !output)
        m_outputSpikes[i] += fired.sum().item<double>();
    if (output) // a spike-count readout
        m_output = m_output.defined() ? m_output + spikes : spikes;
    return spikes;
}

} // namespace psnn
