// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"

#include <QColor>
#include <QHash>

class QCPGraph;
class QCustomPlot;

namespace psnn {

/// Live lines on a plot: points of named series arrive in batches while a step runs, and the plot
/// is redrawn once per batch (queued), never once per point.
class LiveCurves
{
public:
    struct Curve {
        QString series; ///< metric name, e.g. "ce"
        QString label;  ///< legend text
        QColor color;
    };
    explicit LiveCurves(QCustomPlot& plot);

    /// Empties the plot and prepares one line per curve.
    void start(const QVector<Curve>& curves, const QString& xLabel, const QString& yLabel);
    /// Adds the points of known series and redraws when any was added; returns how many were.
    int add(const QVector<MetricPoint>& points);
    bool isEmpty() const;
    /// Keeps the value axis at [lower, upper] (accuracies: 0 to 1) instead of fitting the data.
    void setFixedValueRange(double lower, double upper);
    /// Where the legend goes (top right unless set): a corner the lines stay away from.
    void setLegendCorner(Qt::Alignment corner) { m_legendCorner = corner; }
    /// Points on all lines together.
    int pointCount() const;
    /// Forgets the lines without touching the plot, before a chart builder resets it; later points
    /// are ignored until the next start().
    void detach() { m_graphs.clear(); }

private:
    QCustomPlot& m_plot;
    QHash<QString, QCPGraph*> m_graphs;
    Qt::Alignment m_legendCorner = Qt::AlignTop | Qt::AlignRight;
    bool m_fixedValueRange = false;
    double m_lower = 0;
    double m_upper = 1;
};

} // namespace psnn
