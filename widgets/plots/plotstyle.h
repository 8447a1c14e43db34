// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
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

/// Empties a plot for a builder: builders may be called again on the same plot (GUI pages redraw
/// as new data arrives), so everything an earlier builder added is removed, including a heatmap's
/// colour scale and a logarithmic axis.
void resetPlot(QCustomPlot& plot);

/// Puts one named tick at 1, 2, … n and leaves room on both sides for bars. Long lists of names
/// are slanted so they do not overlap.
void setCategoryTicks(QCPAxis& axis, const QStringList& names);

/// Shows the legend in a corner of the axis rectangle, with a translucent frame.
void showLegend(QCustomPlot& plot, Qt::Alignment corner);

} // namespace psnn
