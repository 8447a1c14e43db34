// SPDX-License-Identifier: GPL-3.0-or-later
// "How much encryption is enough?": the privacy-utility study of LAB/study/study.json, when the
// lab has one (privatesnn study).
#include "sections.h"

#include "csvtable.h"
#include "models/leakagetext.h"
#include "models/studyfrontier.h"
#include "plots/frontierplot.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QString interval(const Interval& i)
{
    return ReportText::tr("%1–%2").arg(formatPercent(i.low), formatPercent(i.high));
}

} // namespace

void writeStudySection(ReportContext& context)
{
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("How much encryption is enough?"), u"study"_s);
    StudySummary study;
    try {
        if (std::optional<StudySummary> read = readStudySummary(context.lab().absolutePath().toStdString()))
            study = std::move(*read);
    } catch (const Error& e) {
        context.markSection(u"study"_s, false);
        html.notRun(ReportText::tr("The lab's study could not be read: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    context.markSection(u"study"_s, !study.points.empty());
    if (study.points.empty()) {
        html.notRun(ReportText::tr("Not run: no privacy-utility study in this lab (privatesnn study --lab LAB)."));
        return;
    }
    if (const QString caveat = tooFewImagesNote(study); !caveat.isEmpty())
        html.xhtmlParagraph(u"<b>"_s + HtmlWriter::escaped(caveat) + u"</b>"_s);
    html.xhtmlParagraph(u"<b>"_s + HtmlWriter::escaped(studyAnswer(study, [](double f) { return formatPercent(f); }))
                        + u"</b>"_s);
    html.paragraph(
        ReportText::tr("The same converted SNN defended at several strengths: encryption (the paper's spike-based "
                       "training with distillation) at growing doses, Gaussian noise with the same per-layer weight "
                       "drift as each encryption dose, and distillation into the same SNN from a random "
                       "initialisation. Each point is attacked by the ReLU re-conversion (attack 1), a re-conversion "
                       "that clips each layer at its threshold, and surrogate gradients (attack 2), and each attack's "
                       "images are scored by every judge."));
    html.paragraph(
        ReportText::tr(
            "Verdicts come from each judge's exact (Clopper–Pearson) interval at the family-wise %1 % level: with F "
            "tests at a point (its attacks × judges), each interval is at 1 − %2/F (Bonferroni), so the strongest of "
            "several attacks cannot leak by chance alone. Leaks: the interval lies more than %3 points above chance; "
            "leaks within the margin: above chance, but not more than %3 points; protected against this attacker "
            "budget: its upper end is at most %3 points above chance; otherwise inconclusive. An attack leaks when any "
            "judge says so and is protected only when every judge says so; a point likewise over its attacks. An open "
            "verdict gives the images (whole restarts of every class) at which the interval would reach a verdict with "
            "80 % power if the observed rate were the true one.")
            .arg(formatDecimal(study.level * 100, 0), formatDecimal(1 - study.level, 2),
                 formatDecimal(study.margin * 100, 0)));
    const double chance = study.chance * 100;
    const double margin = study.margin * 100;
    // The human column and curves once people have rated the images (a damaged session is reported by the
    // "Human judge" section).
    std::optional<RatingsSummary> human;
    try {
        human = readRatingsSummary(context.lab().absolutePath().toStdString());
    } catch (const Error&) {
    }
    const std::vector<FrontierCurve> curves = frontierCurves(study, human ? &*human : nullptr);
    context.plotFigure(
        u"study_frontier"_s, ChartSize, [&](QCustomPlot& plot) { buildFrontierPlot(plot, curves, chance, margin); },
        ReportText::tr("Privacy-utility frontier: accuracy lost against the ANN and the strongest attack's judge "
                       "accuracy with its 95 % interval, one curve per defence.")
            + (human ? u' '
                       + ReportText::tr(
                           "Filled triangles (\"people\"): the human judge's accuracy over all of a point's "
                           "rated attack images, with its exact 95 % interval, in the colour of the "
                           "point's defence.")
                     : QString()));
    HtmlTable table;
    table.header = {ReportText::tr("Defence"),
                    ReportText::tr("Setting"),
                    ReportText::tr("Relative L2 change"),
                    ReportText::tr("SNN accuracy"),
                    ReportText::tr("Re-converted ANN"),
                    ReportText::tr("Strongest attack"),
                    ReportText::tr("Judge accuracy"),
                    ReportText::tr("95 % interval"),
                    ReportText::tr("Bootstrap within classes"),
                    ReportText::tr("Second judge"),
                    ReportText::tr("Judges agree"),
                    ReportText::tr("FID (0 real, 1 noise)"),
                    ReportText::tr("McNemar p"),
                    ReportText::tr("Family-wise interval"),
                    ReportText::tr("Verdict of the point")};
    table.numeric = {false, false, true, true, true, false, true, true, true, true, true, true, true, true, false};
    table.keyColumns = 2;  // a point is its defence and its setting
    table.wideColumn = 14; // the point's verdict
    if (human) {
        table.header << ReportText::tr("People (exact interval)");
        // Text, not numeric: it may wrap before its interval, which leaves the verdict beside it room.
        table.numeric << false;
    }
    CsvTable csv({u"id"_s,
                  u"defence"_s,
                  u"attack"_s,
                  u"weight_relative_l2"_s,
                  u"snn_accuracy"_s,
                  u"reconverted_ann_accuracy"_s,
                  u"judge_accuracy"_s,
                  u"judge_ci_low"_s,
                  u"judge_ci_high"_s,
                  u"bootstrap_low"_s,
                  u"bootstrap_high"_s,
                  u"judge2_accuracy"_s,
                  u"judge_agreement"_s,
                  u"fid"_s,
                  u"fid_normalised"_s,
                  u"kid"_s,
                  u"kid_normalised"_s,
                  u"mcnemar_p"_s,
                  u"family"_s,
                  u"judge1_verdict"_s,
                  u"judge2_verdict"_s,
                  u"verdict"_s,
                  u"power_target"_s,
                  u"images_for_80"_s});
    for (const StudyPointResult& p : study.points) {
        QStringList cells{defenceTitle(p.point.defence), pointSetting(p.point), formatSignificant(p.relativeL2, 3),
                          formatPercent(p.snnAccuracy), formatPercent(p.reconvertedAccuracy)};
        if (const StudyAttackRow* a = p.strongestAttack())
            cells << attackTitle(a->attack) << formatPercent(a->accuracy) << interval(a->interval)
                  << interval(a->bootstrap) << formatPercent(a->accuracy2) << formatPercent(a->agreement)
                  << formatDecimal(a->fidNormalised, 2) << formatPValue(a->mcnemarP) << interval(p.verdict.interval)
                  << pointVerdict(study, p);
        while (cells.size() < table.header.size() - (human ? 1 : 0))
            cells << missingValue(); // a point without attacks
        if (human) {
            const HumanPoint* h = human->point(p.point.id);
            cells << (h ? ReportText::tr("%1 (%2)").arg(formatPercent(h->accuracy), interval(h->interval))
                        : missingValue());
        }
        table.rows << cells;
        for (const StudyAttackRow& row : p.attacks) {
            QStringList line{QString::fromStdString(p.point.id), QString::fromStdString(p.point.defence),
                             QString::fromStdString(row.attack)};
            line << CsvTable::number(p.relativeL2) << CsvTable::number(p.snnAccuracy)
                 << CsvTable::number(p.reconvertedAccuracy);
            for (const std::optional<double> value :
                 {std::optional(row.accuracy), std::optional(row.interval.low), std::optional(row.interval.high),
                  std::optional(row.bootstrap.low), std::optional(row.bootstrap.high), row.accuracy2, row.agreement,
                  std::optional(row.fid), std::optional(row.fidNormalised), std::optional(row.kid),
                  std::optional(row.kidNormalised), std::optional(row.mcnemarP)})
                line << CsvTable::number(value);
            line << QString::number(row.verdict.family);
            for (size_t judge = 0; judge < 2; ++judge)
                line << (judge < row.judgeVerdicts.size()
                             ? QString::fromStdString(verdictKey(row.judgeVerdicts[judge].verdict))
                             : QString());
            line << QString::fromStdString(verdictKey(row.verdict.verdict))
                 << (row.verdict.powerTarget
                         ? QString::fromStdString(fields::nameOf(*row.verdict.powerTarget, kPowerTargetNames))
                         : QString())
                 << (row.verdict.powerTarget ? QString::number(row.verdict.imagesFor80) : QString());
            csv.addRow(line);
        }
    }
    html.table(table);
    html.paragraph(
        ReportText::tr("Judge accuracy, its 95 % interval and the bootstrap (restarts resampled within each class; "
                       "the classes are the population, not a sample) are the first judge's on the strongest attack; "
                       "the family-wise interval is the one the point's verdict rests on. McNemar p compares the "
                       "strongest attack's images image by image with the same attack on the undefended SNN (same "
                       "seeds, same classes). FID is normalised between held-out real images (0) and the attacks' "
                       "initial noise (1) in the judge's feature space. Every attack of every point: study_attacks.csv "
                       "and LAB/study/study.csv."));
    context.writeCsv(u"study_attacks.csv"_s, csv);
}

} // namespace psnn
