// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "models/labprogress.h"
#include "pages/attackpage.h"
#include "pages/convertpage.h"
#include "pages/encryptpage.h"
#include "pages/errorbanner.h"
#include "pages/exportbutton.h"
#include "pages/loadpage.h"
#include "pages/reportpage.h"
#include "pages/runpanel.h"
#include "pages/steplist.h"
#include "pages/synthesizepage.h"
#include "panels/logpanel.h"
#include "reportwriter.h"
#include "workerthread.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QScopeGuard>

using psnn::StepPage;

// How long the GUI thread spends showing results: QT_LOGGING_RULES="privatesnn.gui.timing.debug=true".
Q_LOGGING_CATEGORY(lcTiming, "privatesnn.gui.timing", QtWarningMsg)

namespace {

/// Calls handle(step, items) for each run of consecutive items of one step: a batch collected on
/// the timer may span the end of one step and the start of the next.
template <typename Item, typename Handler>
void forEachStepRun(const QVector<Item>& items, Handler handle)
{
    qsizetype begin = 0;
    while (begin < items.size()) {
        qsizetype end = begin;
        while (end < items.size() && items[end].step == items[begin].step)
            ++end;
        handle(items[begin].step, items.mid(begin, end - begin));
        begin = end;
    }
}

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastFolderKey = QStringLiteral("paths/lastModelFolder");
const QString LastLabParentKey = QStringLiteral("paths/lastLabParent");
const QString RecentLabsKey = QStringLiteral("labs/recent");
const QString EvaluationKey = QStringLiteral("labs/evaluationData");
constexpr int MaxRecentLabs = 8;

QString pipelineStepTitle(const QString& step)
{
    if (step == QLatin1String("synthesize"))
        return MainWindow::tr("synthesize images");
    if (step == QLatin1String("convert"))
        return MainWindow::tr("convert to a spiking network");
    if (step == QLatin1String("evaluate"))
        return MainWindow::tr("measure the ANN and the SNN");
    if (step == QLatin1String("encrypt"))
        return MainWindow::tr("encrypt");
    if (step == QLatin1String("evaluate_encrypted"))
        return MainWindow::tr("measure the encrypted SNN");
    if (step == QLatin1String("attack"))
        return MainWindow::tr("attack and score the leakage");
    return step;
}

/// b's keys over a's, recursively, so a page's few settings replace only themselves.
QJsonObject merged(QJsonObject a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.value().isObject() && a.value(it.key()).isObject())
            a.insert(it.key(), merged(a.value(it.key()).toObject(), it.value().toObject()));
        else
            a.insert(it.key(), it.value());
    }
    return a;
}

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

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
    , m_labLabel(new QLabel(this))
    , m_defaults(QJsonDocument::fromJson(WorkerThread::defaultConfigJson()).object())
{
    setWindowTitle(QApplication::applicationName());
    createPages();
    createLogDock();
    createMenus();
    createStatusBar();
    restoreSettings();
    applySettings({});
    showResults({});

    connect(m_worker, &WorkerThread::threadsConfigured, this, &MainWindow::onThreadsConfigured);
    connect(m_worker, &WorkerThread::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(m_worker, &WorkerThread::exportFinished, this, [this](const QString& target, const QString& warning) {
        const QString done = tr("Exported to %1.").arg(QDir::toNativeSeparators(target));
        m_log->appendInfo(warning.isEmpty() ? done : done + QLatin1Char(' ') + warning);
        if (m_exportPage)
            m_exportPage->runPanel()->showFinished(warning.isEmpty() ? done : done + QLatin1Char('\n') + warning);
    });
    connect(m_worker, &WorkerThread::exportFailed, this, [this](const QString& message, const QString& hint) {
        m_log->appendError(message, hint);
        if (m_exportPage)
            m_exportPage->runPanel()->showFailure(message, hint);
    });
    connect(m_worker, &WorkerThread::failed, this, &MainWindow::onFailed);
    connect(m_worker, &WorkerThread::stepStarted, this, &MainWindow::onStepStarted);
    connect(m_worker, &WorkerThread::stepFinished, this, &MainWindow::onStepFinished);
    connect(m_worker, &WorkerThread::note, m_log, &LogPanel::appendInfo);
    connect(m_worker, &WorkerThread::progressChanged, this, [this](double fraction, const QString& message) {
        if (m_runningPage)
            m_runningPage->runPanel()->setProgress(fraction, message);
    });
    connect(m_worker, &WorkerThread::metricsAvailable, this, &MainWindow::onMetrics);
    connect(m_worker, &WorkerThread::imagesAvailable, this, &MainWindow::onImages);
    connect(m_worker, &WorkerThread::resultsUpdated, this, &MainWindow::onResultsUpdated);
    connect(m_worker, &WorkerThread::runFinished, this, [this] {
        if (m_runningPage)
            m_runningPage->runPanel()->showFinished(tr("Finished. Every step up to this page is up to date."));
        m_log->appendInfo(tr("Run finished."));
        finishRun();
    });
    connect(m_worker, &WorkerThread::runCancelled, this, [this] {
        if (m_runningPage)
            m_runningPage->runPanel()->showCancelled();
        m_log->appendInfo(tr("Run cancelled; finished steps are kept in the lab."));
        finishRun();
    });
    connect(m_worker, &WorkerThread::runFailed, this, [this](const QString& code, const QString& message, const QString& hint) {
        if (m_runningPage)
            m_runningPage->runPanel()->showFailure(message, hint);
        m_log->appendError(message + QStringLiteral(" [") + code + QLatin1Char(']'), hint);
        finishRun();
    });
    m_log->appendInfo(tr("%1 %2 (%3, Qt %4)")
                          .arg(QApplication::applicationName(), QApplication::applicationVersion(),
                               WorkerThread::backendVersions(), QString::fromLatin1(qVersion())));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages->addWidget(m_loadPage);
    m_stepPages = {nullptr, new psnn::SynthesizePage(m_pages), new psnn::ConvertPage(m_pages),
                   new psnn::EncryptPage(m_pages), new psnn::AttackPage(m_pages), nullptr};
    m_reportPage = new psnn::ReportPage(m_pages);
    m_stepPages[StepList::ReportStep] = m_reportPage;
    for (int step = StepList::SynthesizeStep; step < StepList::StepCount; ++step) {
        StepPage* page = m_stepPages[step];
        m_pages->addWidget(page);
        connect(page, &StepPage::runRequested, this, [this, page] { runPage(page); });
        connect(page, &StepPage::cancelRequested, this, &MainWindow::cancelRun);
        connect(page, &StepPage::settingsChanged, this, &MainWindow::updateSteps);
    }
    // Export runs on the worker (it needs LibTorch); the page shows how it went in its run panel.
    auto wireExport = [this](StepPage* page, psnn::ExportButton* button, const QString& archive) {
        connect(button, &psnn::ExportButton::exportRequested, this, [this, page, archive](const QString& format, const QString& path) {
            m_exportPage = page;
            m_worker->exportModel(QDir(m_labFolder).filePath(archive), format, path);
        });
    };
    wireExport(m_stepPages[StepList::ConvertStep], static_cast<psnn::ConvertPage*>(m_stepPages[StepList::ConvertStep])->exportButton(),
               QStringLiteral("snn.psnn"));
    wireExport(m_stepPages[StepList::EncryptStep], static_cast<psnn::EncryptPage*>(m_stepPages[StepList::EncryptStep])->exportButton(),
               QStringLiteral("encrypted.psnn"));
    connect(m_reportPage, &psnn::ReportPage::exportReportRequested, this, &MainWindow::chooseReportFolder);
    connect(m_reportPage, &psnn::ReportPage::exportModelRequested, this, &MainWindow::chooseModelExport);

    connect(m_steps, &StepList::stepActivated, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_loadPage, &LoadPage::openFileRequested, this, &MainWindow::openModel);
    connect(m_loadPage, &LoadPage::bundledDemoRequested, this, &MainWindow::loadBundledModel);
    connect(m_loadPage, &LoadPage::evaluationDataChanged, this, &MainWindow::updateSteps);

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
    file->addAction(tr("&New Lab…"), QKeySequence::New, this, &MainWindow::chooseNewLab);
    file->addAction(tr("Open &Lab…"), QKeySequence(tr("Ctrl+L")), this, &MainWindow::chooseLabToOpen);
    m_recentMenu = file->addMenu(tr("&Recent Labs"));
    file->addSeparator();
    file->addAction(tr("&Open Model…"), QKeySequence::Open, this, [this] {
        m_steps->setCurrentRow(StepList::LoadStep);
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
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int step = 0; step < StepList::StepCount; ++step) {
        go->addAction(StepList::stepTitle(step), QKeySequence(tr("Ctrl+%1").arg(step + 1)), this, [this, step] {
            if (m_steps->isStepEnabled(step))
                m_steps->setCurrentRow(step);
        });
    }
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(findChild<QDockWidget*>(QStringLiteral("logDock"))->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PrivateSNN Lab"), this, [this] { showAboutDialog(this); });
}

void MainWindow::createStatusBar()
{
    m_threadsLabel->setText(tr("LibTorch threads: …"));
    m_modelLabel->setText(tr("No model loaded"));
    m_labLabel->setText(tr("No lab open"));
    statusBar()->addWidget(m_modelLabel, 1);
    statusBar()->addWidget(m_labLabel, 1);
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
        resize(1180, 820);
    restoreState(settings.value(StateKey).toByteArray());
    m_lastFolder = settings.value(LastFolderKey, QDir::homePath()).toString();
    m_lastLabParent = settings.value(LastLabParentKey, QDir::homePath()).toString();
    m_recentLabs = settings.value(RecentLabsKey).toStringList();
    m_loadPage->setStartDirectory(m_lastFolder);
    m_loadPage->setEvaluationData(settings.value(EvaluationKey, m_defaults.value(QStringLiteral("eval_data")).toString()).toString());
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastFolderKey, m_lastFolder);
    settings.setValue(LastLabParentKey, m_lastLabParent);
    settings.setValue(RecentLabsKey, m_recentLabs);
    settings.setValue(EvaluationKey, m_loadPage->evaluationData());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::setBaseConfig(const QJsonObject& config)
{
    m_defaults = merged(m_defaults, config);
    applySettings(config);
    updateSteps();
}

void MainWindow::applySettings(const QJsonObject& config)
{
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page)
            page->setSettings(merged(m_defaults, config));
    }
    if (config.contains(QStringLiteral("eval_data")))
        m_loadPage->setEvaluationData(config.value(QStringLiteral("eval_data")).toString());
}

StepPage* MainWindow::stepPage(int step) const
{
    return step >= 0 && step < m_stepPages.size() ? m_stepPages[step] : nullptr;
}

QVector<QJsonObject> MainWindow::pageSettings() const
{
    QVector<QJsonObject> settings(StepList::StepCount);
    settings[StepList::LoadStep] = {{QStringLiteral("teacher"), m_teacherPath}};
    // The evaluation data only feeds the measurements, which the Convert page shows first.
    settings[StepList::ConvertStep] = merged(m_stepPages[StepList::ConvertStep]->settings(),
                                             {{QStringLiteral("eval_data"), m_loadPage->evaluationData()}});
    for (int step : {StepList::SynthesizeStep, StepList::EncryptStep, StepList::AttackStep})
        settings[step] = m_stepPages[step]->settings();
    return settings;
}

void MainWindow::updateSteps()
{
    const psnn::LabProgress progress(m_results, pageSettings());
    const bool haveModel = m_modelLoaded || m_results.contains(QStringLiteral("model"));
    m_steps->setStepDone(StepList::LoadStep, haveModel);
    m_steps->setStepToolTip(StepList::LoadStep, tr("Open a trained ANN: a TorchScript file or a PrivateSNN archive."));
    for (int step = StepList::SynthesizeStep; step < StepList::StepCount; ++step) {
        // A step's inputs are the model and the finished steps before it; its own Run makes those too.
        const bool enabled = haveModel;
        m_steps->setStepEnabled(step, enabled);
        m_steps->setStepDone(step, step == StepList::ReportStep ? progress.isDone(StepList::AttackStep) : progress.isDone(step));
        m_steps->setStepStale(step, progress.isStale(step));
        QString tip = !enabled ? tr("Load a model first.")
                    : progress.isStale(step) ? tr("Finished, but the settings changed since: run again to update.")
                    : progress.isDone(step) ? tr("Finished.")
                                            : tr("Not run yet.");
        m_steps->setStepToolTip(step, tip);
        StepPage* page = m_stepPages[step];
        page->setBlockedReason(!enabled ? tr("Load a model first.")
                               : isRunning() && page != m_runningPage ? tr("Another step is running.")
                                                                      : QString());
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& folder : std::as_const(m_recentLabs))
        m_recentMenu->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openLab(folder); });
    m_recentMenu->setEnabled(!m_recentLabs.isEmpty());
}

