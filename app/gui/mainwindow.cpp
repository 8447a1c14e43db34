// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "pages/attackpage.h"
#include "pages/convertpage.h"
#include "pages/encryptpage.h"
#include "pages/errorbanner.h"
#include "pages/exportbutton.h"
#include "pages/loadpage.h"
#include "pages/membershippanel.h"
#include "pages/reportpage.h"
#include "pages/runpanel.h"
#include "pages/steplist.h"
#include "pages/studypanel.h"
#include "pages/synthesizepage.h"
#include "pages/viewzoom.h"
#include "panels/logpanel.h"
#include "reportwriter.h"
#include "workerthread.h"

#include "labsession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace psnn {

// How long the GUI thread spends showing results: QT_LOGGING_RULES="privatesnn.gui.timing.debug=true".
Q_LOGGING_CATEGORY(lcTiming, "privatesnn.gui.timing", QtWarningMsg)

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastFolderKey = QStringLiteral("paths/lastModelFolder");
const QString EvaluationKey = QStringLiteral("labs/evaluationData");
const QString ThreadsKey = QStringLiteral("run/threads");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_worker(new WorkerThread(this))
    , m_session(new LabSession(m_worker, this))
    , m_steps(new StepList(this))
    , m_pages(new QStackedWidget(this))
    , m_loadPage(new LoadPage(this))
    , m_log(new LogPanel(this))
    , m_threadsLabel(new QLabel(this))
    , m_modelLabel(new QLabel(this))
    , m_labLabel(new QLabel(this))
{
    setWindowTitle(QApplication::applicationName());
    createPages();
    createLogDock();
    m_zoom = new ViewZoom(this, QStringLiteral("view/zoom"));
    createMenus();
    createStatusBar();
    restoreSettings();
    applySettings(nlohmann::json::object());
    showResults();

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
        for (RunPanel* panel : runPanels())
            panel->setProgress(fraction, message);
        if (psnn::StudyPanel* study = studyPanel(); study->isRunning())
            study->setProgress(fraction, message);
    });
    connect(m_worker, &WorkerThread::metricsAvailable, this, &MainWindow::onMetrics);
    connect(m_worker, &WorkerThread::imagesAvailable, this, &MainWindow::onImages);
    connect(m_worker, &WorkerThread::resultsUpdated, m_session, &LabSession::setResults);
    connect(m_session, &LabSession::resultsChanged, this, &MainWindow::showResults);
    connect(m_session, &LabSession::statusChanged, this, &MainWindow::updateSteps);
    connect(m_worker, &WorkerThread::runFinished, this, [this] {
        if (StepPage* page = runningPage())
            page->runPanel()->showFinished(tr("Finished. Every step up to this page is up to date."));
        m_log->appendInfo(tr("Run finished."));
        finishRun();
    });
    connect(m_worker, &WorkerThread::runCancelled, this, [this] {
        if (StepPage* page = runningPage())
            page->runPanel()->showCancelled();
        m_log->appendInfo(tr("Run cancelled; finished steps are kept in the lab."));
        finishRun();
    });
    connect(m_worker, &WorkerThread::runFailed, this, [this](const QString& code, const QString& message, const QString& hint) {
        if (StepPage* page = runningPage())
            page->runPanel()->showFailure(message, hint);
        m_log->appendError(message + QStringLiteral(" [") + code + QLatin1Char(']'), hint);
        finishRun();
    });
    m_log->appendInfo(tr("%1 %2 (%3, Qt %4)")
                          .arg(QApplication::applicationName(), QApplication::applicationVersion(),
                               WorkerThread::backendVersions(), QString::fromLatin1(qVersion())));
}

MainWindow::~MainWindow() = default;

QString MainWindow::labFolder() const
{
    return m_session->folder();
}

bool MainWindow::isRunning() const
{
    return m_session->isRunning();
}

bool MainWindow::isReadOnly() const
{
    return m_session->isReadOnly();
}

