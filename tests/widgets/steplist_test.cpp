// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steplist.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

TEST(StepList, ListsTheSixStepsAllEnabledAndOpen)
{
    StepList steps;
    ASSERT_EQ(steps.count(), StepList::StepCount);
    EXPECT_EQ(steps.item(0)->text(), QStringLiteral("Load ANN"));
    EXPECT_EQ(steps.item(5)->text(), QStringLiteral("Report"));
    for (int step = 0; step < StepList::StepCount; ++step) {
        EXPECT_TRUE(steps.isStepEnabled(step));
        EXPECT_FALSE(steps.isStepDone(step));
    }
}

TEST(StepList, EnablesAndMarksSteps)
{
    StepList steps;
    steps.setStepEnabled(StepList::ConvertStep, false);
    EXPECT_FALSE(steps.isStepEnabled(StepList::ConvertStep));
    EXPECT_FALSE(steps.item(StepList::ConvertStep)->flags().testFlag(Qt::ItemIsSelectable));
    steps.setStepEnabled(StepList::ConvertStep, true);
    EXPECT_TRUE(steps.isStepEnabled(StepList::ConvertStep));

    steps.setStepDone(StepList::LoadStep, true);
    EXPECT_TRUE(steps.isStepDone(StepList::LoadStep));
    EXPECT_TRUE(steps.item(StepList::LoadStep)->data(StepList::DoneRole).toBool());
    steps.setStepDone(StepList::LoadStep, false);
    EXPECT_FALSE(steps.isStepDone(StepList::LoadStep));
}

TEST(StepList, SignalsOnlyEnabledSteps)
{
    StepList steps;
    steps.setStepEnabled(StepList::AttackStep, false);
    QSignalSpy spy(&steps, &StepList::stepActivated);
    steps.setCurrentRow(StepList::SynthesizeStep);
    steps.setCurrentRow(StepList::AttackStep);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), int(StepList::SynthesizeStep));
}

TEST(StepList, ClickingAStepActivatesIt)
{
    StepList steps;
    steps.resize(200, 400);
    steps.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&steps));
    QSignalSpy spy(&steps, &StepList::stepActivated);
    const QRect rect = steps.visualItemRect(steps.item(StepList::EncryptStep));
    QTest::mouseClick(steps.viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toInt(), int(StepList::EncryptStep));
}
