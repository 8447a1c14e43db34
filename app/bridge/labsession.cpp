// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsession.h"

#include "labaccess.h"
#include "workerthread.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LastLabParentKey = QStringLiteral("paths/lastLabParent");
const QString RecentLabsKey = QStringLiteral("labs/recent");

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QVector<psnn::StepStatus> nothingRun()
{
    QVector<psnn::StepStatus> status;
    for (const psnn::StepInfo& info : psnn::stepTable())
        status.append({info.step, psnn::StepState::NotRun, true});
    return status;
}

} // namespace

QJsonObject mergedSettings(QJsonObject a, const QJsonObject& b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.value().isObject() && a.value(it.key()).isObject())
            a.insert(it.key(), mergedSettings(a.value(it.key()).toObject(), it.value().toObject()));
        else
            a.insert(it.key(), it.value());
    }
    return a;
}

LabSession::LabSession(WorkerThread* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_defaults(QJsonDocument::fromJson(WorkerThread::defaultConfigJson()).object())
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
    m_results = readJsonObject(dir.filePath(QStringLiteral("results.json")));
    opened.empty = m_results.isEmpty();
    m_status = nothingRun();
    // The lab's own model until the user loads another.
    if (const std::optional<QString> teacher = labTeacher())
        m_teacher = *teacher;
    m_edited = {};
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

void LabSession::setBaseConfig(const QJsonObject& config)
{
    m_defaults = mergedSettings(m_defaults, config);
    refreshStatus();
}

QJsonObject LabSession::withDefaults(const QJsonObject& config) const
{
    return mergedSettings(m_defaults, config);
}

void LabSession::setResults(const QJsonObject& results)
{
    m_results = results;
    refreshStatus();
}

QJsonObject LabSession::recordedConfig() const
{
    return m_results.value(QStringLiteral("config")).toObject();
}

std::optional<QString> LabSession::labTeacher() const
{
    if (m_results.isEmpty())
        return std::nullopt;
    return recordedConfig().value(QStringLiteral("teacher")).toString();
}

void LabSession::setTeacher(const QString& path)
{
    m_teacher = path;
    refreshStatus();
}

void LabSession::setEditedSettings(const QJsonObject& edited)
{
    m_edited = edited;
    refreshStatus();
}

QByteArray LabSession::runConfig() const
{
    QJsonObject config = mergedSettings(mergedSettings(m_defaults, recordedConfig()), m_edited);
    config.insert(QStringLiteral("teacher"), m_teacher);
    // Not the lab's record of which profile it began as: these settings were chosen here.
    config.insert(QStringLiteral("profile"), QStringLiteral("custom"));
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
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

std::optional<psnn::WizardPage> LabSession::pageOfStep(const QString& stepName)
{
    const std::optional<psnn::Step> step = psnn::stepFromName(stepName.toStdString());
    if (!step)
        return std::nullopt;
    return psnn::stepInfo(*step).page;
}

QString LabSession::stepTitle(const QString& stepName)
{
    const std::optional<psnn::Step> step = psnn::stepFromName(stepName.toStdString());
    if (!step)
        return stepName;
    switch (*step) {
    case psnn::Step::Synthesize:
        return tr("synthesize images");
    case psnn::Step::Convert:
        return tr("convert to a spiking network");
    case psnn::Step::Evaluate:
        return tr("measure the ANN and the SNN");
    case psnn::Step::Encrypt:
        return tr("encrypt");
    case psnn::Step::EvaluateEncrypted:
        return tr("measure the encrypted SNN");
    case psnn::Step::Attack:
        return tr("attack and score the leakage");
    }
    return stepName;
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

void LabSession::endRun()
{
    m_running.reset();
    refreshStatus();
}
