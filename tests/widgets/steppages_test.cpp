// SPDX-License-Identifier: GPL-3.0-or-later
// The Synthesize, Encrypt, Attack and Report pages on their own: they show a results.json they are
// given, react to live data, skip redraws that change nothing, and their forms reject bad values.
#include "labresults.h"
#include "pages/attackpage.h"
#include "pages/encryptpage.h"
#include "pages/imagegallery.h"
#include "pages/reportpage.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"
#include "pages/synthesizepage.h"
#include "plots/plotstyle.h"
#include "typing.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <qcustomplot.h>

#include <gtest/gtest.h>

using psnn::test::labResults;
using psnn::test::typeInto;

namespace {

nlohmann::json json(const char* text)
{
    return nlohmann::json::parse(text);
}

const char* const Results = R"({
  "model": {"class_names": ["top", "middle", "bottom"]},
  "synthesis": {"images": 18, "per_class": 6, "steps": 15, "seconds": 1.5, "teacher_agreement": 0.9,
                "mean_loss": 1.2, "diversity": 3.0,
                "class_similarity": [[1, 0.2, 0.1], [0.2, 1, 0.3], [0.1, 0.3, 1]],
                "loss_curve": [[1, 2.3], [2, 2.0], [3, 1.7], [4, 1.5]]},
  "accuracy": {"converted": 0.9, "encrypted": 0.85},
  "encryption": {"timesteps": 6, "epochs_planned": 2, "images": 18, "seconds": 3.0,
                 "epochs": [{"epoch": 1, "ce": 1.0, "kd": 2.0, "loss": 1.7, "train_accuracy": 0.6},
                            {"epoch": 2, "ce": 0.8, "kd": 1.5, "loss": 1.3, "train_accuracy": 0.7}],
                 "drift": [{"layer": "features.0", "cosine": 0.9, "relative_l2": 0.2}]},
  "activity": {"converted": [{"layer": "features.0", "spike_rate": 0.1}, {"layer": "classifier.0", "spike_rate": 0.02}]},
  "energy": {"ann_pj": 2e6, "mac_pj": 4.6, "ac_pj": 0.9,
             "converted": {"snn_pj": 1e6, "layers": [{"layer": "features.0", "ann_pj": 1e6, "snn_pj": 5e5}]}},
  "leakage": {"rows": [{"attack": "attack 1", "target": "ANN", "images": 3, "fid": 200, "kid": 0.05, "kid_std": 0.01,
                        "judge_accuracy": 0.9},
                       {"attack": "attack 1", "target": "SNN", "images": 3, "fid": 210, "kid": 0.06, "kid_std": 0.01,
                        "judge_accuracy": 0.8}],
              "verdicts": [{"attack": "attack 1", "target": "SNN", "leaks": true, "explanation": "judge above chance"}]}
})";

} // namespace

TEST(SynthesizePage, ShowsTheRecordedLossCurveOfAnOpenedLab)
{
    psnn::SynthesizePage page;
    page.showResults(labResults(Results));
    EXPECT_EQ(page.lossPointCount(), 4);
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("18 images"))) << page.summaryText().toStdString();
    // Live points of a new run replace it; results without synthesis clear it.
    page.runStarted();
    EXPECT_EQ(page.lossPointCount(), 0);
    const psnn::RunItem synthesize = psnn::RunItem::of(psnn::Step::Synthesize);
    page.addMetrics(
        {{synthesize, QStringLiteral("synthesis_loss"), 1, 2.0}, {synthesize, QStringLiteral("other"), 1, 9.0}});
    EXPECT_EQ(page.lossPointCount(), 1);
    page.showResults(labResults(R"({"model": {"class_names": ["a"]}})"));
    EXPECT_EQ(page.lossPointCount(), 0);
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("No synthetic images")));
}

