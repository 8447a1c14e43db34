// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/plotstyle.h"

#include <qcustomplot.h>

namespace psnn {

namespace {

constexpr int SlantAbove = 6; // more categories than this and horizontal names collide

} // namespace

QColor seriesColor(Series series)
{
    // Colour-blind-safe (Okabe-Ito) hues; ANN is neutral because it is the reference, not a contender.
    switch (series) {
    case Series::Ann:
        return QColor(0x55, 0x55, 0x55);
    case Series::Converted:
        return QColor(0x00, 0x72, 0xb2);
    case Series::Encrypted:
        return QColor(0xe6, 0x9f, 0x00);
    case Series::Extra:
        break;
    }
    return QColor(0x00, 0x9e, 0x73);
}

void resetPlot(QCustomPlot& plot)
{
    plot.clearPlottables();
    plot.clearItems();
    // Bar groups are children of the plot, not plottables, so clearing leaves them behind.
    qDeleteAll(plot.findChildren<QCPBarsGroup*>(QString(), Qt::FindDirectChildrenOnly));
    QCPLayoutGrid* layout = plot.plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        if (auto* scale = qobject_cast<QCPColorScale*>(layout->elementAt(i)))
            layout->remove(scale);
    }
    plot.plotLayout()->simplify();
    plot.axisRect()->setMarginGroup(QCP::msAll, nullptr);

    for (QCPAxis* axis : {plot.xAxis, plot.yAxis, plot.xAxis2, plot.yAxis2}) {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setLabel(QString());
        axis->setRangeReversed(false);
        axis->setTickLabelRotation(0);
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(6); // QCPAxis's default, which the log axis changes
        axis->grid()->setVisible(axis == plot.xAxis || axis == plot.yAxis);
    }
    plot.xAxis2->setVisible(false);
    plot.yAxis2->setVisible(false);
    plot.legend->setVisible(false);
    plot.setBackground(Qt::white);
}

void setCategoryTicks(QCPAxis& axis, const QStringList& names)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < names.size(); ++i)
        ticker->addTick(i + 1, names.at(i));
    axis.setTicker(ticker);
    axis.setTickLabelRotation(names.size() > SlantAbove ? 40 : 0);
    axis.grid()->setVisible(false);
    axis.setRange(0.4, names.size() + 0.6);
}

void showLegend(QCustomPlot& plot, Qt::Alignment corner)
{
    plot.legend->setVisible(true);
    plot.legend->setBrush(QColor(255, 255, 255, 210));
    plot.legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

} // namespace psnn
