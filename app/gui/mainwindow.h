// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"

#include "privatesnn/steps.h"

#include <nlohmann/json.hpp>

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace psnn {

class LabSession;
class LoadPage;
class LogPanel;
class PresenterView;
class ViewZoom;
class ReportPage;
class RunPanel;
class StepList;
class StepPage;
class StudyPanel;
class WorkerThread;
struct ModelSnapshot;

/// The wizard: steps on the left, the current step's page on the right, a log dock below.
/// Pages emit intents; this window forwards them to the lab session (LabSession: the open lab, its
/// settings, status and runs) and the worker's results back to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The page of a wizard step, Synthesize to Report (null for the Load page).
    psnn::StepPage* stepPage(psnn::WizardPage page) const;
    /// The thread count chosen for runs (setThreadSetting); 0: every core.
    int threadSetting() const;
    /// The Attack page's privacy-utility study.
    psnn::StudyPanel* studyPanel() const;
    QString labFolder() const;
    bool isRunning() const;
    /// True when another process held the lab's write lock when it was opened (or at a refused run).
    bool isReadOnly() const;
    LabSession* session() const { return m_session; }
    /// The settings no page edits (judge, batch sizes, evaluation subset, …), in
    /// psnn::pipelineSettings' form; the demo profile unless set. Pages are refilled from it.
    void setBaseConfig(const nlohmann::json& config);

public Q_SLOTS:
    void openModel(const QString& path);
    void loadBundledModel();
    /// Shows a lab's results and settings without running anything; an empty folder starts a new lab.
    /// A missing folder is made only when the user agrees; a file or a folder holding other things is
    /// refused in the log. False when no lab was opened.
    bool openLab(const QString& folder);
    /// Runs the pipeline up to a page's last step, in the open lab (a fresh one when none is open).
    void runPage(psnn::StepPage* page);
    /// Runs the privacy-utility study of the Attack page's study panel in the open lab.
    void runStudy();
    /// Runs the membership audit of the Attack page's membership panel in the open lab.
    void runMembership();
    void cancelRun();
    /// LibTorch's intra-op threads for the runs started from here (0: every core), kept in the
    /// settings; the worker reports the count in effect (status bar, log).
    void setThreadSetting(int threads);
    /// Writes the report of the open lab into folder; false (and an error on the Report page) on failure.
    bool exportReportTo(const QString& folder);
    bool exportEncryptedModelTo(const QString& path);
    /// Opens the classroom view on the open lab's attack images, full screen unless windowed;
    /// null (and a word in the status bar) without a lab.
    psnn::PresenterView* openPresenterView(bool fullScreen = true);
    psnn::ViewZoom* zoom() const { return m_zoom; }

Q_SIGNALS:
    /// A run ended: finished, cancelled or failed.
    void runEnded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void createLogDock();
    void restoreSettings();
    void saveSettings() const;
    void updateSteps();
    void updateRecentMenu();
    /// Shows the session's results on every page.
    void showResults();
    /// Shows the defaults overlaid with config on every page (and its evaluation data, if named).
    void applySettings(const nlohmann::json& config);
    /// The settings the pages show now (and the evaluation data), as one partial config.
    nlohmann::json editedSettings() const;
    /// A page's settings changed: the session asks for the step status again.
    void onSettingsEdited();
    /// The run panels of every step page: each shows a run's progress and Cancel, whichever page started it.
    QList<psnn::RunPanel*> runPanels() const;
    /// The page whose run is going, or null.
    psnn::StepPage* runningPage() const;
    /// A run started from page: it shows it running, the others are blocked.
    void startedRun(psnn::StepPage* page);
    /// Opens folder as the lab, whatever it holds (a new dated folder, or one openLab checked).
    void showLab(const QString& folder);
    /// Asks whether to make the missing lab folder; false when the user declines.
    bool askToCreateLab(const QString& folder);
    void chooseNewLab();
    void chooseLabToOpen();
    void chooseReportFolder();
    void chooseModelExport();

    void onImportSettingsEdited();
    void onModelLoaded(const ModelSnapshot& snapshot);
    void onFailed(const QString& message, const QString& hint);
    void onThreadsConfigured(int threads);
    void onStepStarted(const psnn::RunItem& item, int index, int count);
    void onStepFinished(const psnn::RunItem& item, bool skipped, double seconds, const QString& summary);
    void onMetrics(const QVector<psnn::MetricPoint>& points);
    void onImages(const QVector<psnn::LiveImage>& images);
    /// The page showing a step's live data, cleared when the step's first live data arrives.
    psnn::StepPage* livePage(const psnn::RunItem& item);
    void finishRun();

    WorkerThread* m_worker;
    LabSession* m_session;
    StepList* m_steps;
    QStackedWidget* m_pages;
    LoadPage* m_loadPage;
    QVector<psnn::StepPage*> m_stepPages; ///< index = WizardPage; [Load] is null (the Load page is no step page)
    psnn::ReportPage* m_reportPage = nullptr;
    psnn::StepPage* m_exportPage = nullptr; ///< the page whose export runs or ran last
    LogPanel* m_log;
    QLabel* m_threadsLabel;
    QLabel* m_modelLabel;
    QLabel* m_labLabel;
    QMenu* m_recentMenu = nullptr;
    QString m_lastFolder;
    std::optional<psnn::RunItem> m_liveItem; ///< the step whose page was last cleared for live data
    bool m_modelLoaded = false;
    psnn::ViewZoom* m_zoom = nullptr;
};

} // namespace psnn
