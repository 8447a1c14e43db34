// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace psnn {
struct Network;
}

/// Runs core steps on the worker thread and owns the models they produce there (LibTorch's grad
/// mode is per thread). No exception leaves a slot: every failure becomes failed(message, hint).
/// Only the result of the newest request is emitted; see takeTicket().
class Worker : public QObject
{
    Q_OBJECT
public:
    explicit Worker(QObject* parent = nullptr);
    ~Worker() override;

    /// Thread-safe. Whoever queues a request takes a ticket first; a request whose ticket is no
    /// longer the newest is skipped, or its result dropped, because a later one supersedes it.
    quint64 takeTicket();

public Q_SLOTS:
    /// Sets LibTorch's thread count for this thread; call once, on the worker thread.
    void configureThreads();
    /// ticket 0 takes a fresh ticket when the request starts to run.
    void loadModel(const QString& path, quint64 ticket = 0);
    void loadBundledModel(quint64 ticket = 0);

Q_SIGNALS:
    void threadsConfigured(int threads);
    void modelLoaded(const ModelSnapshot& snapshot);
    void failed(const QString& message, const QString& hint);

private:
    template<typename Load>
    void runLoad(quint64 ticket, const QString& displayPath, Load&& load);
    bool isCurrent(quint64 ticket) const;

    std::atomic<quint64> m_newestTicket{0};
    std::unique_ptr<psnn::Network> m_network;
};
