// SPDX-License-Identifier: GPL-3.0-or-later
// The NIR chain turned into the lab's layers: each node's shape checked against the one before,
// every weight layer but the last followed by its neuron (the engine fires after each), pooling on
// spikes, and what the lab's layers lack expressed exactly in what they have (a dilated kernel as a
// larger one with zeros, a SumPool2d as an average pool whose window area goes into the next weights).
#include "conv_dilation.h"
#include "import_nir_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"

#include <ATen/ATen.h>

#include <cmath>

namespace psnn::nir_import {
namespace {

/// Turns the chain into layers. state: what the last node was, so that every weight layer but the
/// last is followed by its neuron (the engine fires after each) and pooling acts on spikes.
class Builder {
public:
    Builder(const std::string& file, const Semantics& semantics, const NirImportOptions& options)
        : m_file(file)
        , m_semantics(semantics)
        , m_options(options)
    {
    }

    SpikingModel build(const std::vector<ChainNode>& chain)
    {
        for (const ChainNode& node : chain) {
            const NodeRef ref{m_file, node.name, node.type};
            if (node.type == "Input")
                input(*node.group, ref);
            else if (node.type == "Affine" || node.type == "Linear" || node.type == "Conv2d")
                weightLayer(*node.group, ref);
            else if (node.type == "IF" || node.type == "LIF" || node.type == "LI")
                neuron(*node.group, ref);
            else if (node.type == "AvgPool2d" || node.type == "SumPool2d")
                pool(*node.group, ref);
            else if (node.type == "Flatten")
                flatten(*node.group, ref);
            else if (node.type == "Scale")
                scale(*node.group, ref);
            else if (node.type == "Output")
                output(*node.group, ref);
            else
                throw Error(
                    ErrorCode::Unsupported, "The " + ref.describe() + " cannot be simulated here: " + whyNot(node.type),
                    "Supported: Input, Output, Conv2d, Affine, Linear, AvgPool2d, SumPool2d, Flatten, Scale, IF, LIF "
                    "and LI (as the readout).");
        }
        return finish();
    }

private:
    static std::string whyNot(const std::string& type)
    {
        if (type == "CubaLIF")
            return "its synaptic current is a second state the engine does not have (a CubaLIF equals an LIF only when "
                   "tau_syn is tiny, which this importer will not assume).";
        if (type == "Delay")
            return "the engine has no delays.";
        if (type == "NIRGraph")
            return "nested graphs are not supported.";
        if (type == "Conv1d" || type == "I" || type == "Threshold" || type == "CubaLI")
            return "the engine has no such layer.";
        return "it is not a NIR node type this importer knows.";
    }

    [[noreturn]] void order(const NodeRef& ref, const std::string& why) const
    {
        throw Error(ErrorCode::Unsupported,
                    "The " + ref.describe() + " cannot follow what comes before it: " + why + ".",
                    "The engine runs chains of weight layer -> neuron [-> pooling] [-> flatten] ... -> weight layer "
                    "[-> neuron] -> output.");
    }

    void input(const nir::Group& g, const NodeRef& ref)
    {
        std::vector<int64_t> shape = integers(g, ref, "shape", 1, kMaxLayerNeurons);
        if (shape.size() == 4 && shape[0] == 1) // some exporters keep a batch of one
            shape.erase(shape.begin());
        if (shape.size() == 2 && shape[0] == 1)
            shape.erase(shape.begin());
        if (shape.size() == 2)
            shape.insert(shape.begin(), 1);
        if (shape.size() == 1) {
            flatInput(shape[0], ref);
        } else if (shape.size() == 3) {
            m_net.input.channels = shape[0];
            m_net.input.height = shape[1];
            m_net.input.width = shape[2];
            m_shape = shape;
        } else {
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has the shape " + shapeText(shape)
                            + "; images (C, H, W), (H, W) or a flat vector are supported.",
                        "Export the network for image input.");
        }
        if (m_net.input.channels > kMaxChannels || m_net.input.height > kMaxImageSide
            || m_net.input.width > kMaxImageSide)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " takes " + std::to_string(m_net.input.channels) + "x"
                            + std::to_string(m_net.input.height) + "x" + std::to_string(m_net.input.width)
                            + " images, beyond this tool's " + std::to_string(kMaxChannels) + " channels and "
                            + std::to_string(kMaxImageSide) + " pixels a side.",
                        "Check the Input node's shape.");
    }

