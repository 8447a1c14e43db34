// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/accuracyplot.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>

namespace psnn {

namespace {

QCPGraph* addStepCurve(QCustomPlot& plot, const std::vector<double>& accuracy, const QString& name, Series series)
{
    QCPGraph* graph = plot.addGraph();
    graph->setName(name);
    graph->setPen(QPen(seriesColor(series), 2));
    for (std::size_t t = 0; t < accuracy.size(); ++t)
        graph->addData(static_cast<double>(t + 1), accuracy[t] * 100.0);
    return graph;
}

} // namespace

void buildAccuracyPlot(QCustomPlot& plot, const std::vector<double>& convertedPerStep,
                       const std::vector<double>& encryptedPerStep, std::optional<double> ann)
{
    resetPlot(plot);
    const std::size_t steps = std::max<std::size_t>({convertedPerStep.size(), encryptedPerStep.size(), 1});
    if (!convertedPerStep.empty())
        addStepCurve(plot, convertedPerStep, PlotText::tr("Converted SNN"), Series::Converted);
    if (!encryptedPerStep.empty())
        addStepCurve(plot, encryptedPerStep, PlotText::tr("Encrypted SNN"), Series::Encrypted);
    if (ann) {
        // A two-point graph rather than a straight-line item, so the reference appears in the legend.
        QCPGraph* reference = plot.addGraph();
        reference->setName(PlotText::tr("ANN"));
        reference->setPen(QPen(seriesColor(Series::Ann), 1.5, Qt::DashLine));
        reference->addData(1, *ann * 100.0);
        reference->addData(static_cast<double>(steps), *ann * 100.0);
    }
    plot.xAxis->setLabel(PlotText::tr("Time steps T"));
    plot.yAxis->setLabel(PlotText::tr("Test accuracy (%)"));
    plot.xAxis->setRange(1, std::max<double>(static_cast<double>(steps), 2.0));
    plot.yAxis->setRange(0, 100);
    if (plot.graphCount() > 0)
        showLegend(plot, Qt::AlignBottom | Qt::AlignRight);
}

} // namespace psnn