void MainWindow::rememberLab(const QString& folder)
{
    m_recentLabs.removeAll(folder);
    m_recentLabs.prepend(folder);
    while (m_recentLabs.size() > MaxRecentLabs)
        m_recentLabs.removeLast();
    m_lastLabParent = QFileInfo(folder).absolutePath();
    updateRecentMenu();
    saveSettings();
}

void MainWindow::openLab(const QString& folder)
{
    if (isRunning()) {
        m_log->appendError(tr("A run is in progress."), tr("Cancel it before opening another lab."));
        return;
    }
    m_labFolder = QFileInfo(folder).absoluteFilePath();
    m_labLabel->setText(tr("Lab: %1").arg(QDir::toNativeSeparators(m_labFolder)));
    m_labLabel->setToolTip(QDir::toNativeSeparators(m_labFolder));
    rememberLab(m_labFolder);
    const QJsonObject results = readJsonObject(QDir(m_labFolder).filePath(QStringLiteral("results.json")));
    const QJsonObject config = results.value(QStringLiteral("config")).toObject();
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page)
            page->setLabFolder(m_labFolder);
    }
    static_cast<psnn::ConvertPage*>(m_stepPages[StepList::ConvertStep])->exportButton()->setStartDirectory(m_labFolder);
    static_cast<psnn::EncryptPage*>(m_stepPages[StepList::EncryptStep])->exportButton()->setStartDirectory(m_labFolder);
    applySettings(config);
    m_log->appendInfo(results.isEmpty() ? tr("Opened the empty lab %1.").arg(QDir::toNativeSeparators(m_labFolder))
                                        : tr("Opened the lab %1.").arg(QDir::toNativeSeparators(m_labFolder)));
    // Show the lab's model on the Load page: the same file its results were made from.
    const QString teacher = config.value(QStringLiteral("teacher")).toString();
    if (!results.isEmpty()) {
        if (teacher.isEmpty())
            loadBundledModel();
        else
            openModel(teacher);
    }
    showResults(results);
}

