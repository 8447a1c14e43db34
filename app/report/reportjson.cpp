// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "resultsfile.h"

#include "privatesnn/sha256.h"

#include <QDateTime>
#include <QJsonArray>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QJsonObject derivedNumbers(const QJsonObject& results)
{
    QJsonObject derived;
    const QJsonObject accuracy = json::object(results, "accuracy"_L1);
    if (const auto ann = json::number(accuracy, "ann"_L1)) {
        for (const auto key : {"converted"_L1, "encrypted"_L1}) {
            if (const auto value = json::number(accuracy, key))
                derived.insert(u"accuracy_change_"_s + QString(key), *value - *ann);
        }
    }
    const QJsonObject energy = json::object(results, "energy"_L1);
    const auto annEnergy = json::number(energy, "ann_pj"_L1);
    if (annEnergy && *annEnergy > 0) {
        for (const auto key : {"converted"_L1, "encrypted"_L1}) {
            if (const auto snn = json::number(json::object(energy, key), "snn_pj"_L1))
                derived.insert(u"energy_ratio_"_s + QString(key), *snn / *annEnergy);
        }
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
                       {u"derived"_s, derivedNumbers(source.results)},
                       {u"sections"_s, context.sectionStates()},
                       {u"summary"_s, summaryTexts},
                       {u"verdicts"_s, verdicts},
                       {u"files"_s, files}};
}

} // namespace psnn
