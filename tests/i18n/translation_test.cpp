// SPDX-License-Identifier: GPL-3.0-or-later
// The translations reach the widgets: with German installed, a page's buttons and labels, the step
// names and the report's phrases read German; English comes back when the translators go.
#include "i18n.h"
#include "language.h"
#include "models/steptitles.h"
#include "models/studyfrontier.h"
#include "pages/attackpage.h"
#include "pages/languagemenu.h"
#include "pages/leakagegrid.h"
#include "pages/loadpage.h"
#include "pages/settingsform.h"
#include "privatesnn/attack_grid.h"
#include "privatesnn/settings_catalogue.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

using psnn::LanguageMenu;
using psnn::LoadPage;

namespace {

QStringList buttonTexts(const QWidget& widget)
{
    QStringList texts;
    for (const QPushButton* button : widget.findChildren<QPushButton*>())
        texts << button->text();
    return texts;
}

QStringList labelTexts(const QWidget& widget)
{
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

/// Installs a language for one test and goes back to English afterwards.
class Translated : public testing::Test
{
protected:
    void TearDown() override
    {
        psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }
};

} // namespace

TEST_F(Translated, GermanChangesTheLoadPage)
{
    const LoadPage english;
    ASSERT_TRUE(buttonTexts(english).contains(QStringLiteral("Load bundled demo")));
    ASSERT_TRUE(labelTexts(english).contains(QStringLiteral("Load a trained network")));

    ASSERT_EQ(psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    const LoadPage german;
    const QStringList buttons = buttonTexts(german);
    EXPECT_TRUE(buttons.contains(QStringLiteral("Mitgelieferte Demo laden"))) << buttons.join(QLatin1String(" | ")).toStdString();
    EXPECT_FALSE(buttons.contains(QStringLiteral("Load bundled demo")));
    const QStringList labels = labelTexts(german);
    EXPECT_TRUE(labels.contains(QStringLiteral("Trainiertes Netz laden")))
        << labels.join(QLatin1String(" | ")).toStdString();
}

// The settings catalogue's labels, help and units are English in core/labmodel; the form translates them.
TEST_F(Translated, FormsBuiltFromTheSettingsCatalogueReadGerman)
{
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("de"));
    psnn::SettingsForm form;
    form.addSetting("conversion.scale");
    form.addSetting("conversion.timesteps");
    const QStringList labels = labelTexts(form);
    EXPECT_TRUE(labels.contains(QStringLiteral("Schwellenskalierung"))) << labels.join(QLatin1String(" | ")).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Zeitschritte"))) << "the unit";
    EXPECT_FALSE(labels.contains(QStringLiteral("Threshold scale")));
    EXPECT_TRUE(form.lineEdit(QStringLiteral("conversion.scale"))->toolTip().startsWith(QStringLiteral("Multipliziert")))
        << form.lineEdit(QStringLiteral("conversion.scale"))->toolTip().toStdString();
}

TEST_F(Translated, StepNamesAndReportPhrasesFollowTheLanguage)
{
    EXPECT_EQ(psnn::pageTitle(psnn::WizardPage::Convert), QStringLiteral("Convert"));
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("de"));
    EXPECT_EQ(psnn::pageTitle(psnn::WizardPage::Convert), QStringLiteral("Konvertieren"));
    // The report's and the plots' contexts (Q_DECLARE_TR_FUNCTIONS) are found too.
    EXPECT_EQ(QCoreApplication::translate("ReportText", "Summary"), QStringLiteral("Zusammenfassung"));
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("ko"));
    EXPECT_EQ(psnn::pageTitle(psnn::WizardPage::Convert), QStringLiteral("변환"));
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("zh-Hans-CN"));
    EXPECT_EQ(psnn::pageTitle(psnn::WizardPage::Convert), QStringLiteral("转换"));
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(psnn::pageTitle(psnn::WizardPage::Convert), QStringLiteral("Convert"));
}

