// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerthread.h"

#include "worker.h"

#include "privatesnn/pipeline_config.h"
#include "privatesnn/runtime.h"

namespace psnn {

WorkerThread::WorkerThread(QObject* parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    registerSnapshotMetaTypes();
    qRegisterMetaType<QVector<psnn::StepStatus>>();
    qRegisterMetaType<std::shared_ptr<const psnn::StudySummary>>();
    qRegisterMetaType<std::shared_ptr<const psnn::MembershipResults>>();
    qRegisterMetaType<std::shared_ptr<const psnn::LabResults>>();
    m_worker->setLiveBuffer(&m_live);
    m_thread.setObjectName(QStringLiteral("PrivateSNN worker"));
    m_worker->moveToThread(&m_thread);
    // The worker, and the models it owns, are destroyed on the worker thread as it finishes.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::threadsConfigured, this, [this](int threads) {
        m_threads = threads;
        Q_EMIT threadsConfigured(threads);
    });
    connect(m_worker, &Worker::modelLoaded, this, &WorkerThread::modelLoaded);
    connect(m_worker, &Worker::failed, this, &WorkerThread::failed);

    // Live data before each event, so a step's last points arrive before it is reported finished.
    connect(m_worker, &Worker::pipelineStepStarted, this, [this](const psnn::RunItem& item, int index, int count) {
        deliverLive();
        Q_EMIT stepStarted(item, index, count);
    });
    connect(m_worker, &Worker::pipelineStepFinished, this,
            [this](const psnn::RunItem& item, bool skipped, double seconds, const QString& summary) {
                deliverLive();
                Q_EMIT stepFinished(item, skipped, seconds, summary);
            });
    connect(m_worker, &Worker::pipelineNote, this, &WorkerThread::note);
    connect(m_worker, &Worker::resultsUpdated, this, &WorkerThread::resultsUpdated);
    connect(m_worker, &Worker::stepStatusComputed, this, &WorkerThread::stepStatusReady);
    connect(m_worker, &Worker::studyUpdated, this, &WorkerThread::studyUpdated);
    connect(m_worker, &Worker::membershipUpdated, this, &WorkerThread::membershipUpdated);
    connect(m_worker, &Worker::exportFinished, this, &WorkerThread::exportFinished);
    connect(m_worker, &Worker::exportFailed, this, &WorkerThread::exportFailed);
    connect(m_worker, &Worker::runFinished, this, [this] {
        endRun();
        Q_EMIT runFinished();
    });
    connect(m_worker, &Worker::runCancelled, this, [this] {
        endRun();
        Q_EMIT runCancelled();
    });
    connect(m_worker, &Worker::runFailed, this, [this](const QString& code, const QString& message, const QString& hint) {
        endRun();
        Q_EMIT runFailed(code, message, hint);
    });
    m_liveTimer.setInterval(LiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &WorkerThread::deliverLive);

    m_thread.start();
    setThreads(0);
}

void WorkerThread::setThreads(int requested)
{
    // Queued behind a running run: it applies to the next one.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requested] { worker->configureThreads(requested); }, Qt::QueuedConnection);
}

int WorkerThread::maxThreads()
{
    return psnn::maxThreads();
}

WorkerThread::~WorkerThread()
{
    discardPending();
    m_thread.quit();
    m_thread.wait();
}

QString WorkerThread::backendVersions()
{
    return QString::fromStdString(psnn::libraryVersions());
}

QString WorkerThread::torchVersion()
{
    return QString::fromStdString(psnn::torchVersion());
}

QString WorkerThread::opencvVersion()
{
    return QString::fromStdString(psnn::opencvVersion());
}

nlohmann::json WorkerThread::defaultSettings()
{
    // Plain settings, no tensors: safe on the GUI thread.
    return psnn::pipelineSettings(psnn::demoProfile());
}

void WorkerThread::loadModel(const QString& path, const nlohmann::json& settings)
{
    // The ticket is taken here, in queue order, so the worker can tell which request is newest.
    const quint64 ticket = m_worker->takeTicket();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, settings, ticket] { worker->loadModel(path, settings, ticket); },
        Qt::QueuedConnection);
}

void WorkerThread::exportModel(const QString& source, const QString& format, const QString& target)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, source, format, target] { worker->exportModel(source, format, target); },
        Qt::QueuedConnection);
}

void WorkerThread::loadBundledModel()
{
    const quint64 ticket = m_worker->takeTicket();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket] { worker->loadBundledModel(ticket); }, Qt::QueuedConnection);
}

quint64 WorkerThread::startRun()
{
    const quint64 ticket = m_worker->takeTicket();
    m_worker->clearCancel();
    m_live.clear();
    m_running = true;
    m_liveTimer.start();
    return ticket;
}

void WorkerThread::runPipeline(const nlohmann::json& settings, const QString& labFolder,
                               std::optional<psnn::Step> lastStep)
{
    const quint64 ticket = startRun();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, settings, labFolder, lastStep, ticket] {
            worker->runPipeline(settings, labFolder, lastStep, ticket);
        },
        Qt::QueuedConnection);
}

void WorkerThread::requestStepStatus(const nlohmann::json& settings, const QString& labFolder)
{
    const quint64 request = m_worker->takeStatusRequest();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, settings, labFolder, request] { worker->computeStepStatus(settings, labFolder, request); },
        Qt::QueuedConnection);
}

void WorkerThread::runStudy(const nlohmann::json& settings, const QString& labFolder, const QString& grid)
{
    const quint64 ticket = startRun();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, settings, labFolder, grid, ticket] { worker->runStudy(settings, labFolder, grid, ticket); },
        Qt::QueuedConnection);
}

void WorkerThread::runMembership(const QString& labFolder, const QString& members, const QString& nonMembers)
{
    const quint64 ticket = startRun();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, labFolder, members, nonMembers, ticket] {
            worker->runMembership(labFolder, members, nonMembers, ticket);
        },
        Qt::QueuedConnection);
}

void WorkerThread::cancel()
{
    m_worker->requestCancel();
}

void WorkerThread::discardPending()
{
    m_worker->takeTicket();
    m_live.clear();
    if (m_running)
        endRun();
}

void WorkerThread::deliverLive()
{
    psnn::LiveBuffer::Batch batch = m_live.take();
    if (batch.progress)
        Q_EMIT progressChanged(batch.progress->fraction, batch.progress->message);
    if (!batch.metrics.isEmpty())
        Q_EMIT metricsAvailable(batch.metrics);
    if (!batch.images.isEmpty())
        Q_EMIT imagesAvailable(batch.images);
}

void WorkerThread::endRun()
{
    deliverLive();
    m_liveTimer.stop();
    m_running = false;
}

} // namespace psnn