TEST(SynthesizePage, FillsTheGalleryWithLiveImagesAndRejectsBadSettings)
{
    psnn::SynthesizePage page;
    QImage image(8, 8, QImage::Format_Grayscale8);
    image.fill(128);
    const psnn::RunItem synthesize = psnn::RunItem::of(psnn::Step::Synthesize);
    page.addImages(
        {{synthesize, QStringLiteral("synthesis"), 1, image}, {synthesize, QStringLiteral("attack 1"), 0, image}});
    EXPECT_EQ(page.gallery()->imageCount(), 1);
    EXPECT_EQ(page.gallery()->imageCount(1), 1);

    nlohmann::json config;
    config["synthesis"] = json(R"({"per_class": 30, "steps": 200, "batch_size": 100,
        "learning_rate": 0.05, "temperature": 20, "beta": 1.0})");
    page.setSettings(config);
    EXPECT_TRUE(page.settingsValid());
    typeInto(page.form()->lineEdit(QStringLiteral("synthesis.temperature")), QStringLiteral("0"));
    EXPECT_FALSE(page.settingsValid());
    EXPECT_FALSE(page.form()->message(QStringLiteral("synthesis.temperature")).isEmpty());
    EXPECT_FALSE(page.runPanel()->isRunAvailable());
    typeInto(page.form()->lineEdit(QStringLiteral("synthesis.per_class")), QStringLiteral("2.5"));
    EXPECT_FALSE(page.form()->message(QStringLiteral("synthesis.per_class")).isEmpty());
    typeInto(page.form()->lineEdit(QStringLiteral("synthesis.temperature")), QStringLiteral("20"));
    typeInto(page.form()->lineEdit(QStringLiteral("synthesis.per_class")), QStringLiteral("5"));
    EXPECT_TRUE(page.settingsValid());
    EXPECT_EQ(page.settings()["synthesis"]["per_class"], 5);
}

TEST(EncryptPage, ShowsEpochsAndAccuracyAndRejectsBadSettings)
{
    psnn::EncryptPage page;
    page.showResults(labResults(Results));
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("2 of 2 epochs"))) << page.summaryText().toStdString();
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("85.00"))) << page.summaryText().toStdString();
    page.showResults(labResults(R"({"model": {}})"));
    EXPECT_TRUE(page.summaryText().startsWith(QStringLiteral("Not encrypted yet")));

    page.setSettings(json(R"({"encryption": {"epochs": 20, "learning_rate": 1e-4, "m": 0.7, "tau": 20,
        "batch_size": 64, "timesteps": 0, "dropout": false}})"));
    EXPECT_TRUE(page.settingsValid());
    QComboBox* dropout = page.form()->comboBox(QStringLiteral("encryption.dropout_choice"));
    ASSERT_NE(dropout, nullptr);
    EXPECT_EQ(dropout->currentIndex(), 1); // "Off", from the settings
    EXPECT_EQ(page.settings()["encryption"]["dropout"], false);
    dropout->setCurrentIndex(0);
    Q_EMIT dropout->activated(0);
    EXPECT_EQ(page.settings()["encryption"]["dropout"], true);
    typeInto(page.form()->lineEdit(QStringLiteral("encryption.m")), QStringLiteral("1.5"));
    EXPECT_FALSE(page.settingsValid());
    EXPECT_TRUE(page.form()->message(QStringLiteral("encryption.m")).startsWith(QStringLiteral("Out of range")));
    typeInto(page.form()->lineEdit(QStringLiteral("encryption.epochs")), QString());
    EXPECT_TRUE(page.form()->message(QStringLiteral("encryption.epochs")).startsWith(QStringLiteral("Required")));
}

