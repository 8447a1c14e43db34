// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace psnn {

/// Per-layer entries of several networks (converted, encrypted) lined up by layer name: the layers
/// in order of first appearance and, per network, one value per layer (NaN where that network has
/// no entry). Lists from different steps need not hold the same layers.
struct LayerColumns {
    QStringList layers;
    std::vector<std::vector<double>> values; ///< [network][layer]
};

/// One network's (layer, value) pairs.
using LayerValues = std::vector<std::pair<std::string, double>>;

/// The (layer, value(row)) pairs of a results list whose rows have a `layer` (privatesnn/results.h).
template <class Row, class Value>
LayerValues layerValues(const std::vector<Row>& rows, Value value)
{
    LayerValues out;
    for (const Row& row : rows)
        out.emplace_back(row.layer, double(value(row)));
    return out;
}

LayerColumns alignLayers(const std::vector<LayerValues>& lists);

/// One network's values of `columns` in the order of `layers` (NaN where it has none), to line up
/// a series aligned on its own with another set of layers.
std::vector<double> valuesFor(const LayerColumns& columns, std::size_t network, const QStringList& layers);

/// values[index] when the index is valid and the value finite, so a missing layer (index -1 from
/// indexOf) or a NaN gap reads as "no value".
std::optional<double> valueAt(const std::vector<double>& values, qsizetype index);

} // namespace psnn
