// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "workerthread.h"

#include <QApplication>
#include <QMessageBox>

#include <qcustomplot.h>

namespace psnn {

void showAboutDialog(QWidget* parent)
{
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>");
    const QString libraries = row.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QApplication::tr("LGPL-3.0"))
                              + row.arg(QStringLiteral("LibTorch"), WorkerThread::torchVersion(), QApplication::tr("BSD-3-Clause"))
                              + row.arg(QStringLiteral("OpenCV"), WorkerThread::opencvVersion(), QApplication::tr("Apache-2.0"))
                              + row.arg(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR), QApplication::tr("GPL-3.0"));
    QMessageBox::about(parent, QApplication::tr("About PrivateSNN Lab"),
                       QApplication::tr("<h3>%1 %2</h3><p>See, measure and stop class leakage in spiking neural networks.</p>"
                                        "<p>Licensed under the GNU GPL, version 3 or later.</p>"
                                        "<table cellspacing=\"6\"><tr><th align=\"left\">Library</th><th align=\"left\">Version</th>"
                                        "<th align=\"left\">Licence</th></tr>%3</table>")
                           .arg(QApplication::applicationName().toHtmlEscaped(), QApplication::applicationVersion(), libraries));
}

} // namespace psnn
