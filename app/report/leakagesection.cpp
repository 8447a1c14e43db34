// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "privatesnn/leakage_scale.h"

#include <QFileInfo>

#include <algorithm>

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
    if (!verdict) // reference rows (real images, noise, the ANN) frame the numbers and get no verdict
        return ReportText::tr("n/a");
    return verdict->verdict ? verdict->outcome() : missingValue();
}

QString leaksCsvCell(const Verdict* verdict)
{
    const std::optional<bool> leaks = verdict ? verdict->leaks() : std::nullopt;
    if (!leaks)
        return {};
    return *leaks ? u"true"_s : u"false"_s;
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
    const LeakageResults leakage = context.results().leakage.value_or(LeakageResults{});
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Leakage"), u"leakage"_s);
    context.markSection(u"leakage"_s, !leakage.rows.empty());
    if (leakage.rows.empty()) {
        html.notRun(ReportText::tr("Not run: no attack has been measured yet."));
        return;
    }
    html.paragraph(ReportText::tr("Each attack reconstructs class images from a network. FID and KID compare them with "
                                  "%1 reference images in the feature space of the %2 (lower means closer to real "
                                  "images); the judge's accuracy says how often an independent network recognises "
                                  "the intended class (chance: %3).")
                       .arg(formatCount(double(leakage.referenceImages)),
                            leakage.feature.empty() ? ReportText::tr("judge network") : QString::fromStdString(leakage.feature),
                            formatPercent(leakage.chance)));

    const bool twoJudges = std::any_of(leakage.rows.begin(), leakage.rows.end(),
                                       [](const LeakageRowResult& row) { return row.judge2Accuracy.has_value(); });
    if (twoJudges) {
        // Its file names it: networks made by train-ann all carry the name "judge".
        const std::optional<JudgeInfo>& second = context.results().secondJudge;
        const QString name = !second ? QString()
            : second->path.empty()   ? QString::fromStdString(second->name)
                                     : QFileInfo(QString::fromStdString(second->path)).fileName();
        html.paragraph(ReportText::tr("A second judge (%1) scores the same images; a verdict says leaks when either "
                                      "judge's interval does and protected only when both do, each interval at "
                                      "half the error rate (Bonferroni).")
                           .arg(name));
    } else if (!leakage.verdicts.empty())
        html.paragraph(ReportText::tr("The verdicts rest on one judge: no second judge was given (setting "
                                      "second_judge)."));

    // KID on the study's 0-1 scale between the held-out real images and the attacks' starting noise,
    // as the GUI shows it: a raw KID has no scale a reader knows. Raw when a reference row is missing.
    const std::optional<KidScale> kidScale = kidScaleOf(leakage);
    const bool kidScaled = kidScale.has_value();

    HtmlTable table;
    table.header = {ReportText::tr("Attack"),
                    ReportText::tr("Target"),
                    ReportText::tr("Images"),
                    ReportText::tr("FID"),
                    kidScaled ? ReportText::tr("KID (0 = real, 1 = noise)") : ReportText::tr("KID × 10³"),
                    ReportText::tr("Judge accuracy"),
                    ReportText::tr("Judge confidence"),
                    ReportText::tr("Verdict")};
    table.numeric = {false, false, true, true, true, true, true, false};
    if (twoJudges) {
        table.header.insert(6, ReportText::tr("Judge 2 accuracy"));
        table.numeric.insert(6, true);
    }
    CsvTable csv({u"attack"_s, u"target"_s, u"images"_s, u"fid"_s, u"kid"_s, u"kid_std"_s, u"judge_accuracy"_s,
                  u"judge_confidence"_s, u"judge2_accuracy"_s, u"leaks"_s, u"p_value"_s});
    for (const LeakageRowResult& row : leakage.rows) {
        const QString attack = QString::fromStdString(row.attack);
        const QString target = QString::fromStdString(row.target);
        const Verdict* verdict = findVerdict(context.verdicts(), attack, target);
        QStringList cells{attack,
                          target,
                          formatCount(double(row.images)),
                          formatFid(row.fid),
                          kidScaled ? formatNormalisedKid(row.kid, row.kidStd, kidScale->real, kidScale->noise)
                                    : formatKid(row.kid, row.kidStd),
                          formatPercent(row.judgeAccuracy),
                          formatPercent(row.judgeConfidence),
                          verdictCell(verdict)};
        if (twoJudges)
            cells.insert(6, formatPercent(row.judge2Accuracy));
        table.rows << cells;
        csv.addRow({attack, target, CsvTable::number(double(row.images)), CsvTable::number(row.fid),
                    CsvTable::number(row.kid), CsvTable::number(row.kidStd), CsvTable::number(row.judgeAccuracy),
                    CsvTable::number(row.judgeConfidence), CsvTable::number(row.judge2Accuracy), leaksCsvCell(verdict),
                    CsvTable::number(verdict ? verdict->pValue : std::nullopt)});
    }
    table.caption = kidScaled
        ? ReportText::tr("KID (squared kernel distance between feature sets) is scaled as in the privacy-utility "
                         "study: 0 = as far from the real images as held-out real images, 1 = as far as the attacks' "
                         "starting noise, with its standard deviation over subsets on the same scale; the CSV holds "
                         "the raw values.")
        : ReportText::tr("KID (squared kernel distance between feature sets; 0 = same distribution) is shown × 1000 "
                         "with its standard deviation over subsets; the CSV holds the unscaled values.");
    html.table(table);
    context.writeCsv(u"leakage.csv"_s, csv);

    const QString grid = QString::fromStdString(leakage.grid);
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
        QString item = QStringLiteral("<span class=\"%1\">%2 · %3: %4</span><br/>")
                           .arg(verdict.tone(), HtmlWriter::escaped(verdict.attack),
                                HtmlWriter::escaped(verdict.target), HtmlWriter::escaped(verdict.outcome()))
            + HtmlWriter::escaped(verdict.evidence());
        if (!verdict.explanation.isEmpty())
            item += QStringLiteral("<br/>") + HtmlWriter::escaped(verdict.explanation);
        items << item;
    }
    html.xhtmlBulletList(items);
}

} // namespace psnn
