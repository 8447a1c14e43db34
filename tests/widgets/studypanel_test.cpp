// SPDX-License-Identifier: GPL-3.0-or-later
// The Attack page's study panel: it draws what it is given (the worker's live summaries or the
// lab's study.json), coalescing bursts of updates into one redraw.
#include "pages/attackpage.h"
#include "pages/studypanel.h"

#include "privatesnn/ratings.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

psnn::StudySummary study(int points)
{
    psnn::StudySummary s;
    s.answer = "answer after " + std::to_string(points);
    for (int i = 0; i < points; ++i) {
        psnn::StudyAttackRow attack;
        attack.attack = "attack 1";
        attack.images = 100; // the default grid's
        attack.accuracy = 0.8 - 0.3 * i;
        attack.interval = {0.7 - 0.3 * i, 0.9 - 0.3 * i};
        attack.verdict.verdict = i == 0 ? psnn::StudyVerdict::Leaks : psnn::StudyVerdict::Inconclusive;
        attack.verdict.interval = attack.interval;
        if (i > 0) {
            attack.verdict.powerTarget = psnn::PowerTarget::WithinMargin;
            attack.verdict.imagesFor80 = 400;
        }
        psnn::StudyPointResult p;
        p.verdict = attack.verdict; // the point's verdict is what the table shows
        p.point = {"encryption-" + std::to_string(i), "encryption", "dose " + std::to_string(i), double(i), 0, 0, ""};
        p.annAccuracy = 0.85 + 0.01 * i;
        p.snnAccuracy = 0.85;
        p.attacks = {attack};
        s.points.push_back(p);
    }
    return s;
}

// The quick grid's 20 images per point give intervals too wide to act on: its verdicts say so, beside
// what the statistics said (the CLI, study.csv and the report say the same).
TEST(StudyPanel, MarksQuickGridVerdictsAsTooFewImages)
{
    psnn::StudyPanel panel;
    psnn::StudySummary quick = study(2);
    quick.grid = "quick";
    for (psnn::StudyPointResult& p : quick.points)
        p.attacks[0].images = 20;
    panel.showStudy(quick);
    QTRY_COMPARE(panel.table()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString verdict = panel.table()->item(row, 5)->text();
        EXPECT_TRUE(verdict.startsWith(row == 0 ? QStringLiteral("leaks") : QStringLiteral("inconclusive")))
            << verdict.toStdString();
        EXPECT_TRUE(verdict.endsWith(QStringLiteral(" (too few images for a verdict: 20 per attack)")))
            << verdict.toStdString();
        EXPECT_TRUE(panel.table()->item(row, 5)->toolTip().contains(QStringLiteral("default grid")));
    }
    EXPECT_TRUE(panel.answerText().startsWith(QStringLiteral("Too few images for verdicts")))
        << panel.answerText().toStdString();

    panel.showStudy(study(2)); // the default grid: verdicts as they are
    QTRY_VERIFY(!panel.answerText().startsWith(QStringLiteral("Too few")));
    EXPECT_EQ(panel.table()->item(0, 5)->text(), QStringLiteral("leaks"));
}

