// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/layerseries.h"

#include "models/jsonvalues.h"

#include <cmath>

namespace psnn {

LayerColumns alignLayers(const std::vector<QJsonArray>& lists, QLatin1StringView field)
{
    LayerColumns columns;
    for (const QJsonArray& list : lists) {
        for (const QJsonObject& entry : json::objects(list)) {
            const QString layer = json::text(entry, QLatin1StringView("layer"));
            if (!columns.layers.contains(layer))
                columns.layers << layer;
        }
    }
    for (const QJsonArray& list : lists) {
        std::vector<double> values(static_cast<std::size_t>(columns.layers.size()), std::nan(""));
        for (const QJsonObject& entry : json::objects(list)) {
            const auto index = columns.layers.indexOf(json::text(entry, QLatin1StringView("layer")));
            if (const auto value = json::number(entry, field))
                values[static_cast<std::size_t>(index)] = *value;
        }
        // A network with no list at all stays empty, so charts leave its series out entirely.
        columns.values.push_back(list.isEmpty() ? std::vector<double>{} : values);
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
