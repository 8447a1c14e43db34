// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/plotwheel.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QPointer>
#include <QWheelEvent>

#include <qcustomplot.h>

namespace psnn {
namespace {

/// QCustomPlot accepts every wheel event, which stops the page's scroll area under it. Without
/// Ctrl the event goes to that scroll area instead, as it does from a label.
class WheelFilter : public QObject {
public:
    explicit WheelFilter(QCustomPlot& plot) : QObject(&plot), m_plot(&plot) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_plot)
            return false;
        if (event->type() == QEvent::Wheel) {
            auto* wheel = static_cast<QWheelEvent*>(event);
            if (!(wheel->modifiers() & Qt::ControlModifier)) {
                // Handed on explicitly: Qt passes an ignored wheel event to the parents only when it
                // came from the window system, not when a test or another widget sent it.
                for (QWidget* w = m_plot->parentWidget(); w; w = w->parentWidget()) {
                    if (auto* area = qobject_cast<QAbstractScrollArea*>(w)) {
                        QCoreApplication::sendEvent(area->viewport(), wheel);
                        return true;
                    }
                }
                wheel->ignore();
                return true;
            }
            remember();
            return false; // the plot zooms (QCP::iRangeZoom)
        }
        if (event->type() == QEvent::MouseButtonDblClick && !m_ranges.isEmpty()) {
            restore();
            return true;
        }
        return false;
    }

private:
    /// The axes' ranges before the first zoom, for the double-click.
    void remember()
    {
        if (!m_ranges.isEmpty() || !m_plot->axisRect())
            return;
        for (QCPAxis* axis : m_plot->axisRect()->axes())
            m_ranges.append({axis, axis->range()});
    }
    void restore()
    {
        for (const auto& [axis, range] : std::as_const(m_ranges))
            if (axis)
                axis->setRange(range);
        m_ranges.clear();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    QCustomPlot* m_plot;
    QList<QPair<QPointer<QCPAxis>, QCPRange>> m_ranges;
};

} // namespace

void enablePlotWheel(QCustomPlot& plot)
{
    plot.setInteraction(QCP::iRangeZoom, true);
    plot.installEventFilter(new WheelFilter(plot));
}

} // namespace psnn
