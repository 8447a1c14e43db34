// SPDX-License-Identifier: GPL-3.0-or-later
// "Human judge": people's accuracy on the lab's attack images (LAB/ratings/RATER.csv), per point and
// attack with exact intervals, the agreement between raters and the study's verdict rule applied.
#include "sections.h"

#include "csvtable.h"
#include "models/studyfrontier.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QString humanPointName(const std::string& point)
{
    return point == kLabPoint ? ReportText::tr("the lab's own attacks") : QString::fromStdString(point);
}

QString humanInterval(const Interval& i)
{
    return ReportText::tr("%1–%2").arg(formatPercent(i.low), formatPercent(i.high));
}

void writeRaterTable(HtmlWriter& html, const RatingsSummary& s)
{
    HtmlTable table;
    table.header = {ReportText::tr("Rater"), ReportText::tr("Images rated"), ReportText::tr("Correct"),
                    ReportText::tr("Can't tell")};
    table.numeric = {false, true, true, true};
    for (const RaterCount& r : s.raters)
        table.rows << QStringList{QString::fromStdString(r.rater), formatCount(double(r.images)),
                                  formatCount(double(r.correct)), formatCount(double(r.cantTell))};
    html.table(table);
}

} // namespace

void writeHumanJudgeSection(ReportContext& context)
{
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Human judge"), u"human_judge"_s);
    std::optional<RatingsSummary> summary;
    try {
        summary = readRatingsSummary(context.lab().absolutePath().toStdString());
    } catch (const Error& e) {
        context.markSection(u"human_judge"_s, false);
        html.notRun(
            ReportText::tr("The lab's rating sessions could not be read: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    context.markSection(u"human_judge"_s, summary.has_value());
    if (!summary) {
        html.notRun(ReportText::tr("Not rated: nobody has rated this lab's attack images yet (Attack page, \"Rate "
                                   "images\"; or privatesnn ratings --lab LAB --import FILE)."));
        return;
    }
    const RatingsSummary& s = *summary;
    int64_t answers = 0;
    for (const RaterCount& r : s.raters)
        answers += r.images;
    html.paragraph(
        ReportText::tr(
            "Do people recognise the classes in the attack images? Each rater saw the images one at a time, "
            "blind (no target class, no point, no attack), in an order shuffled across points and attacks, "
            "and named a class or answered \"can't tell\", which counts as wrong. %1 rater(s) gave %2 answers "
            "on the lab's %3 attack images.")
            .arg(formatCount(double(s.raters.size())), formatCount(double(answers)),
                 formatCount(double(s.imagesAvailable))));
    writeRaterTable(html, s);

    HtmlTable table;
    table.header = {ReportText::tr("Point"),   ReportText::tr("Attack"),         ReportText::tr("Model"),
                    ReportText::tr("Ratings"), ReportText::tr("Human accuracy"), ReportText::tr("Exact interval"),
                    ReportText::tr("Verdict"), ReportText::tr("Leaks to people")};
    table.numeric = {false, false, false, true, true, true, false, false};
    table.wideColumn = 6; // the verdict, with what more ratings would show
    CsvTable csv({u"point"_s, u"attack"_s, u"model"_s, u"images"_s, u"ratings"_s, u"correct"_s, u"cant_tell"_s,
                  u"accuracy"_s, u"ci_low"_s, u"ci_high"_s, u"family"_s, u"verdict"_s, u"leaks_to_people"_s});
    for (const HumanRow& row : s.rows) {
        table.rows << QStringList{
            humanPointName(row.point),
            QString::fromStdString(row.attack),
            QString::fromStdString(row.model),
            formatCount(double(row.ratings)),
            formatPercent(row.accuracy),
            humanInterval(row.verdict.interval),
            translatedVerdict(row.verdict.verdict, row.verdict.powerTarget, row.verdict.imagesFor80),
            row.leaksToPeople ? ReportText::tr("yes") : ReportText::tr("no")};
        csv.addRow({QString::fromStdString(row.point), QString::fromStdString(row.attack),
                    QString::fromStdString(row.model), QString::number(row.images), QString::number(row.ratings),
                    QString::number(row.correct), QString::number(row.cantTell), CsvTable::number(row.accuracy),
                    CsvTable::number(row.verdict.interval.low), CsvTable::number(row.verdict.interval.high),
                    QString::number(row.verdict.family), QString::fromStdString(verdictKey(row.verdict.verdict)),
                    row.leaksToPeople ? u"true"_s : u"false"_s});
    }
    table.caption =
        ReportText::tr("Intervals are exact (Clopper–Pearson) at each point's family-wise %1 % level over its attacks "
                       "(Bonferroni). Chance is %2 (%3 classes). Leaks to people: the interval lies above chance. "
                       "The verdicts follow the study's rule with a margin of %4 points. An image rated by several "
                       "people counts once per rating.")
            .arg(formatDecimal(s.level * 100, 0), formatPercent(s.chance), formatCount(double(s.classes)),
                 formatDecimal(s.margin * 100, 0));
    html.table(table);
    if (s.staleAnswers > 0)
        html.paragraph(ReportText::tr("%1 answers are about images that a later run of the attack made again; they "
                                      "are kept in the sessions but left out of these figures.")
                           .arg(formatCount(double(s.staleAnswers))));
    if (s.fleissKappa)
        html.paragraph(ReportText::tr("Agreement between the raters: Fleiss' κ = %1 over the %2 images every rater "
                                      "answered (classes and \"can't tell\" as categories; 0 is chance agreement, 1 "
                                      "complete agreement).")
                           .arg(formatDecimal(*s.fleissKappa, 2), formatCount(double(s.kappaImages))));
    else if (s.raters.size() < 2)
        html.paragraph(ReportText::tr("Agreement between raters needs at least two raters; this lab has one."));
    else
        html.paragraph(ReportText::tr("Agreement between the raters is undefined: %1 images were answered by every "
                                      "rater, all in one category or too few.")
                           .arg(formatCount(double(s.kappaImages))));
    context.writeCsv(u"human_judge.csv"_s, csv);
}

} // namespace psnn
