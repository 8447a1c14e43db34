// SPDX-License-Identifier: GPL-3.0-or-later
// The Attack page's membership panel: it draws the audit it is given (the worker's partial ones or
// the lab's results.json section) as log-log ROCs and a table, coalescing bursts into one redraw,
// and asks MainWindow to run the audit with the auditor's data.
#include "pages/attackpage.h"
#include "pages/membershippanel.h"

#include "labresults.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

#include <gtest/gtest.h>

namespace {

/// An audit with `rows` finished RMIA rows on the ANN's logits and the SNN's membrane (in that order)
/// and one on the SNN's spike counts, which the ROC plot leaves out.
psnn::MembershipResults audit(int rows)
{
    psnn::MembershipResults r;
    r.members = 2000;
    r.nonMembers = 2000;
    const char* targets[] = {"ANN", "SNN", "SNN"};
    const char* readouts[] = {"logits", "membrane", "spike counts"};
    for (int i = 0; i < rows; ++i) {
        psnn::MembershipRow row;
        row.target = targets[i];
        row.readout = readouts[i];
        row.attack = "RMIA";
        row.auc = 0.6 - 0.05 * i;
        row.aucLow = row.auc - 0.02;
        row.aucHigh = row.auc + 0.02;
        psnn::MembershipOperatingPoint low, one;
        low.targetFpr = 0.001;
        low.resolved = true;
        one.targetFpr = 0.01;
        one.tpr = 0.03;
        one.tprLow = 0.02;
        one.tprHigh = 0.04;
        row.operatingPoints = {low, one};
        row.rocFpr = {0, 0.01, 1};
        row.rocTpr = {0.002, 0.03, 1};
        row.verdict = i == 0 ? psnn::MembershipVerdict::Leaks : psnn::MembershipVerdict::NoEvidence;
        row.verdictReason = "reason " + std::to_string(i);
        r.rows.push_back(row);
    }
    return r;
}

TEST(MembershipPanel, DrawsTheLatestAuditOnceAndLeavesSpikeCountsOffThePlot)
{
    psnn::MembershipPanel panel;
    panel.showMembership(audit(1));
    panel.showMembership(audit(3)); // a burst: only the newest is drawn, when the timer fires
    EXPECT_EQ(panel.table()->rowCount(), 0);
    QTRY_COMPARE(panel.table()->rowCount(), 3);
    EXPECT_EQ(panel.table()->item(0, 6)->text(), QStringLiteral("leaks"));
    EXPECT_EQ(panel.table()->item(0, 6)->toolTip(), QStringLiteral("reason 0"));
    EXPECT_EQ(panel.table()->item(2, 6)->text(), QStringLiteral("no evidence of leakage at this attacker budget"));
    EXPECT_TRUE(panel.table()->item(1, 3)->text().startsWith(QStringLiteral("0.550 [0.530, 0.570]")));
    // The chance diagonal and the two deployed readouts' curves, on log axes.
    ASSERT_EQ(panel.plot()->graphCount(), 3);
    EXPECT_EQ(panel.plot()->graph(1)->dataCount(), 3);
    EXPECT_EQ(panel.plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
    EXPECT_EQ(panel.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
    // A rate of 0 cannot sit on a log axis: it is drawn at the axis' floor (half a record).
    EXPECT_DOUBLE_EQ(panel.plot()->graph(1)->data()->begin()->key, 0.5 / 2000);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("Attacks finished so far: 3."));
    panel.clear();
    EXPECT_EQ(panel.table()->rowCount(), 0);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("No membership audit in this lab yet."));
}

TEST(MembershipPanel, TheAttackPageShowsTheLabsAuditAndAsksToRunItWithTheAuditorsData)
{
    psnn::MembershipResults finished = audit(2);
    psnn::MembershipTarget ann;
    ann.name = "ANN";
    ann.verdict = psnn::MembershipVerdict::Leaks;
    finished.targets = {ann};
    nlohmann::json sections = nlohmann::json::object();
    sections["membership"] = psnn::toJson(finished);
    psnn::AttackPage page;
    page.showResults(psnn::test::labResults(sections.dump().c_str()));
    psnn::MembershipPanel* panel = page.membershipPanel();
    QTRY_COMPARE(panel->table()->rowCount(), 2);
    EXPECT_EQ(panel->summaryText(), QStringLiteral("ANN: leaks"));

    panel->findChild<QLineEdit*>(QStringLiteral("membershipMembers"))->setText(QStringLiteral(" idx:/data:train "));
    panel->findChild<QLineEdit*>(QStringLiteral("membershipNonMembers"))->setText(QStringLiteral("idx:/data:test"));
    EXPECT_EQ(panel->membersSpec(), QStringLiteral("idx:/data:train"));
    EXPECT_EQ(panel->nonMembersSpec(), QStringLiteral("idx:/data:test"));
    QSignalSpy run(panel, &psnn::MembershipPanel::runRequested);
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("membershipRun"));
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(run.count(), 1);
    panel->setRunEnabled(false);
    button->click();
    EXPECT_EQ(run.count(), 1);

    // A lab without an audit clears the panel.
    page.showResults(psnn::test::labResults(R"({"model": {}})"));
    EXPECT_EQ(panel->table()->rowCount(), 0);
}

} // namespace
