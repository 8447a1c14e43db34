// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

constexpr int GridStoredEdge = 1400;   // stored size of the attack grid's longer side, for crisp print
constexpr int GridMaximumWidth = 640;  // shown size: the text width
constexpr int GridMaximumHeight = 820; // and never taller than an A4 page's text

const Verdict* findVerdict(const std::vector<Verdict>& verdicts, const QString& attack, const QString& target)
{
    for (const Verdict& verdict : verdicts) {
        if (verdict.attack == attack && verdict.target == target)
            return &verdict;
    }
    return nullptr;
}

QString verdictCell(const Verdict* verdict)
{
    if (!verdict)
        return missingValue();
    if (!verdict->leaks)
        return verdict->verdictKey == "inconclusive"_L1 ? ReportText::tr("inconclusive") : missingValue();
    return *verdict->leaks ? ReportText::tr("leaks") : ReportText::tr("protected");
}

QString leaksCsvCell(const Verdict* verdict)
{
    if (!verdict || !verdict->leaks)
        return {};
    return *verdict->leaks ? u"true"_s : u"false"_s;
}

void writeGrid(ReportContext& context, const QString& file)
{
    QSize original;
    const QString copy = context.copyImage(file, GridStoredEdge, &original);
    if (copy.isEmpty()) {
        context.html().notRun(ReportText::tr("The attack image grid %1 could not be read.").arg(file));
        return;
    }
    QSize shown = original.scaled(GridMaximumWidth, GridMaximumHeight, Qt::KeepAspectRatio);
    context.html().figure(copy, shown.width(), shown.height(), QString(),
                          ReportText::tr("Images reconstructed by each attack, labelled with the class they were "
                                         "meant to show. Enlarged without smoothing."));
}

} // namespace

void writeLeakageSection(ReportContext& context)
{
    const QJsonObject leakage = context.resultsSection("leakage"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Leakage"), u"leakage"_s);
    const std::vector<QJsonObject> rows = json::objects(json::array(leakage, "rows"_L1));
    context.markSection(u"leakage"_s, !rows.empty());
    if (rows.empty()) {
        html.notRun(ReportText::tr("Not run: no attack has been measured yet."));
        return;
    }
    html.paragraph(ReportText::tr("Each attack reconstructs class images from a network. FID and KID compare them with "
                                  "%1 reference images in the feature space of the %2 (lower means closer to real "
                                  "images); the judge's accuracy says how often an independent network recognises "
                                  "the intended class (chance: %3).")
                       .arg(formatCount(json::number(leakage, "reference_images"_L1)),
                            json::text(leakage, "feature"_L1).isEmpty() ? ReportText::tr("judge network")
                                                                        : json::text(leakage, "feature"_L1),
                            formatPercent(json::number(leakage, "chance"_L1))));

    HtmlTable table;
    table.header = {ReportText::tr("Attack"), ReportText::tr("Target"), ReportText::tr("Images"), ReportText::tr("FID"),
                    ReportText::tr("KID × 10³"), ReportText::tr("Judge accuracy"), ReportText::tr("Judge confidence"),
                    ReportText::tr("Verdict")};
    table.numeric = {false, false, true, true, true, true, true, false};
    CsvTable csv({u"attack"_s, u"target"_s, u"images"_s, u"fid"_s, u"kid"_s, u"kid_std"_s, u"judge_accuracy"_s,
                  u"judge_confidence"_s, u"leaks"_s, u"p_value"_s});
    for (const QJsonObject& row : rows) {
        const QString attack = json::text(row, "attack"_L1);
        const QString target = json::text(row, "target"_L1);
        const Verdict* verdict = findVerdict(context.verdicts(), attack, target);
        table.rows << QStringList{attack,
                                  target,
                                  formatCount(json::number(row, "images"_L1)),
                                  formatFid(json::number(row, "fid"_L1)),
                                  formatKid(json::number(row, "kid"_L1), json::number(row, "kid_std"_L1)),
                                  formatPercent(json::number(row, "judge_accuracy"_L1)),
                                  formatPercent(json::number(row, "judge_confidence"_L1)),
                                  verdictCell(verdict)};
        QStringList cells{attack, target};
        for (const auto key :
             {"images"_L1, "fid"_L1, "kid"_L1, "kid_std"_L1, "judge_accuracy"_L1, "judge_confidence"_L1})
            cells << CsvTable::number(json::number(row, key));
        cells << leaksCsvCell(verdict) << CsvTable::number(verdict ? verdict->pValue : std::nullopt);
        csv.addRow(cells);
    }
    table.caption = ReportText::tr("KID is shown × 1000 with its standard deviation over subsets.");
    html.table(table);
    context.writeCsv(u"leakage.csv"_s, csv);

    const QString grid = json::text(leakage, "grid"_L1);
    if (!grid.isEmpty()) {
        html.subsection(ReportText::tr("Reconstructed images"));
        writeGrid(context, grid);
    }
}

void writeVerdictSection(ReportContext& context)
{
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Verdict per attack"), u"verdicts"_s);
    const std::vector<Verdict>& verdicts = context.verdicts();
    context.markSection(u"verdicts"_s, !verdicts.empty());
    if (verdicts.empty()) {
        html.notRun(ReportText::tr("Not run: no leakage verdict has been recorded yet."));
        return;
    }
    QStringList items;
    for (const Verdict& verdict : verdicts) {
        const QString tone = !verdict.leaks ? QString() : *verdict.leaks ? u"leaks"_s : u"safe"_s;
        QString item = QStringLiteral("<span class=\"%1\">%2 · %3: %4</span><br/>")
                           .arg(tone, HtmlWriter::escaped(verdict.attack), HtmlWriter::escaped(verdict.target),
                                HtmlWriter::escaped(verdict.outcome()))
                       + HtmlWriter::escaped(verdict.evidence());
        if (!verdict.explanation.isEmpty())
            item += QStringLiteral("<br/>") + HtmlWriter::escaped(verdict.explanation);
        items << item;
    }
    html.xhtmlBulletList(items);
}

} // namespace psnn
