// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/plotsavemenu.h"

#include "plots/plotexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <qcustomplot.h>

namespace psnn {
namespace {

const QString ExportFolderKey = QStringLiteral("paths/lastPlotFolder");

void save(QCustomPlot& plot, const QString& name, bool svg)
{
    QSettings settings;
    const QString folder = settings.value(ExportFolderKey, QDir::homePath()).toString();
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString filter = svg ? QCoreApplication::translate("PlotSaveMenu", "SVG images (*.svg)")
                               : QCoreApplication::translate("PlotSaveMenu", "PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(&plot, QCoreApplication::translate("PlotSaveMenu", "Save Plot"),
                                                QDir(folder).filePath(name + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    QString error;
    const QSize size = plot.size().expandedTo(QSize(640, 400));
    const bool ok = svg ? savePlotSvg(plot, path, size, name, &error) : savePlotPng(plot, path, size, 2.0, &error);
    if (!ok)
        QMessageBox::warning(&plot, QCoreApplication::translate("PlotSaveMenu", "Save Plot"), error);
}

} // namespace

void enablePlotSaving(QCustomPlot& plot, const QString& name)
{
    plot.setContextMenuPolicy(Qt::CustomContextMenu);
    plot.setToolTip(QCoreApplication::translate("PlotSaveMenu", "Right-click to save this plot as PNG or SVG"));
    QObject::connect(&plot, &QWidget::customContextMenuRequested, &plot, [&plot, name](const QPoint& at) {
        QMenu menu(&plot);
        menu.addAction(QCoreApplication::translate("PlotSaveMenu", "Save as &PNG…"), &plot, [&plot, name] { save(plot, name, false); });
        menu.addAction(QCoreApplication::translate("PlotSaveMenu", "Save as &SVG…"), &plot, [&plot, name] { save(plot, name, true); });
        menu.exec(plot.mapToGlobal(at));
    });
}

} // namespace psnn
