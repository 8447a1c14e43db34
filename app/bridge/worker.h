// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/runitem_metatype.h"
#include "models/snapshots.h"
#include "runfailuretext.h"

#include "privatesnn/membership_results.h"
#include "privatesnn/results.h"
#include "privatesnn/step_status.h"
#include "privatesnn/steps.h"
#include "privatesnn/study_summary.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace psnn {

class LiveBuffer;
struct Network;

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
    /// Thread-safe: true while no newer request has been queued.
    bool isCurrent(quint64 ticket) const;
    /// Where runs leave progress, metrics and images; set once, before the thread starts.
    void setLiveBuffer(psnn::LiveBuffer* live) { m_live = live; }
    /// Thread-safe: the running pipeline stops at its next cancellation point.
    void requestCancel() { m_cancelRequested = true; }
    /// Thread-safe: called before a run is queued, so a cancel pressed before it starts still counts.
    void clearCancel() { m_cancelRequested = false; }

public Q_SLOTS:
    /// Sets LibTorch's intra-op thread count for this thread, on the worker thread: requested, or
    /// with 0 $PRIVATESNN_THREADS, else every core (psnn::configureThreads). Later runs use it.
    void configureThreads(int requested = 0);
    /// ticket 0 takes a fresh ticket when the request starts to run. A NIR graph is read with the
    /// settings' snn_import choices (psnn::pipelineSettings' form) and its snapshot says how.
    void loadModel(const QString& path, const nlohmann::json& settings = {}, quint64 ticket = 0);
    void loadBundledModel(quint64 ticket = 0);
    /// Runs psnn::runPipeline with the settings (psnn::pipelineSettings' form, over the demo profile)
    /// into the lab folder, up to lastStep (empty = every step).
    void runPipeline(const nlohmann::json& settings, const QString& labFolder, std::optional<psnn::Step> lastStep,
                     quint64 ticket);
    /// Thread-safe: a new number for a step-status request; only the newest one is computed.
    quint64 takeStatusRequest() { return ++m_newestStatusRequest; }
    /// psnn::labStepStatus of the lab for the settings (over the demo profile); stepStatusComputed
    /// unless a newer request was made meanwhile or the settings or lab cannot be read. Runs no
    /// step and does not take a run's ticket, so it never supersedes a run or a model load.
    void computeStepStatus(const nlohmann::json& settings, const QString& labFolder, quint64 request);
    /// Runs the privacy-utility study (psnn::runStudyPoints, then collectStudy) of the given grid
    /// ("default" or "quick") into labFolder/study; studyUpdated after every point.
    void runStudy(const nlohmann::json& settings, const QString& labFolder, const QString& grid, quint64 ticket);
    /// Runs the membership-inference audit of the lab (psnn::auditLab) with the auditor's data specs
    /// (empty: the bundled teacher's defaults); membershipUpdated after every finished attack.
    void runMembership(const QString& labFolder, const QString& members, const QString& nonMembers, quint64 ticket);
    /// Writes the spiking model archive `source` to `target` as format "nir", "nir-sumpool",
    /// "torchscript" or "reconverted-ann" (the ANN attack 1 starts from, as TorchScript).
    void exportModel(const QString& source, const QString& format, const QString& target);

Q_SIGNALS:
    void threadsConfigured(int threads);
    void modelLoaded(const ModelSnapshot& snapshot);
    void failed(const QString& message, const QString& hint);

    void pipelineStepStarted(const psnn::RunItem& item, int index, int count);
    void pipelineStepFinished(const psnn::RunItem& item, bool skipped, double seconds, const QString& summary);
    void pipelineNote(const QString& line);
    void stepStatusComputed(const QString& labFolder, const QVector<psnn::StepStatus>& status);
    /// The lab's results, as written to results.json after every step.
    void resultsUpdated(const std::shared_ptr<const psnn::LabResults>& results);
    /// The study's summary over the points finished so far (then the collected one).
    void studyUpdated(const std::shared_ptr<const psnn::StudySummary>& study);
    /// The membership audit so far (then the finished one).
    void membershipUpdated(const std::shared_ptr<const psnn::MembershipResults>& audit);
    void runFinished();
    void runCancelled();
    void runFailed(const QString& code, const QString& message, const QString& hint);
    /// warning: what the format cannot carry (NIR's reset), empty when nothing.
    void exportFinished(const QString& target, const QString& warning);
    void exportFailed(const QString& message, const QString& hint);

private:
    /// The one way a pipeline or study run ends: cancelled, failed or finished (nothing when superseded).
    void emitRunEnd(quint64 ticket, bool cancelled, const std::optional<psnn::RunFailure>& failure);
    template<typename Load>
    void runLoad(quint64 ticket, const QString& displayPath, Load&& load);

    std::atomic<quint64> m_newestTicket{0};
    std::atomic<quint64> m_newestStatusRequest{0};
    std::atomic<bool> m_cancelRequested{false};
    psnn::LiveBuffer* m_live = nullptr;
    std::unique_ptr<psnn::Network> m_network;
};

} // namespace psnn
