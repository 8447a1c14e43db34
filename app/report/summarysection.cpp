// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include <QDateTime>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

SummaryLine accuracyLine(const QJsonObject& accuracy)
{
    const auto ann = json::number(accuracy, "ann"_L1);
    QStringList parts;
    parts << ReportText::tr("ANN %1").arg(formatPercent(ann));
    for (const auto& [key, label] : {std::pair{"converted"_L1, ReportText::tr("converted SNN %1")},
                                     std::pair{"encrypted"_L1, ReportText::tr("encrypted SNN %1")}}) {
        const auto value = json::number(accuracy, key);
        if (!value)
            continue;
        QString part = label.arg(formatPercent(value));
        if (ann)
            part += QStringLiteral(" (") + formatPointChange(*value - *ann) + QStringLiteral(")");
        parts << part;
    }
    return {ReportText::tr("Accuracy: %1, on %2 evaluation images.")
                .arg(parts.join(QStringLiteral("; ")), formatCount(json::number(accuracy, "eval_images"_L1))),
            {}};
}

SummaryLine dataFreeLine(const QJsonObject& dataFree)
{
    QStringList given;
    for (const auto& [key, step] : {std::pair{"synthesize"_L1, ReportText::tr("synthesis")},
                                    std::pair{"convert"_L1, ReportText::tr("conversion")},
                                    std::pair{"encrypt"_L1, ReportText::tr("encryption")}}) {
        const QString what = json::text(dataFree, key);
        if (!what.isEmpty())
            given << ReportText::tr("%1 was given %2").arg(step, what);
    }
    QString text = ReportText::tr("Data-free: %1.").arg(given.join(QStringLiteral("; ")));
    const QString evaluation = json::text(dataFree, "evaluation_data"_L1);
    if (!evaluation.isEmpty()) {
        text += u' '
                + ReportText::tr("The evaluation data (%1) was used only to measure: %2.")
                      .arg(evaluation, json::strings(json::array(dataFree, "evaluation_used_by"_L1)).join(u", "_s));
    }
    return {text, {}};
}

SummaryLine energyLine(const QJsonObject& energy)
{
    const auto ann = json::number(energy, "ann_pj"_L1);
    QStringList parts;
    parts << ReportText::tr("ANN %1").arg(formatMicrojoules(ann));
    for (const auto& [key, label] : {std::pair{"converted"_L1, ReportText::tr("converted SNN %1")},
                                     std::pair{"encrypted"_L1, ReportText::tr("encrypted SNN %1")}}) {
        const auto snn = json::number(json::object(energy, key), "snn_pj"_L1);
        if (!snn)
            continue;
        QString part = label.arg(formatMicrojoules(snn));
        if (ann && *ann > 0)
            part += ReportText::tr(" (%1 the ANN)").arg(formatRatio(*snn / *ann));
        parts << part;
    }
    return {ReportText::tr("Energy per image: %1.").arg(parts.join(QStringLiteral("; "))), {}};
}

} // namespace

QList<SummaryLine> summaryLines(const ReportContext& context)
{
    QList<SummaryLine> lines;
    const QJsonObject accuracy = context.resultsSection("accuracy"_L1);
    if (!accuracy.isEmpty())
        lines << accuracyLine(accuracy);
    const QJsonObject dataFree = context.resultsSection("data_free"_L1);
    if (!dataFree.isEmpty())
        lines << dataFreeLine(dataFree);
    for (const Verdict& verdict : context.verdicts()) {
        const QString tone = !verdict.leaks ? QString() : *verdict.leaks ? u"leaks"_s : u"safe"_s;
        lines << SummaryLine{ReportText::tr("%1 on the %2: %3 (p = %4).")
                                 .arg(verdict.attack, verdict.target, verdict.outcome(), formatPValue(verdict.pValue)),
                             tone};
    }
    if (!context.resultsSection("leakage"_L1).isEmpty() && context.verdicts().empty())
        lines << SummaryLine{ReportText::tr("Leakage was measured, but no verdict was recorded."), {}};
    const QJsonObject energy = context.resultsSection("energy"_L1);
    if (!energy.isEmpty())
        lines << energyLine(energy);

    QStringList missing;
    for (const auto& [key, step] : {std::pair{"synthesis"_L1, ReportText::tr("synthesis")},
                                    std::pair{"conversion"_L1, ReportText::tr("conversion")},
                                    std::pair{"accuracy"_L1, ReportText::tr("accuracy evaluation")},
                                    std::pair{"encryption"_L1, ReportText::tr("encryption")},
                                    std::pair{"leakage"_L1, ReportText::tr("leakage attacks")},
                                    std::pair{"activity"_L1, ReportText::tr("spike-rate measurement")},
                                    std::pair{"energy"_L1, ReportText::tr("energy estimate")}}) {
        if (context.resultsSection(key).isEmpty())
            missing << step;
    }
    if (!missing.isEmpty())
        lines << SummaryLine{ReportText::tr("Not run yet: %1.").arg(missing.join(u", "_s)), {}};
    return lines;
}

void writeSummarySection(ReportContext& context)
{
    const QJsonObject& results = context.results();
    const QJsonObject model = context.resultsSection("model"_L1);
    HtmlWriter& html = context.html();
    const QString name = json::text(model, "name"_L1);
    html.title(name.isEmpty() ? ReportText::tr("PrivateSNN Lab report")
                              : ReportText::tr("PrivateSNN Lab report: %1").arg(name));
    html.paragraph(ReportText::tr("Lab %1 · profile %2 · results of %3 · report written %4")
                       .arg(context.lab().absolutePath(),
                            json::text(results, "profile"_L1).isEmpty() ? missingValue()
                                                                        : json::text(results, "profile"_L1),
                            json::text(results, "generated"_L1).isEmpty() ? missingValue()
                                                                          : json::text(results, "generated"_L1),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));

    html.section(ReportText::tr("Summary"), u"summary"_s);
    QStringList items;
    for (const SummaryLine& line : summaryLines(context)) {
        items << (line.tone.isEmpty() ? HtmlWriter::escaped(line.text)
                                      : QStringLiteral("<span class=\"%1\">%2</span>")
                                            .arg(line.tone, HtmlWriter::escaped(line.text)));
    }
    html.xhtmlBulletList(items);
    context.markSection(u"summary"_s, true);
}

} // namespace psnn
