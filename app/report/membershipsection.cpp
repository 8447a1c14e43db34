// SPDX-License-Identifier: GPL-3.0-or-later
// "Membership inference": results.json's membership section (privatesnn membership), when the lab
// has a current one.
#include "sections.h"

#include "csvtable.h"
#include "models/leakagetext.h"
#include "models/membershipcurves.h"
#include "plots/rocplot.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "privatesnn/membership_results.h"

#include <optional>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString range(double low, double high, bool percent)
{
    return percent ? ReportText::tr("%1–%2").arg(formatPercent(low), formatPercent(high))
                   : ReportText::tr("%1–%2").arg(formatDecimal(low, 3), formatDecimal(high, 3));
}

/// "ANN → SNN": does conversion, encryption, or both change what the attack finds?
QString comparisonLine(const MembershipComparison& c, double level)
{
    return ReportText::tr("%1, %2 → %3: AUC changes by %4 (%5 % paired bootstrap interval %6 to %7).")
        .arg(text(c.attack), text(c.from), text(c.to), formatDecimal(c.aucDifference, 3), formatDecimal(level * 100, 0),
             formatDecimal(c.low, 3), formatDecimal(c.high, 3));
}

/// TPR at each row's 1 % FPR threshold, per class, for RMIA on each target's deployed readout: which
/// classes' members an attacker finds.
void writePerClassTable(HtmlWriter& html, const MembershipResults& r)
{
    std::vector<const MembershipRow*> rows;
    HtmlTable table;
    table.header << ReportText::tr("Class");
    for (const MembershipTarget& t : r.targets)
        if (const MembershipRow* row = r.find(t.name, t.name == "ANN" ? "logits" : "membrane", "RMIA")) {
            rows.push_back(row);
            table.header << text(t.name);
        }
    if (rows.empty())
        return;
    table.numeric << false;
    for (size_t i = 0; i < rows.size(); ++i)
        table.numeric << true;
    for (const MembershipClassFigure& figure : rows.front()->perClass) {
        QStringList cells{text(figure.name)};
        for (const MembershipRow* row : rows) {
            QString cell = u"–"_s;
            for (const MembershipClassFigure& f : row->perClass)
                if (f.cls == figure.cls)
                    cell =
                        ReportText::tr("%1 (%2 of %3)").arg(formatPercent(f.tpr)).arg(f.truePositives).arg(f.members);
            cells << cell;
        }
        table.rows << cells;
    }
    table.caption =
        ReportText::tr("RMIA per class: members found at the 1 % FPR threshold of all records (exact intervals in "
                       "LAB/membership/per_class.csv).");
    html.table(table);
}

} // namespace

