// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/frontierplot.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace psnn {
namespace {

QColor curveColor(std::size_t index)
{
    static const Series order[] = {Series::Encrypted, Series::Converted, Series::Extra, Series::Ann};
    return seriesColor(order[index % 4]);
}

void addLevel(QCustomPlot& plot, double y, const QString& name, Qt::PenStyle style)
{
    QCPItemStraightLine* line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(QPen(plotTheme(plot).foreground, 1, style));
    QCPItemText* label = new QCPItemText(&plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    // At the left: the defences that reach these levels do so at large accuracy losses, on the right.
    label->position->setCoords(0.01, y);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setText(name);
    label->setColor(plotTheme(plot).foreground);
}

void addMark(QCustomPlot& plot, const FrontierMark& mark, double& xMin, double& xMax)
{
    if (!std::isfinite(mark.accuracyLost) || !std::isfinite(mark.judgeAccuracy))
        return;
    // The theme's text colour: no defence curve uses it, so a control never reads as one.
    const QColor color = plotTheme(plot).foreground;
    QCPGraph* graph = plot.addGraph();
    graph->setName(mark.name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(color, 2), Qt::NoBrush, 12));
    graph->setData({mark.accuracyLost}, {mark.judgeAccuracy}, true);
    QCPErrorBars* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
    bars->setDataPlottable(graph);
    bars->setData({mark.judgeAccuracy - mark.low}, {mark.high - mark.judgeAccuracy});
    bars->setPen(QPen(color, 1.2, Qt::DashLine));
    bars->removeFromLegend();
    xMin = std::min(xMin, mark.accuracyLost);
    xMax = std::max(xMax, mark.accuracyLost);
}

} // namespace

void buildFrontierPlot(QCustomPlot& plot, const std::vector<FrontierCurve>& curves, double chancePercent,
                       double marginPercent, const std::vector<FrontierMark>& marks)
{
    resetPlot(plot);
    // Six shapes over four colours: the first twelve curves differ in one or the other; curves
    // from the fifth on are also dashed.
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle,   QCPScatterStyle::ssSquare,           QCPScatterStyle::ssDiamond,
        QCPScatterStyle::ssTriangle, QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare};
    double xMin = 0, xMax = 1;
    for (std::size_t c = 0; c < curves.size(); ++c) {
        const FrontierCurve& curve = curves[c];
        const QColor color = curveColor(c);
        QCPGraph* graph = plot.addGraph();
        graph->setName(curve.name);
        const Qt::PenStyle style = c < 4 ? Qt::SolidLine : Qt::DashLine;
        graph->setPen(QPen(color, 2, style));
        graph->setScatterStyle(QCPScatterStyle(shapes[c % 6], color, Qt::white, 8));
        // Points stay in strength order: the line shows the path, not a function of x.
        QCPCurve* path = nullptr;
        QVector<double> keys, values, errLow, errHigh;
        const std::size_t n = std::min({curve.accuracyLost.size(), curve.judgeAccuracy.size(), curve.low.size(), curve.high.size()});
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(curve.accuracyLost[i]) || !std::isfinite(curve.judgeAccuracy[i]))
                continue;
            keys << curve.accuracyLost[i];
            values << curve.judgeAccuracy[i];
            errLow << curve.judgeAccuracy[i] - curve.low[i];
            errHigh << curve.high[i] - curve.judgeAccuracy[i];
            xMin = std::min(xMin, curve.accuracyLost[i]);
            xMax = std::max(xMax, curve.accuracyLost[i]);
        }
        if (keys.size() > 1) {
            path = new QCPCurve(plot.xAxis, plot.yAxis);
            path->setPen(QPen(color, 1.5, style));
            path->setData(keys, values);
            path->removeFromLegend();
        }
        // The graph keeps its data sorted by x; the error bars pair with it by index, so sort both alike.
        QVector<int> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
        QVector<double> sk, sv, sl, sh;
        for (int i : order) {
            sk << keys[i];
            sv << values[i];
            sl << errLow[i];
            sh << errHigh[i];
        }
        keys = sk;
        values = sv;
        errLow = sl;
        errHigh = sh;
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setData(keys, values, true);
        QCPErrorBars* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
        bars->setDataPlottable(graph);
        bars->setData(errLow, errHigh);
        bars->setPen(QPen(color, 1.2));
        bars->removeFromLegend();
    }
    for (const FrontierMark& mark : marks)
        addMark(plot, mark, xMin, xMax);
    addLevel(plot, chancePercent, PlotText::tr("chance"), Qt::DashLine);
    addLevel(plot, chancePercent + marginPercent, PlotText::tr("protected below (upper bound)"), Qt::DotLine);
    plot.xAxis->setLabel(PlotText::tr("Accuracy lost against the ANN (points)"));
    plot.yAxis->setLabel(PlotText::tr("Strongest attack: judge accuracy (%)"));
    const double pad = std::max(1.0, (xMax - xMin) * 0.05);
    plot.xAxis->setRange(xMin - pad, xMax + pad);
    plot.yAxis->setRange(0, 100);
    if (plot.graphCount() > 0)
        showLegend(plot, Qt::AlignTop | Qt::AlignRight);
}

} // namespace psnn
