// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include <QDateTime>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

SummaryLine accuracyLine(const AccuracyResults& accuracy, bool imported)
{
    const auto ann = accuracy.ann;
    QStringList parts;
    parts << ReportText::tr("ANN %1").arg(formatPercent(ann));
    for (const auto& [value, label] :
         {std::pair{accuracy.converted,
                    imported ? ReportText::tr("imported SNN %1") : ReportText::tr("converted SNN %1")},
          std::pair{accuracy.encrypted, ReportText::tr("encrypted SNN %1")}}) {
        if (!value)
            continue;
        QString part = label.arg(formatPercent(value));
        if (ann)
            part += QStringLiteral(" (") + formatPointChange(*value - *ann) + QStringLiteral(")");
        parts << part;
    }
    return {ReportText::tr("Accuracy: %1, on %2 evaluation images.")
                .arg(parts.join(QStringLiteral("; ")), formatCount(asDouble(accuracy.evalImages))),
            {}};
}

SummaryLine dataFreeLine(const DataFreeProof& dataFree)
{
    QStringList given;
    for (const auto& [text, step] : {std::pair{&dataFree.synthesize, ReportText::tr("synthesis")},
                                     std::pair{&dataFree.convert, ReportText::tr("conversion")},
                                     std::pair{&dataFree.encrypt, ReportText::tr("encryption")}}) {
        const QString what = QString::fromStdString(*text);
        if (!what.isEmpty())
            given << ReportText::tr("%1 was given %2").arg(step, what);
    }
    QString text = ReportText::tr("Data-free: %1.").arg(given.join(QStringLiteral("; ")));
    const QString evaluation = QString::fromStdString(dataFree.evaluationData);
    if (!evaluation.isEmpty() && evaluation != u"none"_s) {
        QStringList usedBy;
        for (const std::string& use : dataFree.evaluationUsedBy)
            usedBy << QString::fromStdString(use);
        text += u' ' + ReportText::tr("The evaluation data (%1) was used only to measure: %2.").arg(evaluation, usedBy.join(u", "_s));
    }
    return {text, {}};
}

SummaryLine energyLine(const EnergyResults& energy, bool imported)
{
    const auto ann = energy.annPj;
    QStringList parts;
    parts << ReportText::tr("ANN %1").arg(formatMicrojoules(ann));
    for (const auto& [network, label] :
         {std::pair{&energy.converted,
                    imported ? ReportText::tr("imported SNN %1") : ReportText::tr("converted SNN %1")},
          std::pair{&energy.encrypted, ReportText::tr("encrypted SNN %1")}}) {
        if (!*network)
            continue;
        const double snn = (*network)->snnPj;
        QString part = label.arg(formatMicrojoules(snn));
        if (ann && *ann > 0)
            part += ReportText::tr(" (%1 the ANN)").arg(formatRatio(snn / *ann));
        parts << part;
    }
    return {ReportText::tr("Energy per image: %1.").arg(parts.join(QStringLiteral("; "))), {}};
}

} // namespace

QList<SummaryLine> summaryLines(const ReportContext& context)
{
    QList<SummaryLine> lines;
    const LabResults& results = context.results();
    if (results.accuracy)
        lines << accuracyLine(*results.accuracy, importedSnn(results));
    if (results.dataFree)
        lines << dataFreeLine(*results.dataFree);
    for (const Verdict& verdict : context.verdicts()) {
        lines << SummaryLine{ReportText::tr("%1 on the %2: %3 (p = %4).")
                                 .arg(verdict.attack, verdict.target, verdict.outcome(), formatPValue(verdict.pValue)),
                             verdict.tone()};
    }
    if (results.leakage && context.verdicts().empty())
        lines << SummaryLine{ReportText::tr("Leakage was measured, but no verdict was recorded."), {}};
    if (results.energy)
        lines << energyLine(*results.energy, importedSnn(results));

    QStringList missing;
    for (const auto& [present, step] : {std::pair{results.synthesis.has_value(), ReportText::tr("synthesis")},
                                        std::pair{results.conversion.has_value(), ReportText::tr("conversion")},
                                        std::pair{results.accuracy.has_value(), ReportText::tr("accuracy evaluation")},
                                        std::pair{results.encryption.has_value(), ReportText::tr("encryption")},
                                        std::pair{results.leakage.has_value(), ReportText::tr("leakage attacks")},
                                        std::pair{results.activity.has_value(), ReportText::tr("spike-rate measurement")},
                                        std::pair{results.energy.has_value(), ReportText::tr("energy estimate")}}) {
        if (!present)
            missing << step;
    }
    if (!missing.isEmpty())
        lines << SummaryLine{ReportText::tr("Not run yet: %1.").arg(missing.join(u", "_s)), {}};
    return lines;
}

void writeSummarySection(ReportContext& context)
{
    const LabResults& results = context.results();
    HtmlWriter& html = context.html();
    const QString name = QString::fromStdString(results.model.name);
    html.title(name.isEmpty() ? ReportText::tr("PrivateSNN Lab report")
                              : ReportText::tr("PrivateSNN Lab report: %1").arg(name));
    html.paragraph(ReportText::tr("Lab %1 · profile %2 · results of %3 · report written %4")
                       .arg(context.lab().absolutePath(),
                            results.profile.empty() ? missingValue() : QString::fromStdString(results.profile),
                            results.generated.empty() ? missingValue() : QString::fromStdString(results.generated),
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
