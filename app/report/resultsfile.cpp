// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsfile.h"

#include "reporttext.h"
#include "reportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace psnn {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw ReportError(message.toStdString());
}

const QStringList ObjectSections = {
    QStringLiteral("judge"),      QStringLiteral("data_free"), QStringLiteral("synthesis"),
    QStringLiteral("conversion"), QStringLiteral("accuracy"),  QStringLiteral("encryption"),
    QStringLiteral("activity"),   QStringLiteral("energy"),    QStringLiteral("leakage"),
    QStringLiteral("config"),     QStringLiteral("provenance"),
};

} // namespace

ResultsFile loadResults(const QString& labDir)
{
    ResultsFile file;
    file.path = QDir(labDir).absoluteFilePath(QStringLiteral("results.json"));
    if (!QFileInfo(labDir).isDir())
        fail(ReportText::tr("The lab folder %1 does not exist.").arg(labDir));
    QFile input(file.path);
    if (!input.exists())
        fail(ReportText::tr("%1 does not exist: the lab has no results yet. Run the pipeline on this lab first.")
                 .arg(file.path));
    if (!input.open(QIODevice::ReadOnly))
        fail(ReportText::tr("Cannot read %1: %2").arg(file.path, input.errorString()));
    file.bytes = input.readAll();

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(ReportText::tr("%1 is not valid JSON: %2 at byte %3.")
                 .arg(file.path, error.errorString(), QString::number(error.offset)));
    }
    if (!document.isObject())
        fail(ReportText::tr("%1 is not a results file: the top level is not a JSON object.").arg(file.path));
    file.results = document.object();

    const QString schema = file.results.value(QStringLiteral("schema")).toString();
    if (schema != QStringLiteral("privatesnn-results")) {
        fail(ReportText::tr("%1 is not a PrivateSNN results file: its schema is \"%2\", expected "
                            "\"privatesnn-results\".")
                 .arg(file.path, schema));
    }
    const QJsonValue version = file.results.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != ResultsVersion) {
        fail(ReportText::tr("%1 has results version %2, but this report writer reads version %3.")
                 .arg(file.path, version.isDouble() ? QString::number(version.toDouble()) : ReportText::tr("(none)"),
                      QString::number(ResultsVersion)));
    }
    if (!file.results.value(QStringLiteral("model")).isObject())
        fail(ReportText::tr("%1 has no \"model\" section, which every results file must have.").arg(file.path));
    for (const QString& section : ObjectSections) {
        const QJsonValue value = file.results.value(section);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(ReportText::tr("%1: the \"%2\" section is not a JSON object.").arg(file.path, section));
    }
    return file;
}

} // namespace psnn
