// SPDX-License-Identifier: GPL-3.0-or-later
// "Membership inference": the audit of LAB/membership/membership.json (privatesnn membership), read
// through its typed results (core/labmodel membership_results.h), when the lab has one.
#include "sections.h"

#include "csvtable.h"
#include "plots/rocplot.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "privatesnn/error.h"
#include "privatesnn/membership_results.h"

#include <QFile>

#include <optional>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

/// The audit, nullopt when the lab has none; a damaged file is reported in `problem`.
std::optional<MembershipResults> readAudit(const QDir& lab, QString& problem)
{
    QFile file(lab.filePath(u"membership/membership.json"_s));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
        return std::nullopt;
    }
    try {
        return membershipResultsFromJson(file.readAll().toStdString());
    } catch (const Error& e) {
        problem = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString range(double low, double high, bool percent)
{
    return percent ? u"%1 – %2"_s.arg(formatPercent(low), formatPercent(high))
                   : u"%1 – %2"_s.arg(formatDecimal(low, 3), formatDecimal(high, 3));
}

Series seriesOf(const std::string& target)
{
    return target == "ANN" ? Series::Ann : target == "SNN" ? Series::Converted : Series::Encrypted;
}

Qt::PenStyle styleOf(const std::string& attack)
{
    return attack == "RMIA" ? Qt::SolidLine : attack == "LiRA" ? Qt::DashLine : Qt::DotLine;
}

/// The readout each target deploys: the ANN's logits, an SNN's summed output membrane.
bool primaryReadout(const MembershipRow& row)
{
    return row.readout == "logits" || row.readout == "membrane";
}

} // namespace

void writeMembershipSection(ReportContext& context)
{
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Membership inference"), u"membership"_s);
    QString problem;
    const std::optional<MembershipResults> audit = readAudit(context.lab(), problem);
    context.markSection(u"membership"_s, audit.has_value());
    if (!audit) {
        html.notRun(problem.isEmpty()
                        ? ReportText::tr("Not run: no membership audit in this lab (privatesnn membership --lab LAB).")
                        : ReportText::tr("The membership audit could not be read: %1").arg(problem));
        return;
    }
    const MembershipResults& r = *audit;
    html.paragraph(ReportText::tr("Can an attacker who sees only a network's outputs tell whether a record was in the "
                                  "teacher's training data? %1 members (%2) and %3 non-members (%4), class-balanced; "
                                  "loss attack, offline LiRA and offline RMIA with %5 reference models of the teacher's "
                                  "architecture, each trained %6 epochs on half of a pool of %7 records.")
                       .arg(formatCount(double(r.members)), text(r.membersSource), formatCount(double(r.nonMembers)),
                            text(r.nonMembersSource), formatCount(double(r.referenceCount)),
                            formatCount(double(r.referenceEpochs)), formatCount(double(r.pool))));
    QStringList verdicts;
    for (const MembershipTarget& t : r.targets)
        verdicts << QStringLiteral("<span class=\"%1\">%2: %3</span><br/>")
                            .arg(t.verdict == kMembershipLeaks ? u"leaks"_s : QString(), HtmlWriter::escaped(text(t.name)),
                                 HtmlWriter::escaped(text(membershipVerdictText(t.verdict))))
                + HtmlWriter::escaped(text(t.verdictReason));
    html.xhtmlBulletList(verdicts);

    std::vector<RocSeries> curves;
    for (const MembershipRow& row : r.rows)
        if (primaryReadout(row))
            curves.push_back({text(row.target + ", " + row.attack), seriesOf(row.target), styleOf(row.attack), row.rocFpr,
                              row.rocTpr});
    context.plotFigure(u"membership_roc"_s, QSize(680, 520),
                       [&](QCustomPlot& plot) { buildRocPlot(plot, curves, r.members, r.nonMembers); },
                       ReportText::tr("ROC of each attack on log-log axes (the ANN's logits, the SNNs' summed output "
                                      "membrane); the low false-positive corner is what an attacker can use."));

    HtmlTable table;
    table.header = {ReportText::tr("Target"), ReportText::tr("Readout"), ReportText::tr("Attack"), u"AUC"_s,
                    ReportText::tr("95 % interval"), u"TPR @ 0.1 % FPR"_s, u"TPR @ 1 % FPR"_s, ReportText::tr("95 % interval"),
                    ReportText::tr("Verdict")};
    table.numeric = {false, false, false, true, true, true, true, true, false};
    CsvTable csv({u"target"_s, u"readout"_s, u"attack"_s, u"timesteps"_s, u"auc"_s, u"auc_low"_s, u"auc_high"_s, u"advantage"_s,
                  u"tpr_0.1pct"_s, u"tpr_1pct"_s, u"tpr_1pct_low"_s, u"tpr_1pct_high"_s, u"verdict"_s});
    bool unresolved = false;
    for (const MembershipRow& row : r.rows) {
        if (row.operatingPoints.size() < 2)
            continue;
        const MembershipOperatingPoint& low = row.operatingPoints[0];
        const MembershipOperatingPoint& one = row.operatingPoints[1];
        unresolved = unresolved || !low.resolved;
        table.rows << QStringList{text(row.target),
                                  text(row.readout),
                                  text(row.attack),
                                  formatDecimal(row.auc, 3),
                                  range(row.aucLow, row.aucHigh, false),
                                  formatPercent(low.tpr) + (low.resolved ? QString() : u"*"_s),
                                  formatPercent(one.tpr),
                                  range(one.tprLow, one.tprHigh, true),
                                  text(membershipVerdictText(row.verdict))};
        csv.addRow({text(row.target), text(row.readout), text(row.attack), CsvTable::number(double(row.timesteps)),
                    CsvTable::number(row.auc), CsvTable::number(row.aucLow), CsvTable::number(row.aucHigh),
                    CsvTable::number(row.advantage), CsvTable::number(low.tpr), CsvTable::number(one.tpr),
                    CsvTable::number(one.tprLow), CsvTable::number(one.tprHigh), text(row.verdict)});
    }
    table.caption = ReportText::tr("AUC interval: stratified bootstrap; TPR interval: exact (Clopper-Pearson). %1 non-members "
                                   "allow %2 false positives at 1 % FPR.")
                        .arg(formatCount(double(r.nonMembers)),
                             formatCount(double(r.rows.empty() ? 0 : r.rows.front().operatingPoints.back().falsePositivesAllowed)));
    if (unresolved)
        table.caption += u" "_s + ReportText::tr("* Too few non-members to resolve 0.1 % FPR (it needs at least 1,000).");
    html.table(table);
    html.paragraph(text(r.verdictRule));
    html.paragraph(ReportText::tr("Per-class figures, the misclassified slice, the T sweep and every record's score: "
                                  "LAB/membership/*.csv. Time: %1 (reference models %2).")
                       .arg(formatSeconds(r.seconds), formatSeconds(r.referenceSeconds)));
    context.writeCsv(u"membership.csv"_s, csv);
}

} // namespace psnn
