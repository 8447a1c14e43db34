// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/encryptionlossplot.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace psnn {

namespace {

void addLossCurve(QCustomPlot& plot, const std::vector<double>& epochs, const std::vector<double>& loss,
                  const QString& name, const QPen& pen, QCPScatterStyle::ScatterShape shape)
{
    if (loss.empty())
        return;
    QCPGraph* graph = plot.addGraph();
    graph->setName(name);
    graph->setPen(pen);
    graph->setScatterStyle(QCPScatterStyle(shape, pen.color(), Qt::white, 7));
    const std::size_t count = std::min(epochs.size(), loss.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (std::isfinite(loss[i]))
            graph->addData(epochs[i], loss[i]);
    }
}

} // namespace

void buildEncryptionLossPlot(QCustomPlot& plot, const std::vector<double>& epochs, const std::vector<double>& ce,
                             const std::vector<double>& kd, const std::vector<double>& total)
{
    resetPlot(plot);
    addLossCurve(plot, epochs, ce, PlotText::tr("Cross-entropy"), QPen(seriesColor(Series::Converted), 2),
                 QCPScatterStyle::ssCircle);
    addLossCurve(plot, epochs, kd, PlotText::tr("Distillation"), QPen(seriesColor(Series::Extra), 2),
                 QCPScatterStyle::ssDiamond);
    addLossCurve(plot, epochs, total, PlotText::tr("Total"), QPen(seriesColor(Series::Encrypted), 2.5),
                 QCPScatterStyle::ssSquare);
    plot.xAxis->setLabel(PlotText::tr("Epoch"));
    plot.yAxis->setLabel(PlotText::tr("Loss"));
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // whole epochs, thinned out on long runs
    plot.xAxis->setTicker(ticker);
    plot.rescaleAxes();
    const QCPRange span = plot.xAxis->range();
    plot.xAxis->setRange(span.lower - 0.5, span.upper + 0.5);
    plot.yAxis->setRange(0, std::max(plot.yAxis->range().upper * 1.1, 1e-6));
    if (plot.graphCount() > 0)
        showLegend(plot, Qt::AlignTop | Qt::AlignRight);
}

} // namespace psnn