void MainWindow::showResults(const QJsonObject& results)
{
    m_results = results;
    QElapsedTimer clock;
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page) {
            clock.start();
            page->updateResults(results);
            qCDebug(lcTiming, "%s: updateResults %.1f ms", page->metaObject()->className(), clock.nsecsElapsed() / 1e6);
        }
    }
    updateSteps();
}

void MainWindow::openModel(const QString& path)
{
    const QFileInfo info(path);
    m_lastFolder = info.absolutePath();
    m_loadPage->setStartDirectory(m_lastFolder);
    m_log->appendInfo(tr("Loading %1…").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    m_loadPage->setBusy(true);
    m_teacherPath = info.absoluteFilePath();
    m_worker->loadModel(info.absoluteFilePath());
}

void MainWindow::loadBundledModel()
{
    m_log->appendInfo(tr("Loading the bundled demo network…"));
    m_loadPage->setBusy(true);
    m_teacherPath.clear();
    m_worker->loadBundledModel();
}

void MainWindow::onModelLoaded(const ModelSnapshot& snapshot)
{
    m_modelLoaded = true;
    m_loadPage->setBusy(false);
    m_loadPage->showModel(snapshot);
    static_cast<psnn::AttackPage*>(m_stepPages[StepList::AttackStep])->setClassNames(snapshot.classNames);
    updateSteps();
    m_modelLabel->setText(tr("Model: %1 (%2 layers)").arg(snapshot.name).arg(snapshot.layers.size()));
    setWindowTitle(tr("%1 — %2").arg(snapshot.name, QApplication::applicationName()));
    m_log->appendInfo(tr("Loaded '%1' from %2: %3 layers.")
                          .arg(snapshot.name, QDir::toNativeSeparators(snapshot.source))
                          .arg(snapshot.layers.size()));
}

void MainWindow::onFailed(const QString& message, const QString& hint)
{
    m_modelLoaded = false;
    m_loadPage->setBusy(false);
    m_loadPage->showError(message, hint);
    m_steps->setCurrentRow(StepList::LoadStep);
    m_log->appendError(message, hint);
    updateSteps();
}

void MainWindow::onThreadsConfigured(int threads)
{
    m_threadsLabel->setText(tr("LibTorch threads: %1").arg(threads));
    m_log->appendInfo(tr("LibTorch intra-op threads: %1").arg(threads));
}

QByteArray MainWindow::runConfig() const
{
    QJsonObject config = merged(m_defaults, m_results.value(QStringLiteral("config")).toObject());
    for (const QJsonObject& settings : pageSettings())
        config = merged(config, settings);
    // Not the lab's record of which profile it began as: these settings were chosen here.
    config.insert(QStringLiteral("profile"), QStringLiteral("custom"));
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

void MainWindow::runPage(StepPage* page)
{
    if (isRunning() || !page)
        return;
    if (m_labFolder.isEmpty()) {
        // A run needs a lab; rather than stop the user with a dialog, make one where labs live.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        openLab(QDir(base).filePath(QStringLiteral("labs/lab-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    }
    m_runningPage = page;
    m_liveStep.clear();
    page->runPanel()->setRunning(true);
    updateSteps();
    m_log->appendInfo(tr("Running up to '%1' in %2…")
                          .arg(page->lastStep().isEmpty() ? tr("the end") : pipelineStepTitle(page->lastStep()),
                               QDir::toNativeSeparators(m_labFolder)));
    m_worker->runPipeline(runConfig(), m_labFolder, page->lastStep());
}

void MainWindow::cancelRun()
{
    if (!isRunning())
        return;
    m_log->appendInfo(tr("Cancelling…"));
    m_worker->cancel();
}

void MainWindow::finishRun()
{
    m_runningPage = nullptr;
    updateSteps();
    Q_EMIT runEnded();
}

StepPage* MainWindow::pageOfPipelineStep(const QString& step) const
{
    if (step == QLatin1String("synthesize"))
        return m_stepPages[StepList::SynthesizeStep];
    if (step == QLatin1String("convert") || step == QLatin1String("evaluate"))
        return m_stepPages[StepList::ConvertStep];
    if (step == QLatin1String("encrypt") || step == QLatin1String("evaluate_encrypted"))
        return m_stepPages[StepList::EncryptStep];
    if (step == QLatin1String("attack"))
        return m_stepPages[StepList::AttackStep];
    return nullptr;
}

void MainWindow::onStepStarted(const QString& step, int index, int count)
{
    if (m_runningPage)
        m_runningPage->runPanel()->setStep(pipelineStepTitle(step), index, count);
    m_log->appendInfo(tr("Step %1 of %2: %3…").arg(index + 1).arg(count).arg(pipelineStepTitle(step)));
}

void MainWindow::onStepFinished(const QString& step, bool skipped, double seconds, const QString& summary)
{
    m_log->appendInfo(skipped ? tr("%1: unchanged, kept from the lab.").arg(pipelineStepTitle(step))
                              : tr("%1 finished in %2 s: %3").arg(pipelineStepTitle(step)).arg(seconds, 0, 'f', 1).arg(summary));
}

StepPage* MainWindow::livePage(const QString& step)
{
    StepPage* page = pageOfPipelineStep(step);
    // Cleared on the first live data, not at the step's start: a skipped step sends none and
    // keeps what the page shows.
    if (page && step != m_liveStep) {
        page->runStarted();
        m_liveStep = step;
    }
    return page;
}

void MainWindow::onMetrics(const QVector<psnn::MetricPoint>& points)
{
    forEachStepRun(points, [this](const QString& step, const QVector<psnn::MetricPoint>& run) {
        if (StepPage* page = livePage(step))
            page->addMetrics(run);
    });
}

void MainWindow::onImages(const QVector<psnn::LiveImage>& images)
{
    forEachStepRun(images, [this](const QString& step, const QVector<psnn::LiveImage>& run) {
        if (StepPage* page = livePage(step))
            page->addImages(run);
    });
}

void MainWindow::onResultsUpdated(const QByteArray& json)
{
    QElapsedTimer clock;
    clock.start();
    const QJsonDocument document = QJsonDocument::fromJson(json);
    qCDebug(lcTiming, "results.json (%lld bytes) parsed in %.1f ms", qint64(json.size()), clock.nsecsElapsed() / 1e6);
    if (document.isObject())
        showResults(document.object());
    qCDebug(lcTiming, "results shown in %.1f ms", clock.nsecsElapsed() / 1e6);
}

void MainWindow::chooseNewLab()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("New lab: choose an empty folder"), m_lastLabParent);
    if (folder.isEmpty())
        return;
    if (!QDir(folder).isEmpty() && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("lab.json")))) {
        m_log->appendError(tr("The folder %1 is not empty.").arg(QDir::toNativeSeparators(folder)),
                           tr("Choose an empty folder, or create a new one in the dialog."));
        return;
    }
    openLab(folder);
}

void MainWindow::chooseLabToOpen()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a lab folder"), m_lastLabParent);
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
        const psnn::ReportFiles files = psnn::writeReport(m_labFolder.toStdString(), folder.toStdString());
        m_log->appendInfo(tr("Report written to %1.").arg(QDir::toNativeSeparators(QString::fromStdString(files.html))));
        m_reportPage->runPanel()->showFinished(tr("Report written to %1.").arg(QDir::toNativeSeparators(folder)));
        return true;
    } catch (const std::exception& error) {
        m_reportPage->runPanel()->showFailure(tr("The report could not be written.\n%1").arg(QString::fromUtf8(error.what())),
                                              tr("Choose a folder you can write to, and make sure the lab has results."));
        return false;
    }
}

bool MainWindow::exportEncryptedModelTo(const QString& path)
{
    const QString source = QDir(m_labFolder).filePath(QStringLiteral("encrypted.psnn"));
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
                                                             QDir(m_labFolder).filePath(QStringLiteral("report")));
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