void writeMembershipSection(ReportContext& context)
{
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Membership inference"), u"membership"_s);
    const std::optional<MembershipResults>& audit = context.results().membership;
    context.markSection(u"membership"_s, audit.has_value());
    if (!audit) {
        html.notRun(
            context.lab().exists(QString::fromLatin1(kMembershipFile))
                ? ReportText::tr("The lab's membership audit (%1) was made with models the lab no longer holds, or "
                                 "cannot be read: run privatesnn membership --lab LAB again.")
                      .arg(QString::fromLatin1(kMembershipFile))
                : ReportText::tr("Not run: no membership audit in this lab (privatesnn membership --lab LAB)."));
        return;
    }
    const MembershipResults& r = *audit;
    html.paragraph(
        ReportText::tr("Can an attacker who sees only a network's outputs tell whether a record was in the "
                       "teacher's training data? %1 members (%2) and %3 non-members (%4), class-balanced; "
                       "loss attack, offline LiRA and offline RMIA with %5 reference models of the teacher's "
                       "architecture, each trained %6 epochs on half of a pool of %7 records.")
            .arg(formatCount(double(r.members)), text(r.membersSource), formatCount(double(r.nonMembers)),
                 text(r.nonMembersSource), formatCount(double(r.referenceCount)),
                 formatCount(double(r.referenceEpochs)), formatCount(double(r.pool))));
    QStringList verdicts;
    for (const MembershipTarget& t : r.targets)
        verdicts << QStringLiteral("<span class=\"%1\">%2: %3</span><br/>")
                        .arg(t.verdict == MembershipVerdict::Leaks ? u"leaks"_s : QString(),
                             HtmlWriter::escaped(text(t.name)),
                             HtmlWriter::escaped(translatedMembershipVerdict(t.verdict)))
                + HtmlWriter::escaped(text(t.verdictReason));
    html.xhtmlBulletList(verdicts);

    const std::vector<RocSeries> curves = membershipRocCurves(r);
    context.plotFigure(
        u"membership_roc"_s, QSize(680, 520),
        [&](QCustomPlot& plot) { buildRocPlot(plot, curves, r.members, r.nonMembers); },
        ReportText::tr("ROC of each attack on log-log axes (the ANN's logits, the SNNs' summed output "
                       "membrane); the low false-positive corner is what an attacker can use."));

    const QString level = ReportText::tr("%1 % interval").arg(formatDecimal((1 - r.alpha) * 100, 0));
    HtmlTable table;
    table.header = {ReportText::tr("Target"),
                    ReportText::tr("Readout"),
                    ReportText::tr("Attack"),
                    u"AUC"_s,
                    level,
                    u"TPR @ 0.1 % FPR"_s,
                    u"TPR @ 1 % FPR"_s,
                    level,
                    ReportText::tr("AUC on misclassified records"),
                    ReportText::tr("Verdict")};
    table.numeric = {false, false, false, true, true, true, true, true, true, false};
    CsvTable csv({u"target"_s, u"readout"_s, u"attack"_s, u"timesteps"_s, u"auc"_s, u"auc_low"_s, u"auc_high"_s,
                  u"advantage"_s, u"tpr_0.1pct"_s, u"tpr_1pct"_s, u"tpr_1pct_low"_s, u"tpr_1pct_high"_s, u"verdict"_s});
    bool unresolved = false;
    for (const MembershipRow& row : r.rows) {
        if (row.operatingPoints.size() < 2)
            continue;
        const MembershipOperatingPoint& low = row.operatingPoints[0];
        const MembershipOperatingPoint& one = row.operatingPoints[1];
        unresolved = unresolved || !low.resolved;
        std::optional<double> misclassified;
        for (const MembershipSlice& slice : row.slices)
            if (slice.name == "misclassified")
                misclassified = slice.auc;
        table.rows << QStringList{targetTitle(row.target),
                                  membershipReadoutTitle(row.readout),
                                  membershipAttackTitle(row.attack),
                                  formatDecimal(row.auc, 3),
                                  range(row.aucLow, row.aucHigh, false),
                                  formatPercent(low.tpr) + (low.resolved ? QString() : u"*"_s),
                                  formatPercent(one.tpr),
                                  range(one.tprLow, one.tprHigh, true),
                                  formatDecimal(misclassified, 3),
                                  translatedMembershipVerdict(row.verdict)};
        csv.addRow({text(row.target), text(row.readout), text(row.attack), CsvTable::number(double(row.timesteps)),
                    CsvTable::number(row.auc), CsvTable::number(row.aucLow), CsvTable::number(row.aucHigh),
                    CsvTable::number(row.advantage), CsvTable::number(low.tpr), CsvTable::number(one.tpr),
                    CsvTable::number(one.tprLow), CsvTable::number(one.tprHigh),
                    text(fields::nameOf(row.verdict, kMembershipVerdictNames))});
    }
    table.caption =
        ReportText::tr("AUC interval: stratified bootstrap; TPR interval: exact (Clopper-Pearson). %1 non-members "
                       "allow %2 false positives at 1 % FPR.")
            .arg(formatCount(double(r.nonMembers)),
                 formatCount(double(r.rows.empty() ? 0 : r.rows.front().operatingPoints.back().falsePositivesAllowed)));
    if (unresolved)
        table.caption +=
            u" "_s + ReportText::tr("* Too few non-members to resolve 0.1 % FPR (it needs at least 1,000).");
    html.table(table);
    writePerClassTable(html, r);
    QStringList comparisons;
    for (const MembershipComparison& c : r.comparisons)
        comparisons << HtmlWriter::escaped(comparisonLine(c, 1 - r.alpha));
    if (!comparisons.isEmpty())
        html.xhtmlBulletList(comparisons);
    html.paragraph(text(r.verdictRule));
    html.paragraph(ReportText::tr("Per-class figures, the misclassified slice, the T sweep and every record's score: "
                                  "LAB/membership/*.csv. Time: %1 (reference models %2).")
                       .arg(formatSeconds(r.seconds), formatSeconds(r.referenceSeconds)));
    context.writeCsv(u"membership.csv"_s, csv);
}

} // namespace psnn