void MainWindow::createPages()
{
    m_pages->addWidget(m_loadPage);
    m_stepPages = {nullptr, new psnn::SynthesizePage(m_pages), new psnn::ConvertPage(m_pages),
                   new psnn::EncryptPage(m_pages), new psnn::AttackPage(m_pages), nullptr};
    m_reportPage = new psnn::ReportPage(m_pages);
    m_stepPages[int(WizardPage::Report)] = m_reportPage;
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (!page)
            continue;
        m_pages->addWidget(page);
        connect(page, &StepPage::runRequested, this, [this, page] { runPage(page); });
        connect(page, &StepPage::cancelRequested, this, &MainWindow::cancelRun);
        connect(page, &StepPage::settingsChanged, this, &MainWindow::onSettingsEdited);
    }
    psnn::StudyPanel* study = studyPanel();
    connect(study, &psnn::StudyPanel::runRequested, this, &MainWindow::runStudy);
    connect(study, &psnn::StudyPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_worker, &WorkerThread::studyUpdated, study,
            [study](const std::shared_ptr<const psnn::StudySummary>& summary) { study->showStudy(*summary); });
    connect(m_worker, &WorkerThread::studyUpdated, m_reportPage,
            [this](const std::shared_ptr<const psnn::StudySummary>& summary) {
                m_reportPage->studyView()->showStudy(*summary);
            });
    psnn::MembershipPanel* membership = static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack))->membershipPanel();
    connect(membership, &psnn::MembershipPanel::runRequested, this, &MainWindow::runMembership);
    connect(m_worker, &WorkerThread::membershipUpdated, membership,
            [membership](const std::shared_ptr<const psnn::MembershipResults>& audit) {
                membership->showMembership(*audit);
            });
    // Export runs on the worker (it needs LibTorch); the page shows how it went in its run panel.
    auto wireExport = [this](StepPage* page, psnn::ExportButton* button, const QString& archive) {
        connect(button, &psnn::ExportButton::exportRequested, this, [this, page, archive](const QString& format, const QString& path) {
            m_exportPage = page;
            m_worker->exportModel(QDir(m_session->folder()).filePath(archive), format, path);
        });
    };
    wireExport(stepPage(WizardPage::Convert),
               static_cast<psnn::ConvertPage*>(stepPage(WizardPage::Convert))->exportButton(),
               QStringLiteral("snn.psnn"));
    wireExport(stepPage(WizardPage::Encrypt),
               static_cast<psnn::EncryptPage*>(stepPage(WizardPage::Encrypt))->exportButton(),
               QStringLiteral("encrypted.psnn"));
    connect(m_reportPage, &psnn::ReportPage::exportReportRequested, this, &MainWindow::chooseReportFolder);
    connect(m_reportPage, &psnn::ReportPage::exportModelRequested, this, &MainWindow::chooseModelExport);

    connect(m_steps, &StepList::stepActivated, m_pages,
            [this](WizardPage page) { m_pages->setCurrentIndex(int(page)); });
    connect(m_loadPage, &LoadPage::openFileRequested, this, &MainWindow::openModel);
    connect(m_loadPage, &LoadPage::bundledDemoRequested, this, &MainWindow::loadBundledModel);
    connect(m_loadPage, &LoadPage::evaluationDataChanged, this, &MainWindow::onSettingsEdited);
    connect(m_loadPage, &LoadPage::importSettingsChanged, this, &MainWindow::onImportSettingsEdited);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_steps->sizeHint().width(), 900});
    setCentralWidget(splitter);
    m_steps->setCurrentStep(WizardPage::Load);
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
    m_session->restoreSettings();
    m_loadPage->setStartDirectory(m_lastFolder);
    const QString defaultData = QString::fromStdString(m_session->defaults().value("eval_data", std::string()));
    m_loadPage->setEvaluationData(settings.value(EvaluationKey, defaultData).toString());
    if (const int threads = threadSetting(); threads > 0) // 0: the worker already took every core
        m_worker->setThreads(threads);
    updateRecentMenu();
}

int MainWindow::threadSetting() const
{
    return std::clamp(QSettings().value(ThreadsKey, 0).toInt(), 0, WorkerThread::maxThreads());
}

