// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "privatesnn/results.h"

namespace psnn {

/// results.json as read from a lab: the typed results the sections print, the parsed object and
/// the exact bytes (both copied and hashed in report.json, so an auditor can tie a report to the
/// results it was made from).
struct ResultsFile {
    QString path;
    QByteArray bytes;
    QJsonObject results;
    LabResults data;
};

/// Reads and checks `labDir`/results.json: it must exist and be results this writer can read
/// (parseLabResults: schema, a version up to kResultsVersion, a "model" section, sections of the
/// right types). Throws ReportError naming the file and the first problem found, with the way out.
ResultsFile loadResults(const QString& labDir);

} // namespace psnn