TEST(StudyPanel, ShowsPeoplesAccuracyInTheTableAndTheFrontierOnceImagesAreRated)
{
    QTemporaryDir lab;
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study/images/encryption-1")));
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("ratings")));
    const auto write = [&](const QString& name, const std::string& text) {
        QFile file(QDir(lab.path()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(text));
    };
    write(QStringLiteral("study/study.json"), psnn::toJson(study(2)).dump());
    write(QStringLiteral("results.json"),
          R"({"schema": "privatesnn-results", "version": 3, "model": {"class_names": ["a", "b"]}})");
    psnn::AttackImageManifest manifest;
    manifest.images = {{"x-0.png", 0, "attack 1", "SNN", "", {}, {}}, {"x-1.png", 1, "attack 1", "SNN", "", {}, {}}};
    psnn::writeAttackImageManifest(
        QDir(lab.path()).filePath(QStringLiteral("study/images/encryption-1/attack_images.json")).toStdString(),
        manifest);

    psnn::StudyPanel panel;
    panel.showLabStudy(lab.path());
    EXPECT_TRUE(panel.table()->isColumnHidden(6)) << "no column for people before anyone rated";
    EXPECT_EQ(panel.plot()->graphCount(), 1);

    // One right, one wrong on the second point: 50 %; exact interval of 1 of 2: P(X >= 1) = 0.025 at
    // p = 1.26 %, P(X <= 1) = 0.025 at p = 98.74 % (bisection on the binomial sums, python3).
    write(QStringLiteral("ratings/r1.csv"),
          "image,target,answer,seconds\nencryption-1/x-0,0,0,1\nencryption-1/x-1,1,0,1\n");
    panel.showLabStudy(lab.path());
    EXPECT_FALSE(panel.table()->isColumnHidden(6));
    EXPECT_EQ(panel.table()->item(0, 6)->text(), QStringLiteral("–"));
    EXPECT_EQ(panel.table()->item(1, 6)->text(), QStringLiteral("50.0 % [1.3 %, 98.7 %]"));
    EXPECT_EQ(panel.plot()->graphCount(), 3) << "the judge's curve, people's and the legend's key to people's marker";

    // In a 1280-pixel window every column is as wide as its header's longest line and its values:
    // the people's column, the last, used to get only what was left and cut its header short.
    panel.resize(1280, 720);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QTableWidget& table = *panel.table();
    const QFontMetrics header(table.horizontalHeader()->font());
    for (int column = 0; column < table.columnCount(); ++column) {
        const QString title = table.horizontalHeaderItem(column)->text();
        int widest = 0;
        for (const QString& line : title.split(QLatin1Char('\n')))
            widest = std::max(widest, header.horizontalAdvance(line));
        for (int row = 0; row < table.rowCount(); ++row)
            widest = std::max(widest, QFontMetrics(table.font()).horizontalAdvance(table.item(row, column)->text()));
        EXPECT_GE(table.horizontalHeader()->sectionSize(column), widest) << title.toStdString();
    }
}

TEST(StudyPanel, CoalescesLiveUpdatesIntoOneRedraw)
{
    psnn::StudyPanel panel;
    panel.showStudy(study(1));
    panel.showStudy(study(2)); // a burst: only the newest is drawn, once the timer fires
    EXPECT_EQ(panel.table()->rowCount(), 0);
    QTRY_COMPARE(panel.table()->rowCount(), 2);
    // The answer in the GUI's language from the study's numbers, not core's English sentence.
    EXPECT_TRUE(panel.answerText().startsWith(QStringLiteral("No setting explored is protected")))
        << panel.answerText().toStdString();
    EXPECT_TRUE(panel.answerText().endsWith(QStringLiteral("(setting study.second_judge).")));
    EXPECT_EQ(panel.table()->item(1, 5)->text(),
              QStringLiteral("inconclusive — ≈ 400 images for 80 % power to bound it within the margin"));
    EXPECT_EQ(panel.plot()->graphCount(), 1);
    EXPECT_EQ(panel.plot()->graph(0)->dataCount(), 2);
}

TEST(StudyPanel, TheAttackPageShowsTheLabsStudyAndAsksToRunIt)
{
    QTemporaryDir lab;
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    QFile file(lab.filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(study(3)).dump()));
    file.close();
    psnn::AttackPage page;
    page.setLabFolder(lab.path());
    EXPECT_EQ(page.studyPanel()->table()->rowCount(), 3);
    EXPECT_EQ(page.studyPanel()->table()->item(0, 5)->text(), QStringLiteral("leaks"));
    QSignalSpy run(page.studyPanel(), &psnn::StudyPanel::runRequested);
    auto* button = page.studyPanel()->findChild<QPushButton*>(QStringLiteral("studyRun"));
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(run.count(), 1);
    page.setLabFolder(QDir(lab.path()).filePath(QStringLiteral("elsewhere")));
    EXPECT_EQ(page.studyPanel()->table()->rowCount(), 0);
}

TEST(StudyPanel, OffersTheSecondJudgeSetting)
{
    psnn::StudyPanel panel;
    EXPECT_TRUE(panel.secondJudge().isEmpty()); // the lab's setting (by default the bundled second judge)
    auto* edit = panel.findChild<QLineEdit*>(QStringLiteral("studySecondJudge"));
    ASSERT_NE(edit, nullptr);
    edit->setText(QStringLiteral("  none "));
    EXPECT_EQ(panel.secondJudge(), QStringLiteral("none"));
}

} // namespace
