// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/groupedbars.h"

#include <qcustomplot.h>

#include <cmath>

namespace psnn {

namespace {

constexpr double GroupWidth = 0.8; // of the unit step between categories; the rest separates groups

} // namespace

QVector<QCPBars*> addGroupedBars(QCustomPlot& plot, const QStringList& categories,
                                 const std::vector<BarSeries>& series)
{
    std::vector<const BarSeries*> shown;
    for (const BarSeries& entry : series) {
        if (!entry.values.empty())
            shown.push_back(&entry);
    }
    QVector<QCPBars*> bars;
    if (shown.empty())
        return bars;

    auto* group = new QCPBarsGroup(&plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    const double width = GroupWidth / static_cast<double>(shown.size());
    for (const BarSeries* entry : shown) {
        auto* bar = new QCPBars(plot.xAxis, plot.yAxis);
        bar->setName(entry->name);
        const QColor colour = seriesColor(entry->series);
        bar->setPen(QPen(colour.darker(130)));
        bar->setBrush(colour);
        bar->setWidth(width);
        QVector<double> keys;
        QVector<double> values;
        const int count = std::min<int>(categories.size(), static_cast<int>(entry->values.size()));
        for (int i = 0; i < count; ++i) {
            if (std::isfinite(entry->values[static_cast<std::size_t>(i)])) {
                keys << i + 1;
                values << entry->values[static_cast<std::size_t>(i)];
            }
        }
        bar->setData(keys, values, true);
        bar->setBarsGroup(group);
        bars << bar;
    }
    setCategoryTicks(*plot.xAxis, categories);
    return bars;
}

} // namespace psnn
