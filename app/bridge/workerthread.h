// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

#include <QObject>
#include <QThread>

class Worker;

/// Owns the one long-lived worker thread and its Worker; lives on the GUI thread. Requests queue
/// on the worker, results come back as signals of this object, on the GUI thread.
class WorkerThread : public QObject
{
    Q_OBJECT
public:
    explicit WorkerThread(QObject* parent = nullptr);
    /// Drops pending results, then quits the thread and waits for the running step to end.
    ~WorkerThread() override;

    Worker* worker() const { return m_worker; }
    /// LibTorch's intra-op thread count on the worker; 0 until threadsConfigured().
    int threads() const { return m_threads; }
    /// "LibTorch x.y.z, OpenCV a.b.c".
    static QString backendVersions();

public Q_SLOTS:
    void loadModel(const QString& path);
    void loadBundledModel();
    /// Results of requests made so far will not be delivered.
    void discardPending();

Q_SIGNALS:
    void threadsConfigured(int threads);
    void modelLoaded(const ModelSnapshot& snapshot);
    void failed(const QString& message, const QString& hint);

private:
    QThread m_thread;
    Worker* m_worker;
    int m_threads = 0;
};
