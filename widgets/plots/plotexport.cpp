// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/plotexport.h"

#include "plots/plotstyle.h"

#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace psnn {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool savePlotPng(QCustomPlot& plot, const QString& path, const QSize& size, double scale, QString* error)
{
    const QPixmap pixmap = plot.toPixmap(size.width(), size.height(), scale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    if (!pixmap.save(&file, "PNG"))
        return fail(error, PlotText::tr("could not encode the PNG image"));
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

bool savePlotSvg(QCustomPlot& plot, const QString& path, const QSize& size, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    {
        // QCPPainter begins on the device; ending it before commit() flushes the closing tags.
        QCPPainter painter(&generator);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

} // namespace psnn
