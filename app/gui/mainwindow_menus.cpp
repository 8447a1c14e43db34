// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and the file dialogs behind them (new/open lab, report and model export);
// the lab session and run routing are LabSession's, wired in mainwindow.cpp.
#include "mainwindow.h"

#include "models/steptitles.h"

#include "aboutdialog.h"
#include "labaccess.h"
#include "labsession.h"
#include "pages/attackpage.h"
#include "pages/humanjudgepanel.h"
#include "pages/loadpage.h"
#include "pages/presenterview.h"
#include "pages/reportpage.h"
#include "pages/runpanel.h"
#include "pages/steplist.h"
#include "pages/viewzoom.h"
#include "panels/logpanel.h"
#include "reportwriter.h"
#include "workerthread.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStatusBar>

namespace psnn {

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Lab…"), QKeySequence::New, this, &MainWindow::chooseNewLab);
    file->addAction(tr("Open &Lab…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::chooseLabToOpen);
    m_recentMenu = file->addMenu(tr("&Recent Labs"));
    file->addSeparator();
    file->addAction(tr("&Open Model…"), QKeySequence::Open, this, [this] {
        m_steps->setCurrentStep(psnn::WizardPage::Load);
        m_loadPage->chooseFile();
    });
    file->addAction(tr("Load &Bundled Demo"), this, &MainWindow::loadBundledModel);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(tr("&Run This Step"), QKeySequence(Qt::Key_F5), this, [this] {
        auto* page = qobject_cast<StepPage*>(m_pages->currentWidget());
        if (page && page->runPanel()->isRunAvailable() && !isRunning())
            runPage(page);
    });
    run->addAction(tr("&Cancel"), QKeySequence(tr("Ctrl+.")), this, &MainWindow::cancelRun);
    run->addSeparator();
    run->addAction(tr("LibTorch &Threads…"), this, [this] {
        bool ok = false;
        const int chosen = QInputDialog::getInt(
            this, tr("LibTorch threads"),
            tr("Threads each run started here computes with (0: all %n cores of this machine; the command line's "
               "--threads does the same). A running run keeps its own.",
               nullptr, WorkerThread::maxThreads()),
            threadSetting(), 0, WorkerThread::maxThreads(), 1, &ok);
        if (ok)
            setThreadSetting(chosen);
    });
    run->addSeparator();
    run->addAction(tr("Rate &Images…"), this, [this] {
        if (!static_cast<AttackPage*>(stepPage(WizardPage::Attack))->humanJudgePanel()->openRatingDialog())
            statusBar()->showMessage(
                tr("Open a lab with attack results first: its attack images are what people rate."), 8000);
    });
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < psnn::kPageCount; ++row) {
        const psnn::WizardPage page = psnn::WizardPage(row);
        go->addAction(psnn::pageTitle(page), QKeySequence(tr("Ctrl+%1").arg(row + 1)), this, [this, page] {
            if (m_steps->isStepEnabled(page))
                m_steps->setCurrentStep(page);
        });
    }
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget*>(QStringLiteral("logDock"))->toggleViewAction());
    view->addSeparator();
    QAction* classroom =
        view->addAction(tr("&Classroom View"), QKeySequence(Qt::Key_F11), this, [this] { openPresenterView(); });
    classroom->setObjectName(QStringLiteral("classroomView"));
    classroom->setStatusTip(tr("The lab's attack images full screen for a projector: blind, one at a time, with the "
                               "answers revealed on Space."));
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_zoom, &ViewZoom::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_zoom, &ViewZoom::zoomOut);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), m_zoom, &ViewZoom::reset);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PrivateSNN Lab"), this, [this] { showAboutDialog(this); });
}

PresenterView* MainWindow::openPresenterView(bool fullScreen)
{
    if (m_session->folder().isEmpty()) {
        statusBar()->showMessage(
            tr("Open a lab with attack results first: the classroom view shows its attack images."), 8000);
        return nullptr;
    }
    auto* presenter = new PresenterView(m_session->folder(), this);
    presenter->setAttribute(Qt::WA_DeleteOnClose);
    // The room's answers are a rating session: the human judge's summary shows them when it closes.
    connect(presenter, &QObject::destroyed, this, [this] {
        static_cast<AttackPage*>(stepPage(WizardPage::Attack))->humanJudgePanel()->showLab(m_session->folder());
    });
    if (fullScreen)
        presenter->showFullScreen();
    else
        presenter->show();
    presenter->activateWindow();
    return presenter;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& folder : m_session->recentLabs())
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openLab(folder); });
    m_recentMenu->setEnabled(!m_session->recentLabs().isEmpty());
}