/// The drift plot's layer names, left to right.
QStringList driftLayers(const psnn::EncryptPage& page)
{
    const auto ticker = page.driftPlot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

TEST(EncryptPage, DriftKeepsNetworkOrderAndClearsForALabWithoutEncryption)
{
    psnn::EncryptPage page;
    page.runStarted();
    // Live metrics arrive in network order, which is not alphabetical.
    const psnn::RunItem encrypt = psnn::RunItem::of(psnn::Step::Encrypt);
    page.addMetrics({{encrypt, QStringLiteral("drift_cos/features.3"), 0, 1.0},
                     {encrypt, QStringLiteral("drift_cos/classifier.0"), 0, 1.0},
                     {encrypt, QStringLiteral("drift_l2/features.3"), 1, 0.1},
                     {encrypt, QStringLiteral("drift_cos/features.3"), 1, 0.95}});
    EXPECT_EQ(driftLayers(page), QStringList({QStringLiteral("features.3"), QStringLiteral("classifier.0")}));
    ASSERT_EQ(page.driftPlot()->graphCount(), 2);
    EXPECT_DOUBLE_EQ(page.driftPlot()->graph(0)->data()->at(0)->value, 0.95); // the latest value, first layer

    page.showResults(labResults(Results));
    EXPECT_EQ(driftLayers(page), QStringList({QStringLiteral("features.0")}));
    page.showResults(labResults(R"({"model": {}})"));
    EXPECT_TRUE(driftLayers(page).isEmpty());
    EXPECT_EQ(page.driftPlot()->graphCount(), 0);
}

TEST(AttackPage, ShowsTheScoreTableAndLiveImages)
{
    psnn::AttackPage page;
    page.showResults(labResults(Results));
    EXPECT_EQ(page.table()->rowCount(), 2);
    EXPECT_EQ(page.table()->item(1, 7)->text(), QStringLiteral("leaks"));
    EXPECT_EQ(page.table()->item(0, 7)->text(), QStringLiteral("reference"));
    EXPECT_FALSE(page.showsGrid()); // no lab folder: no grid image
    QImage image(8, 8, QImage::Format_RGB888);
    image.fill(Qt::red);
    page.addImages({{psnn::RunItem::of(psnn::Step::Attack), QStringLiteral("attack 2"), 2, image}});
    EXPECT_EQ(page.gallery()->imageCount(2), 1);
    page.runStarted();
    EXPECT_EQ(page.gallery()->imageCount(), 0);
    page.showResults(labResults(R"({"model": {}})"));
    EXPECT_EQ(page.table()->rowCount(), 0);
}

// A second judge's accuracies get their own column; without one the summary says the verdicts rest
// on one judge.
TEST(AttackPage, ShowsTheSecondJudgeOrSaysThereIsOne)
{
    psnn::AttackPage page;
    page.showResults(labResults(Results));
    EXPECT_TRUE(page.table()->isColumnHidden(6));
    const auto summaryHas = [&page](const QString& text) {
        for (const QLabel* label : page.findChildren<QLabel*>())
            if (label->text().contains(text))
                return true;
        return false;
    };
    EXPECT_TRUE(summaryHas(QStringLiteral("The verdicts rest on one judge")));
    page.showResults(labResults(R"({"leakage": {"rows": [
        {"attack": "attack 1", "target": "SNN", "images": 3, "fid": 210, "kid": 0.06, "kid_std": 0.01,
         "judge_accuracy": 0.8, "judge2_accuracy": 0.5}],
        "verdicts": [{"attack": "attack 1", "target": "SNN", "leaks": true, "judges": 2}]}})"));
    EXPECT_FALSE(page.table()->isColumnHidden(6));
    EXPECT_EQ(page.table()->horizontalHeaderItem(6)->text(), QStringLiteral("Judge 2 accuracy"));
    EXPECT_EQ(page.table()->item(0, 6)->text(), QStringLiteral("50.0 %"));
    EXPECT_FALSE(summaryHas(QStringLiteral("The verdicts rest on one judge")));
}

