// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelab.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace psnn::test {
namespace {

QString fixtureLab()
{
    return QStringLiteral(PRIVATESNN_SAMPLE_LAB);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace

SampleLab::SampleLab()
{
    EXPECT_TRUE(m_dir.isValid());
    // A copy, so a test may rewrite results.json without touching the fixture the others read.
    const QDir source(fixtureLab());
    EXPECT_TRUE(QFileInfo::exists(source.filePath(QStringLiteral("results.json"))))
        << fixtureLab().toStdString() << " has no results.json: run the whole suite (ctest), whose sample_lab_setup makes it";
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString relative = source.relativeFilePath(file);
        QDir(path()).mkpath(QFileInfo(relative).path());
        EXPECT_TRUE(QFile::copy(file, QDir(path()).filePath(relative))) << relative.toStdString();
    }
}

QString SampleLab::reportFile(const QString& name) const
{
    return QDir(reportPath()).filePath(name);
}

QJsonObject SampleLab::fixtureResults()
{
    QFile fixture(QDir(fixtureLab()).filePath(QStringLiteral("results.json")));
    if (!fixture.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(fixture.readAll()).object();
}

void SampleLab::writeResults(const QJsonObject& results) const
{
    writeResultsBytes(QJsonDocument(results).toJson());
}

void SampleLab::writeResultsBytes(const QByteArray& bytes) const
{
    writeFile(m_dir.filePath(QStringLiteral("results.json")), bytes);
}

std::optional<QString> runTool(const QString& program, const QStringList& arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString collapsedSpaces(const QString& text)
{
    QString copy = text;
    copy.replace(QChar(0x00a0), QLatin1Char(' '));
    return copy.simplified();
}

std::optional<QString> pdfText(const QString& pdf)
{
    const QStringList arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    const std::optional<QString> text = runTool(QStringLiteral("pdftotext"), arguments);
    if (!text)
        return std::nullopt;
    return collapsedSpaces(*text);
}

std::optional<int> pdfPageCount(const QString& pdf)
{
    const std::optional<QString> info = runTool(QStringLiteral("pdfinfo"), {pdf});
    if (!info)
        return std::nullopt;
    for (const QString& line : info->split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

} // namespace psnn::test