void MainWindow::chooseNewLab()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("New lab: choose an empty folder"), m_session->lastLabParent());
    if (folder.isEmpty())
        return;
    if (!QDir(folder).isEmpty() && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("lab.json")))) {
        m_log->appendError(tr("The folder %1 is not empty.").arg(QDir::toNativeSeparators(folder)),
                           tr("Choose an empty folder, or create a new one in the dialog."));
        return;
    }
    openLab(folder);
}

bool MainWindow::openLab(const QString& folder)
{
    if (isRunning()) {
        m_log->appendError(tr("A run is in progress."), tr("Cancel it before opening another lab."));
        return false;
    }
    // A mistyped path or a vanished recent lab once opened as an empty lab without a word, and a run
    // then made a lab there; a home folder would have had a lab scattered among its files.
    const LabFolderKind kind = labFolderKind(folder);
    if (kind == LabFolderKind::NotAFolder || kind == LabFolderKind::NotALab) {
        const LabFolderProblem problem = labFolderProblem(folder, kind);
        m_log->appendError(problem.error, problem.hint);
        return false;
    }
    if (kind == LabFolderKind::Missing) {
        if (!askToCreateLab(folder)) {
            m_log->appendInfo(tr("Did not open %1: the folder does not exist.").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
        if (!QDir().mkpath(folder)) {
            m_log->appendError(tr("Could not create the lab folder %1.").arg(QDir::toNativeSeparators(folder)),
                               tr("Check that its parent folder exists and can be written, or choose another place."));
            return false;
        }
    }
    showLab(folder);
    return true;
}

bool MainWindow::askToCreateLab(const QString& folder)
{
    QMessageBox box(QMessageBox::Question, tr("Lab folder missing"),
                    tr("The lab folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Create a new, empty lab there? Nothing runs until you start a step."));
    QPushButton* create = box.addButton(tr("Create Lab"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == create;
}

void MainWindow::chooseLabToOpen()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a lab folder"), m_session->lastLabParent());
    if (!folder.isEmpty())
        openLab(folder);
}

bool MainWindow::exportReportTo(const QString& folder)
{
    // The writer draws its plots with QCustomPlot and prints the PDF through Qt's painter, which
    // want the GUI thread; it stays here, so say it is busy first (about a second on a demo lab).
    statusBar()->showMessage(tr("Writing the report…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([this] {
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
    });
    try {
        const psnn::ReportFiles files = psnn::writeReport(m_session->folder().toStdString(), folder.toStdString());
        m_log->appendInfo(tr("Report written to %1.").arg(QDir::toNativeSeparators(QString::fromStdString(files.html))));
        m_reportPage->runPanel()->showFinished(tr("Report written to %1.").arg(QDir::toNativeSeparators(folder)));
        m_reportPage->showExportedReport(QString::fromStdString(files.html));
        return true;
    } catch (const std::exception& error) {
        m_reportPage->runPanel()->showFailure(tr("The report could not be written.\n%1").arg(QString::fromUtf8(error.what())),
                                              tr("Choose a folder you can write to, and make sure the lab has results."));
        return false;
    }
}

bool MainWindow::exportEncryptedModelTo(const QString& path)
{
    const QString source = QDir(m_session->folder()).filePath(QStringLiteral("encrypted.psnn"));
    QFile::remove(path);
    if (!QFile::copy(source, path)) {
        m_reportPage->runPanel()->showFailure(tr("The encrypted model could not be copied to %1.").arg(QDir::toNativeSeparators(path)),
                                              tr("Run the Encrypt step first, and choose a place you can write to."));
        return false;
    }
    m_reportPage->runPanel()->showFinished(tr("Encrypted model saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::chooseReportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the report into a folder"),
                                                             QDir(m_session->folder()).filePath(QStringLiteral("report")));
    if (!folder.isEmpty())
        exportReportTo(folder);
}

void MainWindow::chooseModelExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the encrypted model"),
                                                      QDir(m_lastFolder).filePath(QStringLiteral("encrypted.psnn")),
                                                      tr("PrivateSNN archives (*.psnn)"));
    if (!path.isEmpty())
        exportEncryptedModelTo(path);
}

} // namespace psnn
