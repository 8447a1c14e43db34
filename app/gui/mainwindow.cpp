// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "pages/loadpage.h"
#include "pages/placeholderpage.h"
#include "pages/steplist.h"
#include "panels/logpanel.h"
#include "workerthread.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastFolderKey = QStringLiteral("paths/lastModelFolder");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_worker(new WorkerThread(this))
    , m_steps(new StepList(this))
    , m_pages(new QStackedWidget(this))
    , m_loadPage(new LoadPage(this))
    , m_log(new LogPanel(this))
    , m_threadsLabel(new QLabel(this))
    , m_modelLabel(new QLabel(this))
{
    setWindowTitle(QApplication::applicationName());
    createPages();
    createLogDock();
    createMenus();
    createStatusBar();
    restoreSettings();
    updateSteps();

    connect(m_worker, &WorkerThread::threadsConfigured, this, &MainWindow::onThreadsConfigured);
    connect(m_worker, &WorkerThread::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(m_worker, &WorkerThread::failed, this, &MainWindow::onFailed);
    m_log->appendInfo(tr("%1 %2 (%3, Qt %4)")
                          .arg(QApplication::applicationName(), QApplication::applicationVersion(),
                               WorkerThread::backendVersions(), QString::fromLatin1(qVersion())));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages->addWidget(m_loadPage);
    const QString descriptions[] = {
        tr("Generate class-conditioned images from the ANN itself, so no training data is needed."),
        tr("Turn the ANN into a spiking network, setting its firing thresholds from the synthetic images."),
        tr("Retrain the spiking network on spikes, distilling from the ANN, so that its weights hide the classes."),
        tr("Try to recover class images from the plain and the encrypted spiking network, and score the leak."),
        tr("Collect results, plots and energy estimates into an HTML, PDF or JSON report."),
    };
    for (int step = StepList::SynthesizeStep; step < StepList::StepCount; ++step)
        m_pages->addWidget(new PlaceholderPage(StepList::stepTitle(step), descriptions[step - 1], m_pages));

    connect(m_steps, &StepList::stepActivated, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_loadPage, &LoadPage::openFileRequested, this, &MainWindow::openModel);
    connect(m_loadPage, &LoadPage::bundledDemoRequested, this, &MainWindow::loadBundledModel);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_steps->sizeHint().width(), 900});
    setCentralWidget(splitter);
    m_steps->setCurrentRow(StepList::LoadStep);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Model…"), this, [this] {
        m_steps->setCurrentRow(StepList::LoadStep);
        m_loadPage->chooseFile();
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Load &Bundled Demo"), this, &MainWindow::loadBundledModel);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget*>(QStringLiteral("logDock"))->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PrivateSNN Lab"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    m_threadsLabel->setText(tr("LibTorch threads: …"));
    m_modelLabel->setText(tr("No model loaded"));
    statusBar()->addWidget(m_modelLabel, 1);
    statusBar()->addPermanentWidget(m_threadsLabel);
}

void MainWindow::createLogDock()
{
    auto* dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock")); // saveState() needs it
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    dock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {140}, Qt::Vertical);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1120, 760);
    restoreState(settings.value(StateKey).toByteArray());
    m_lastFolder = settings.value(LastFolderKey, QDir::homePath()).toString();
    m_loadPage->setStartDirectory(m_lastFolder);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastFolderKey, m_lastFolder);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::updateSteps()
{
    m_steps->setStepDone(StepList::LoadStep, m_modelLoaded);
    m_steps->setStepToolTip(StepList::LoadStep, tr("Open a trained ANN: a TorchScript file or a PrivateSNN archive."));
    const QString notYet = tr("Not available yet: in this build only Load ANN works.");
    for (int step = StepList::SynthesizeStep; step < StepList::StepCount; ++step) {
        m_steps->setStepEnabled(step, m_modelLoaded);
        m_steps->setStepToolTip(step, m_modelLoaded ? notYet : tr("Load a model first.") + QLatin1Char(' ') + notYet);
    }
}

void MainWindow::openModel(const QString& path)
{
    const QFileInfo info(path);
    m_lastFolder = info.absolutePath();
    m_loadPage->setStartDirectory(m_lastFolder);
    m_log->appendInfo(tr("Loading %1…").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    m_loadPage->setBusy(true);
    m_worker->loadModel(info.absoluteFilePath());
}

void MainWindow::loadBundledModel()
{
    m_steps->setCurrentRow(StepList::LoadStep);
    m_log->appendInfo(tr("Loading the bundled demo network…"));
    m_loadPage->setBusy(true);
    m_worker->loadBundledModel();
}

void MainWindow::onModelLoaded(const ModelSnapshot& snapshot)
{
    m_modelLoaded = true;
    m_loadPage->setBusy(false);
    m_loadPage->showModel(snapshot);
    updateSteps();
    m_modelLabel->setText(tr("Model: %1 (%2 layers)").arg(snapshot.name).arg(snapshot.layers.size()));
    setWindowTitle(tr("%1 — %2").arg(snapshot.name, QApplication::applicationName()));
    m_log->appendInfo(tr("Loaded '%1' from %2: %3 layers.")
                          .arg(snapshot.name, QDir::toNativeSeparators(snapshot.source))
                          .arg(snapshot.layers.size()));
}

void MainWindow::onFailed(const QString& message, const QString& hint)
{
    m_loadPage->setBusy(false);
    m_loadPage->showError(message, hint);
    m_steps->setCurrentRow(StepList::LoadStep);
    m_log->appendError(message, hint);
}

void MainWindow::onThreadsConfigured(int threads)
{
    m_threadsLabel->setText(tr("LibTorch threads: %1").arg(threads));
    m_log->appendInfo(tr("LibTorch intra-op threads: %1").arg(threads));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PrivateSNN Lab"),
                       tr("<h3>%1 %2</h3><p>See, measure and stop class leakage in spiking neural networks.</p>"
                          "<p>%3, Qt %4</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationName().toHtmlEscaped(), QApplication::applicationVersion(),
                                WorkerThread::backendVersions().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}