// KID on the study's scale: 0 at the held-out real images, 1 at the attacks' initial noise.
TEST(AttackPage, ShowsKidBetweenRealImagesAndNoise)
{
    psnn::AttackPage page;
    page.showResults(labResults(R"({"leakage": {"rows": [
        {"attack": "reference", "target": "real images", "images": 3, "fid": 1, "kid": 0.02, "kid_std": 0.01},
        {"attack": "reference", "target": "initial noise", "images": 3, "fid": 300, "kid": 0.42, "kid_std": 0.02},
        {"attack": "attack 1", "target": "SNN", "images": 3, "fid": 210, "kid": 0.12, "kid_std": 0.04}]}})"));
    EXPECT_EQ(page.table()->horizontalHeaderItem(4)->text(), QStringLiteral("KID (0 = real, 1 = noise)"));
    EXPECT_EQ(page.table()->item(0, 4)->text(), QStringLiteral("0.00 ± 0.03"));
    EXPECT_EQ(page.table()->item(1, 4)->text(), QStringLiteral("1.00 ± 0.05"));
    EXPECT_EQ(page.table()->item(2, 4)->text(), QStringLiteral("0.25 ± 0.10"));
    EXPECT_TRUE(page.table()->item(2, 4)->toolTip().contains(QStringLiteral("0.1200")))
        << "the raw value stays at hand";

    page.showResults(labResults(Results)); // no reference rows: the raw value, said so
    EXPECT_EQ(page.table()->horizontalHeaderItem(4)->text(), QStringLiteral("KID (raw)"));
    EXPECT_EQ(page.table()->item(0, 4)->text(), QStringLiteral("0.0500 ± 0.0100"));
}

TEST(AttackPage, ChoosesTheScenarioAndValidatesTheClasses)
{
    psnn::AttackPage page;
    page.setSettings(json(R"({"leakage": {"run_attack1": true, "run_attack2": false,
        "attack1": {"classes": [0, 2], "restarts": 3, "iterations": 150},
        "attack2": {"classes": [], "restarts": 1, "iterations": 10}}})"));
    QComboBox* scenario = page.form()->comboBox(QStringLiteral("leakage.scenario"));
    ASSERT_NE(scenario, nullptr);
    EXPECT_EQ(scenario->currentIndex(), 1); // attack 1 only
    EXPECT_EQ(page.form()->lineEdit(QStringLiteral("leakage.attack1.classes"))->text(), QStringLiteral("0, 2"));
    nlohmann::json leakage = page.settings()["leakage"];
    EXPECT_EQ(leakage["run_attack1"], true);
    EXPECT_EQ(leakage["run_attack2"], false);
    EXPECT_EQ(leakage["attack1"]["classes"], json("[0, 2]"));
    EXPECT_EQ(leakage["attack2"]["classes"], nlohmann::json::array());

    scenario->setCurrentIndex(2);
    Q_EMIT scenario->activated(2);
    leakage = page.settings()["leakage"];
    EXPECT_EQ(leakage["run_attack1"], false);
    EXPECT_EQ(leakage["run_attack2"], true);

    // The model has three classes: 3 does not exist, words are not classes, empty means all.
    page.setClassNames({QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")});
    QLineEdit* classes = page.form()->lineEdit(QStringLiteral("leakage.attack2.classes"));
    typeInto(classes, QStringLiteral("1, 3"));
    EXPECT_FALSE(page.settingsValid());
    EXPECT_TRUE(page.form()->message(QStringLiteral("leakage.attack2.classes")).contains(QStringLiteral("no class 3")))
        << page.form()->message(QStringLiteral("leakage.attack2.classes")).toStdString();
    EXPECT_FALSE(page.runPanel()->isRunAvailable());
    typeInto(classes, QStringLiteral("one"));
    EXPECT_FALSE(page.settingsValid());
    typeInto(classes, QStringLiteral("2 1"));
    EXPECT_TRUE(page.settingsValid());
    leakage = page.settings()["leakage"];
    EXPECT_EQ(leakage["attack2"]["classes"], json("[2, 1]"));
    typeInto(classes, QString());
    EXPECT_TRUE(page.settingsValid());
}

TEST(ReportPage, ShowsVerdictsEnergyAndEnablesTheExports)
{
    psnn::ReportPage page;
    page.showResults(labResults(R"({"model": {}})"));
    EXPECT_TRUE(page.verdictText().startsWith(QStringLiteral("No verdicts yet")));
    EXPECT_TRUE(page.exportReportButton()->isEnabled());
    EXPECT_FALSE(page.exportModelButton()->isEnabled());
    page.showResults(labResults(Results));
    EXPECT_TRUE(page.verdictText().contains(QStringLiteral("attack 1 on the SNN: leaks.")))
        << page.verdictText().toStdString();
    EXPECT_TRUE(page.energyText().contains(QStringLiteral("2.00 µJ"))) << page.energyText().toStdString();
    EXPECT_TRUE(page.exportModelButton()->isEnabled());
}

TEST(ReportPage, OffersToOpenTheReportItWrote)
{
    psnn::ReportPage page;
    page.show();
    EXPECT_FALSE(page.openReportButton()->isVisible()) << "nothing written yet";
    const QString html = QDir::temp().filePath(QStringLiteral("psnn-report-test/report.html"));
    page.showExportedReport(html);
    ASSERT_TRUE(page.openReportButton()->isVisible());
    // The click goes to QDesktopServices; a text browser's setSource(QUrl) slot stands in for the
    // desktop's browser, so no program starts.
    QTextBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &browser, "setSource");
    page.openReportButton()->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    EXPECT_EQ(browser.source(), QUrl::fromLocalFile(html));
}

