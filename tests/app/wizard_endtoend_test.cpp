// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard on a tiny model: every page's Run, what each page shows afterwards, the step list,
// the exports, and the longest stall of the GUI event loop while the worker computes.
#include "eventprofile.h"
#include "mainwindow.h"
#include "tinylab.h"

#include "pages/attackpage.h"
#include "pages/convertpage.h"
#include "pages/encryptpage.h"
#include "pages/errorbanner.h"
#include "pages/imagegallery.h"
#include "pages/loadpage.h"
#include "pages/reportpage.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"
#include "pages/steplist.h"
#include "pages/synthesizepage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using psnn::LoadPage;
using psnn::MainWindow;
using psnn::StepList;
using psnn::test::makeTinyLab;
using psnn::test::ProfilingApplication;
using psnn::test::TinyLab;

namespace {

using Page = psnn::WizardPage;

constexpr int RunTimeoutMs = 300000;
constexpr int StatusTimeoutMs = 30000; // the step status is computed on the worker, after any run

/// The longest gap between ticks of a 5 ms timer on the GUI thread while the window runs the
/// pipeline: how long the event loop could not react (a click, a repaint). Gaps that begin with
/// no run in progress (the test switching pages) are not counted.
class StallMeter : public QObject
{
public:
    explicit StallMeter(const MainWindow& window)
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this, &window] {
            const qint64 gap = m_clock.restart();
            if (m_wasRunning)
                m_longest = std::max(m_longest, gap);
            m_wasRunning = window.isRunning();
        });
        m_clock.start();
        m_timer.start();
        ProfilingApplication::instance()->startProfiling();
    }
    ~StallMeter() override { ProfilingApplication::instance()->stopProfiling(); }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    bool m_wasRunning = false;
};

/// Presses a page's Run and waits for the run to end; the step list must show it finished.
void runAndWait(MainWindow& window, Page step)
{
    auto* steps = window.findChild<StepList*>();
    steps->setCurrentStep(step);
    psnn::StepPage* page = window.stepPage(step);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    ASSERT_TRUE(page->runPanel()->runButton()->isEnabled())
        << int(step) << page->runPanel()->runButton()->toolTip().toStdString();
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    EXPECT_TRUE(page->runPanel()->isRunning());
    EXPECT_TRUE(page->runPanel()->cancelButton()->isEnabled());
    ASSERT_TRUE(ended.wait(RunTimeoutMs)) << "step " << int(step);
    EXPECT_FALSE(page->runPanel()->banner()->isVisible()) << page->runPanel()->banner()->message().toStdString();
    // The status comes from core's step keys, computed on the worker after the run.
    EXPECT_TRUE(QTest::qWaitFor([&] { return steps->isStepDone(step) && !steps->isStepStale(step); }, StatusTimeoutMs))
        << int(step);
}

/// Shows the window with the tiny lab's settings, loads its teacher and opens dir/lab.
void openTinyLab(MainWindow& window, const TinyLab& tiny, const QTemporaryDir& dir)
{
    window.show();
    window.setBaseConfig(tiny.config);
    auto* steps = window.findChild<StepList*>();
    window.openModel(tiny.teacher);
    ASSERT_TRUE(QTest::qWaitFor([&] { return steps->isStepDone(Page::Load); }, 30000));
    // A missing lab folder is a question to the user (openLab asks before making it); make it here.
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("lab"))));
    ASSERT_TRUE(window.openLab(dir.filePath(QStringLiteral("lab"))));
}

} // namespace

