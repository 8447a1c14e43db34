// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include "reportcontext.h"
#include "resultsfile.h"

#include "privatesnn/sha256.h"

#include <QDateTime>
#include <QJsonArray>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QJsonObject derivedNumbers(const LabResults& results)
{
    QJsonObject derived;
    if (results.accuracy && results.accuracy->ann) {
        const double ann = *results.accuracy->ann;
        if (results.accuracy->converted)
            derived.insert(u"accuracy_change_converted"_s, *results.accuracy->converted - ann);
        if (results.accuracy->encrypted)
            derived.insert(u"accuracy_change_encrypted"_s, *results.accuracy->encrypted - ann);
    }
    if (results.energy && results.energy->annPj && *results.energy->annPj > 0) {
        const double ann = *results.energy->annPj;
        if (results.energy->converted)
            derived.insert(u"energy_ratio_converted"_s, results.energy->converted->snnPj / ann);
        if (results.energy->encrypted)
            derived.insert(u"energy_ratio_encrypted"_s, results.energy->encrypted->snnPj / ann);
    }
    return derived;
}

} // namespace

QJsonObject buildReportJson(const ResultsFile& source, const ReportContext& context, const QList<SummaryLine>& summary)
{
    QJsonArray verdicts;
    for (const Verdict& verdict : context.verdicts())
        verdicts << verdict.toJson();
    QJsonArray summaryTexts;
    for (const SummaryLine& line : summary)
        summaryTexts << line.text;
    const QJsonObject files{{u"html"_s, u"report.html"_s},
                            {u"pdf"_s, u"report.pdf"_s},
                            {u"csv"_s, QJsonArray::fromStringList(context.csvFiles())},
                            {u"plots"_s, QJsonArray::fromStringList(context.plotFiles())},
                            {u"images"_s, QJsonArray::fromStringList(context.imageFiles())}};
    const QJsonObject origin{
        {u"file"_s, source.path},
        {u"sha256"_s,
         QString::fromStdString(sha256Hex(source.bytes.constData(), size_t(source.bytes.size())))}};
    return QJsonObject{{u"schema"_s, u"privatesnn-report"_s},
                       {u"version"_s, 1},
                       {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {u"lab"_s, context.lab().absolutePath()},
                       {u"source"_s, origin},
                       {u"results"_s, source.results},
                       {u"derived"_s, derivedNumbers(source.data)},
                       {u"sections"_s, context.sectionStates()},
                       {u"summary"_s, summaryTexts},
                       {u"verdicts"_s, verdicts},
                       {u"files"_s, files}};
}

} // namespace psnn