// The study's answer and its points are made from the study's numbers in the GUI's language; core's
// English answer (StudySummary::answer) is not what a German reader sees.
TEST_F(Translated, TheStudysAnswerAndPointsReadGerman)
{
    psnn::StudySummary study;
    study.answer = "The weakest setting protected against this attacker budget is …";
    study.judges = 1;
    psnn::StudyPointResult p;
    p.point = {"encryption-2", "encryption", "lr 1e-3, 5 epochs", 2.5, 5, 1e-3, ""};
    p.annAccuracy = 0.9;
    p.snnAccuracy = 0.88;
    psnn::StudyAttackRow attack;
    attack.attack = "attack 2 (surrogate gradients)";
    attack.accuracy = 0.12;
    p.attacks = {attack};
    p.verdict.verdict = psnn::StudyVerdict::Protected;
    study.points = {p};
    study.recommended = 0;
    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("de"));
    const QString answer = psnn::studyAnswer(study);
    EXPECT_TRUE(
        answer.startsWith(QStringLiteral("Die schwächste Einstellung, die gegen dieses Angreiferbudget schützt")))
        << answer.toStdString();
    EXPECT_TRUE(answer.contains(QStringLiteral("lr 1e-3, 5 Epochen"))) << answer.toStdString();
    EXPECT_TRUE(answer.endsWith(QStringLiteral("(Einstellung study.second_judge)."))) << answer.toStdString();
    EXPECT_FALSE(answer.contains(QStringLiteral("weakest")));
    p.point.epochs = 20;
    p.point.learningRate = 1e-4;
    EXPECT_EQ(psnn::pointShortLabel(p.point), QStringLiteral("Dosis des Papers"));
    EXPECT_TRUE(psnn::pointDetails(study, p).contains(QStringLiteral("Urteil: ")))
        << psnn::pointDetails(study, p).toStdString();
}

// A unit or label placed next to a number must never read as a page or step title: German once
// showed "Neustarts Angriff 1 [10] ANN laden" because the unit "images" was translated as "Load ANN".
TEST_F(Translated, NoSettingsUnitOrLabelReadsAsAPageOrStepTitle)
{
    for (const psnn::i18n::Language& language : psnn::i18n::languages()) {
        ASSERT_EQ(psnn::i18n::install(*QCoreApplication::instance(), language.code), language.code);
        QStringList titles;
        for (int page = 0; page < psnn::kPageCount; ++page)
            titles << psnn::pageTitle(static_cast<psnn::WizardPage>(page));
        for (const psnn::StepInfo& step : psnn::stepTable())
            titles << psnn::stepTitle(step.step);
        int units = 0;
        for (const psnn::Setting& setting : psnn::settingsCatalogue()) {
            for (const char* text : {setting.unit, setting.label}) {
                const QString shown = QCoreApplication::translate("Settings", text);
                // Labels the GUI never shows stay English, and some name a step ("Attack" runs it).
                if (*text == '\0' || (text == setting.label && shown == QString::fromUtf8(text)))
                    continue;
                EXPECT_FALSE(titles.contains(shown, Qt::CaseInsensitive))
                    << language.code.toStdString() << ": " << setting.key << " shows \"" << text << "\" as \""
                    << shown.toStdString() << "\", a page or step title";
            }
            units += *setting.unit != '\0';
        }
        EXPECT_GT(units, 0) << "the catalogue lost its units, so this test checks nothing";
    }
}

