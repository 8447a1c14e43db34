// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/layerseries.h"

#include <cmath>

namespace psnn {

LayerColumns alignLayers(const std::vector<LayerValues>& lists)
{
    LayerColumns columns;
    for (const LayerValues& list : lists) {
        for (const auto& [layer, value] : list) {
            if (!columns.layers.contains(QString::fromStdString(layer)))
                columns.layers << QString::fromStdString(layer);
        }
    }
    for (const LayerValues& list : lists) {
        std::vector<double> values(static_cast<std::size_t>(columns.layers.size()), std::nan(""));
        for (const auto& [layer, value] : list)
            values[static_cast<std::size_t>(columns.layers.indexOf(QString::fromStdString(layer)))] = value;
        // A network with no list at all stays empty, so charts leave its series out entirely.
        columns.values.push_back(list.empty() ? std::vector<double>{} : values);
    }
    return columns;
}

std::vector<double> valuesFor(const LayerColumns& columns, std::size_t network, const QStringList& layers)
{
    std::vector<double> out;
    const std::vector<double> none;
    const std::vector<double>& values = network < columns.values.size() ? columns.values[network] : none;
    for (const QString& layer : layers)
        out.push_back(valueAt(values, columns.layers.indexOf(layer)).value_or(std::nan("")));
    return out;
}

std::optional<double> valueAt(const std::vector<double>& values, qsizetype index)
{
    if (index < 0 || index >= static_cast<qsizetype>(values.size()))
        return std::nullopt;
    const double value = values[static_cast<std::size_t>(index)];
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace psnn
