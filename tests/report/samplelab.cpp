// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelab.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

QString fixturePath()
{
    return QStringLiteral(PRIVATESNN_TEST_DATA_DIR) + QStringLiteral("/lab_sample/results.json");
}

// A 28 x 28 grey image that differs per class and sample, so a broken grid would be visible.
QImage sampleImage(int classIndex, int sample)
{
    QImage image(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = static_cast<uchar>((x * (classIndex + 1) + y * (sample + 2)) * 9 % 256);
    }
    return image;
}

// Rows of reconstructed images, one row per leakage row, ten classes each.
QImage gridImage()
{
    QImage grid(10 * 30, 5 * 30, QImage::Format_RGB32);
    grid.fill(Qt::white);
    QPainter painter(&grid);
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 10; ++column)
            painter.drawImage(column * 30 + 1, row * 30 + 1, sampleImage(column, row));
    }
    return grid;
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
    QFile fixture(fixturePath());
    EXPECT_TRUE(fixture.open(QIODevice::ReadOnly)) << fixturePath().toStdString();
    writeResultsBytes(fixture.readAll());

    const QJsonObject synthesis = fixtureResults().value(QStringLiteral("synthesis")).toObject();
    QDir lab(path());
    lab.mkpath(QStringLiteral("images/synthetic"));
    int index = 0;
    for (const QJsonValue& sample : synthesis.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject entry = sample.toObject();
        EXPECT_TRUE(sampleImage(entry.value(QStringLiteral("class")).toInt(), index++)
                        .save(lab.filePath(entry.value(QStringLiteral("file")).toString())));
    }
    EXPECT_TRUE(gridImage().save(lab.filePath(QStringLiteral("images/leakage_grid.png"))));
}

QString SampleLab::reportFile(const QString& name) const
{
    return QDir(reportPath()).filePath(name);
}

QJsonObject SampleLab::fixtureResults()
{
    QFile fixture(fixturePath());
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
