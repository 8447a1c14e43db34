// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "mainwindow.h"
#include "models/steptitles.h"
#include "pages/presenterview.h"
#include "pages/steplist.h"
#include "workerthread.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace psnn {
namespace {
// Long enough for queued replots and image loading to finish after a page switch.
constexpr int SettleMs = 400;
constexpr int ModelTimeoutMs = 30000;
} // namespace

Screenshotter::Screenshotter(MainWindow& window, const QString& folder, QSize size, const QString& classroomRater)
    : QObject(&window)
    , m_window(window)
    , m_folder(folder)
    , m_size(size)
    , m_classroomRater(classroomRater)
{
}

void Screenshotter::start()
{
    QDir().mkpath(m_folder);
    // The pages' results, not the log, are what the pictures are for.
    if (auto* log = m_window.findChild<QDockWidget*>(QStringLiteral("logDock")))
        log->hide();
    m_window.resize(m_size);
    auto begin = [this] {
        if (m_started)
            return;
        m_started = true;
        QTimer::singleShot(SettleMs, this, [this] { capture(0); });
    };
    if (auto* worker = m_window.findChild<WorkerThread*>())
        connect(worker, &WorkerThread::modelLoaded, this, begin);
    QTimer::singleShot(ModelTimeoutMs, this, begin);
}

void Screenshotter::capture(int step)
{
    auto* steps = m_window.findChild<StepList*>();
    if (step >= psnn::kPageCount) {
        if (m_classroomRater.isEmpty())
            QApplication::quit();
        else
            captureClassroom();
        return;
    }
    steps->setCurrentStep(psnn::WizardPage(step));
    QTimer::singleShot(SettleMs, this, [this, step] {
        const QString name =
            psnn::pageTitle(psnn::WizardPage(step)).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString path = QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(step + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (!m_window.grab().save(path))
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
        capture(step + 1);
    });
}

void Screenshotter::captureClassroom()
{
    PresenterView* view = m_window.openPresenterView(false);
    if (!view || !view->start(m_classroomRater, 2)) {
        std::fprintf(stderr, "the classroom view did not start: %s\n", view ? qPrintable(view->errorText()) : "no lab");
        QApplication::exit(1);
        return;
    }
    view->resize(m_size);
    const auto shoot = [this, view](const QString& name) {
        const QString path = QDir(m_folder).filePath(name);
        if (!view->grab().save(path))
            std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        else
            std::printf("%s\n", qPrintable(path));
    };
    QTimer::singleShot(SettleMs, this, [this, view, shoot] {
        shoot(QStringLiteral("presenter-blind.png"));
        view->vote(1);
        view->toggleReveal();
        QTimer::singleShot(SettleMs, this, [this, view, shoot] {
            shoot(QStringLiteral("presenter-revealed.png"));
            view->toggleBeforeAfter();
            QTimer::singleShot(SettleMs, this, [shoot] {
                shoot(QStringLiteral("presenter-before-after.png"));
                QApplication::quit();
            });
        });
    });
}

} // namespace psnn
