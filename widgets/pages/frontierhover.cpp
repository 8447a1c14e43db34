// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/frontierhover.h"

#include <QMouseEvent>
#include <QToolTip>

#include <qcustomplot.h>

#include <cmath>

namespace psnn {

FrontierHover::FrontierHover(QCustomPlot& plot) : QObject(&plot), m_plot(plot)
{
    // A left drag zooms into its rectangle (QCustomPlot cancels the rectangle of a plain click, so
    // clicks still reach the points); resetZoom shows all again.
    m_plot.setSelectionRectMode(QCP::srmZoom);
    m_plot.setMouseTracking(true);
    connect(&m_plot, &QCustomPlot::mouseMove, this, &FrontierHover::onMove);
    connect(&m_plot, &QCustomPlot::mousePress, this, &FrontierHover::onPress);
    connect(&m_plot, &QCustomPlot::mouseRelease, this, &FrontierHover::onRelease);
}

void FrontierHover::setLayout(const FrontierLayout& layout)
{
    m_layout = layout;
    m_hoverText.clear();
    m_home = QRectF(QPointF(m_plot.xAxis->range().lower, m_plot.yAxis->range().lower),
                    QPointF(m_plot.xAxis->range().upper, m_plot.yAxis->range().upper));
}

const FrontierPoint* FrontierHover::pointAt(const QPointF& pos, double radius) const
{
    const FrontierPoint* nearest = nullptr;
    double best = radius;
    for (const FrontierMark& mark : m_layout.marks) {
        const double dx = m_plot.xAxis->coordToPixel(mark.key) - pos.x();
        const double dy = m_plot.yAxis->coordToPixel(mark.value) - pos.y();
        const double distance = std::hypot(dx, dy);
        if (distance <= best) {
            best = distance;
            nearest = mark.point;
        }
    }
    return nearest;
}

void FrontierHover::resetZoom()
{
    m_plot.xAxis->setRange(m_home.left(), m_home.right());
    m_plot.yAxis->setRange(m_home.top(), m_home.bottom());
    m_plot.replot(QCustomPlot::rpQueuedReplot);
}

void FrontierHover::onMove(QMouseEvent* event)
{
    const FrontierPoint* point = pointAt(event->position());
    m_hoverText = point ? point->details : QString();
    if (point)
        QToolTip::showText(event->globalPosition().toPoint(), m_hoverText, &m_plot);
    else
        QToolTip::hideText();
}

void FrontierHover::onPress(QMouseEvent* event)
{
    m_pressed = event->position();
}

void FrontierHover::onRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->position() - m_pressed).manhattanLength() > 4)
        return; // a drag: the rubber band's
    if (const FrontierPoint* point = pointAt(event->position()); point && point->row >= 0)
        Q_EMIT pointClicked(point->row);
}

} // namespace psnn
