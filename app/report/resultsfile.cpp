// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsfile.h"

#include "reporttext.h"
#include "reportwriter.h"

#include "privatesnn/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace psnn {

ResultsFile loadResults(const QString& labDir)
{
    ResultsFile file;
    file.path = QDir(labDir).absoluteFilePath(QStringLiteral("results.json"));
    if (!QFileInfo(labDir).isDir())
        failReport(ReportText::tr("The lab folder %1 does not exist.").arg(labDir));
    QFile input(file.path);
    if (!input.exists())
        failReport(ReportText::tr("%1 does not exist: the lab has no results yet. Run the pipeline on this lab first.")
                       .arg(file.path));
    if (!input.open(QIODevice::ReadOnly))
        failReport(ReportText::tr("Cannot read %1: %2").arg(file.path, input.errorString()));
    file.bytes = input.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        failReport(ReportText::tr("%1 is not valid JSON: %2 at byte %3.")
                       .arg(file.path, error.errorString(), QString::number(error.offset)));
    }
    file.results = document.object();
    try {
        file.data = parseLabResults(file.bytes.toStdString());
    } catch (const Error& e) {
        // "results.json ..." names the file; the full path tells which lab's.
        QString message = QString::fromStdString(e.what());
        if (message.startsWith(QStringLiteral("results.json")))
            message.replace(0, 12, file.path);
        failReport(e.hint().empty() ? message : message + u' ' + QString::fromStdString(e.hint()));
    }
    return file;
}

} // namespace psnn
