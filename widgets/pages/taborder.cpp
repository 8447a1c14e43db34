// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/taborder.h"

#include <QAbstractItemView>
#include <QLayout>
#include <QScrollArea>
#include <QWidget>

namespace psnn {
namespace {

void collect(const QLayout& layout, QList<QWidget*>& stops);

/// A widget and, when it lays out others, the widgets of its layout in their order. The insides
/// of a widget without a layout (a spin box's line edit, a table's scroll bars) are its own.
void collect(QWidget& widget, QList<QWidget*>& stops)
{
    if (widget.focusPolicy() & Qt::TabFocus)
        stops << &widget;
    if (auto* view = qobject_cast<QAbstractItemView*>(&widget))
        view->setTabKeyNavigation(false);
    if (const QLayout* layout = widget.layout())
        collect(*layout, stops);
    else if (auto* area = qobject_cast<QScrollArea*>(&widget); area && area->widget())
        collect(*area->widget(), stops); // a page's content scrolls inside one
}

void collect(const QLayout& layout, QList<QWidget*>& stops)
{
    for (int i = 0; i < layout.count(); ++i) {
        QLayoutItem* item = layout.itemAt(i);
        if (QWidget* widget = item->widget())
            collect(*widget, stops);
        else if (const QLayout* inner = item->layout())
            collect(*inner, stops);
    }
}

} // namespace

void orderTabsByLayout(QWidget& root)
{
    QList<QWidget*> stops;
    if (const QLayout* layout = root.layout())
        collect(*layout, stops);
    for (int i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

} // namespace psnn
