// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steplist.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using psnn::StepList;
using Page = psnn::WizardPage;

TEST(StepList, ListsTheSixStepsAllEnabledAndOpen)
{
    StepList steps;
    ASSERT_EQ(steps.count(), psnn::kPageCount);
    EXPECT_EQ(steps.item(0)->text(), QStringLiteral("Load ANN"));
    EXPECT_EQ(steps.item(5)->text(), QStringLiteral("Report"));
    for (int row = 0; row < psnn::kPageCount; ++row) {
        EXPECT_TRUE(steps.isStepEnabled(psnn::WizardPage(row)));
        EXPECT_FALSE(steps.isStepDone(psnn::WizardPage(row)));
    }
}

TEST(StepList, EnablesAndMarksSteps)
{
    StepList steps;
    steps.setStepEnabled(Page::Convert, false);
    EXPECT_FALSE(steps.isStepEnabled(Page::Convert));
    EXPECT_FALSE(steps.item(int(Page::Convert))->flags().testFlag(Qt::ItemIsSelectable));
    steps.setStepEnabled(Page::Convert, true);
    EXPECT_TRUE(steps.isStepEnabled(Page::Convert));

    steps.setStepDone(Page::Load, true);
    EXPECT_TRUE(steps.isStepDone(Page::Load));
    EXPECT_TRUE(steps.item(int(Page::Load))->data(StepList::DoneRole).toBool());
    steps.setStepDone(Page::Load, false);
    EXPECT_FALSE(steps.isStepDone(Page::Load));
}

TEST(StepList, SignalsOnlyEnabledSteps)
{
    StepList steps;
    steps.setStepEnabled(Page::Attack, false);
    QSignalSpy spy(&steps, &StepList::stepActivated);
    steps.setCurrentStep(Page::Synthesize);
    steps.setCurrentStep(Page::Attack);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(qvariant_cast<Page>(spy.at(0).at(0)), Page::Synthesize);
}

TEST(StepList, ClickingAStepActivatesIt)
{
    StepList steps;
    steps.resize(200, 400);
    steps.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&steps));
    QSignalSpy spy(&steps, &StepList::stepActivated);
    const QRect rect = steps.visualItemRect(steps.item(int(Page::Encrypt)));
    QTest::mouseClick(steps.viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(qvariant_cast<Page>(spy.at(0).at(0)), Page::Encrypt);
}
