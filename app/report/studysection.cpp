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
    for (const QString& warning : controlWarnings(study))
        html.xhtmlParagraph(u"<b>"_s + HtmlWriter::escaped(warning) + u"</b>"_s);
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
    html.paragraph(ReportText::tr(
        "Further defences from the model-inversion literature, at the same restart seeds and attacks: the first k "
        "weight layers re-initialised and distilled with the rest frozen (early layers carry most of what inversion "
        "exploits), negative label smoothing of the distillation targets (positive smoothing is known to help "
        "inversion), and weights quantised to k bits per layer without training."));
    html.paragraph(ReportText::tr(
        "Two controls show what the scoring credits without inversion; they defend nothing and are drawn as stars. "
        "The transfer control nudges real images of other classes toward each class within a small budget "
        "(targeted PGD on the undefended network): the judge accuracy it reaches is what adversarial transfer alone "
        "buys. The random-network control runs the same attacks on a network of the same shape with random weights, "
        "converted like the real one: without class knowledge its images must score about chance, or the scoring "
        "itself is broken."));
    if (const QString transfer = transferControlText(study); !transfer.isEmpty())
        html.paragraph(transfer);
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
    const std::vector<FrontierControl> controls = frontierControls(study);
    context.plotFigure(
        u"study_frontier"_s, ChartSize,
        [&](QCustomPlot& plot) { buildFrontierPlot(plot, curves, chance, margin, controls); },
        ReportText::tr("Privacy-utility frontier: accuracy lost against the ANN and the strongest attack's judge "
                       "accuracy with its 95 % interval, one curve per defence; stars: the controls.")
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
                    ReportText::tr("Bootstrap (seeds, restarts)"),
                    ReportText::tr("Seeds"),
                    ReportText::tr("Second judge"),
                    ReportText::tr("Judges agree"),
                    ReportText::tr("KID (0 real, 1 noise)"),
                    ReportText::tr("FID (0 real, 1 noise)"),
                    ReportText::tr("McNemar p"),
                    ReportText::tr("Family-wise interval"),
                    ReportText::tr("Verdict of the point")};
    table.numeric = {false, false, true, true, true, false, true, true, true,
                     true,  true,  true, true, true, true,  true, false};
    table.keyColumns = 2;  // a point is its defence and its setting
    table.wideColumn = 16; // the point's verdict
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
                  u"kid_normalised_se"_s,
                  u"seeds"_s,
                  u"design_effect"_s,
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
                  << interval(a->bootstrap) << QString::number(std::max<size_t>(1, p.seeds.size()))
                  << formatPercent(a->accuracy2) << formatPercent(a->agreement)
                  << ReportText::tr("%1 ± %2").arg(formatDecimal(a->kidNormalised, 2),
                                                   formatDecimal(a->kidNormalisedSe, 2))
                  << formatDecimal(a->fidNormalised, 2) << formatPValue(a->mcnemarP) << interval(p.verdict.interval)
                  << pointVerdict(study, p);
        while (cells.size() < table.header.size() - (human ? 1 : 0))
            cells << missingValue(); // a point without attacks
        if (human) {
            const std::optional<HumanPoint> h = human->point(p.point.id);
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
                  std::optional(row.kidNormalised), std::optional(row.kidNormalisedSe),
                  std::optional(double(std::max<size_t>(1, p.seeds.size()))), std::optional(row.designEffect),
                  std::optional(row.mcnemarP)})
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
    html.paragraph(ReportText::tr(
        "Each trained or noised point is built with several defence seeds (each its own network or noise "
        "direction, all attacked with the same restart seeds); the accuracies are the seeds' means. Judge accuracy "
        "is the first judge's on the strongest attack, pooled over seeds; its 95 % interval is exact on the pooled "
        "counts divided by their design effect (the seeds' spread against the restarts', widened by t for few "
        "seeds), and the bootstrap resamples seeds, then restarts within each class (the classes are the "
        "population, not a sample). The family-wise interval is the one the point's verdict rests on. McNemar p "
        "compares the strongest attack's images pair by pair with the same attack on the undefended SNN. KID (the "
        "headline distance, with its standard error) and FID are normalised between real images held out of the "
        "reference set (0) and the attacks' initial noise (1). Every attack of every point: study_attacks.csv and "
        "LAB/study/study.csv."));
    html.paragraph(study.featureExtractor.empty()
                       ? ReportText::tr("Distances are measured in the first judge's features (a file written before "
                                        "the feature extractor was recorded).")
                       : ReportText::tr("Distances are measured in: %1 — never in the attacked teacher's features.")
                             .arg(QString::fromStdString(study.featureExtractor)));
    context.writeCsv(u"study_attacks.csv"_s, csv);
    if (study.comparisons.empty())
        return;
    // Paired comparisons of the strongest attack of each point: same images, seed by seed.
    HtmlTable pairs;
    pairs.header = {ReportText::tr("First"),
                    ReportText::tr("Second"),
                    ReportText::tr("Attack"),
                    ReportText::tr("Difference"),
                    ReportText::tr("95 % interval"),
                    ReportText::tr("Exact p"),
                    ReportText::tr("At equal accuracy loss")};
    pairs.numeric = {false, false, false, true, true, true, false};
    CsvTable pairsCsv({u"first"_s, u"second"_s, u"attack"_s, u"difference"_s, u"ci_low"_s, u"ci_high"_s, u"p"_s,
                       u"first_accuracy_lost"_s, u"second_accuracy_lost"_s, u"equal_accuracy_loss"_s});
    for (const StudyComparison& c : study.comparisons) {
        pairsCsv.addRow({QString::fromStdString(c.first), QString::fromStdString(c.second),
                         QString::fromStdString(c.attack), CsvTable::number(c.difference),
                         CsvTable::number(c.interval.low), CsvTable::number(c.interval.high), CsvTable::number(c.p),
                         CsvTable::number(c.firstLoss), CsvTable::number(c.secondLoss),
                         c.equalAccuracyLoss ? u"true"_s : u"false"_s});
        bool strongest = false;
        for (const StudyPointResult& p : study.points)
            if (p.point.id == c.first && p.strongestAttack() && p.strongestAttack()->attack == c.attack)
                strongest = true;
        if (!strongest)
            continue; // the table shows the strongest attack's; the CSV has every attack
        pairs.rows << QStringList{
            QString::fromStdString(c.first),
            QString::fromStdString(c.second),
            QString::fromStdString(c.attack),
            ReportText::tr("%1 points").arg(formatDecimal(c.difference * 100, 1)),
            ReportText::tr("%1 to %2 points")
                .arg(formatDecimal(c.interval.low * 100, 1), formatDecimal(c.interval.high * 100, 1)),
            formatPValue(c.p),
            c.equalAccuracyLoss ? ReportText::tr("yes") : ReportText::tr("no")};
    }
    html.paragraph(ReportText::tr(
        "Paired comparisons (judge accuracy of the first minus the second, the first point's strongest attack): each "
        "defended point against the undefended one, and each encryption dose against the noise with its drift. The "
        "interval is Agresti and Min's adjusted Wald interval for matched pairs and, like p (exact McNemar), uses "
        "the counts divided by their design effect over seeds. A comparison is at equal accuracy loss only where the "
        "two "
        "points lose within one point of each other; otherwise it compares defences at different costs. Every attack: "
        "study_comparisons.csv."));
    html.table(pairs);
    context.writeCsv(u"study_comparisons.csv"_s, pairsCsv);
}

} // namespace psnn