void MainWindow::setThreadSetting(int threads)
{
    QSettings().setValue(ThreadsKey, threads);
    m_worker->setThreads(threads);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LastFolderKey, m_lastFolder);
    m_session->saveSettings();
    settings.setValue(EvaluationKey, m_loadPage->evaluationData());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::setBaseConfig(const nlohmann::json& config)
{
    m_session->setBaseConfig(config);
    applySettings(config);
    onSettingsEdited();
}

void MainWindow::applySettings(const nlohmann::json& config)
{
    const nlohmann::json shown = m_session->withDefaults(config);
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page)
            page->setSettings(shown);
    }
    if (const auto data = config.find("eval_data"); data != config.end() && data->is_string())
        m_loadPage->setEvaluationData(QString::fromStdString(data->get<std::string>()));
    m_loadPage->setImportSettings(shown);
}

StepPage* MainWindow::stepPage(WizardPage page) const
{
    return m_stepPages.value(int(page));
}

psnn::StudyPanel* MainWindow::studyPanel() const
{
    return static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack))->studyPanel();
}

nlohmann::json MainWindow::editedSettings() const
{
    // The evaluation data only feeds the measurements; the pages' forms give the rest.
    nlohmann::json edited{{"eval_data", m_loadPage->evaluationData().toStdString()}};
    edited = mergedSettings(edited, m_loadPage->importSettings());
    for (const StepPage* page : m_stepPages)
        if (page)
            edited = mergedSettings(edited, page->settings());
    return edited;
}

void MainWindow::onSettingsEdited()
{
    m_session->setEditedSettings(editedSettings());
    updateSteps();
}

StepPage* MainWindow::runningPage() const
{
    const std::optional<WizardPage> page = m_session->runningPage();
    return page ? stepPage(*page) : nullptr;
}

void MainWindow::updateSteps()
{
    const bool haveModel = m_modelLoaded || m_session->results() != nullptr; // every lab's results name their model
    m_steps->setStepDone(WizardPage::Load, haveModel);
    m_steps->setStepToolTip(WizardPage::Load,
                            tr("Open a trained network: an ANN as TorchScript or ONNX, a spiking network as a NIR "
                               "graph, or a PrivateSNN archive."));
    for (const WizardPage step :
         {WizardPage::Synthesize, WizardPage::Convert, WizardPage::Encrypt, WizardPage::Attack, WizardPage::Report}) {
        // A step's inputs are the model and the finished steps before it; its own Run makes those too.
        const bool enabled = haveModel;
        const StepState state = m_session->pageState(step);
        m_steps->setStepEnabled(step, enabled);
        m_steps->setStepDone(step, state != StepState::NotRun);
        m_steps->setStepStale(step, state == StepState::OutOfDate);
        QString tip = !enabled                         ? tr("Load a model first.")
                    : state == StepState::OutOfDate ? tr("Finished, but the settings changed since: run again to update.")
                    : state == StepState::Done      ? tr("Finished.")
                                                    : tr("Not run yet.");
        m_steps->setStepToolTip(step, tip);
        StepPage* page = stepPage(step);
        page->setBlockedReason(!enabled ? tr("Load a model first.")
                               : isRunning() && page != runningPage() ? tr("Another step is running.")
                               : m_session->isReadOnly() ? tr("Read-only: the lab is in use by %1.").arg(m_session->lockHolder())
                                                         : QString());
    }
    studyPanel()->setRunEnabled(haveModel && !isRunning());
    // The audit attacks a lab's finished models: it needs a lab with results.
    static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack))
        ->membershipPanel()
        ->setRunEnabled(m_session->results() != nullptr && !isRunning() && !m_session->isReadOnly());
}

