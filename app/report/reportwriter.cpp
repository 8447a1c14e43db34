// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "pdfrenderer.h"
#include "reportcontext.h"
#include "reportjson.h"
#include "reporttext.h"
#include "resultsfile.h"
#include "sections.h"

#include <QApplication>
#include <QJsonDocument>
#include <QThread>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

void requireGuiThread()
{
    auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!application)
        failReport(ReportText::tr("Writing a report needs a QApplication (the plots are drawn with widgets); create a "
                                  "psnn::ReportApplication first."));
    if (QThread::currentThread() != application->thread())
        failReport(ReportText::tr("Writing a report must happen on the application's main thread."));
}

// The CSVs and plots an earlier report wrote for sections that have no data now would otherwise
// sit next to the new report and contradict it.
void removeStaleOutputs(QDir out, const ReportContext& context)
{
    for (const QString& csv : out.entryList({u"*.csv"_s}, QDir::Files)) {
        if (!context.csvFiles().contains(csv))
            out.remove(csv);
    }
    QDir plots(out.filePath(u"plots"_s));
    for (const QString& plot : plots.entryList({u"*.png"_s, u"*.svg"_s}, QDir::Files)) {
        if (!context.plotFiles().contains(u"plots/"_s + plot))
            plots.remove(plot);
    }
}

std::string absolute(const QDir& out, const QString& relative)
{
    return QDir::cleanPath(out.absoluteFilePath(relative)).toStdString();
}

} // namespace

ReportFiles writeReport(const std::string& labDir, const std::string& outDir)
{
    requireGuiThread();
    const ResultsFile source = loadResults(QString::fromStdString(labDir));
    const QDir out(QString::fromStdString(outDir));
    if (!out.mkpath(u"plots"_s))
        failReport(ReportText::tr("Cannot create the report folder %1.").arg(out.absoluteFilePath(u"plots"_s)));

    ReportContext context(source.data, QDir(QString::fromStdString(labDir)), QDir(out.absolutePath()));
    writeSummarySection(context);
    writeModelSection(context);
    writeDataFreeSection(context);
    writeAccuracySection(context);
    writeAccuracyCurveSection(context);
    writeSyntheticImagesSection(context);
    writeThresholdSection(context);
    writeEncryptionSection(context);
    writeLeakageSection(context);
    writeSpikeRateSection(context);
    writeEnergySection(context);
    writeVerdictSection(context);
    writeStudySection(context);
    writeHumanJudgeSection(context);
    writeMembershipSection(context);
    writeProvenanceSection(context);
    removeStaleOutputs(out, context);

    const QString html = context.html().document();
    writeFileAtomically(out.absoluteFilePath(u"report.html"_s), html.toUtf8());
    const QString modelName = QString::fromStdString(source.data.model.name);
    writePdf(context.html().pdfDocument(), out, out.absoluteFilePath(u"report.pdf"_s),
             modelName.isEmpty() ? ReportText::tr("PrivateSNN Lab report")
                                 : ReportText::tr("PrivateSNN Lab report: %1").arg(modelName));
    const QJsonObject report = buildReportJson(source, context, summaryLines(context));
    writeFileAtomically(out.absoluteFilePath(u"report.json"_s), QJsonDocument(report).toJson(QJsonDocument::Indented));

    ReportFiles files;
    files.html = absolute(out, u"report.html"_s);
    files.pdf = absolute(out, u"report.pdf"_s);
    files.json = absolute(out, u"report.json"_s);
    for (const QString& csv : context.csvFiles())
        files.csv.push_back(absolute(out, csv));
    for (const QString& plot : context.plotFiles())
        files.plots.push_back(absolute(out, plot));
    for (const QString& image : context.imageFiles())
        files.images.push_back(absolute(out, image));
    return files;
}

} // namespace psnn
