// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/labprogress.h"
#include "pages/convertpage.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"
#include "pages/steplist.h"
#include "typing.h"

#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <qcustomplot.h>

using namespace psnn;
using psnn::test::typeInto;

TEST(SettingsForm, RejectsBadValuesAsYouTypeAndAcceptsGoodOnes)
{
    SettingsForm form;
    form.addInteger(QStringLiteral("synthesis.per_class"), QStringLiteral("Images"), 1, 100, {});
    form.addNumber(QStringLiteral("synthesis.learning_rate"), QStringLiteral("LR"), 1e-6, 10, {});
    form.setValues(QJsonObject{{QStringLiteral("synthesis"), QJsonObject{{QStringLiteral("per_class"), 30}, {QStringLiteral("learning_rate"), 0.05}}}});
    EXPECT_TRUE(form.isValid());
    QLineEdit* images = form.lineEdit(QStringLiteral("synthesis.per_class"));
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("2.5"), QStringLiteral("0"), QStringLiteral("")}) {
        typeInto(images, bad);
        EXPECT_FALSE(form.isValid()) << bad.toStdString();
        EXPECT_FALSE(form.message(QStringLiteral("synthesis.per_class")).isEmpty()) << bad.toStdString();
    }
    typeInto(images, QStringLiteral("12"));
    EXPECT_TRUE(form.isValid());
    EXPECT_EQ(form.values().value(QStringLiteral("synthesis")).toObject().value(QStringLiteral("per_class")).toInt(), 12);
}

TEST(StepPage, RunIsOfferedOnlyWithAValidForm)
{
    ConvertPage page;
    page.setSettings(QJsonObject{{QStringLiteral("conversion"), QJsonObject{{QStringLiteral("timesteps"), 30}, {QStringLiteral("scale"), 0.7}}}});
    EXPECT_TRUE(page.runPanel()->runButton()->isEnabled());
    QLineEdit* scale = page.form()->lineEdit(QStringLiteral("conversion.scale"));
    typeInto(scale, QStringLiteral("-1"));
    EXPECT_FALSE(page.runPanel()->runButton()->isEnabled());
    page.setBlockedReason(QStringLiteral("Load a model first."));
    EXPECT_FALSE(page.runPanel()->runButton()->isEnabled());
}

TEST(ConvertPage, ShowsThresholdsAndAccuracyFromResults)
{
    QFile file(QStringLiteral(PRIVATESNN_SAMPLE_LAB "/results.json")); // the tiny pipeline's real run
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ConvertPage page;
    page.showResults(QJsonDocument::fromJson(file.readAll()).object());
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("thresholds"))) << page.summaryText().toStdString();
    EXPECT_GE(page.thresholdPlot()->plottableCount(), 1);
    EXPECT_GE(page.accuracyPlot()->graphCount(), 2);
}

TEST(LabProgress, MarksLaterStepsStaleWhenAnEarlierSettingChanges)
{
    const QJsonObject results{{QStringLiteral("synthesis"), QJsonObject{}},
                              {QStringLiteral("conversion"), QJsonObject{}},
                              {QStringLiteral("config"), QJsonObject{{QStringLiteral("synthesis"), QJsonObject{{QStringLiteral("steps"), 200}}},
                                                                     {QStringLiteral("conversion"), QJsonObject{{QStringLiteral("scale"), 0.7}}}}}};
    QVector<QJsonObject> pages(LabProgress::StepCount);
    pages[1] = QJsonObject{{QStringLiteral("synthesis"), QJsonObject{{QStringLiteral("steps"), 200}}}};
    pages[2] = QJsonObject{{QStringLiteral("conversion"), QJsonObject{{QStringLiteral("scale"), 0.7000000000001}}}};
    const LabProgress same(results, pages);
    EXPECT_TRUE(same.isDone(1));
    EXPECT_TRUE(same.isDone(2));
    EXPECT_FALSE(same.isDone(3));
    EXPECT_FALSE(same.isStale(1));
    EXPECT_FALSE(same.isStale(2));
    pages[1] = QJsonObject{{QStringLiteral("synthesis"), QJsonObject{{QStringLiteral("steps"), 100}}}};
    const LabProgress changed(results, pages);
    EXPECT_TRUE(changed.isStale(1));
    EXPECT_TRUE(changed.isStale(2));
    EXPECT_FALSE(changed.isStale(3)); // not finished, so nothing to mark
}

TEST(StepList, MarksStaleStepsWithoutForgettingThatTheyFinished)
{
    StepList steps;
    steps.setStepDone(StepList::ConvertStep, true);
    steps.setStepStale(StepList::ConvertStep, true);
    EXPECT_TRUE(steps.isStepDone(StepList::ConvertStep));
    EXPECT_TRUE(steps.isStepStale(StepList::ConvertStep));
    EXPECT_TRUE(steps.item(StepList::ConvertStep)->text().contains(QStringLiteral("out of date")));
    steps.setStepStale(StepList::ConvertStep, false);
    EXPECT_EQ(steps.item(StepList::ConvertStep)->text(), StepList::stepTitle(StepList::ConvertStep));
}
