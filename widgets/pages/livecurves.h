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
    /// Forgets the lines without touching the plot, before a chart builder resets it; later points
    /// are ignored until the next start().
    void detach() { m_graphs.clear(); }

private:
    QCustomPlot& m_plot;
    QHash<QString, QCPGraph*> m_graphs;
};

} // namespace psnn
