// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace psnn {

/// Per-layer entries of several networks (converted, encrypted) lined up by layer name: the layers
/// in order of first appearance and, per network, one value per layer (NaN where that network has
/// no entry). Lists from different steps need not hold the same layers.
struct LayerColumns {
    QStringList layers;
    std::vector<std::vector<double>> values; ///< [network][layer]
};

/// `lists` are arrays of objects {"layer": name, <field>: number}.
LayerColumns alignLayers(const std::vector<QJsonArray>& lists, QLatin1StringView field);

/// One network's values of `columns` in the order of `layers` (NaN where it has none), to line up
/// a series aligned on its own with another set of layers.
std::vector<double> valuesFor(const LayerColumns& columns, std::size_t network, const QStringList& layers);

/// values[index] when the index is valid and the value finite, so a missing layer (index -1 from
/// indexOf) or a NaN gap reads as "no value".
std::optional<double> valueAt(const std::vector<double>& values, qsizetype index);

} // namespace psnn