    /// A flat input (an MLP's): the images it takes are --input-shape, or square ones when its length says so.
    void flatInput(int64_t length, const NodeRef& ref)
    {
        std::vector<int64_t> image = m_options.inputShape;
        std::string source = "--input-shape";
        for (int64_t c : {int64_t(1), int64_t(3)}) {
            const auto side = int64_t(std::llround(std::sqrt(double(length / c))));
            if (image.empty() && length % c == 0 && side * side * c == length) {
                image = {c, side, side};
                source = "assumed from its length; --input-shape C,H,W sets another";
            }
        }
        if (image.size() != 3 || numel(image) != length)
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " is a flat vector of " + std::to_string(length) + " values"
                            + (image.empty() ? "" : ", not " + shapeText(image)) + ", and no image shape fits it.",
                        "Give the image shape the network was trained on: --input-shape C,H,W.");
        m_net.input.channels = image[0];
        m_net.input.height = image[1];
        m_net.input.width = image[2];
        m_shape = {length};
        m_notes.push_back("input: " + shapeText(image) + " images flattened to " + std::to_string(length) + " values ("
                          + source + ")");
        addPlain(LayerKind::Flatten, ref.name + "_flatten");
    }

    void addPlain(LayerKind kind, const std::string& path, int64_t kernel = 0, int64_t stride = 1)
    {
        Layer l;
        l.kind = kind;
        l.path = path;
        l.kernel = kernel;
        l.stride = stride;
        m_net.layers.push_back(std::move(l));
        m_raw.emplace_back();
    }

    void weightLayer(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state == State::Weight)
            order(ref,
                  "the weight layer '" + m_net.layers[m_lastWeight].path
                      + "' before it has no neuron, and the engine fires after every weight layer but the last");
        if (m_state == State::Integrator)
            order(ref, "an LI node does not fire, so it can only be the readout");
        at::Tensor weight = numbers(g, ref, "weight");
        at::Tensor bias = ref.type == "Linear" ? at::Tensor() : numbers(g, ref, "bias", ref.type == "Conv2d");
        Layer layer;
        layer.path = ref.name;
        if (ref.type == "Conv2d")
            conv(g, ref, weight, layer);
        else
            dense(ref, weight, layer);
        if (bias.defined() && bias.numel() != weight.size(0))
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " has " + std::to_string(bias.numel()) + " biases for "
                            + std::to_string(weight.size(0)) + " outputs.",
                        "Export the graph again.");
        if (m_sumFactor != 1.0)
            weight = weight * m_sumFactor; // SumPool2d before it: the lab pools by averaging
        m_sumFactor = 1.0;
        layer.weight = weight.to(at::kFloat).contiguous();
        // NIR's Conv2d always has a bias (the lab writes zeros for none): zeros are no bias.
        if (bias.defined() && ref.type == "Conv2d" && !bias.ne(0).any().item<bool>())
            bias = at::Tensor();
        layer.bias = bias.defined() ? bias.reshape({-1}).to(at::kFloat).contiguous() : at::Tensor();
        m_net.layers.push_back(std::move(layer));
        m_raw.emplace_back();
        m_lastWeight = m_net.layers.size() - 1;
        m_state = State::Weight;
    }

    void dense(const NodeRef& ref, at::Tensor& weight, Layer& layer)
    {
        layer.kind = LayerKind::Linear;
        if (weight.dim() != 2)
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " has a weight of shape " + shapeText(weight.sizes().vec())
                            + "; (out, in) is needed.",
                        "Export the graph again.");
        if (m_shape.size() == 3 && weight.size(1) == numel(m_shape)) {
            m_notes.push_back("'" + ref.name + "' reads the " + shapeText(m_shape)
                              + " map before it flattened (no Flatten node)");
            addPlain(LayerKind::Flatten, ref.name + "_flatten");
            m_shape = {numel(m_shape)};
        }
        if (weight.size(1) != numel(m_shape))
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " takes " + std::to_string(weight.size(1))
                            + " inputs, but the node before it gives " + shapeText(m_shape) + ".",
                        "Export the graph again.");
        if (weight.size(0) > kMaxLayerNeurons)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has " + std::to_string(weight.size(0)) + " outputs.",
                        "Check the file.");
        m_shape = {weight.size(0)};
    }

    void conv(const nir::Group& g, const NodeRef& ref, at::Tensor& weight, Layer& layer)
    {
        layer.kind = LayerKind::Conv2d;
        if (weight.dim() != 4 || weight.size(2) != weight.size(3))
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has a weight of shape " + shapeText(weight.sizes().vec())
                            + "; square kernels (out, in, k, k) are supported.",
                        "Export a network with square kernels.");
        if (m_shape.size() != 3 || weight.size(1) != m_shape[0])
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " takes " + std::to_string(weight.size(1))
                            + " channels, but the node before it gives " + shapeText(m_shape) + ".",
                        "Export the graph again.");
        auto pair = [&](const std::string& field, int64_t fallback, int64_t low) {
            if (!g.datasets.count(field))
                return fallback;
            const std::vector<int64_t> v = integers(g, ref, field, low, kMaxImageSide);
            if (v.empty() || v.size() > 2 || (v.size() == 2 && v[0] != v[1]))
                throw Error(ErrorCode::Unsupported,
                            "The " + ref.describe() + " has " + field + " " + shapeText(v)
                                + "; one value or two equal ones are supported.",
                            "Export a network with square " + field + "s.");
            return v[0];
        };
        if (const int64_t groups = pair("groups", 1, 1); groups != 1)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has groups = " + std::to_string(groups)
                            + "; the engine has ungrouped convolutions only.",
                        "Export the network with groups = 1 (e.g. no depthwise convolutions).");
        const int64_t dilation = pair("dilation", 1, 1);
        if ((weight.size(2) - 1) * dilation + 1 > kMaxImageSide)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " spans more than " + std::to_string(kMaxImageSide)
                            + " pixels (kernel " + std::to_string(weight.size(2)) + ", dilation "
                            + std::to_string(dilation) + ").",
                        "Check the node's dilation.");
        if (dilation > 1) {
            weight = undilatedKernel(weight, dilation);
            m_notes.push_back("'" + ref.name + "' (Conv2d, dilation " + std::to_string(dilation) + "): run as its "
                              + std::to_string(weight.size(2)) + "x" + std::to_string(weight.size(2))
                              + " kernel with zeros between the taps (exact)");
        }
        const int64_t k = weight.size(2);
        layer.stride = pair("stride", 1, 1);
        const std::string padText = text(g, "padding");
        if (padText == "same" && (layer.stride != 1 || k % 2 == 0))
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " pads 'same' with stride " + std::to_string(layer.stride)
                            + " and kernel " + std::to_string(k) + ", which pads unevenly.",
                        "Export explicit padding.");
        layer.padding = padText == "same" ? (k - 1) / 2 : padText == "valid" ? 0 : pair("padding", 0, 0);
        if (g.datasets.count("input_shape")) {
            const std::vector<int64_t> hw = integers(g, ref, "input_shape", 1, kMaxImageSide);
            if (hw.size() != 2 || hw[0] != m_shape[1] || hw[1] != m_shape[2])
                throw Error(ErrorCode::ShapeMismatch,
                            "The " + ref.describe() + " states the input size " + shapeText(hw)
                                + ", but the node before it gives " + shapeText(m_shape) + ".",
                            "Export the graph again.");
        }
        if (m_shape[1] + 2 * layer.padding < k || m_shape[2] + 2 * layer.padding < k)
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " with a " + std::to_string(k) + "x" + std::to_string(k)
                            + " kernel and padding " + std::to_string(layer.padding) + " gives no output on the "
                            + shapeText(m_shape) + " map before it.",
                        "Export the graph again.");
        const int64_t h = (m_shape[1] + 2 * layer.padding - k) / layer.stride + 1;
        const int64_t w = (m_shape[2] + 2 * layer.padding - k) / layer.stride + 1;
        if (weight.size(0) * h * w > kMaxLayerNeurons)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has " + std::to_string(weight.size(0)) + " channels of "
                            + std::to_string(h) + "x" + std::to_string(w) + ", more than the "
                            + std::to_string(kMaxLayerNeurons) + " neurons a layer may have here.",
                        "Check the file.");
        m_shape = {weight.size(0), h, w};
    }

    void neuron(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state != State::Weight)
            order(ref, "a neuron follows a weight layer (Conv2d, Affine or Linear)");
        RawNeuron raw = readNeuron(g, ref, m_shape);
        if (m_scale.defined()) { // a Scale between the layer and its neuron multiplies the current
            raw.r = raw.r * m_scale;
            m_scale = at::Tensor();
        }
        m_raw[m_lastWeight] = std::move(raw);
        if (ref.type == "LI") {
            m_state = State::Integrator;
            return;
        }
        addPlain(LayerKind::ReLU, ref.name); // the ANN view of the network (attack 1's re-conversion)
        m_state = State::Neuron;
    }

    void pool(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state == State::Weight || m_state == State::Integrator || m_shape.size() != 3)
            order(ref, "pooling acts on the spikes of a neuron layer (or on the input image)");
        const std::vector<int64_t> k = integers(g, ref, "kernel_size", 1, kMaxImageSide);
        const std::vector<int64_t> s = g.datasets.count("stride") ? integers(g, ref, "stride", 1, kMaxImageSide) : k;
        const std::vector<int64_t> p =
            g.datasets.count("padding") ? integers(g, ref, "padding", 0, kMaxImageSide) : std::vector<int64_t>{0};
        auto square = [](const std::vector<int64_t>& v) {
            return !v.empty() && v.size() <= 2 && v.front() == v.back();
        };
        if (!square(k) || !square(s) || !square(p) || p[0] != 0 || k[0] > m_shape[1] || k[0] > m_shape[2])
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " has kernel " + shapeText(k) + ", stride " + shapeText(s)
                            + " and padding " + shapeText(p) + " on " + shapeText(m_shape)
                            + "; square windows inside the map without padding are supported.",
                        "Export the network with unpadded square pooling.");
        addPlain(LayerKind::AvgPool2d, ref.name, k[0], s[0]);
        if (ref.type == "SumPool2d") { // the sum is the average times the window's area, which the next layer takes
            const int64_t area = k[0] * k[0];
            m_sumFactor *= double(area);
            m_notes.push_back("'" + ref.name + "' (SumPool2d): pooled as the average, its window area "
                              + std::to_string(area) + " multiplied into the next weight layer ("
                              + ((area & (area - 1)) == 0 ? "exact" : "may differ in the last bit of the currents")
                              + ")");
        }
        m_shape = {m_shape[0], (m_shape[1] - k[0]) / s[0] + 1, (m_shape[2] - k[0]) / s[0] + 1};
    }

    void flatten(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state == State::Weight || m_state == State::Integrator)
            order(ref, "a weight layer's output reaches its neuron before it is flattened");
        if (g.datasets.count("input_type")) {
            const std::vector<int64_t> in = integers(g, ref, "input_type", 1, kMaxLayerNeurons);
            if (numel(in) != numel(m_shape))
                throw Error(ErrorCode::ShapeMismatch,
                            "The " + ref.describe() + " states the input " + shapeText(in)
                                + ", but the node before it gives " + shapeText(m_shape) + ".",
                            "Export the graph again.");
        }
        if (m_shape.size() == 3) {
            addPlain(LayerKind::Flatten, ref.name);
            m_shape = {numel(m_shape)};
        }
    }

    void scale(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state != State::Weight || m_scale.defined())
            order(ref, "a Scale is supported between a weight layer and its neuron or the output");
        const at::Tensor s = numbers(g, ref, "scale");
        const int64_t n = numel(m_shape);
        if (s.numel() == 1)
            m_scale = s.reshape({}).expand(m_shape).clone();
        else if (s.numel() == n)
            m_scale = s.reshape(m_shape);
        else if (m_shape.size() == 3 && s.numel() == m_shape[0])
            m_scale = s.reshape({-1, 1, 1}).expand(m_shape).clone();
        else
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " has " + std::to_string(s.numel()) + " factors for the "
                            + shapeText(m_shape) + " output before it (1, one per channel or one per neuron).",
                        "Export the graph again.");
    }

    void output(const nir::Group& g, const NodeRef& ref)
    {
        if (m_state != State::Weight && m_state != State::Neuron && m_state != State::Integrator)
            order(ref, "the output is a weight layer's (or its neuron's)");
        if (m_lastWeight == size_t(-1) || m_net.layers[m_lastWeight].kind != LayerKind::Linear)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe()
                            + " does not follow an Affine or Linear layer: a classifier ends in one.",
                        "Export a classifier whose last weight layer is Affine or Linear.");
        if (m_scale.defined()) { // output = scale * (W x + b), per class
            Layer& l = m_net.layers[m_lastWeight];
            const at::Tensor s = m_scale.to(at::kFloat);
            l.weight = (l.weight * s.view({-1, 1})).contiguous();
            if (l.bias.defined())
                l.bias = (l.bias * s).contiguous();
        }
        if (g.datasets.count("shape")) {
            const std::vector<int64_t> shape = integers(g, ref, "shape", 1, kMaxLayerNeurons);
            if (numel(shape) != numel(m_shape))
                throw Error(ErrorCode::ShapeMismatch,
                            "The " + ref.describe() + " states " + shapeText(shape)
                                + " outputs, but the layer before it gives " + shapeText(m_shape) + ".",
                            "Export the graph again.");
        }
        // A firing output neuron's ReLU is no part of the ANN view: its logits are the currents.
        if (m_state == State::Neuron)
            m_net.layers.pop_back(), m_raw.pop_back();
        m_outputNeuron = m_state != State::Weight;
    }

    SpikingModel finish()
    {
        SpikingModel model;
        model.timesteps = m_semantics.timesteps;
        model.coding = m_semantics.coding;
        model.conversion.timesteps = m_semantics.timesteps;
        model.conversion.coding = m_semantics.coding;
        model.conversionSource = "imported from NIR";
        model.importNotes = m_semantics.notes;
        model.importNotes.insert(model.importNotes.end(), m_notes.begin(), m_notes.end());
        const Readout readout = m_semantics.readout.value_or(
            m_outputNeuron && m_raw[m_lastWeight].type != "LI" ? Readout::Spikes : Readout::Membrane);
        if (!m_semantics.readout)
            model.importNotes.push_back(
                std::string("readout: ") + spikeReadoutName(readout) + " (default for a graph whose output "
                + (m_outputNeuron ? "layer has a " + m_raw[m_lastWeight].type + " neuron" : "has no neuron")
                + "; --readout sets another)");
        if (readout == Readout::Spikes && (!m_outputNeuron || m_raw[m_lastWeight].type == "LI"))
            throw Error(ErrorCode::InvalidArgument,
                        "A spike-count readout needs neurons that fire on the output layer, and the graph in '" + m_file
                            + "' ends in " + (m_outputNeuron ? "an LI integrator" : "a weight layer") + ".",
                        "Use --readout membrane.");
        model.readout = readout;
        model.neurons.resize(m_net.layers.size());
        for (size_t i = 0; i < m_net.layers.size(); ++i)
            if (m_raw[i].threshold.defined() || m_raw[i].type == "LI")
                model.neurons[i] =
                    makeNeuron(m_raw[i], m_semantics, i != m_lastWeight || readout == Readout::Spikes, m_file);
        model.network = std::move(m_net);
        model.network.input.mean = m_semantics.mean;
        model.network.input.std = m_semantics.std;
        model.network.info.classNames = m_semantics.classNames;
        model.thresholds.assign(model.network.layers.size(), at::Tensor());
        for (size_t i : model.spikingLayers())
            if (!model.neurons[i].defined())
                throw Error(ErrorCode::Unsupported,
                            "The weight layer '" + model.network.layers[i].path + "' in '" + m_file
                                + "' has no neuron after it.",
                            "Export the network with a neuron after every hidden layer.");
        settleNeurons(model);
        return model;
    }

    enum class State { Start, Weight, Neuron, Integrator };

    const std::string& m_file;
    const Semantics& m_semantics;
    const NirImportOptions& m_options;
    Network m_net;
    std::vector<RawNeuron> m_raw; ///< per layer: the neuron after it, if any
    std::vector<int64_t> m_shape; ///< the current activation, without batch
    std::vector<std::string> m_notes;
    State m_state = State::Start;
    size_t m_lastWeight = size_t(-1);
    double m_sumFactor = 1.0;
    at::Tensor m_scale;
    bool m_outputNeuron = false;
};

} // namespace

SpikingModel buildModel(const std::vector<ChainNode>& chain, const Semantics& semantics,
                        const NirImportOptions& options, const std::string& file)
{
    return Builder(file, semantics, options).build(chain);
}

} // namespace psnn::nir_import
