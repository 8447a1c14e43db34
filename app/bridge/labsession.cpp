// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsession.h"

#include "labaccess.h"
#include "workerthread.h"

#include "privatesnn/error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace psnn {
namespace {

const QString LastLabParentKey = QStringLiteral("paths/lastLabParent");
const QString RecentLabsKey = QStringLiteral("labs/recent");

/// The lab's results.json through core's typed reader (its version checked, an older one converted);
/// null when there is none. A file that cannot be read fills opened's error and hint.
std::shared_ptr<const psnn::LabResults> readResults(const QString& path, LabSession::Opened& opened)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    try {
        return std::make_shared<const psnn::LabResults>(psnn::parseLabResults(file.readAll().toStdString()));
    } catch (const psnn::Error& e) {
        if (opened.error.isEmpty()) { // lab.json's own error comes first
            opened.error = QString::fromStdString(e.what());
            opened.hint = QString::fromStdString(e.hint());
        }
        return nullptr;
    }
}

QVector<psnn::StepStatus> nothingRun()
{
    QVector<psnn::StepStatus> status;
    for (const psnn::StepInfo& info : psnn::stepTable())
        status.append({info.step, psnn::StepState::NotRun, true});
    return status;
}

} // namespace

nlohmann::json mergedSettings(nlohmann::json a, const nlohmann::json& b)
{
    if (!a.is_object() || !b.is_object())
        return b.is_object() ? b : a;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const auto mine = a.find(it.key());
        if (mine != a.end() && mine->is_object() && it->is_object())
            *mine = mergedSettings(*mine, *it);
        else
            a[it.key()] = *it;
    }
    return a;
}

