// SPDX-License-Identifier: GPL-3.0-or-later
// "Membership inference": the report section drawn from LAB/membership/membership.json through its
// typed results, its log-log ROC plot and CSV, and what it says without an audit or with a damaged one.
#include "reportwriter.h"
#include "samplelab.h"

#include "privatesnn/membership_results.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

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
        row.verdict = std::string(target) == "ANN" ? psnn::kMembershipLeaks : psnn::kMembershipNoEvidence;
        r.rows.push_back(row);
        psnn::MembershipTarget t;
        t.name = target;
        t.verdict = row.verdict;
        t.verdictReason = "reason of " + std::string(target);
        r.targets.push_back(t);
    }
    return r;
}

QString writeAndRead(SampleLab& lab, const QByteArray* membershipJson)
{
    lab.writeResults(SampleLab::fixtureResults());
    if (membershipJson) {
        EXPECT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("membership")));
        QFile file(QDir(lab.path()).filePath(QStringLiteral("membership/membership.json")));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(*membershipJson);
    }
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    EXPECT_TRUE(html.open(QIODevice::ReadOnly));
    return QString::fromUtf8(html.readAll());
}

TEST(MembershipSection, ShowsVerdictsTheLogLogRocAndTheTable)
{
    SampleLab lab;
    const QByteArray json = QByteArray::fromStdString(psnn::membershipResultsToJson(sampleAudit()));
    const QString text = writeAndRead(lab, &json);
    EXPECT_TRUE(text.contains(QStringLiteral("Membership inference")));
    EXPECT_TRUE(text.contains(QStringLiteral("ANN: leaks")));
    EXPECT_TRUE(text.contains(QStringLiteral("SNN: no evidence of leakage at this attacker budget")));
    EXPECT_TRUE(text.contains(QStringLiteral("reason of SNN")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.612")));
    EXPECT_FALSE(text.contains(QStringLiteral("is private")));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/membership_roc.png"))));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/membership_roc.svg"))));
    QFile csv(lab.reportFile(QStringLiteral("membership.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll().count('\n'), 3); // header and two rows
}

TEST(MembershipSection, SaysNotRunWithoutAnAuditAndNamesADamagedField)
{
    SampleLab plain;
    EXPECT_TRUE(writeAndRead(plain, nullptr).contains(QStringLiteral("no membership audit in this lab")));
    SampleLab damaged;
    QByteArray json = QByteArray::fromStdString(psnn::membershipResultsToJson(sampleAudit()));
    json.replace("\"auc\": 0.612", "\"auc\": \"high\"");
    const QString text = writeAndRead(damaged, &json);
    EXPECT_TRUE(text.contains(QStringLiteral("could not be read"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("rows[0].auc")));
    EXPECT_FALSE(QFileInfo::exists(damaged.reportFile(QStringLiteral("membership.csv"))));
}

} // namespace
