// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

class QCustomPlot;
class QMouseEvent;

namespace psnn {

/// The frontier's mouse: hovering a point shows its values as a tooltip, clicking it names its
/// study table row, dragging draws a rubber band to zoom into, and resetZoom() shows every point
/// again. The marks come from buildFrontierPlot.
class FrontierHover : public QObject {
    Q_OBJECT
public:
    explicit FrontierHover(QCustomPlot& plot);
    /// Call right after buildFrontierPlot: the axes' ranges then are the ones resetZoom returns to.
    void setLayout(const FrontierLayout& layout);
    /// The point drawn within radius pixels of pos (the nearest), or null.
    const FrontierPoint* pointAt(const QPointF& pos, double radius = 10) const;
    /// What the hover shows now ("" when the mouse is over no point).
    QString hoverText() const { return m_hoverText; }
    void resetZoom();

Q_SIGNALS:
    /// A point was clicked: its row in the study table.
    void pointClicked(int row);

private:
    void onMove(QMouseEvent* event);
    void onPress(QMouseEvent* event);
    void onRelease(QMouseEvent* event);

    QCustomPlot& m_plot;
    FrontierLayout m_layout;
    QString m_hoverText;
    QPointF m_pressed;
    QRectF m_home; ///< x: the x range, y: the y range, as buildFrontierPlot left them
};

} // namespace psnn