LabSession::LabSession(WorkerThread* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_defaults(WorkerThread::defaultSettings())
    , m_status(nothingRun())
{
    connect(m_worker, &WorkerThread::stepStatusReady, this, [this](const QString& folder, const QVector<psnn::StepStatus>& status) {
        if (folder != m_folder)
            return; // asked for a lab that is no longer open
        m_status = status;
        Q_EMIT statusChanged();
    });
}

void LabSession::restoreSettings()
{
    const QSettings settings;
    m_lastLabParent = settings.value(LastLabParentKey, QDir::homePath()).toString();
    m_recentLabs = settings.value(RecentLabsKey).toStringList();
}

void LabSession::saveSettings() const
{
    QSettings settings;
    settings.setValue(LastLabParentKey, m_lastLabParent);
    settings.setValue(RecentLabsKey, m_recentLabs);
}

void LabSession::rememberLab(const QString& folder)
{
    m_recentLabs.removeAll(folder);
    m_recentLabs.prepend(folder);
    while (m_recentLabs.size() > MaxRecentLabs)
        m_recentLabs.removeLast();
    m_lastLabParent = QFileInfo(folder).absolutePath();
    saveSettings();
}

LabSession::Opened LabSession::open(const QString& folder)
{
    Opened opened;
    m_folder = QFileInfo(folder).absoluteFilePath();
    // Another process writing to the lab (a CLI run, a second window): look, but do not run into it.
    m_lockHolder = psnn::labLockHolder(m_folder);
    rememberLab(m_folder);
    // Read lab.json as a run would (rebuilding it when damaged), so the GUI and the CLI agree on what
    // a damaged lab holds. Only when nobody else is writing: the rebuild writes, under the lock.
    const QDir dir(m_folder);
    const bool isLab = dir.exists(QStringLiteral("lab.json")) || dir.exists(QStringLiteral("lab.json.bak")) || dir.exists(QStringLiteral("steps"));
    if (m_lockHolder.isEmpty() && isLab) {
        const psnn::LabStateCheck check = psnn::checkLabState(m_folder);
        opened.stateNote = check.note;
        opened.error = check.error;
        opened.hint = check.hint;
    }
    m_results = readResults(dir.filePath(QStringLiteral("results.json")), opened);
    opened.empty = !m_results;
    m_status = nothingRun();
    // The lab's own model until the user loads another.
    if (const std::optional<QString> teacher = labTeacher())
        m_teacher = *teacher;
    m_snn = labSpikingModel().value_or(QString());
    m_edited = nlohmann::json::object();
    refreshStatus();
    return opened;
}

QString LabSession::newLabFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("labs/lab-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

bool LabSession::checkWritable()
{
    m_lockHolder = psnn::labLockHolder(m_folder);
    return m_lockHolder.isEmpty();
}

void LabSession::setBaseConfig(const nlohmann::json& config)
{
    m_defaults = mergedSettings(m_defaults, config);
    refreshStatus();
}

nlohmann::json LabSession::withDefaults(const nlohmann::json& config) const
{
    return mergedSettings(m_defaults, config);
}

void LabSession::setResults(std::shared_ptr<const psnn::LabResults> results)
{
    m_results = std::move(results);
    refreshStatus();
    Q_EMIT resultsChanged();
}

nlohmann::json LabSession::recordedConfig() const
{
    return m_results ? m_results->config : nlohmann::json::object();
}

std::optional<QString> LabSession::labTeacher() const
{
    if (!m_results)
        return std::nullopt;
    const auto teacher = m_results->config.find("teacher");
    return teacher != m_results->config.end() && teacher->is_string()
        ? QString::fromStdString(teacher->get<std::string>())
        : QString();
}

std::optional<QString> LabSession::labSpikingModel() const
{
    if (!m_results)
        return std::nullopt;
    const auto snn = m_results->config.find("snn");
    if (snn == m_results->config.end() || !snn->is_string() || snn->get<std::string>().empty())
        return std::nullopt;
    return QString::fromStdString(snn->get<std::string>());
}

void LabSession::setTeacher(const QString& path)
{
    m_teacher = path;
    m_snn.clear();
    refreshStatus();
}

void LabSession::setSpikingModel(const QString& path)
{
    m_snn = path;
    m_teacher.clear(); // the pipeline refuses a teacher beside an imported model
    refreshStatus();
}

void LabSession::setEditedSettings(const nlohmann::json& edited)
{
    m_edited = edited;
    refreshStatus();
}

nlohmann::json LabSession::runConfig() const
{
    nlohmann::json config = mergedSettings(mergedSettings(m_defaults, recordedConfig()), m_edited);
    config["teacher"] = m_teacher.toStdString();
    config["snn"] = m_snn.toStdString();
    // Not the lab's record of which profile it began as: these settings were chosen here.
    config["profile"] = "custom";
    return config;
}

psnn::StepState LabSession::pageState(psnn::WizardPage page) const
{
    return psnn::pageState(page, std::vector<psnn::StepStatus>(m_status.begin(), m_status.end()));
}

void LabSession::refreshStatus()
{
    if (isOpen())
        m_worker->requestStepStatus(runConfig(), m_folder);
}

std::optional<psnn::Step> LabSession::lastStepOf(psnn::WizardPage page)
{
    if (page == psnn::WizardPage::Report)
        return std::nullopt;
    std::optional<psnn::Step> last;
    for (const psnn::StepInfo& info : psnn::stepTable())
        if (info.page == page)
            last = info.step;
    return last;
}

std::optional<psnn::WizardPage> LabSession::pageOfStep(const psnn::RunItem& item)
{
    if (!item.step)
        return std::nullopt;
    return psnn::stepInfo(*item.step).page;
}

bool LabSession::runPage(psnn::WizardPage page)
{
    if (isRunning() || !isOpen())
        return false;
    if (!checkWritable())
        return false;
    m_running = page;
    m_worker->runPipeline(runConfig(), m_folder, lastStepOf(page));
    return true;
}

bool LabSession::runStudy(const QString& grid)
{
    if (isRunning() || !isOpen())
        return false;
    m_running = psnn::WizardPage::Attack;
    m_worker->runStudy(runConfig(), m_folder, grid);
    return true;
}

bool LabSession::runMembership(const QString& members, const QString& nonMembers)
{
    if (isRunning() || !isOpen() || !m_results || !checkWritable())
        return false;
    m_running = psnn::WizardPage::Attack;
    m_worker->runMembership(m_folder, members, nonMembers);
    return true;
}

void LabSession::endRun()
{
    m_running.reset();
    refreshStatus();
}

} // namespace psnn
