// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

class QCPAxis;
class QCustomPlot;

namespace psnn {

/// Translation context of the chart texts: the builders are free functions, which have no tr().
class PlotText
{
    Q_DECLARE_TR_FUNCTIONS(PlotText)
};

/// The networks a chart compares. Each keeps one colour in every chart, so a reader who learned
/// "orange is encrypted" on one plot can trust it on the next.
enum class Series { Ann, Converted, Encrypted, Extra };

QColor seriesColor(Series series);

/// The colours of a chart's frame: background, axes, text, grid, legend. Light by default (the
/// report's PNG/SVG/PDF plots); the GUI pages derive one from the widget palette, so charts follow
/// a dark system palette. A theme travels with its plot (setPlotTheme) and every builder's
/// resetPlot applies it, so the builders stay the same for report and GUI.
struct PlotTheme {
    QColor background = Qt::white;
    QColor foreground = Qt::black; ///< axes, ticks, labels, legend text
    QColor grid = QColor(200, 200, 200);
    QColor legendBackground = QColor(255, 255, 255, 210);
    QColor legendBorder = QColor(0xbb, 0xbb, 0xbb);
    /// The ANN's neutral grey, lightened on dark backgrounds so it stays readable.
    QColor annColor = QColor(0x55, 0x55, 0x55);

    static PlotTheme light() { return {}; }
    /// Base, Text and Mid of the palette (its active group).
    static PlotTheme fromPalette(const QPalette& palette);
    bool isDark() const { return background.lightness() < 128; }
};

/// Attaches a theme to a plot and applies it (without replotting).
void setPlotTheme(QCustomPlot& plot, const PlotTheme& theme);
/// The plot's theme: light unless setPlotTheme gave it another.
PlotTheme plotTheme(const QCustomPlot& plot);
/// Applies the plot's theme to what it shows now: frame colours, and on a dark theme the ANN grey
/// and white marker fills that builders use. Cheap; safe to call before every replot.
void applyPlotTheme(QCustomPlot& plot);

/// Empties a plot for a builder: builders may be called again on the same plot (GUI pages redraw
/// as new data arrives), so everything an earlier builder added is removed, including a heatmap's
/// colour scale and a logarithmic axis.
void resetPlot(QCustomPlot& plot);

/// Makes an axis logarithmic with tick labels people read in every locale: 0.001 … 100000 as plain
/// numbers (QCustomPlot's own read "1E+00" in German and Chinese), beyond that 10⁻⁶, 2·10⁷.
void setLogAxis(QCPAxis& axis);
/// A log axis's tick label for value in locale.
QString logTickLabel(double value, const QLocale& locale);

/// Breaks an axis title that is longer than its axis onto two lines (a German or Korean title of a
/// short plot was cut off at both ends), and joins it again when the axis grows. Call it before
/// each replot; a builder's new title replaces the old one.
void fitAxisLabels(QCustomPlot& plot);

/// Puts one named tick at 1, 2, … n and leaves room on both sides for bars. Long lists of names
/// are slanted so they do not overlap.
void setCategoryTicks(QCPAxis& axis, const QStringList& names);

/// Shows the legend in a corner of the axis rectangle, with a translucent frame.
void showLegend(QCustomPlot& plot, Qt::Alignment corner);
/// Shows the legend below the axis rectangle, its entries side by side, where it covers no data
/// (resetPlot puts it back inside).
void showLegendBelow(QCustomPlot& plot);

} // namespace psnn
