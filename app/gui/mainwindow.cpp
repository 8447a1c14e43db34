// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "models/labprogress.h"
#include "pages/attackpage.h"
#include "pages/studypanel.h"
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

#include "labaccess.h"

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
    psnn::StudyPanel* study = static_cast<psnn::AttackPage*>(m_stepPages[StepList::AttackStep])->studyPanel();
    connect(study, &psnn::StudyPanel::runRequested, this, &MainWindow::runStudy);
    connect(m_worker, &WorkerThread::studyUpdated, study,
            [study](const QByteArray& json) { study->showStudy(QJsonDocument::fromJson(json).object()); });
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
                               : !m_lockHolder.isEmpty() ? tr("Read-only: the lab is in use by %1.").arg(m_lockHolder)
                                                         : QString());
    }
    static_cast<psnn::AttackPage*>(m_stepPages[StepList::AttackStep])->studyPanel()->setRunEnabled(haveModel && !isRunning());
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
    // Another process writing to the lab (a CLI run, a second window): look, but do not run into it.
    m_lockHolder = psnn::labLockHolder(m_labFolder);
    m_labLabel->setText(m_lockHolder.isEmpty() ? tr("Lab: %1").arg(QDir::toNativeSeparators(m_labFolder))
                                               : tr("Lab: %1 (read-only)").arg(QDir::toNativeSeparators(m_labFolder)));
    m_labLabel->setToolTip(QDir::toNativeSeparators(m_labFolder));
    rememberLab(m_labFolder);
    checkLabState();
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
    if (!m_lockHolder.isEmpty())
        m_log->appendError(tr("The lab is in use by %1, so it is open read-only.").arg(m_lockHolder),
                           tr("Wait until that run ends and open the lab again, or open another lab to run steps."));
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

void MainWindow::checkLabState()
{
    // Read lab.json as a run would (rebuilding it when damaged), so the GUI and the CLI agree on what
    // a damaged lab holds. Only when nobody else is writing: the rebuild writes, under the lock.
    const QDir dir(m_labFolder);
    const bool isLab = dir.exists(QStringLiteral("lab.json")) || dir.exists(QStringLiteral("lab.json.bak")) || dir.exists(QStringLiteral("steps"));
    if (!m_lockHolder.isEmpty() || !isLab)
        return; // a new or foreign folder is left untouched
    const psnn::LabStateCheck check = psnn::checkLabState(m_labFolder);
    if (!check.note.isEmpty())
        m_log->appendError(tr("The lab's state file was damaged: %1").arg(check.note),
                           tr("Run the steps again to recompute what was not kept."));
    if (!check.error.isEmpty())
        m_log->appendError(check.error, check.hint);
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
    if (const QString holder = psnn::labLockHolder(m_labFolder); !holder.isEmpty()) {
        // Taken since the lab was opened: the run would be refused, so say why before it starts.
        m_lockHolder = holder;
        m_log->appendError(tr("The lab is in use by %1, so it is open read-only.").arg(m_lockHolder),
                           tr("Wait until that run ends and open the lab again, or open another lab to run steps."));
        updateSteps();
        return;
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

void MainWindow::runStudy()
{
    auto* page = static_cast<psnn::AttackPage*>(m_stepPages[StepList::AttackStep]);
    if (isRunning())
        return;
    if (m_labFolder.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        openLab(QDir(base).filePath(QStringLiteral("labs/lab-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))));
    }
    m_runningPage = page;
    m_liveStep.clear();
    page->runPanel()->setRunning(true);
    updateSteps();
    m_log->appendInfo(tr("Running the privacy-utility study (%1 grid) in %2…").arg(page->studyPanel()->grid(), QDir::toNativeSeparators(m_labFolder)));
    m_worker->runStudy(runConfig(), m_labFolder, page->studyPanel()->grid());
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

