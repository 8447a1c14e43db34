// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "pages/errorbanner.h"
#include "pages/loadpage.h"
#include "pages/steplist.h"

#include "privatesnn/archive.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/sha256.h"
#include "privatesnn/vgg.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using psnn::ErrorBanner;
using psnn::LoadPage;
using psnn::MainWindow;
using psnn::StepList;

namespace {

using Page = psnn::WizardPage;
/// Every page after Load: each needs a model.
const Page LaterPages[] = {Page::Synthesize, Page::Convert, Page::Encrypt, Page::Attack, Page::Report};

/// Answers the next modal question with the button whose text starts with answer; what it asked
/// goes to *asked ("" when nothing asked within 10 s, so a missing question fails the caller's check).
void answerNextQuestion(const QString& answer, QString* asked)
{
    asked->clear();
    auto* attempts = new int(0);
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box || ++*attempts > 200) {
            timer->stop();
            timer->deleteLater();
            delete attempts;
        }
        if (!box)
            return;
        *asked = box->text();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(answer)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
    timer->start(50);
}

/// Everything the log dock shows.
QString logText(const MainWindow& window)
{
    QString text;
    for (const QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>())
        text += edit->toPlainText();
    return text;
}

} // namespace

TEST(MainWindow, StartsWithOnlyLoadEnabled)
{
    MainWindow window;
    window.show();
    auto* steps = window.findChild<StepList*>();
    ASSERT_NE(steps, nullptr);
    ASSERT_EQ(steps->count(), 6);
    EXPECT_TRUE(steps->isStepEnabled(Page::Load));
    for (const Page step : LaterPages) {
        EXPECT_FALSE(steps->isStepEnabled(step)) << int(step);
        EXPECT_FALSE(steps->item(int(step))->toolTip().isEmpty());
    }
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentIndex(), 0);
}

TEST(MainWindow, ViewZoomScalesTheWindowsFontsAndHeadingsAndIsRemembered)
{
    QSettings().remove(QStringLiteral("view/zoom"));
    MainWindow window;
    window.show();
    QLabel* heading = nullptr; // a step page's title: a font of its own, larger than the window's
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->testAttribute(Qt::WA_SetFont) && label->font().pointSizeF() > window.font().pointSizeF())
            heading = label;
    ASSERT_NE(heading, nullptr);
    const double text = window.font().pointSizeF(), title = heading->font().pointSizeF();
    QAction* zoomIn = nullptr;
    QAction* actualSize = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        zoomIn = action->shortcut() == QKeySequence(QKeySequence::ZoomIn) ? action : zoomIn;
        actualSize = action->shortcut() == QKeySequence(QStringLiteral("Ctrl+0")) ? action : actualSize;
    }
    ASSERT_NE(zoomIn, nullptr);
    ASSERT_NE(actualSize, nullptr);
    zoomIn->trigger();
    zoomIn->trigger();
    EXPECT_NEAR(window.font().pointSizeF(), text * 1.15 * 1.15, 0.01);
    EXPECT_NEAR(heading->font().pointSizeF(), title * 1.15 * 1.15, 0.01);
    EXPECT_NEAR(MainWindow().font().pointSizeF(), text * 1.15 * 1.15, 0.01) << "a new window starts zoomed";
    actualSize->trigger();
    EXPECT_NEAR(window.font().pointSizeF(), text, 0.01);
    EXPECT_NEAR(heading->font().pointSizeF(), title, 0.01);
    QSettings().remove(QStringLiteral("view/zoom"));
}

TEST(MainWindow, ShowsTheThreadCountInTheStatusBar)
{
    MainWindow window;
    const auto threadsShown = [&] {
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("LibTorch threads: ")) && !label->text().endsWith(QStringLiteral("…")))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor(threadsShown, 30000));
}

// The GUI's thread setting (Run > LibTorch Threads) reaches the worker, is kept for the next start
// and is named in the log when a run starts.
TEST(MainWindow, TheThreadSettingReachesTheWorker)
{
    QSettings().remove(QStringLiteral("run/threads"));
    const auto shows = [](const MainWindow& window, int threads) {
        return [&window, threads] {
            for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
                if (label->text() == QStringLiteral("LibTorch threads: %1").arg(threads))
                    return true;
            return false;
        };
    };
    {
        MainWindow window;
        EXPECT_EQ(window.threadSetting(), 0) << "every core unless chosen";
        window.setThreadSetting(1);
        EXPECT_TRUE(QTest::qWaitFor(shows(window, 1), 30000));
    }
    MainWindow restarted;
    EXPECT_EQ(restarted.threadSetting(), 1);
    EXPECT_TRUE(QTest::qWaitFor(shows(restarted, 1), 30000)) << "the kept setting applies at the next start";
    QSettings().remove(QStringLiteral("run/threads"));
}

