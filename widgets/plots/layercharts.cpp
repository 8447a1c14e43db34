// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/layercharts.h"

#include "plots/groupedbars.h"
#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace psnn {

namespace {

constexpr double Headroom = 1.12; // above the tallest bar, so the legend does not hide it
constexpr double MicrojoulesPerPicojoule = 1e-6;

struct Extent {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    bool valid() const { return low <= high; }
};

Extent finiteExtent(std::initializer_list<const std::vector<double>*> vectors, bool onlyPositive)
{
    Extent extent;
    for (const std::vector<double>* values : vectors) {
        for (const double value : *values) {
            if (!std::isfinite(value) || (onlyPositive && value <= 0))
                continue;
            extent.low = std::min(extent.low, value);
            extent.high = std::max(extent.high, value);
        }
    }
    return extent;
}

void setZeroBasedRange(QCPAxis& axis, const Extent& extent)
{
    axis.setRange(0, extent.valid() && extent.high > 0 ? extent.high * Headroom : 1.0);
}

std::vector<double> scaled(const std::vector<double>& values, double factor)
{
    std::vector<double> result;
    result.reserve(values.size());
    for (const double value : values)
        result.push_back(value * factor);
    return result;
}

// Log axes have no place for zero or negative values; NaN makes the bar builder leave them out.
std::vector<double> positiveOnly(const std::vector<double>& values)
{
    std::vector<double> result;
    result.reserve(values.size());
    for (const double value : values)
        result.push_back(value > 0 ? value : std::nan(""));
    return result;
}

QCPGraph* addLayerLine(QCustomPlot& plot, QCPAxis* valueAxis, const std::vector<double>& values,
                       const QString& name, Series series, QCPScatterStyle::ScatterShape shape)
{
    QCPGraph* graph = plot.addGraph(plot.xAxis, valueAxis);
    graph->setName(name);
    graph->setPen(QPen(seriesColor(series), 2));
    graph->setScatterStyle(QCPScatterStyle(shape, seriesColor(series), Qt::white, 8));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            graph->addData(static_cast<double>(i + 1), values[i]);
    }
    return graph;
}

} // namespace

void buildThresholdPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& thresholds)
{
    resetPlot(plot);
    addGroupedBars(plot, layers, {{PlotText::tr("Threshold"), Series::Converted, thresholds}});
    plot.xAxis->setLabel(PlotText::tr("Layer"));
    plot.yAxis->setLabel(PlotText::tr("Firing threshold"));
    setZeroBasedRange(*plot.yAxis, finiteExtent({&thresholds}, false));
}

void buildSpikeRatePlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& converted,
                        const std::vector<double>& encrypted)
{
    resetPlot(plot);
    setLogAxis(*plot.yAxis);

    // Whole decades around the data; the bars grow from the bottom decade because log(0) does not exist.
    const Extent extent = finiteExtent({&converted, &encrypted}, true);
    double low = 1e-3;
    double high = 1.0;
    if (extent.valid()) {
        low = std::pow(10.0, std::floor(std::log10(extent.low)));
        high = std::pow(10.0, std::ceil(std::log10(extent.high * Headroom)));
        if (high <= low)
            high = low * 10.0;
    }
    const QVector<QCPBars*> bars =
        addGroupedBars(plot, layers,
                       {{PlotText::tr("Converted SNN"), Series::Converted, positiveOnly(converted)},
                        {PlotText::tr("Encrypted SNN"), Series::Encrypted, positiveOnly(encrypted)}});
    for (QCPBars* bar : bars)
        bar->setBaseValue(low);
    plot.yAxis->setRange(low, high);
    plot.xAxis->setLabel(PlotText::tr("Layer"));
    plot.yAxis->setLabel(PlotText::tr("Spikes per neuron per time step"));
    if (bars.size() > 1)
        showLegend(plot, Qt::AlignTop | Qt::AlignRight);
}

void buildEnergyPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& annPj,
                     const std::vector<double>& convertedPj, const std::vector<double>& encryptedPj)
{
    resetPlot(plot);
    const std::vector<double> ann = scaled(annPj, MicrojoulesPerPicojoule);
    const std::vector<double> converted = scaled(convertedPj, MicrojoulesPerPicojoule);
    const std::vector<double> encrypted = scaled(encryptedPj, MicrojoulesPerPicojoule);
    const QVector<QCPBars*> bars =
        addGroupedBars(plot, layers,
                       {{PlotText::tr("ANN"), Series::Ann, ann},
                        {PlotText::tr("Converted SNN"), Series::Converted, converted},
                        {PlotText::tr("Encrypted SNN"), Series::Encrypted, encrypted}});
    plot.xAxis->setLabel(PlotText::tr("Layer"));
    plot.yAxis->setLabel(PlotText::tr("Energy per image (µJ)"));
    setZeroBasedRange(*plot.yAxis, finiteExtent({&ann, &converted, &encrypted}, false));
    if (bars.size() > 1)
        showLegend(plot, Qt::AlignTop | Qt::AlignRight);
}

void buildDriftPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& cosine,
                    const std::vector<double>& relativeL2)
{
    resetPlot(plot);
    setCategoryTicks(*plot.xAxis, layers);
    plot.xAxis->setLabel(PlotText::tr("Layer"));
    if (!cosine.empty()) {
        addLayerLine(plot, plot.yAxis, cosine, PlotText::tr("Cosine similarity (left axis)"), Series::Converted,
                     QCPScatterStyle::ssCircle);
        const Extent extent = finiteExtent({&cosine}, false);
        const double low = extent.valid() ? std::min(extent.low, 1.0) : 0.0;
        const double margin = std::max((1.0 - low) * 0.15, 1e-4);
        plot.yAxis->setRange(low - margin, 1.0 + margin);
    }
    plot.yAxis->setLabel(PlotText::tr("Cosine similarity"));
    if (!relativeL2.empty()) {
        plot.yAxis2->setVisible(true);
        plot.yAxis2->setLabel(PlotText::tr("Relative L2 change"));
        addLayerLine(plot, plot.yAxis2, relativeL2, PlotText::tr("Relative L2 change (right axis)"),
                     Series::Encrypted, QCPScatterStyle::ssSquare);
        setZeroBasedRange(*plot.yAxis2, finiteExtent({&relativeL2}, false));
    }
    showLegend(plot, Qt::AlignBottom | Qt::AlignLeft);
}

} // namespace psnn
