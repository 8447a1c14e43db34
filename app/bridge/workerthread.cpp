// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerthread.h"

#include "worker.h"

#include "privatesnn/runtime.h"

WorkerThread::WorkerThread(QObject* parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    registerSnapshotMetaTypes();
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
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &Worker::configureThreads, Qt::QueuedConnection);
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

void WorkerThread::loadModel(const QString& path)
{
    // The ticket is taken here, in queue order, so the worker can tell which request is newest.
    const quint64 ticket = m_worker->takeTicket();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path, ticket] { worker->loadModel(path, ticket); }, Qt::QueuedConnection);
}

void WorkerThread::loadBundledModel()
{
    const quint64 ticket = m_worker->takeTicket();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket] { worker->loadBundledModel(ticket); }, Qt::QueuedConnection);
}

void WorkerThread::discardPending()
{
    m_worker->takeTicket();
}
