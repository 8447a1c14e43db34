// SPDX-License-Identifier: GPL-3.0-or-later
// The Attack page's study panel: it draws what it is given (the worker's live summaries or the
// lab's study.json), coalescing bursts of updates into one redraw.
#include "pages/attackpage.h"
#include "pages/studypanel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTest>

#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QJsonObject study(int points)
{
    QJsonArray list;
    for (int i = 0; i < points; ++i) {
        const QJsonObject attack{{u"attack"_s, u"attack 1"_s}, {u"judge_accuracy"_s, 0.8 - 0.3 * i}, {u"judge_ci_low"_s, 0.7 - 0.3 * i},
                                 {u"judge_ci_high"_s, 0.9 - 0.3 * i}, {u"verdict"_s, i == 0 ? u"leaks"_s : u"inconclusive"_s},
                                 {u"images_needed"_s, 400}};
        list.append(QJsonObject{{u"id"_s, QStringLiteral("encryption-%1").arg(i)}, {u"defence"_s, u"encryption"_s}, {u"strength"_s, i},
                                {u"label"_s, QStringLiteral("dose %1").arg(i)}, {u"snn_accuracy"_s, 0.85}, {u"accuracy_lost"_s, 0.01 * i},
                                {u"strongest"_s, u"attack 1"_s}, {u"attacks"_s, QJsonArray{attack}}});
    }
    return {{u"chance"_s, 0.1}, {u"margin"_s, 0.1}, {u"answer"_s, QStringLiteral("answer after %1").arg(points)}, {u"points"_s, list}};
}

TEST(StudyPanel, CoalescesLiveUpdatesIntoOneRedraw)
{
    psnn::StudyPanel panel;
    panel.showStudy(study(1));
    panel.showStudy(study(2)); // a burst: only the newest is drawn, once the timer fires
    EXPECT_EQ(panel.table()->rowCount(), 0);
    QTRY_COMPARE(panel.table()->rowCount(), 2);
    EXPECT_EQ(panel.answerText(), QStringLiteral("answer after 2"));
    EXPECT_EQ(panel.table()->item(1, 5)->text(), QStringLiteral("inconclusive — 400 images needed"));
    EXPECT_EQ(panel.plot()->graphCount(), 1);
    EXPECT_EQ(panel.plot()->graph(0)->dataCount(), 2);
}

TEST(StudyPanel, TheAttackPageShowsTheLabsStudyAndAsksToRunIt)
{
    QTemporaryDir lab;
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    QFile file(lab.filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(study(3)).toJson());
    file.close();
    psnn::AttackPage page;
    page.setLabFolder(lab.path());
    EXPECT_EQ(page.studyPanel()->table()->rowCount(), 3);
    EXPECT_EQ(page.studyPanel()->table()->item(0, 5)->text(), QStringLiteral("leaks"));
    QSignalSpy run(page.studyPanel(), &psnn::StudyPanel::runRequested);
    auto* button = page.studyPanel()->findChild<QPushButton*>();
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(run.count(), 1);
    page.setLabFolder(QDir(lab.path()).filePath(QStringLiteral("elsewhere")));
    EXPECT_EQ(page.studyPanel()->table()->rowCount(), 0);
}

} // namespace
