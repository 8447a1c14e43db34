// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/results.h"
#include "privatesnn/step_status.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace psnn {

class WorkerThread;

/// b's keys over a's, recursively, so a partial config (a page's few settings) replaces only itself.
nlohmann::json mergedSettings(nlohmann::json a, const nlohmann::json& b);

/// The open lab, without widgets: its folder and whether another process holds it, the recent labs,
/// the default settings, the lab's results and recorded config, the settings being edited, the run
/// config made from them, each step's status (computed by core on the worker) and which page runs.
/// MainWindow shows it and wires the pages to it.
class LabSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentLabs = 8;

    /// worker computes the step status (and runs); it must outlive the session.
    explicit LabSession(WorkerThread* worker, QObject* parent = nullptr);

    /// Recent labs and where the last one was made, from QSettings (and back).
    void restoreSettings();
    void saveSettings() const;
    const QStringList& recentLabs() const { return m_recentLabs; }
    const QString& lastLabParent() const { return m_lastLabParent; }

    /// What opening a lab found, for the log.
    struct Opened {
        bool empty = true;    ///< no results.json yet
        QString stateNote;    ///< lab.json was damaged and rebuilt: what was kept
        QString error, hint;  ///< the lab could not be read
    };
    /// Opens folder (absolute from here on; a new folder starts empty): who holds its lock, its
    /// results and recorded config. Remembers it among the recent labs and asks for the status.
    Opened open(const QString& folder);
    /// A new, dated lab folder under the application's data folder, for a run with no lab open.
    static QString newLabFolder();
    bool isOpen() const { return !m_folder.isEmpty(); }
    const QString& folder() const { return m_folder; }
    /// Who holds the lab's write lock (another run); empty = it can be run into.
    const QString& lockHolder() const { return m_lockHolder; }
    bool isReadOnly() const { return !m_lockHolder.isEmpty(); }
    /// Reads the lock again before a run; false (and read-only from now) when someone took it.
    bool checkWritable();

    /// The settings no page edits, in psnn::pipelineSettings' form; set ones replace the defaults.
    const nlohmann::json& defaults() const { return m_defaults; }
    void setBaseConfig(const nlohmann::json& config);
    /// The defaults with config over them: what a page shows.
    nlohmann::json withDefaults(const nlohmann::json& config) const;

    /// The open lab's results (null when it has none yet).
    const std::shared_ptr<const psnn::LabResults>& results() const { return m_results; }
    /// New results of the open lab (the worker's after a step): resultsChanged, and the status is
    /// asked for again.
    void setResults(std::shared_ptr<const psnn::LabResults> results);
    /// The config the lab's results were made with ({} without results).
    nlohmann::json recordedConfig() const;
    /// The model the lab's results were made from: a file, empty for the bundled teacher; nullopt
    /// when the lab has no results.
    std::optional<QString> labTeacher() const;
    /// The imported spiking model (a NIR graph) the lab's results were made from, when it audits one
    /// instead of converting a teacher; nullopt otherwise.
    std::optional<QString> labSpikingModel() const;

    /// The teacher the user loaded (empty = the bundled one); forgets an imported spiking model.
    void setTeacher(const QString& path);
    const QString& teacher() const { return m_teacher; }
    /// A spiking model to audit as it is (run's --snn): replaces the teacher, whose conversion it stands for.
    void setSpikingModel(const QString& path);
    const QString& spikingModel() const { return m_snn; }
    /// The settings the pages show now (partial configs merged); asks for the status again.
    void setEditedSettings(const nlohmann::json& edited);
    /// What a run uses: defaults, then the lab's recorded config, then the edited settings.
    nlohmann::json runConfig() const;

    /// Each step's status for runConfig(), as core computed it; all "not run" until it arrives.
    const QVector<psnn::StepStatus>& status() const { return m_status; }
    psnn::StepState pageState(psnn::WizardPage page) const;
    /// Asks the worker for the status of the open lab with runConfig() (answered by statusChanged).
    void refreshStatus();

    /// The last step a page's Run runs (nullopt for the Report page: every step).
    static std::optional<psnn::Step> lastStepOf(psnn::WizardPage page);
    /// The page that shows a running step's live data (nullopt for a study point).
    static std::optional<psnn::WizardPage> pageOfStep(const psnn::RunItem& item);

    /// Starts the pipeline up to the page's last step in the open lab; false when none is open, a
    /// run is already going or the lab is held by someone else (checkWritable).
    bool runPage(psnn::WizardPage page);
    /// Starts the privacy-utility study of the given grid in the open lab; false when none is open
    /// or a run is going.
    bool runStudy(const QString& grid);
    /// Starts the membership audit of the open lab with the auditor's data specs (empty: the bundled
    /// teacher's); false when no lab with results is open, a run is going or the lab is held.
    bool runMembership(const QString& members, const QString& nonMembers);
    bool isRunning() const { return m_running.has_value(); }
    std::optional<psnn::WizardPage> runningPage() const { return m_running; }
    /// The run ended (finished, cancelled or failed): the status is asked for again.
    void endRun();

Q_SIGNALS:
    /// A new status arrived for the open lab.
    void statusChanged();
    /// setResults gave the open lab new results (open() does not: its caller shows the lab it opened).
    void resultsChanged();

private:
    void rememberLab(const QString& folder);

    WorkerThread* m_worker;
    QString m_folder;
    QString m_lockHolder;
    QStringList m_recentLabs;
    QString m_lastLabParent;
    nlohmann::json m_defaults;
    std::shared_ptr<const psnn::LabResults> m_results;
    nlohmann::json m_edited = nlohmann::json::object();
    QString m_teacher;
    QString m_snn; ///< empty: the teacher is converted
    QVector<psnn::StepStatus> m_status;
    std::optional<psnn::WizardPage> m_running;
};

} // namespace psnn