// The leakage table's cells, its verdict's reasoning and the grid's column titles come from
// results.json's English; in German they read German, and the tooltip is short lines.
TEST_F(Translated, GermanLeakageTableTooltipAndGridHeaders)
{
    QTemporaryDir lab;
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("images")));
    namespace grid = psnn::attack_grid;
    const int side = 8, columns = 2, classes = 2;
    QImage png(grid::kLabelWidth + columns * (side + grid::kGap), grid::kHeader + classes * (side + grid::kGap),
               QImage::Format_RGB32);
    png.fill(Qt::white);
    ASSERT_TRUE(png.save(QDir(lab.path()).filePath(QStringLiteral("images/leakage_grid.png"))));

    psnn::LabResults results;
    results.model.classNames = {"top", "bottom"};
    psnn::LeakageResults leakage;
    leakage.chance = 0.5;
    leakage.grid = "images/leakage_grid.png";
    leakage.rows = {{"attack 1", "SNN", 20, 100, 0.05, 0.01, std::nullopt, 0.9, std::nullopt},
                    {"attack 1", "encrypted SNN", 20, 120, 0.06, 0.01, std::nullopt, 0.6, std::nullopt}};
    psnn::LeakageVerdict verdict;
    verdict.attack = "attack 1";
    verdict.target = "encrypted SNN";
    verdict.explanation = "English from the file";
    verdict.verdict = psnn::StudyVerdict::Inconclusive;
    verdict.images = 20;
    verdict.judgeAccuracy = 0.6;
    verdict.ciLow = 0.36;
    verdict.ciHigh = 0.81;
    verdict.pValue = 0.25;
    leakage.verdicts = {verdict};
    results.leakage = leakage;

    psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("de"));
    psnn::AttackPage page;
    page.resize(1000, 800);
    page.setLabFolder(lab.path());
    page.showResults(std::make_shared<const psnn::LabResults>(results));
    ASSERT_EQ(page.table()->rowCount(), 2);
    EXPECT_EQ(page.table()->item(0, 0)->text(), QStringLiteral("Angriff 1"));
    EXPECT_EQ(page.table()->item(1, 1)->text(), QStringLiteral("verschlüsseltes SNN"));
    const QString tip = page.table()->item(1, 7)->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("Der Richter"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("English"))) << tip.toStdString();
    for (const QString& line : tip.split(QStringLiteral("<br/>")))
        EXPECT_LE(QString(line).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).size(), 60) << line.toStdString();
    EXPECT_EQ(
        page.grid()->columnTitles(),
        QStringList({QStringLiteral("Angriff 1 auf das SNN"), QStringLiteral("Angriff 1 auf das verschlüsselte SNN")}));
}

TEST_F(Translated, EveryLanguageHasItsFileAndUnknownOnesFallBackToEnglish)
{
    for (const psnn::i18n::Language& language : psnn::i18n::languages())
        EXPECT_EQ(psnn::i18n::install(*QCoreApplication::instance(), language.code), language.code);
    EXPECT_EQ(psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("zh_TW")), QStringLiteral("en"));
    EXPECT_EQ(psnn::i18n::install(*QCoreApplication::instance(), QStringLiteral("fr_FR")), QStringLiteral("en"));
}

TEST(LanguageMenu, StoresNothingItselfButReportsTheChoice)
{
    LanguageMenu menu({{QStringLiteral("de"), QStringLiteral("Deutsch")}}, QStringLiteral("de"));
    const QList<QAction*> actions = menu.actions();
    ASSERT_EQ(actions.size(), 3); // System default, separator, Deutsch
    EXPECT_FALSE(actions[0]->isChecked());
    EXPECT_TRUE(actions[2]->isChecked());
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    actions[0]->trigger();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().first().toString(), QString());
}

TEST(LanguageSettings, StoredChoiceRoundTrips)
{
    psnn::i18n::storeLanguage(QStringLiteral("ko"));
    EXPECT_EQ(psnn::i18n::storedLanguage(), QStringLiteral("ko"));
    psnn::i18n::storeLanguage(QString());
    EXPECT_EQ(psnn::i18n::storedLanguage(), QString());
}

TEST(CliLanguage, FollowsTheLocaleEnvironment)
{
    ::setenv("LC_ALL", "C", 1);
    EXPECT_EQ(psnn::i18n::useEnvironmentLanguage(), "");
    ::setenv("LC_ALL", "de_DE.UTF-8", 1);
    EXPECT_EQ(psnn::i18n::useEnvironmentLanguage(), "de");
    EXPECT_EQ(psnn::i18n::fill(psnn::i18n::translate("privatesnn", "Report: %1"), {"lab/report.pdf"}), "Bericht: lab/report.pdf");
    ::setenv("LC_ALL", "zh_CN.UTF-8", 1);
    EXPECT_EQ(psnn::i18n::useEnvironmentLanguage(), "zh_CN");
    ::unsetenv("LC_ALL");
}