TEST(WizardEndToEnd, RunsEveryStepOnATinyModelAndShowsTheResults)
{
    QTemporaryDir dir;
    const TinyLab tiny = makeTinyLab(dir);
    MainWindow window;
    openTinyLab(window, tiny, dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* steps = window.findChild<StepList*>();
    EXPECT_EQ(window.findChild<LoadPage*>()->evaluationData(), tiny.evalFolder);

    QTest::qWait(300); // the window's first paint is not part of what is measured
    StallMeter stalls(window);
    runAndWait(window, Page::Synthesize);
    auto* synthesize = static_cast<psnn::SynthesizePage*>(window.stepPage(Page::Synthesize));
    EXPECT_EQ(synthesize->gallery()->imageCount(), 18); // every synthetic image arrived live
    EXPECT_TRUE(synthesize->summaryText().contains(QStringLiteral("18 images"))) << synthesize->summaryText().toStdString();
    EXPECT_FALSE(steps->isStepDone(Page::Convert));

    runAndWait(window, Page::Convert);
    auto* convert = static_cast<psnn::ConvertPage*>(window.stepPage(Page::Convert));
    EXPECT_TRUE(convert->summaryText().contains(QStringLiteral("3 thresholds"))) << convert->summaryText().toStdString();
    EXPECT_TRUE(convert->summaryText().contains(QStringLiteral("30 evaluation images")));

    runAndWait(window, Page::Encrypt);
    auto* encrypt = static_cast<psnn::EncryptPage*>(window.stepPage(Page::Encrypt));
    EXPECT_TRUE(encrypt->summaryText().contains(QStringLiteral("3 of 3 epochs"))) << encrypt->summaryText().toStdString();

    runAndWait(window, Page::Attack);
    auto* attack = static_cast<psnn::AttackPage*>(window.stepPage(Page::Attack));
    EXPECT_EQ(attack->table()->rowCount(), 7);
    EXPECT_TRUE(attack->showsGrid());
    EXPECT_GT(attack->gallery()->imageCount(), 0);
    std::printf("[ stall ] longest GUI event-loop stall while the pipeline ran: %lld ms (target < 50 ms)\n",
                static_cast<long long>(stalls.longestMs()));
    std::printf("[ stall ] slowest event deliveries on the GUI thread:\n");
    for (const QString& line : ProfilingApplication::instance()->slowest(8))
        std::printf("[ stall ]   %s\n", qPrintable(line));

    auto* report = static_cast<psnn::ReportPage*>(window.stepPage(Page::Report));
    steps->setCurrentStep(Page::Report); // a hidden page draws its results when it is shown
    EXPECT_TRUE(steps->isStepDone(Page::Report));
    EXPECT_TRUE(report->verdictText().contains(QStringLiteral("attack 1")));
    EXPECT_TRUE(report->energyText().contains(QStringLiteral("µJ")));
    QElapsedTimer exportClock;
    exportClock.start();
    EXPECT_TRUE(window.exportReportTo(dir.filePath(QStringLiteral("report"))));
    std::printf("[ stall ] report export (HTML, PDF, JSON, plots) on the GUI thread: %lld ms\n",
                static_cast<long long>(exportClock.elapsed()));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("report/report.html"))));
    EXPECT_TRUE(window.exportEncryptedModelTo(dir.filePath(QStringLiteral("encrypted-copy.psnn"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("encrypted-copy.psnn"))));

    // Changing an early setting marks later results stale but keeps them on screen.
    QLineEdit* perClass = synthesize->form()->lineEdit(QStringLiteral("synthesis.per_class"));
    perClass->selectAll();
    QTest::keyClicks(perClass, QStringLiteral("7"));
    for (const Page step : {Page::Synthesize, Page::Convert, Page::Encrypt, Page::Attack})
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return steps->isStepDone(step) && steps->isStepStale(step); }, StatusTimeoutMs))
            << int(step);
    EXPECT_EQ(attack->table()->rowCount(), 7);

    // A second window on the same lab shows every result without running anything.
    MainWindow reopened;
    reopened.openLab(dir.filePath(QStringLiteral("lab")));
    auto* reopenedSteps = reopened.findChild<StepList*>();
    for (const Page step : {Page::Synthesize, Page::Convert, Page::Encrypt, Page::Attack, Page::Report})
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return reopenedSteps->isStepDone(step) && !reopenedSteps->isStepStale(step); }, StatusTimeoutMs))
            << int(step);
    EXPECT_EQ(static_cast<psnn::AttackPage*>(reopened.stepPage(Page::Attack))->table()->rowCount(), 7);
    auto* reopenedSynthesize = static_cast<psnn::SynthesizePage*>(reopened.stepPage(Page::Synthesize));
    EXPECT_GT(reopenedSynthesize->gallery()->imageCount(), 0);
    EXPECT_GT(reopenedSynthesize->lossPointCount(), 0); // synthesis.loss_curve of results.json
}

TEST(WizardEndToEnd, CancelKeepsEarlierResultsAndSaysSo)
{
    QTemporaryDir dir;
    TinyLab tiny = makeTinyLab(dir);
    tiny.config["synthesis"]["steps"] = 4000; // long enough to cancel in the middle
    MainWindow window;
    openTinyLab(window, tiny, dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* steps = window.findChild<StepList*>();

    psnn::StepPage* page = window.stepPage(Page::Synthesize);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->runPanel()->stateText().contains(QStringLiteral("Step 1")); }, 30000));
    // Every page shows the run and can cancel it, not only the one that started it.
    psnn::StepPage* elsewhere = window.stepPage(Page::Report);
    steps->setCurrentStep(Page::Report);
    EXPECT_TRUE(elsewhere->runPanel()->isRunning());
    EXPECT_TRUE(elsewhere->runPanel()->cancelButton()->isEnabled());
    EXPECT_TRUE(elsewhere->runPanel()->stateText().contains(QStringLiteral("Step 1")))
        << elsewhere->runPanel()->stateText().toStdString();
    QTest::mouseClick(elsewhere->runPanel()->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(ended.wait(RunTimeoutMs));
    EXPECT_FALSE(elsewhere->runPanel()->isRunning());
    EXPECT_TRUE(elsewhere->runPanel()->stateText().isEmpty()) << "the page that started the run says how it ended";
    EXPECT_TRUE(page->runPanel()->stateText().startsWith(QStringLiteral("Cancelled"))) << page->runPanel()->stateText().toStdString();
    EXPECT_FALSE(page->runPanel()->banner()->isVisible());
    EXPECT_TRUE(page->runPanel()->runButton()->isEnabled());
    EXPECT_FALSE(steps->isStepDone(Page::Synthesize));
}

TEST(WizardEndToEnd, AFailingRunShowsTheCauseAndAWayOut)
{
    QTemporaryDir dir;
    TinyLab tiny = makeTinyLab(dir);
    tiny.config["eval_data"] = dir.filePath(QStringLiteral("missing-folder")).toStdString();
    MainWindow window;
    openTinyLab(window, tiny, dir);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    psnn::StepPage* page = window.stepPage(Page::Convert);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QTest::mouseClick(page->runPanel()->runButton(), Qt::LeftButton);
    ASSERT_TRUE(ended.wait(RunTimeoutMs));
    ASSERT_FALSE(page->runPanel()->banner()->isHidden()); // the page is not the current one, so not visible
    EXPECT_TRUE(page->runPanel()->banner()->message().contains(QStringLiteral("missing-folder")))
        << page->runPanel()->banner()->message().toStdString();
    EXPECT_FALSE(page->runPanel()->banner()->hint().isEmpty());
}
