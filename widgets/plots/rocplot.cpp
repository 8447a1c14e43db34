// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/rocplot.h"

#include <qcustomplot.h>

#include <algorithm>

namespace psnn {

void buildRocPlot(QCustomPlot& plot, const std::vector<RocSeries>& curves, int64_t members, int64_t nonMembers)
{
    resetPlot(plot);
    const double xFloor = 0.5 / static_cast<double>(std::max<int64_t>(nonMembers, 1));
    const double yFloor = 0.5 / static_cast<double>(std::max<int64_t>(members, 1));
    const double floor = std::min(xFloor, yFloor);
    QCPGraph* chance = plot.addGraph();
    chance->setName(PlotText::tr("Chance (TPR = FPR)"));
    chance->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DotLine));
    chance->addData(floor, floor);
    chance->addData(1, 1);
    for (const RocSeries& c : curves) {
        QCPGraph* graph = plot.addGraph();
        graph->setName(c.name);
        graph->setPen(QPen(seriesColor(c.series), 1.6, c.style));
        // Step shape: the TPR holds until the next false positive.
        graph->setLineStyle(QCPGraph::lsStepLeft);
        for (std::size_t i = 0; i < c.fpr.size() && i < c.tpr.size(); ++i)
            graph->addData(std::max(c.fpr[i], xFloor), std::max(c.tpr[i], yFloor));
    }
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        setLogAxis(*axis);
        axis->setRange(floor, 1.0);
    }
    plot.xAxis->setLabel(PlotText::tr("False-positive rate (non-members flagged)"));
    plot.yAxis->setLabel(PlotText::tr("True-positive rate (members found)"));
    showLegend(plot, Qt::AlignBottom | Qt::AlignRight);
}

} // namespace psnn
