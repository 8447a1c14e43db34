// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/similarityheatmap.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <cmath>

namespace psnn {

namespace {

constexpr int LabelledCellsUpTo = 12; // beyond this the numbers no longer fit inside the cells

void setClassTicks(QCPAxis& axis, const QStringList& names, int count)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < count; ++i)
        ticker->addTick(i, i < names.size() ? names.at(i) : QString::number(i));
    axis.setTicker(ticker);
    axis.grid()->setVisible(false);
    axis.setRange(-0.5, count - 0.5);
}

// Dark text on light cells and light text on dark ones.
QColor inkFor(QRgb cell)
{
    return qGray(cell) > 140 ? Qt::black : Qt::white;
}

} // namespace

QCPColorMap* buildSimilarityHeatmap(QCustomPlot& plot, const std::vector<std::vector<double>>& similarity,
                                    const QStringList& classNames)
{
    resetPlot(plot);
    const int classes = static_cast<int>(similarity.size());
    auto* map = new QCPColorMap(plot.xAxis, plot.yAxis);
    map->setName(PlotText::tr("Class similarity"));
    if (classes == 0)
        return map;
    map->data()->setSize(classes, classes);
    map->data()->setRange(QCPRange(0, classes - 1), QCPRange(0, classes - 1));
    for (int row = 0; row < classes; ++row) {
        const std::vector<double>& values = similarity[static_cast<std::size_t>(row)];
        for (int column = 0; column < classes; ++column) {
            const double value =
                column < static_cast<int>(values.size()) ? values[static_cast<std::size_t>(column)] : std::nan("");
            map->data()->setCell(column, row, value);
        }
    }
    map->setInterpolate(false);
    map->setGradient(QCPColorGradient(QCPColorGradient::gpThermal));

    auto* scale = new QCPColorScale(&plot);
    plot.plotLayout()->addElement(0, 1, scale);
    scale->setLabel(PlotText::tr("Similarity"));
    map->setColorScale(scale);
    map->rescaleDataRange(true);
    // Keep the colour scale as tall as the map rather than the whole widget.
    auto* margins = new QCPMarginGroup(&plot);
    plot.axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    setClassTicks(*plot.xAxis, classNames, classes);
    setClassTicks(*plot.yAxis, classNames, classes);
    plot.xAxis->setTickLabelRotation(classes > 4 ? 40 : 0);
    plot.yAxis->setRangeReversed(true); // class 0 on top, as in a printed matrix

    if (classes > 0 && classes <= LabelledCellsUpTo) {
        for (int row = 0; row < classes; ++row) {
            for (int column = 0; column < classes; ++column) {
                const double value = map->data()->cell(column, row);
                if (!std::isfinite(value))
                    continue;
                auto* label = new QCPItemText(&plot);
                label->position->setType(QCPItemPosition::ptPlotCoords);
                label->position->setCoords(column, row);
                label->setText(QString::number(value, 'f', 2));
                QFont font = label->font();
                font.setPointSizeF(font.pointSizeF() * 0.8);
                label->setFont(font);
                const QCPRange range = map->dataRange();
                label->setColor(inkFor(map->gradient().color(value, range)));
            }
        }
    }
    return map;
}

} // namespace psnn