TEST(MainWindow, EnablesTheStepsOnceAModelIsLoaded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teacher.psnn"));
    psnn::saveNetwork(path.toStdString(), psnn::makeVgg(psnn::vggPreset("teacher")));
    MainWindow window;
    window.show();
    auto* steps = window.findChild<StepList*>();
    auto* banner = window.findChild<LoadPage*>()->findChild<ErrorBanner*>();

    window.openModel(dir.filePath(QStringLiteral("missing.pt")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 30000));
    EXPECT_FALSE(steps->isStepEnabled(Page::Synthesize));

    window.openModel(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return steps->isStepDone(Page::Load); }, 30000));
    EXPECT_FALSE(banner->isVisible());
    for (const Page step : LaterPages)
        EXPECT_TRUE(steps->isStepEnabled(step)) << int(step);
}

TEST(MainWindow, OpensALabThatAnotherRunHoldsReadOnly)
{
    QTemporaryDir dir;
    const QString lab = dir.filePath(QStringLiteral("lab"));
    MainWindow window;
    {
        const psnn::LabLock held = psnn::LabLock::acquire(lab.toStdString(), "privatesnn run --lab lab");
        window.openLab(lab);
        EXPECT_TRUE(window.isReadOnly());
        bool labelSaysSo = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            labelSaysSo = labelSaysSo || label->text().contains(QStringLiteral("read-only"));
        EXPECT_TRUE(labelSaysSo);
    }
    window.openLab(lab); // the run has ended: the lab can be written again
    EXPECT_FALSE(window.isReadOnly());
}

TEST(MainWindow, ReportsADamagedLabJsonWithoutWritingIt)
{
    QTemporaryDir dir;
    const std::string lab = dir.filePath(QStringLiteral("lab")).toStdString();
    {
        psnn::Lab state = psnn::Lab::open(lab);
        state.writeText("out.bin", "x");
        psnn::LabStepRecord r;
        r.step = "synthesize";
        r.key = "k";
        r.outputs["out.bin"] = psnn::sha256File(state.path("out.bin"));
        state.store(r);
    }
    QFile damaged(QString::fromStdString(lab + "/lab.json"));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"schema\": ");
    damaged.close();
    MainWindow window;
    window.openLab(QString::fromStdString(lab));
    // The GUI only looks: the damaged file stays as it was (a run rebuilds it from the records), and
    // the lab as read, in memory, keeps the finished step.
    ASSERT_TRUE(damaged.open(QIODevice::ReadOnly));
    EXPECT_EQ(damaged.readAll(), QByteArray("{\"schema\": "));
    const psnn::Lab after = psnn::Lab::open(lab);
    EXPECT_FALSE(after.recoveryNote().empty());
    EXPECT_NE(after.record("synthesize"), nullptr);
}

TEST(MainWindow, AsksBeforeMakingAMissingLabFolder)
{
    QTemporaryDir dir;
    const QString lab = dir.filePath(QStringLiteral("typo/lab"));
    MainWindow window;
    window.show();
    QString asked;
    answerNextQuestion(QStringLiteral("Cancel"), &asked);
    EXPECT_FALSE(window.openLab(lab));
    EXPECT_TRUE(asked.contains(QDir::toNativeSeparators(lab))) << asked.toStdString();
    EXPECT_FALSE(QFileInfo::exists(lab)) << "declined, yet the folder was made";
    EXPECT_TRUE(window.labFolder().isEmpty());

    answerNextQuestion(QStringLiteral("Create"), &asked);
    EXPECT_TRUE(window.openLab(lab));
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_TRUE(QFileInfo(lab).isDir());
    EXPECT_EQ(window.labFolder(), QFileInfo(lab).absoluteFilePath());
}

TEST(MainWindow, RefusesAFileOrAFolderOfOtherThingsAsALab)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QFile(file).open(QIODevice::WriteOnly);
    MainWindow window;
    window.show();
    EXPECT_FALSE(window.openLab(file));
    EXPECT_FALSE(window.openLab(dir.path())); // holds notes.txt and no lab.json
    EXPECT_TRUE(window.labFolder().isEmpty());
    const QString log = logText(window);
    EXPECT_TRUE(log.contains(QStringLiteral("notes.txt is a file, not a lab folder"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("holds other files but no lab"))) << log.toStdString();

    const QString empty = dir.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    EXPECT_TRUE(window.openLab(empty)) << "an empty folder is a new lab";
}
