// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/viewzoom.h"

#include "pages/imagegallery.h"

#include <QSettings>
#include <QWidget>
#include <qcustomplot.h>

#include <algorithm>
#include <utility>

namespace psnn {
namespace {

/// The size of a font at zoom 1, kept on the object that holds it under `name` the first time it is
/// seen: a font made after an earlier zoom is divided by that zoom.
double baseSize(QObject* holder, const char* name, const QFont& font, double applied)
{
    const QVariant known = holder->property(name);
    if (known.isValid())
        return known.toDouble();
    const double size = font.pointSizeF() > 0 ? font.pointSizeF() : double(font.pixelSize());
    const double base = size / applied;
    holder->setProperty(name, base);
    return base;
}

QFont zoomed(QObject* holder, const char* name, QFont font, double applied, double factor)
{
    const double size = baseSize(holder, name, font, applied) * factor;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(size);
    else
        font.setPixelSize(std::max(1, qRound(size)));
    return font;
}

void zoomPlot(QCustomPlot& plot, double applied, double factor)
{
    for (QCPAxisRect* rect : plot.axisRects())
        for (QCPAxis* axis : rect->axes()) {
            axis->setLabelFont(zoomed(axis, "psnnZoomLabel", axis->labelFont(), applied, factor));
            axis->setTickLabelFont(zoomed(axis, "psnnZoomTicks", axis->tickLabelFont(), applied, factor));
        }
    if (plot.legend) {
        plot.legend->setFont(zoomed(plot.legend, "psnnZoomFont", plot.legend->font(), applied, factor));
        for (int i = 0; i < plot.legend->itemCount(); ++i)
            if (QCPAbstractLegendItem* item = plot.legend->item(i))
                item->setFont(zoomed(item, "psnnZoomFont", item->font(), applied, factor));
    }
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            text->setFont(zoomed(text, "psnnZoomFont", text->font(), applied, factor));
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
            text->setFont(zoomed(text, "psnnZoomFont", text->font(), applied, factor));
    plot.replot(QCustomPlot::rpQueuedReplot);
}

} // namespace

ViewZoom::ViewZoom(QWidget* window, const QString& settingsKey)
    : QObject(window)
    , m_window(window)
    , m_key(settingsKey)
    , m_factor(std::clamp(QSettings().value(settingsKey, 1.0).toDouble(), 0.5, 3.0))
{
}

void ViewZoom::setFactor(double factor)
{
    m_factor = std::clamp(factor, 0.5, 3.0);
    QSettings().setValue(m_key, m_factor);
    apply();
    Q_EMIT changed(m_factor);
}

void ViewZoom::zoomIn()
{
    setFactor(m_factor * kStep);
}

void ViewZoom::zoomOut()
{
    setFactor(m_factor / kStep);
}

void ViewZoom::reset()
{
    setFactor(1);
}

void ViewZoom::apply()
{
    const double applied = m_applied;
    // Other windows (a dialog, the classroom view) zoom on their own. A widget that inherits its
    // font follows the window's; one with its own (a heading) is scaled from its size at zoom 1.
    QList<QWidget*> own{m_window};
    for (QWidget* w : m_window->findChildren<QWidget*>())
        if (w->window() == m_window && w->testAttribute(Qt::WA_SetFont))
            own << w;
    // Every size is read before any is set: a heading that sets only boldness reads the window's
    // size, which must not be the zoomed one yet.
    for (QWidget* w : std::as_const(own))
        baseSize(w, "psnnZoomFont", w->font(), applied);
    for (QWidget* w : std::as_const(own))
        w->setFont(zoomed(w, "psnnZoomFont", w->font(), applied, m_factor));
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        if (w->window() != m_window)
            continue;
        if (auto* plot = qobject_cast<QCustomPlot*>(w))
            zoomPlot(*plot, applied, m_factor);
        if (auto* gallery = qobject_cast<ImageGallery*>(w))
            gallery->setZoom(m_factor);
    }
    m_applied = m_factor;
}

} // namespace psnn
