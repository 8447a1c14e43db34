// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/steptitles.h"
#include "pages/convertpage.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"
#include "pages/steplist.h"
#include "typing.h"

#include "privatesnn/error.h"
#include "privatesnn/results.h"
#include "privatesnn/settings_catalogue.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <cmath>

using namespace psnn;
using psnn::test::typeInto;

TEST(SettingsForm, RejectsBadValuesAsYouTypeAndAcceptsGoodOnes)
{
    SettingsForm form;
    form.addSetting("synthesis.per_class");
    form.addSetting("synthesis.learning_rate");
    form.setValues({{"synthesis", {{"per_class", 30}, {"learning_rate", 0.05}}}});
    EXPECT_TRUE(form.isValid());
    QLineEdit* images = form.lineEdit(QStringLiteral("synthesis.per_class"));
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral("2.5"), QStringLiteral("0"), QStringLiteral("")}) {
        typeInto(images, bad);
        EXPECT_FALSE(form.isValid()) << bad.toStdString();
        EXPECT_FALSE(form.message(QStringLiteral("synthesis.per_class")).isEmpty()) << bad.toStdString();
    }
    typeInto(images, QStringLiteral("12"));
    EXPECT_TRUE(form.isValid());
    EXPECT_EQ(form.values()["synthesis"]["per_class"], 12);
}

// One range per setting: a form field refuses exactly what core's validation refuses.
TEST(SettingsForm, EveryNumericSettingHasCoresRange)
{
    int checked = 0;
    for (const Setting& setting : settingsCatalogue()) {
        if (setting.type != SettingType::Integer && setting.type != SettingType::Real)
            continue;
        SettingsForm form;
        form.addSetting(setting.key.c_str());
        QLineEdit* edit = form.lineEdit(QString::fromStdString(setting.key));
        ASSERT_NE(edit, nullptr) << setting.key;
        const double step = setting.type == SettingType::Integer ? 1 : 1e-6 * std::max(1.0, std::abs(setting.minimum));
        std::vector<std::pair<double, bool>> cases = {{setting.minimumOpen ? setting.minimum : setting.minimum - step, false},
                                                      {setting.minimumOpen ? setting.minimum + step : setting.minimum, true}};
        if (!std::isinf(setting.maximum) && setting.maximum < 1e15)
            cases.insert(cases.end(), {{setting.maximum, true}, {setting.maximum + step * std::max(1.0, setting.maximum), false}});
        for (const auto& [value, allowed] : cases) {
            nlohmann::json config = nlohmann::json::object();
            putSettingValue(config, setting, value);
            bool coreAccepts = true;
            try {
                validateSettingsJson(config);
            } catch (const Error&) {
                coreAccepts = false;
            }
            typeInto(edit, QString::number(value, 'g', 17));
            EXPECT_EQ(coreAccepts, allowed) << setting.key << " = " << value;
            EXPECT_EQ(form.isValid(), allowed) << setting.key << " = " << value << ": "
                                               << form.message(QString::fromStdString(setting.key)).toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 150);
}

TEST(SettingsForm, TakesLabelTooltipAndChoicesFromTheCatalogue)
{
    SettingsForm form;
    form.addSetting("conversion.statistic");
    form.addSetting("leakage.attack1.restarts", QStringLiteral("Attack 1 restarts"));
    const Setting* statistic = findSetting("conversion.statistic");
    QComboBox* box = form.comboBox(QStringLiteral("conversion.statistic"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->toolTip().toStdString(), statistic->help);
    ASSERT_EQ(box->count(), int(statistic->choices.size()));
    EXPECT_EQ(box->itemData(1).toString().toStdString(), statistic->choices[1].value);
    box->setCurrentIndex(1);
    EXPECT_EQ(form.values()["conversion"]["statistic"], "percentile");
    EXPECT_EQ(form.lineEdit(QStringLiteral("leakage.attack1.restarts"))->toolTip().toStdString(),
              findSetting("leakage.attack1.restarts")->help);
}

TEST(StepPage, RunIsOfferedOnlyWithAValidForm)
{
    ConvertPage page;
    page.setSettings({{"conversion", {{"timesteps", 30}, {"scale", 0.7}}}});
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
    page.showResults(psnn::parseLabResults(file.readAll().toStdString()));
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("thresholds"))) << page.summaryText().toStdString();
    EXPECT_GE(page.thresholdPlot()->plottableCount(), 1);
    EXPECT_GE(page.accuracyPlot()->graphCount(), 2);
}

TEST(StepList, MarksStaleStepsWithoutForgettingThatTheyFinished)
{
    StepList steps;
    const psnn::WizardPage convert = psnn::WizardPage::Convert;
    steps.setStepDone(convert, true);
    steps.setStepStale(convert, true);
    EXPECT_TRUE(steps.isStepDone(convert));
    EXPECT_TRUE(steps.isStepStale(convert));
    EXPECT_TRUE(steps.item(int(convert))->text().contains(QStringLiteral("out of date")));
    steps.setStepStale(convert, false);
    EXPECT_EQ(steps.item(int(convert))->text(), psnn::pageTitle(convert));
}
