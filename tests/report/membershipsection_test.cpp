// SPDX-License-Identifier: GPL-3.0-or-later
// "Membership inference": the report section drawn from results.json's typed membership section, its
// log-log ROC plot and CSVs, and what it says without an audit, with a stale one, or a damaged one.
#include "reportwriter.h"
#include "samplelab.h"

#include "privatesnn/membership_results.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using psnn::test::collapsedSpaces;
using psnn::test::SampleLab;

namespace {

psnn::MembershipResults sampleAudit()
{
    psnn::MembershipResults r;
    r.members = 2000;
    r.nonMembers = 2000;
    r.membersSource = "fashion-mnist train";
    r.nonMembersSource = "fashion-mnist test";
    r.referenceCount = 2;
    r.referenceEpochs = 3;
    r.pool = 20000;
    r.verdictRule = "the rule in words";
    for (const char* target : {"ANN", "SNN"}) {
        psnn::MembershipRow row;
        row.target = target;
        row.readout = std::string(target) == "ANN" ? "logits" : "membrane";
        row.attack = "RMIA";
        row.auc = std::string(target) == "ANN" ? 0.612 : 0.534;
        row.aucLow = row.auc - 0.02;
        row.aucHigh = row.auc + 0.02;
        for (double fpr : {0.001, 0.01}) {
            psnn::MembershipOperatingPoint p;
            p.targetFpr = fpr;
            p.resolved = true;
            p.falsePositivesAllowed = fpr == 0.01 ? 20 : 2;
            p.tpr = fpr * 3;
            row.operatingPoints.push_back(p);
        }
        row.rocFpr = {0, 0.0005, 0.01, 0.1, 1};
        row.rocTpr = {0.001, 0.002, 0.03, 0.2, 1};
        row.verdict =
            std::string(target) == "ANN" ? psnn::MembershipVerdict::Leaks : psnn::MembershipVerdict::NoEvidence;
        psnn::MembershipClassFigure cls;
        cls.cls = 0;
        cls.name = "T-shirt";
        cls.members = 200;
        cls.truePositives = std::string(target) == "ANN" ? 17 : 3;
        cls.tpr = double(cls.truePositives) / 200;
        row.perClass.push_back(cls);
        row.slices.push_back({"misclassified", 80, 150, 0.71, 4, 3});
        r.rows.push_back(row);
        psnn::MembershipTarget t;
        t.name = target;
        t.verdict = row.verdict;
        t.verdictReason = "reason of " + std::string(target);
        r.targets.push_back(t);
    }
    psnn::MembershipComparison c;
    c.attack = "RMIA";
    c.from = "ANN";
    c.to = "SNN";
    c.aucDifference = -0.078;
    c.low = -0.095;
    c.high = -0.061;
    r.comparisons.push_back(c);
    return r;
}

/// results.json of the sample lab with `membership` as its section (none: left out), plus
/// LAB/membership/membership.json when `auditFile` (the audit of a lab whose models changed since).
QString writeAndRead(SampleLab& lab, const std::optional<psnn::MembershipResults>& membership, bool auditFile = false)
{
    QJsonObject results = SampleLab::fixtureResults();
    results.remove(QStringLiteral("membership"));
    if (membership)
        results.insert(QStringLiteral("membership"),
                       QJsonDocument::fromJson(QByteArray::fromStdString(psnn::toJson(*membership).dump())).object());
    lab.writeResults(results);
    if (auditFile) {
        EXPECT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("membership")));
        QFile file(QDir(lab.path()).filePath(QString::fromLatin1(psnn::kMembershipFile)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(psnn::toJson(sampleAudit()).dump()));
    }
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    EXPECT_TRUE(html.open(QIODevice::ReadOnly));
    return QString::fromUtf8(html.readAll());
}

TEST(MembershipSection, ShowsVerdictsTheLogLogRocTheTablesAndTheComparison)
{
    SampleLab lab;
    const QString text = writeAndRead(lab, sampleAudit());
    EXPECT_TRUE(text.contains(QStringLiteral("Membership inference")));
    EXPECT_TRUE(text.contains(QStringLiteral("ANN: leaks")));
    EXPECT_TRUE(text.contains(QStringLiteral("SNN: no evidence of leakage at this attacker budget")));
    EXPECT_TRUE(text.contains(QStringLiteral("reason of SNN")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.612")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.710"))) << "the misclassified slice's AUC";
    EXPECT_TRUE(collapsedSpaces(text).contains(QStringLiteral("8.50 % (17 of 200)"))) << "per-class TPR";
    EXPECT_TRUE(text.contains(QStringLiteral("RMIA, ANN → SNN: AUC changes by -0.078")));
    const qsizetype begin = text.indexOf(QStringLiteral("<h2 id=\"membership\""));
    ASSERT_GE(begin, 0);
    const QString section = text.mid(begin, text.indexOf(QStringLiteral("<h2"), begin + 1) - begin);
    EXPECT_FALSE(section.contains(QRegularExpression(QStringLiteral("\\bprivate\\b")))) << "never \"private\"";
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/membership_roc.png"))));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/membership_roc.svg"))));
    QFile csv(lab.reportFile(QStringLiteral("membership.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray rows = csv.readAll();
    EXPECT_EQ(rows.count('\n'), 3); // header and two rows
    EXPECT_TRUE(rows.contains("no_evidence"));
}

TEST(MembershipSection, SaysNotRunWithoutAnAuditAndStaleWhenTheLabsModelsChanged)
{
    SampleLab plain;
    EXPECT_TRUE(writeAndRead(plain, std::nullopt).contains(QStringLiteral("no membership audit in this lab")));
    EXPECT_FALSE(QFileInfo::exists(plain.reportFile(QStringLiteral("membership.csv"))));
    // The pipeline leaves an audit of models the lab no longer holds out of results.json.
    SampleLab stale;
    const QString text = writeAndRead(stale, std::nullopt, true);
    EXPECT_TRUE(text.contains(QStringLiteral("models the lab no longer holds"))) << text.toStdString();
    EXPECT_FALSE(QFileInfo::exists(stale.reportFile(QStringLiteral("plots/membership_roc.png"))));
}

TEST(MembershipSection, AMistypedFieldInResultsJsonNamesTheSectionAndTheField)
{
    SampleLab lab;
    QJsonObject results = SampleLab::fixtureResults();
    QJsonObject audit = QJsonDocument::fromJson(QByteArray::fromStdString(psnn::toJson(sampleAudit()).dump())).object();
    audit.insert(QStringLiteral("members"), QStringLiteral("many"));
    results.insert(QStringLiteral("membership"), audit);
    lab.writeResults(results);
    try {
        psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
        FAIL() << "a text member count was accepted";
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("membership.members"), std::string::npos) << e.what();
    }
}

} // namespace
