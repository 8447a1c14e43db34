// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace psnn::cli {
namespace {

#ifdef Q_OS_WIN
const char* const WriterName = "privatesnn-report.exe";
#else
const char* const WriterName = "privatesnn-report";
#endif

/// QProcess and applicationDirPath() need a QCoreApplication; the command creates none of its own,
/// so one lives for the duration of a call (QtCore only: no platform plugin, no display).
class CoreApplication {
public:
    CoreApplication()
    {
        if (!QCoreApplication::instance())
            m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
    }

private:
    int m_argc = 1;
    char m_name[11] = "privatesnn";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QCoreApplication> m_app;
};

/// Beside this program: bin/ when installed, app/cli/ in the build tree, Contents/MacOS in the bundle.
QString writerPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(WriterName));
}

struct Finished {
    bool started = false;
    bool crashed = false;
    int exitCode = 0;
    QByteArray out, err;
    QString startError;
};

Finished runWriter(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(writerPath());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    Finished result;
    result.started = process.waitForStarted(-1);
    if (!result.started) {
        result.startError = process.errorString();
        return result;
    }
    process.waitForFinished(-1);
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

std::vector<std::string> strings(const QJsonValue& value)
{
    std::vector<std::string> list;
    for (const QJsonValue& item : value.toArray())
        list.push_back(item.toString().toStdString());
    return list;
}

} // namespace

ReportFiles writeReportInProcess(const std::string& labDir, const std::string& outDir)
{
    const CoreApplication app;
    const Finished run =
        runWriter({QStringLiteral("--json"), QString::fromStdString(labDir), QString::fromStdString(outDir)});
    const std::string program = writerPath().toStdString();
    if (!run.started)
        throw ReportError(
            "Cannot run the report writer " + program + ": " + run.startError.toStdString()
            + ". It is installed beside privatesnn; reinstall the package, or build the privatesnn-report target.");
    if (run.crashed)
        throw ReportError("The report writer " + program + " crashed: " + run.err.trimmed().toStdString());
    if (run.exitCode != 0)
        throw ReportError(run.err.trimmed().toStdString());
    const QJsonObject files = QJsonDocument::fromJson(run.out).object();
    if (files.value(QStringLiteral("html")).toString().isEmpty())
        throw ReportError("The report writer " + program
                          + " did not say which files it wrote: " + run.out.trimmed().toStdString());
    return {files.value(QStringLiteral("html")).toString().toStdString(),
            files.value(QStringLiteral("pdf")).toString().toStdString(),
            files.value(QStringLiteral("json")).toString().toStdString(),
            strings(files.value(QStringLiteral("csv"))),
            strings(files.value(QStringLiteral("plots"))),
            strings(files.value(QStringLiteral("images")))};
}

std::string reportWriterVersions()
{
    const CoreApplication app;
    const Finished run = runWriter({QStringLiteral("--version")});
    if (!run.started || run.crashed || run.exitCode != 0)
        return "report writer not found beside privatesnn";
    // "privatesnn-report 0.1.0 (Qt 6.4.2, QCustomPlot 2.1.0)": the part in brackets.
    const QString line = QString::fromUtf8(run.out).trimmed();
    const qsizetype open = line.indexOf(QLatin1Char('('));
    return (open < 0 ? line : line.mid(open + 1).chopped(line.endsWith(QLatin1Char(')')) ? 1 : 0)).toStdString();
}

} // namespace psnn::cli
