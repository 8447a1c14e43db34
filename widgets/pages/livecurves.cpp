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
        showLegend(m_plot, Qt::AlignTop | Qt::AlignRight);
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
