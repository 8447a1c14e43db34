// SPDX-License-Identifier: GPL-3.0-or-later
// "How much encryption is enough?": the privacy-utility study of LAB/study/study.json, when the
// lab has one (privatesnn study).
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
#include "models/studyfrontier.h"
#include "plots/frontierplot.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include <QFile>
#include <QJsonDocument>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QJsonObject readStudy(const QDir& lab)
{
    QFile file(lab.filePath(u"study/study.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString interval(const QJsonObject& a, QLatin1StringView low, QLatin1StringView high)
{
    return ReportText::tr("%1–%2").arg(formatPercent(json::number(a, low)), formatPercent(json::number(a, high)));
}

QString answer(const QJsonObject& study)
{
    const QString recommended = json::text(study, "recommended"_L1);
    const double margin = json::number(study, "margin"_L1).value_or(0.1);
    double worst = 0;
    for (const QJsonObject& p : json::objects(json::array(study, "points"_L1))) {
        worst = std::max(worst, json::number(p, "accuracy_lost"_L1).value_or(0));
        if (json::text(p, "id"_L1) != recommended)
            continue;
        const QJsonObject a = strongestAttack(p);
        return ReportText::tr("The weakest setting protected against this attacker budget is %1 (%2): its strongest attack, %3, "
                              "reaches %4 judge accuracy (95 % interval %5), at a cost of %6 points of accuracy against the ANN.")
            .arg(defenceTitle(json::text(p, "defence"_L1)), json::text(p, "label"_L1), json::text(a, "attack"_L1),
                 formatPercent(json::number(a, "judge_accuracy"_L1)), interval(a, "judge_ci_low"_L1, "judge_ci_high"_L1),
                 formatDecimal(json::number(p, "accuracy_lost"_L1).value_or(0) * 100, 1));
    }
    return ReportText::tr("No setting explored is protected against this attacker budget: at every point the strongest "
                          "attack's 95 % interval reaches above chance + %1 points (largest accuracy loss explored: %2 points).")
        .arg(formatDecimal(margin * 100, 0), formatDecimal(worst * 100, 1));
}

} // namespace

void writeStudySection(ReportContext& context)
{
    const QJsonObject study = readStudy(context.lab());
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("How much encryption is enough?"), u"study"_s);
    const std::vector<QJsonObject> points = json::objects(json::array(study, "points"_L1));
    context.markSection(u"study"_s, !points.empty());
    if (points.empty()) {
        html.notRun(ReportText::tr("Not run: no privacy-utility study in this lab (privatesnn study --lab LAB)."));
        return;
    }
    html.paragraph(u"<b>"_s + HtmlWriter::escaped(answer(study)) + u"</b>"_s);
    html.paragraph(ReportText::tr("The same converted SNN defended at several strengths: encryption (the paper's spike-based "
                                  "training with distillation) at growing doses, Gaussian noise with the same per-layer weight "
                                  "drift as each encryption dose, and distillation into the same SNN from a random "
                                  "initialisation. Each point is attacked by the ReLU re-conversion (attack 1), a re-conversion "
                                  "that clips each layer at its threshold, and surrogate gradients (attack 2); the strongest "
                                  "counts. Verdicts use the exact 95 % interval: leaks when it lies above chance, protected "
                                  "against this attacker budget when its upper end is within %1 points of chance, otherwise "
                                  "inconclusive.")
                       .arg(formatDecimal(json::number(study, "margin"_L1).value_or(0.1) * 100, 0)));
    const double chance = json::number(study, "chance"_L1).value_or(0.1) * 100;
    const double margin = json::number(study, "margin"_L1).value_or(0.1) * 100;
    const std::vector<FrontierCurve> curves = frontierCurves(study);
    context.plotFigure(u"study_frontier"_s, ChartSize, [&](QCustomPlot& plot) { buildFrontierPlot(plot, curves, chance, margin); },
                       ReportText::tr("Privacy-utility frontier: accuracy lost against the ANN and the strongest attack's judge "
                                      "accuracy with its 95 % interval, one curve per defence."));
    HtmlTable table;
    table.header = {ReportText::tr("Defence"),        ReportText::tr("Setting"),         ReportText::tr("Relative L2 change"),
                    ReportText::tr("SNN accuracy"),   ReportText::tr("Re-converted ANN"), ReportText::tr("Strongest attack"),
                    ReportText::tr("Judge accuracy"), ReportText::tr("95 % interval"),    ReportText::tr("Class bootstrap"),
                    ReportText::tr("Second judge"),   ReportText::tr("Judges agree"),     ReportText::tr("FID (0 real, 1 noise)"),
                    ReportText::tr("McNemar p"),      ReportText::tr("Verdict")};
    table.numeric = {false, false, true, true, true, false, true, true, true, true, true, true, true, false};
    CsvTable csv({u"id"_s, u"defence"_s, u"attack"_s, u"weight_relative_l2"_s, u"snn_accuracy"_s, u"reconverted_ann_accuracy"_s,
                  u"judge_accuracy"_s, u"judge_ci_low"_s, u"judge_ci_high"_s, u"bootstrap_low"_s, u"bootstrap_high"_s,
                  u"judge2_accuracy"_s, u"judge_agreement"_s, u"fid"_s, u"fid_normalised"_s, u"kid"_s, u"kid_normalised"_s,
                  u"mcnemar_p"_s, u"verdict"_s});
    for (const QJsonObject& p : points) {
        const QJsonObject a = strongestAttack(p);
        table.rows << QStringList{defenceTitle(json::text(p, "defence"_L1)), json::text(p, "label"_L1),
                                  formatSignificant(json::number(p, "weight_relative_l2"_L1), 3),
                                  formatPercent(json::number(p, "snn_accuracy"_L1)),
                                  formatPercent(json::number(p, "reconverted_ann_accuracy"_L1)), json::text(a, "attack"_L1),
                                  formatPercent(json::number(a, "judge_accuracy"_L1)), interval(a, "judge_ci_low"_L1, "judge_ci_high"_L1),
                                  interval(a, "bootstrap_low"_L1, "bootstrap_high"_L1), formatPercent(json::number(a, "judge2_accuracy"_L1)),
                                  formatPercent(json::number(a, "judge_agreement"_L1)),
                                  formatDecimal(json::number(a, "fid_normalised"_L1), 2), formatPValue(json::number(a, "mcnemar_p"_L1)),
                                  studyVerdictText(json::text(a, "verdict"_L1), json::number(a, "images_needed"_L1).value_or(0))};
        for (const QJsonObject& row : json::objects(json::array(p, "attacks"_L1))) {
            QStringList cells{json::text(p, "id"_L1), json::text(p, "defence"_L1), json::text(row, "attack"_L1)};
            cells << CsvTable::number(json::number(p, "weight_relative_l2"_L1)) << CsvTable::number(json::number(p, "snn_accuracy"_L1))
                  << CsvTable::number(json::number(p, "reconverted_ann_accuracy"_L1));
            for (const auto key : {"judge_accuracy"_L1, "judge_ci_low"_L1, "judge_ci_high"_L1, "bootstrap_low"_L1, "bootstrap_high"_L1,
                                   "judge2_accuracy"_L1, "judge_agreement"_L1, "fid"_L1, "fid_normalised"_L1, "kid"_L1,
                                   "kid_normalised"_L1, "mcnemar_p"_L1})
                cells << CsvTable::number(json::number(row, key));
            cells << json::text(row, "verdict"_L1);
            csv.addRow(cells);
        }
    }
    html.table(table);
    html.paragraph(ReportText::tr("McNemar p compares the strongest attack's images image by image with the same attack on the "
                                  "undefended SNN (same seeds, same classes). FID is normalised between held-out real images (0) "
                                  "and the attacks' initial noise (1) in the judge's feature space. Every attack of every point: "
                                  "study_attacks.csv and LAB/study/study.csv."));
    context.writeCsv(u"study_attacks.csv"_s, csv);
}

} // namespace psnn
