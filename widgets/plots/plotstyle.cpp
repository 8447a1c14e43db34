// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <QLocale>

#include <algorithm>
#include <cmath>

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
    if (plot.legend->layout() == layout) { // showLegendBelow moved it out of the axis rectangle
        layout->take(plot.legend);
        plot.axisRect()->insetLayout()->addElement(plot.legend, Qt::AlignTop | Qt::AlignRight);
        plot.legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
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

class ReadableLogTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar, int) override { return logTickLabel(tick, locale); }
};

QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(exponent)))
        text += QChar(digits[c.digitValue()]);
    return text;
}

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

QString logTickLabel(double value, const QLocale& locale)
{
    if (!(value > 0) || !std::isfinite(value))
        return QString();
    const int exponent = int(std::floor(std::log10(value) + 1e-9));
    if (exponent >= -3 && exponent <= 5) {
        // Plain digits, as many decimals as the value needs (0.001, 0.05, 1, 20000).
        const int decimals = std::max(0, -exponent + 1);
        QString text = locale.toString(value, 'f', decimals);
        if (decimals > 0) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(locale.decimalPoint()))
                text.chop(locale.decimalPoint().size());
        }
        return text;
    }
    const double mantissa = value / std::pow(10.0, exponent);
    const QString power = QStringLiteral("10") + superscript(exponent);
    return std::abs(mantissa - 1) < 1e-6 ? power : locale.toString(mantissa, 'g', 2) + QStringLiteral("·") + power;
}

void fitAxisLabels(QCustomPlot& plot)
{
    const char* const fullKey = "psnnFullLabel";
    const char* const shownKey = "psnnShownLabel";
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            QString full = axis->label();
            if (axis->property(shownKey).toString() == full && !full.isEmpty())
                full = axis->property(fullKey).toString(); // the one this function shortened
            const bool vertical = axis->orientation() == Qt::Vertical;
            // Before the first layout the rectangle is empty; the widget's size is near enough.
            const int length = vertical ? (rect->height() > 0 ? rect->height() : plot.height() - 60)
                                        : (rect->width() > 0 ? rect->width() : plot.width() - 80);
            QString shown = full;
            if (!full.contains(QLatin1Char('\n')) && QFontMetrics(axis->labelFont()).horizontalAdvance(full) > length) {
                // The space nearest the middle; a title without spaces (Chinese) breaks in the middle.
                const int middle = int(full.size()) / 2;
                int cut = -1;
                for (int d = 0; d <= middle && cut < 0; ++d) {
                    if (middle - d > 0 && full[middle - d] == QLatin1Char(' '))
                        cut = middle - d;
                    else if (middle + d < full.size() - 1 && full[middle + d] == QLatin1Char(' '))
                        cut = middle + d;
                }
                shown = cut > 0 ? full.left(cut) + QLatin1Char('\n') + full.mid(cut + 1)
                                : full.left(middle) + QLatin1Char('\n') + full.mid(middle);
            }
            axis->setProperty(fullKey, full);
            axis->setProperty(shownKey, shown);
            if (axis->label() != shown)
                axis->setLabel(shown);
        }
    }
}

void setLogAxis(QCPAxis& axis)
{
    axis.setScaleType(QCPAxis::stLogarithmic);
    axis.setTicker(QSharedPointer<QCPAxisTicker>(new ReadableLogTicker));
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

void showLegendBelow(QCustomPlot& plot)
{
    showLegend(plot, Qt::AlignTop | Qt::AlignRight);
    QCPLayoutGrid* layout = plot.plotLayout();
    if (plot.legend->layout() != layout) {
        plot.axisRect()->insetLayout()->take(plot.legend);
        layout->addElement(layout->rowCount(), 0, plot.legend);
        layout->setRowStretchFactor(layout->rowCount() - 1, 0.001); // as tall as its entries
    }
    plot.legend->setWrap(3); // before the fill order, which rearranges the entries by it
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setMargins(QMargins(4, 2, 4, 2));
}

} // namespace psnn
