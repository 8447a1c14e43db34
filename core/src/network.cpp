// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/network.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/api/include/torch/utils.h>

#include <sstream>

namespace psnn {

const char* layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv2d: return "Conv2d";
    case LayerKind::Linear: return "Linear";
    case LayerKind::ReLU: return "ReLU";
    case LayerKind::AvgPool2d: return "AvgPool2d";
    case LayerKind::Dropout: return "Dropout";
    case LayerKind::Flatten: return "Flatten";
    }
    return "?";
}

namespace {

std::string sizesText(at::IntArrayRef sizes)
{
    std::ostringstream text;
    text << sizes;
    return text.str();
}

} // namespace

at::Tensor applyLayer(const Layer& layer, const at::Tensor& x, bool training)
{
    switch (layer.kind) {
    case LayerKind::Conv2d:
        return at::conv2d(x, layer.weight, layer.bias, {layer.stride, layer.stride}, {layer.padding, layer.padding});
    case LayerKind::Linear:
        return at::linear(x, layer.weight, layer.bias);
    case LayerKind::ReLU:
        return at::relu(x);
    case LayerKind::AvgPool2d:
        return at::avg_pool2d(x, {layer.kernel, layer.kernel}, {layer.stride, layer.stride});
    case LayerKind::Dropout:
        return training && layer.dropout > 0 ? at::dropout(x, layer.dropout, true) : x;
    case LayerKind::Flatten:
        return x.flatten(1);
    }
    return x;
}

at::Tensor Network::forwardRange(const at::Tensor& x, size_t begin, size_t end, bool training) const
{
    at::Tensor h = x;
    for (size_t i = begin; i < end && i < layers.size(); ++i)
        h = applyLayer(layers[i], h, training);
    return h;
}

at::Tensor Network::forward(const at::Tensor& x, bool training) const
{
    if (x.dim() != 4 || x.size(1) != input.channels || x.size(2) != input.height || x.size(3) != input.width)
        throw Error(ErrorCode::ShapeMismatch,
                    "The model expects images of " + std::to_string(input.channels) + "x" + std::to_string(input.height)
                        + "x" + std::to_string(input.width) + " but got a batch of shape " + sizesText(x.sizes()) + ".",
                    "Use a data set with the model's channel count and image size.");
    return forwardRange(x, 0, layers.size(), training);
}

at::Tensor Network::features(const at::Tensor& x) const
{
    size_t last = layers.size();
    while (last > 0 && layers[last - 1].kind != LayerKind::Linear)
        --last;
    if (last == 0)
        throw Error(ErrorCode::Unsupported, "The network has no Linear layer, so it has no penultimate features.");
    return forwardRange(x, 0, last - 1, false);
}

int64_t Network::numClasses() const
{
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
        if (it->kind == LayerKind::Linear)
            return it->weight.size(0);
    return 0;
}

std::vector<at::Tensor> Network::parameters() const
{
    std::vector<at::Tensor> out;
    for (const Layer& layer : layers) {
        if (layer.weight.defined())
            out.push_back(layer.weight);
        if (layer.bias.defined())
            out.push_back(layer.bias);
    }
    return out;
}

void Network::setRequiresGrad(bool on)
{
    for (at::Tensor& p : parameters())
        p.requires_grad_(on);
}

Network Network::clone() const
{
    Network copy = *this;
    for (Layer& layer : copy.layers) {
        if (layer.weight.defined())
            layer.weight = layer.weight.detach().clone();
        if (layer.bias.defined())
            layer.bias = layer.bias.detach().clone();
    }
    return copy;
}

int64_t Network::parameterCount() const
{
    int64_t count = 0;
    for (const at::Tensor& p : parameters())
        count += p.numel();
    return count;
}

std::vector<LayerSummary> Network::summarize() const
{
    torch::NoGradGuard noGrad;
    std::vector<LayerSummary> rows;
    at::Tensor h = at::zeros({1, input.channels, input.height, input.width});
    for (const Layer& layer : layers) {
        const at::Tensor in = h;
        h = applyLayer(layer, h, false);
        LayerSummary row;
        row.path = layer.path;
        row.kind = layerKindName(layer.kind);
        row.outputShape.assign(h.sizes().begin() + 1, h.sizes().end());
        if (layer.weight.defined())
            row.parameters += layer.weight.numel();
        if (layer.bias.defined())
            row.parameters += layer.bias.numel();
        if (layer.kind == LayerKind::Conv2d)
            row.macs = layer.weight[0].numel() * h.size(1) * h.size(2) * h.size(3);
        else if (layer.kind == LayerKind::Linear)
            row.macs = layer.weight.numel();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace psnn
