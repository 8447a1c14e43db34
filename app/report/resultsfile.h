// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace psnn {

/// The schema header this writer understands (docs/lab-format.md).
inline constexpr int ResultsVersion = 1;

/// results.json as read from a lab: the parsed object and the exact bytes (hashed in report.json,
/// so an auditor can tie a report to the results it was made from).
struct ResultsFile {
    QString path;
    QByteArray bytes;
    QJsonObject results;
};

/// Reads and checks `labDir`/results.json: it must exist, be a JSON object with schema
/// "privatesnn-results", a version this writer knows, a "model" object, and any other known
/// section must be an object. Throws ReportError naming the file and the first problem found.
ResultsFile loadResults(const QString& labDir);

} // namespace psnn