TEST(StepPage, RedrawsOnlyChangedSectionsAndHiddenPagesWhenShown)
{
    QWidget window;
    auto* page = new psnn::ReportPage(&window);
    auto* other = new QWidget(&window);
    window.show();
    page->hide(); // another page is in view
    other->show();
    page->updateResults(labResults(Results));
    EXPECT_TRUE(page->hasPendingResults());
    EXPECT_TRUE(page->verdictText().isEmpty()); // not drawn while hidden
    page->show();
    EXPECT_FALSE(page->hasPendingResults());
    EXPECT_TRUE(page->verdictText().contains(QStringLiteral("leaks")));
    // Sections the page does not read changed: nothing to redraw.
    psnn::LabResults results = *labResults(Results);
    results.synthesis = psnn::SynthesisResults{};
    page->hide();
    page->updateResults(std::make_shared<const psnn::LabResults>(results));
    EXPECT_FALSE(page->hasPendingResults());
    results.leakage = psnn::LeakageResults{};
    page->updateResults(std::make_shared<const psnn::LabResults>(results));
    EXPECT_TRUE(page->hasPendingResults());
}

TEST(PlotTheme, FollowsADarkPaletteAndStaysLightByDefault)
{
    QCustomPlot light;
    psnn::resetPlot(light);
    EXPECT_EQ(light.xAxis->basePen().color(), QColor(Qt::black));
    EXPECT_FALSE(psnn::plotTheme(light).isDark());

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5e));
    const psnn::PlotTheme theme = psnn::PlotTheme::fromPalette(dark);
    EXPECT_TRUE(theme.isDark());
    QCustomPlot plot;
    psnn::setPlotTheme(plot, theme);
    psnn::resetPlot(plot); // a builder starts again: the theme stays
    QCPGraph* ann = plot.addGraph();
    ann->setPen(QPen(psnn::seriesColor(psnn::Series::Ann)));
    psnn::applyPlotTheme(plot);
    EXPECT_EQ(plot.xAxis->tickLabelColor(), QColor(0xe6, 0xe6, 0xe6));
    EXPECT_EQ(plot.yAxis->labelColor(), QColor(0xe6, 0xe6, 0xe6));
    EXPECT_EQ(plot.legend->textColor(), QColor(0xe6, 0xe6, 0xe6));
    EXPECT_EQ(ann->pen().color(), theme.annColor);
    EXPECT_GT(ann->pen().color().lightness(), 128);
}
