// SPDX-License-Identifier: GPL-3.0-or-later
// The structure half of the NIR importer: the chain of nodes from Input to Output, each turned into
// the lab's layers with its shape checked against the one before. The neuron half (what an IF or
// LIF node does in discrete time) is import_nir_neurons.cpp.
#include "import_nir_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace psnn {
using namespace nir_import;

namespace {

struct Node {
    std::string name, type;
    const nir::Group* group = nullptr;
};

std::string list(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

/// The nodes from the Input to the Output, refusing anything that is not one path.
std::vector<Node> chainOf(const nir::Group& graph, const std::string& file)
{
    const auto nodesIt = graph.groups.find("nodes");
    if (nodesIt == graph.groups.end())
        throw Error(ErrorCode::BadFormat, "'" + file + "' has no /node/nodes group, so it holds no NIR graph.",
                    "Give a file written by nir.write or a library's NIR export.");
    std::map<std::string, Node> nodes;
    std::vector<std::string> inputs;
    for (const auto& [name, group] : nodesIt->second.groups) {
        const std::string type = text(group, "type");
        if (type.empty())
            throw Error(ErrorCode::BadFormat, "Node '" + name + "' in '" + file + "' has no 'type'.",
                        "Every NIR node names its type (Affine, Conv2d, IF, ...); export the graph again.");
        nodes[name] = Node{name, type, &group};
        if (type == "Input")
            inputs.push_back(name);
    }
    if (inputs.size() != 1)
        throw Error(inputs.empty() ? ErrorCode::BadFormat : ErrorCode::Unsupported,
                    "'" + file + "' has " + std::to_string(inputs.size()) + " Input nodes"
                        + (inputs.empty() ? "" : " (" + list(inputs) + ")") + "; a chain has exactly one.",
                    "Export a feed-forward classifier with one input.");
    const auto edgesIt = graph.datasets.find("edges");
    if (edgesIt == graph.datasets.end() || edgesIt->second.kind != nir::Dataset::Kind::Text
        || edgesIt->second.texts.size() % 2 != 0)
        throw Error(ErrorCode::BadFormat, "'" + file + "' has no readable 'edges' (pairs of node names).",
                    "Export the graph again.");
    std::map<std::string, std::vector<std::string>> next, previous;
    const auto& texts = edgesIt->second.texts;
    for (size_t i = 0; i < texts.size(); i += 2) {
        for (const std::string* end : {&texts[i], &texts[i + 1]})
            if (!nodes.count(*end))
                throw Error(ErrorCode::BadFormat,
                            "The edge " + texts[i] + " -> " + texts[i + 1] + " in '" + file + "' names '" + *end
                                + "', which is no node of the graph.",
                            "Export the graph again.");
        next[texts[i]].push_back(texts[i + 1]);
        previous[texts[i + 1]].push_back(texts[i]);
    }
    std::vector<Node> chain{nodes[inputs[0]]};
    std::set<std::string> seen{inputs[0]};
    if (!previous[inputs[0]].empty())
        throw Error(ErrorCode::Unsupported,
                    "The Input node '" + inputs[0] + "' in '" + file + "' receives an edge from "
                        + list(previous[inputs[0]]) + ": recurrent graphs are not supported.",
                    "Export a feed-forward network.");
    while (chain.back().type != "Output") {
        const Node& at = chain.back();
        const auto& out = next[at.name];
        if (out.empty())
            throw Error(ErrorCode::BadFormat,
                        "Node '" + at.name + "' (" + at.type + ") in '" + file
                            + "' leads nowhere: no edge goes from it towards the Output.",
                        "Export the graph again.");
        if (out.size() > 1)
            throw Error(ErrorCode::Unsupported,
                        "Node '" + at.name + "' (" + at.type + ") in '" + file + "' feeds " + list(out)
                            + ": branching graphs are not supported.",
                        "Export a network that is one chain from input to output.");
        const Node& following = nodes[out[0]];
        if (seen.count(following.name) || previous[following.name].size() > 1)
            throw Error(ErrorCode::Unsupported,
                        "Node '" + following.name + "' (" + following.type + ") in '" + file + "' has several inputs ("
                            + list(previous[following.name]) + "): recurrent or merging graphs are not supported.",
                        "Export a feed-forward network that is one chain from input to output.");
        seen.insert(following.name);
        chain.push_back(following);
    }
    if (!next[chain.back().name].empty())
        throw Error(ErrorCode::Unsupported,
                    "The Output node '" + chain.back().name + "' in '" + file + "' feeds "
                        + list(next[chain.back().name]) + ": recurrent graphs are not supported.",
                    "Export a feed-forward network.");
    for (const auto& [name, node] : nodes)
        if (!seen.count(name))
            throw Error(ErrorCode::Unsupported,
                        "Node '" + name + "' (" + node.type + ") in '" + file
                            + "' is not on the path from the input to the output: branching graphs are not supported.",
                        "Export a network that is one chain from input to output.");
    return chain;
}

int64_t numel(const std::vector<int64_t>& shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string s;
    for (int64_t d : shape)
        s += (s.empty() ? "" : "x") + std::to_string(d);
    return s.empty() ? "scalar" : s;
}

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

    SpikingModel build(const std::vector<Node>& chain)
    {
        for (const Node& node : chain) {
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

    void conv(const nir::Group& g, const NodeRef& ref, const at::Tensor& weight, Layer& layer)
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
        const int64_t k = weight.size(2);
        if (pair("groups", 1, 1) != 1 || pair("dilation", 1, 1) != 1)
            throw Error(ErrorCode::Unsupported,
                        "The " + ref.describe() + " is grouped or dilated; the engine has plain convolutions only.",
                        "Export the network with groups = 1 and dilation = 1.");
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
        const int64_t h = (m_shape[1] + 2 * layer.padding - k) / layer.stride + 1;
        const int64_t w = (m_shape[2] + 2 * layer.padding - k) / layer.stride + 1;
        if (m_shape[1] + 2 * layer.padding < k || m_shape[2] + 2 * layer.padding < k
            || weight.size(0) * h * w > kMaxLayerNeurons)
            throw Error(ErrorCode::ShapeMismatch,
                        "The " + ref.describe() + " with kernel " + std::to_string(k) + " gives no valid output on "
                            + shapeText(m_shape) + " (or more than " + std::to_string(kMaxLayerNeurons) + " neurons).",
                        "Export the graph again.");
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
        if (ref.type
            == "SumPool2d") // the sum is the average times k^2: fold k^2 into the next weight layer (exact for k = 2)
            m_sumFactor *= double(k[0] * k[0]);
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
                std::string("readout: ") + readoutName(readout) + " (default for a graph whose output "
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

    enum class State { Start, Weight, Neuron, Integrator, Other };

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

bool isNirFile(const std::string& path)
{
    return nir::isHdf5File(path);
}

SpikingModel importNir(const std::string& path, const NirImportOptions& options)
{
    const nir::Group root = nir::readFile(path);
    const auto graphIt = root.groups.find("node");
    if (graphIt == root.groups.end() || text(graphIt->second, "type") != "NIRGraph")
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' is HDF5 but holds no NIR graph (no /node group of type NIRGraph).",
                    "Give a file written by nir.write or a library's NIR export.");
    const nir::Group& graph = graphIt->second;
    const auto metaIt = graph.groups.find("metadata");
    const Semantics semantics =
        decideSemantics(metaIt == graph.groups.end() ? nir::Group{} : metaIt->second, options, path);
    SpikingModel model = Builder(path, semantics, options).build(chainOf(graph, path));
    const std::string version = text(root, "version");
    model.importNotes.insert(model.importNotes.begin(),
                             "format: NIR graph" + (version.empty() ? "" : " version " + version));
    model.network.info.name = std::filesystem::path(path).stem().string();
    model.network.info.sourceFile = path;
    model.network.info.sourceSha256 = sha256File(path);
    model.network.info.notes = "Imported from the NIR graph " + path + ".";
    model.sourceModelSha256 = model.network.info.sourceSha256;
    validateSpikingModel(model, path);
    return model;
}

SpikingModel loadAnySpikingModel(const std::string& path, const NirImportOptions& options)
{
    if (isNirFile(path))
        return importNir(path, options);
    if (options.reset || options.coding || options.readout || options.dt || !options.mean.empty()
        || !options.std.empty() || !options.inputShape.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "'" + path
                        + "' is not a NIR graph, and the import options (--reset, --input-coding, "
                          "--readout, --dt, --input-mean, --input-std, --input-shape) apply to NIR graphs only.",
                    "Leave them out: a PrivateSNN archive states its own semantics.");
    SpikingModel model = loadSpikingModel(path);
    if (options.timesteps)
        model.timesteps = *options.timesteps;
    return model;
}

} // namespace psnn
