// SPDX-License-Identifier: GPL-3.0-or-later
// A NIR node's fields read with every value checked: numbers finite, whole numbers in range, neuron
// parameters broadcast from a scalar, one per channel or one per neuron (neuromorphs/NIR#176).
#include "import_nir_internal.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <sstream>

namespace psnn::nir_import {
namespace {

/// A field broadcast to the layer: one value, one per channel (of a C x H x W layer) or one per neuron.
at::Tensor broadcast(const at::Tensor& t, const NodeRef& ref, const std::string& field,
                     const std::vector<int64_t>& shape)
{
    const int64_t n = numel(shape);
    if (t.numel() == 1)
        return at::full(shape, t.reshape({}).item<double>(), at::kDouble);
    if (t.numel() == n)
        return t.reshape(shape).contiguous();
    if (shape.size() == 3 && t.numel() == shape[0])
        return t.reshape({-1, 1, 1}).expand(shape).contiguous();
    throw Error(ErrorCode::ShapeMismatch,
                "The field '" + field + "' of the " + ref.describe() + " has " + std::to_string(t.numel())
                    + " values for a layer of " + shapeText(shape)
                    + " neurons (one value, one per channel or one per neuron).",
                "Export the graph again.");
}

} // namespace

const nir::Dataset* findDataset(const nir::Group& group, const std::string& name)
{
    const auto it = group.datasets.find(name);
    return it == group.datasets.end() ? nullptr : &it->second;
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

at::Tensor numbers(const nir::Group& node, const NodeRef& ref, const std::string& field, bool optional)
{
    const nir::Dataset* d = findDataset(node, field);
    if (!d) {
        if (optional)
            return {};
        throw Error(ErrorCode::BadFormat, "The " + ref.describe() + " lacks its field '" + field + "'.",
                    "Export the graph again; every " + ref.type + " node has it.");
    }
    if (!d->isNumber())
        throw Error(ErrorCode::BadFormat,
                    "The field '" + field + "' of the " + ref.describe() + " is "
                        + (d->kind == nir::Dataset::Kind::Text ? "text" : "of HDF5 type " + d->typeName)
                        + ", not numbers.",
                    "Export the graph again.");
    for (size_t i = 0; i < d->numbers.size(); ++i)
        if (!std::isfinite(d->numbers[i]))
            throw Error(ErrorCode::NumericError,
                        "The field '" + field + "' of the " + ref.describe() + " holds " + numberText(d->numbers[i])
                            + " at element " + std::to_string(i) + ".",
                        "A NaN or infinite value cannot be simulated; export the trained network again.");
    if (d->numbers.empty())
        throw Error(ErrorCode::BadFormat, "The field '" + field + "' of the " + ref.describe() + " is empty.",
                    "Export the graph again.");
    if (numel(d->shape) != int64_t(d->numbers.size()))
        throw Error(ErrorCode::BadFormat,
                    "The field '" + field + "' of the " + ref.describe() + " has the shape " + shapeText(d->shape)
                        + " but " + std::to_string(d->numbers.size()) + " values.",
                    "Export the graph again.");
    return at::tensor(d->numbers, at::kDouble).reshape(d->shape);
}

std::vector<int64_t> integers(const nir::Group& node, const NodeRef& ref, const std::string& field, int64_t low,
                              int64_t high)
{
    const at::Tensor t = numbers(node, ref, field).reshape({-1});
    std::vector<int64_t> out;
    for (int64_t i = 0; i < t.numel(); ++i) {
        const double v = t[i].item<double>();
        if (v != std::floor(v) || v < double(low) || v > double(high))
            throw Error(ErrorCode::BadFormat,
                        "The field '" + field + "' of the " + ref.describe() + " is " + numberText(v)
                            + "; whole numbers from " + std::to_string(low) + " to " + std::to_string(high)
                            + " are expected.",
                        "Export the graph again.");
        out.push_back(int64_t(v));
    }
    return out;
}

std::string text(const nir::Group& node, const std::string& field, const std::string& fallback)
{
    const nir::Dataset* d = findDataset(node, field);
    return d && d->kind == nir::Dataset::Kind::Text && !d->texts.empty() ? d->texts[0] : fallback;
}

RawNeuron readNeuron(const nir::Group& node, const NodeRef& ref, const std::vector<int64_t>& shape)
{
    RawNeuron raw;
    raw.name = ref.name;
    raw.type = ref.type;
    auto field = [&](const std::string& name, std::optional<double> fallback) {
        at::Tensor t = numbers(node, ref, name, fallback.has_value());
        return broadcast(t.defined() ? t : at::scalar_tensor(*fallback, at::kDouble), ref, name, shape);
    };
    raw.r = field("r", 1.0); // NIR requires it; older exporters left it out for R = 1
    if (ref.type != "IF") {
        raw.tau = field("tau", std::nullopt);
        raw.vLeak = field("v_leak", 0.0);
    }
    if (ref.type != "LI") {
        raw.threshold = field("v_threshold", std::nullopt);
        raw.vReset = field("v_reset", 0.0); // NIR's default for files written before v_reset existed
    }
    return raw;
}

} // namespace psnn::nir_import
