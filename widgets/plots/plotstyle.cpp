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
    applyPlotTheme(plot);
}

namespace {
const char* const ThemeProperty = "psnnPlotTheme";

void themeAxis(QCPAxis& axis, const PlotTheme& theme)
{
    axis.setBasePen(QPen(theme.foreground, 0));
    axis.setTickPen(QPen(theme.foreground, 0));
    axis.setSubTickPen(QPen(theme.foreground, 0));
    axis.setLabelColor(theme.foreground);
    axis.setTickLabelColor(theme.foreground);
    axis.grid()->setPen(QPen(theme.grid, 0, Qt::DotLine));
    axis.grid()->setZeroLinePen(QPen(theme.grid, 0, Qt::SolidLine));
}
} // namespace

PlotTheme PlotTheme::fromPalette(const QPalette& palette)
{
    PlotTheme theme;
    theme.background = palette.color(QPalette::Active, QPalette::Base);
    theme.foreground = palette.color(QPalette::Active, QPalette::Text);
    if (theme.isDark()) {
        theme.grid = palette.color(QPalette::Active, QPalette::Mid);
        if (qAbs(theme.grid.lightness() - theme.background.lightness()) < 40)
            theme.grid = theme.background.lighter(220);
        theme.legendBackground = theme.background;
        theme.legendBackground.setAlpha(220);
        theme.legendBorder = theme.grid;
        theme.annColor = QColor(0xbb, 0xbb, 0xbb);
    }
    return theme;
}

void setPlotTheme(QCustomPlot& plot, const PlotTheme& theme)
{
    plot.setProperty(ThemeProperty, QVariant::fromValue(QList<QColor>{theme.background, theme.foreground, theme.grid,
                                                                      theme.legendBackground, theme.legendBorder,
                                                                      theme.annColor}));
    applyPlotTheme(plot);
}

PlotTheme plotTheme(const QCustomPlot& plot)
{
    const QList<QColor> c = plot.property(ThemeProperty).value<QList<QColor>>();
    if (c.size() != 6)
        return PlotTheme::light();
    return {c[0], c[1], c[2], c[3], c[4], c[5]};
}

void applyPlotTheme(QCustomPlot& plot)
{
    const PlotTheme theme = plotTheme(plot);
    plot.setBackground(theme.background);
    for (QCPAxis* axis : plot.axisRect()->axes())
        themeAxis(*axis, theme);
    QCPLayoutGrid* layout = plot.plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i) {
        if (auto* scale = qobject_cast<QCPColorScale*>(layout->elementAt(i)))
            themeAxis(*scale->axis(), theme);
        else if (auto* title = qobject_cast<QCPTextElement*>(layout->elementAt(i)))
            title->setTextColor(theme.foreground);
    }
    plot.legend->setBrush(theme.legendBackground);
    plot.legend->setBorderPen(QPen(theme.legendBorder));
    plot.legend->setTextColor(theme.foreground);
    if (!theme.isDark())
        return;
    // Builders draw the ANN in a dark grey and fill markers white, both made for a light page.
    const QColor ann = seriesColor(Series::Ann);
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot.plottable(i);
        QPen pen = p->pen();
        if (pen.color() == ann) {
            pen.setColor(theme.annColor);
            p->setPen(pen);
        }
        if (p->brush().color() == ann)
            p->setBrush(theme.annColor);
        if (auto* graph = qobject_cast<QCPGraph*>(p)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone() && scatter.brush().color() == QColor(Qt::white)) {
                scatter.setBrush(theme.background);
                if (scatter.pen().color() == ann)
                    scatter.setPen(QPen(theme.annColor));
                graph->setScatterStyle(scatter);
            }
        }
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i))) {
            if (text->color() == QColor(Qt::black) && text->position->type() != QCPItemPosition::ptPlotCoords)
                text->setColor(theme.foreground);
        } else if (auto* line = qobject_cast<QCPItemStraightLine*>(plot.item(i))) {
            if (line->pen().color() == ann) {
                QPen pen = line->pen();
                pen.setColor(theme.annColor);
                line->setPen(pen);
            }
        }
    }
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
    const PlotTheme theme = plotTheme(plot);
    plot.legend->setBrush(theme.legendBackground);
    plot.legend->setBorderPen(QPen(theme.legendBorder));
    plot.legend->setTextColor(theme.foreground);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

} // namespace psnn
