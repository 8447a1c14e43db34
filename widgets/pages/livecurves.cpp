// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/livecurves.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

namespace psnn {

LiveCurves::LiveCurves(QCustomPlot& plot)
    : m_plot(plot)
{
}

void LiveCurves::start(const QVector<Curve>& curves, const QString& xLabel, const QString& yLabel)
{
    resetPlot(m_plot);
    m_graphs.clear();
    for (const Curve& curve : curves) {
        QCPGraph* graph = m_plot.addGraph();
        graph->setName(curve.label);
        graph->setPen(QPen(curve.color, 1.6));
        m_graphs.insert(curve.series, graph);
    }
    m_plot.xAxis->setLabel(xLabel);
    m_plot.yAxis->setLabel(yLabel);
    if (curves.size() > 1)
        showLegend(m_plot, m_legendCorner);
    if (m_fixedValueRange)
        m_plot.yAxis->setRange(m_lower, m_upper);
    m_plot.replot(QCustomPlot::rpQueuedReplot);
}

int LiveCurves::add(const QVector<MetricPoint>& points)
{
    int added = 0;
    for (const MetricPoint& point : points) {
        if (QCPGraph* graph = m_graphs.value(point.series)) {
            graph->addData(point.x, point.y);
            ++added;
        }
    }
    if (added > 0) {
        m_plot.rescaleAxes();
        if (m_fixedValueRange)
            m_plot.yAxis->setRange(m_lower, m_upper);
        m_plot.replot(QCustomPlot::rpQueuedReplot);
    }
    return added;
}

bool LiveCurves::isEmpty() const
{
    for (const QCPGraph* graph : m_graphs) {
        if (!graph->data()->isEmpty())
            return false;
    }
    return true;
}

} // namespace psnn

namespace psnn {

void LiveCurves::setFixedValueRange(double lower, double upper)
{
    m_fixedValueRange = true;
    m_lower = lower;
    m_upper = upper;
    m_plot.yAxis->setRange(lower, upper);
}

int LiveCurves::pointCount() const
{
    int count = 0;
    for (const QCPGraph* graph : m_graphs)
        count += graph->data()->size();
    return count;
}

} // namespace psnn