void MainWindow::showLab(const QString& folder)
{
    const LabSession::Opened opened = m_session->open(folder);
    const QString shown = QDir::toNativeSeparators(m_session->folder());
    m_labLabel->setText(m_session->isReadOnly() ? tr("Lab: %1 (read-only)").arg(shown) : tr("Lab: %1").arg(shown));
    m_labLabel->setToolTip(shown);
    updateRecentMenu();
    if (!opened.stateNote.isEmpty())
        m_log->appendError(tr("The lab's state file was damaged: %1").arg(opened.stateNote),
                           tr("Run the steps again to recompute what was not kept."));
    if (!opened.error.isEmpty())
        m_log->appendError(opened.error, opened.hint);
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page)
            page->setLabFolder(m_session->folder());
    }
    static_cast<psnn::ConvertPage*>(stepPage(WizardPage::Convert))
        ->exportButton()
        ->setStartDirectory(m_session->folder());
    static_cast<psnn::EncryptPage*>(stepPage(WizardPage::Encrypt))
        ->exportButton()
        ->setStartDirectory(m_session->folder());
    applySettings(m_session->recordedConfig());
    m_log->appendInfo(opened.empty ? tr("Opened the empty lab %1.").arg(shown) : tr("Opened the lab %1.").arg(shown));
    if (m_session->isReadOnly())
        m_log->appendError(tr("The lab is in use by %1, so it is open read-only.").arg(m_session->lockHolder()),
                           tr("Wait until that run ends and open the lab again, or open another lab to run steps."));
    // Show the lab's model on the Load page: the same file its results were made from.
    if (const std::optional<QString> snn = m_session->labSpikingModel()) {
        openModel(*snn);
    } else if (const std::optional<QString> teacher = m_session->labTeacher()) {
        if (teacher->isEmpty())
            loadBundledModel();
        else
            openModel(*teacher);
    }
    showResults();
}

void MainWindow::showResults()
{
    QElapsedTimer clock;
    for (StepPage* page : std::as_const(m_stepPages)) {
        if (page) {
            clock.start();
            page->updateResults(m_session->results());
            qCDebug(lcTiming, "%s: updateResults %.1f ms", page->metaObject()->className(), clock.nsecsElapsed() / 1e6);
        }
    }
    onSettingsEdited();
    m_zoom->apply(); // headings and plots the results added take the window's zoom
}

void MainWindow::openModel(const QString& path)
{
    const QFileInfo info(path);
    m_lastFolder = info.absolutePath();
    m_loadPage->setStartDirectory(m_lastFolder);
    m_log->appendInfo(tr("Loading %1…").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    m_loadPage->setBusy(true);
    m_session->setTeacher(info.absoluteFilePath()); // until the worker finds a NIR graph (onModelLoaded)
    m_worker->loadModel(info.absoluteFilePath(), m_session->runConfig());
}

void MainWindow::onImportSettingsEdited()
{
    onSettingsEdited();
    // The graph is read again with the new choices, so the page shows what a run will simulate.
    if (!m_session->spikingModel().isEmpty() && m_loadPage->importSettingsValid()) {
        m_loadPage->setBusy(true);
        m_worker->loadModel(m_session->spikingModel(), m_session->runConfig());
    }
}

void MainWindow::loadBundledModel()
{
    m_log->appendInfo(tr("Loading the bundled demo network…"));
    m_loadPage->setBusy(true);
    m_session->setTeacher(QString());
    m_worker->loadBundledModel();
}

void MainWindow::onModelLoaded(const ModelSnapshot& snapshot)
{
    m_modelLoaded = true;
    m_loadPage->setBusy(false);
    // A NIR graph is audited as it is: the run imports it (its snn) instead of converting a teacher.
    if (!snapshot.semantics.isEmpty() && m_session->spikingModel() != snapshot.source)
        m_session->setSpikingModel(snapshot.source);
    m_loadPage->showModel(snapshot);
    static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack))->setClassNames(snapshot.classNames);
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
    m_steps->setCurrentStep(WizardPage::Load);
    m_log->appendError(message, hint);
    updateSteps();
}

void MainWindow::onThreadsConfigured(int threads)
{
    m_threadsLabel->setText(tr("LibTorch threads: %1").arg(threads));
    m_log->appendInfo(tr("LibTorch intra-op threads: %1").arg(threads));
}

} // namespace psnn
