// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace psnn::test {

/// A writable copy of the sample lab (the tiny pipeline's complete run, made by the CTest fixture
/// sample_lab_setup) in a temporary folder, and a report folder inside it.
class SampleLab
{
public:
    SampleLab();

    QString path() const { return m_dir.path(); }
    QString reportPath() const { return m_dir.filePath(QStringLiteral("report")); }
    QString reportFile(const QString& name) const;
    /// The sample lab's results.json as the pipeline wrote it.
    static QJsonObject fixtureResults();
    void writeResults(const QJsonObject& results) const;
    void writeResultsBytes(const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

/// Runs a command-line tool and returns its standard output, or nothing when the tool is not
/// installed (so a test can skip instead of fail).
std::optional<QString> runTool(const QString& program, const QStringList& arguments);

/// The text of a PDF (pdftotext) with every run of white space, no-break spaces included, as one
/// space; nothing when poppler-utils is missing.
std::optional<QString> pdfText(const QString& pdf);
/// The page count of a PDF (pdfinfo); nothing when poppler-utils is missing.
std::optional<int> pdfPageCount(const QString& pdf);
/// White space runs, no-break spaces included, as one space.
QString collapsedSpaces(const QString& text);

} // namespace psnn::test
