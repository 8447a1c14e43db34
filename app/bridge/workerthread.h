// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livebuffer.h"
#include "models/runitem_metatype.h"
#include "models/snapshots.h"

#include "privatesnn/results.h"
#include "privatesnn/step_status.h"
#include "privatesnn/steps.h"
#include "privatesnn/study_summary.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVector>

#include <memory>
#include <optional>

namespace psnn {

class Worker;

/// Owns the one long-lived worker thread and its Worker; lives on the GUI thread. Requests queue
/// on the worker, results come back as signals of this object, on the GUI thread. Live data of a
/// run (progress, metric points, images) is collected on a timer and arrives in batches.
class WorkerThread : public QObject
{
    Q_OBJECT
public:
    /// How often live data is handed to the GUI: fast enough to look live, slow enough that
    /// replotting never takes a noticeable share of the GUI thread.
    static constexpr int LiveIntervalMs = 40;

    explicit WorkerThread(QObject* parent = nullptr);
    /// Drops pending results, then quits the thread and waits for the running step to end.
    ~WorkerThread() override;

    Worker* worker() const { return m_worker; }
    /// LibTorch's intra-op thread count on the worker; 0 until threadsConfigured().
    int threads() const { return m_threads; }
    /// The most threads setThreads takes: the machine's cores.
    static int maxThreads();
    /// "LibTorch x.y.z, OpenCV a.b.c".
    static QString backendVersions();
    static QString torchVersion();
    static QString opencvVersion();
    /// Every setting of the demo profile (psnn::pipelineSettings' form: what pages start from).
    static nlohmann::json defaultSettings();

public Q_SLOTS:
    /// settings: the run's (LabSession::runConfig), for how a NIR graph is read.
    void loadModel(const QString& path, const nlohmann::json& settings = {});
    void loadBundledModel();
    /// Runs the pipeline into labFolder up to lastStep (nullopt: every step) with the settings
    /// (psnn::pipelineSettings' form, over the demo profile).
    void runPipeline(const nlohmann::json& settings, const QString& labFolder, std::optional<psnn::Step> lastStep);
    /// Computes each step's status in labFolder for the settings on the worker (after a running
    /// run); stepStatusReady answers the newest request only.
    void requestStepStatus(const nlohmann::json& settings, const QString& labFolder);
    /// Runs the privacy-utility study ("default" or "quick" grid) into labFolder/study.
    void runStudy(const nlohmann::json& settings, const QString& labFolder, const QString& grid);
    /// Runs the membership-inference audit of labFolder (see Worker::runMembership).
    void runMembership(const QString& labFolder, const QString& members, const QString& nonMembers);
    /// Writes a spiking model archive as NIR or TorchScript (see Worker::exportModel).
    void exportModel(const QString& source, const QString& format, const QString& target);
    /// LibTorch's intra-op thread count for the runs that start after it (0: every core, or
    /// $PRIVATESNN_THREADS); threadsConfigured reports the count in effect. A running run keeps its own.
    void setThreads(int requested);
    /// The running pipeline stops at its next cancellation point and reports runCancelled().
    void cancel();
    /// Results of requests made so far will not be delivered.
    void discardPending();

Q_SIGNALS:
    void threadsConfigured(int threads);
    void modelLoaded(const ModelSnapshot& snapshot);
    void failed(const QString& message, const QString& hint);

    void stepStarted(const psnn::RunItem& item, int index, int count);
    void stepFinished(const psnn::RunItem& item, bool skipped, double seconds, const QString& summary);
    void note(const QString& line);
    void progressChanged(double fraction, const QString& message);
    void metricsAvailable(const QVector<psnn::MetricPoint>& points);
    void imagesAvailable(const QVector<psnn::LiveImage>& images);
    void resultsUpdated(const std::shared_ptr<const psnn::LabResults>& results);
    void stepStatusReady(const QString& labFolder, const QVector<psnn::StepStatus>& status);
    void studyUpdated(const std::shared_ptr<const psnn::StudySummary>& study);
    void membershipUpdated(const std::shared_ptr<const psnn::MembershipResults>& audit);
    void runFinished();
    void runCancelled();
    void runFailed(const QString& code, const QString& message, const QString& hint);
    void exportFinished(const QString& target, const QString& warning);
    void exportFailed(const QString& message, const QString& hint);

private:
    /// A new ticket for a pipeline or study run, with cancel cleared and the live plots restarted.
    quint64 startRun();
    void deliverLive();
    void endRun();

    QThread m_thread;
    Worker* m_worker;
    psnn::LiveBuffer m_live;
    QTimer m_liveTimer;
    int m_threads = 0;
    bool m_running = false;
};

} // namespace psnn
