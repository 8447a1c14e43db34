// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "mainwindow.h"
#include "models/steptitles.h"
#include "pages/attackpage.h"
#include "pages/presenterview.h"
#include "pages/reportpage.h"
#include "pages/steplist.h"
#include "pages/studypanel.h"
#include "pages/studypointimages.h"
#include "workerthread.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
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
        captureStudy(0);
        return;
    }
    steps->setCurrentStep(psnn::WizardPage(step));
    QTimer::singleShot(SettleMs, this, [this, step] {
        const QString name =
            psnn::pageTitle(psnn::WizardPage(step)).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        save(QStringLiteral("%1-%2.png").arg(step + 1, 2, 10, QLatin1Char('0')).arg(name));
        capture(step + 1);
    });
}

void Screenshotter::save(const QString& name, QWidget* widget)
{
    const QString path = QDir(m_folder).filePath(name);
    if (!(widget ? widget : &m_window)->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void Screenshotter::captureStudy(int shot)
{
    StudyPanel* study = m_window.studyPanel();
    auto* report = static_cast<ReportPage*>(m_window.stepPage(WizardPage::Report));
    if (shot > 2 || study->table()->rowCount() == 0) {
        if (m_classroomRater.isEmpty())
            QApplication::quit();
        else
            captureClassroom();
        return;
    }
    const auto scrollTo = [](QWidget* widget, int margin) {
        for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                // The widget's top at the top of the view: what follows it is what the shot is for.
                const QPoint top = widget->mapTo(area->widget(), QPoint(0, 0));
                area->verticalScrollBar()->setValue(top.y() - margin);
                return;
            }
    };
    auto* steps = m_window.findChild<StepList*>();
    if (shot == 0) {
        steps->setCurrentStep(WizardPage::Attack);
        // The first point with attack images kept (else the last): its values under the plot, its
        // row selected, its images below.
        for (int row = 0; row < study->table()->rowCount(); ++row) {
            study->selectPoint(row);
            if (study->pointImages()->imageCount() > 0)
                break;
        }
        scrollTo(study->plot(), 60);
    } else if (shot == 1) {
        scrollTo(study->pointImages(), 10);
    } else {
        steps->setCurrentStep(WizardPage::Report);
        scrollTo(report->studyView(), 40);
    }
    QTimer::singleShot(SettleMs, this, [this, shot] {
        static const char* const names[] = {"07-study-frontier.png", "08-study-images.png", "09-report-study.png"};
        save(QString::fromLatin1(names[shot]));
        captureStudy(shot + 1);
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
    const auto shoot = [this, view](const QString& name) { save(name, view); };
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
