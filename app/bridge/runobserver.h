// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/pipeline.h"

#include <QString>

#include <atomic>

namespace psnn {

class LiveBuffer;
class Worker;

/// Turns the pipeline's callbacks (on the worker thread) into the worker's queued signals and the
/// live buffer. Live data only goes into the buffer; rare events (a step starts or ends, a note,
/// new results) are signals. Nothing is emitted once the run's ticket is superseded.
class RunObserver : public PipelineObserver, public ProgressSink
{
public:
    RunObserver(Worker& worker, LiveBuffer& live, const std::atomic<bool>& cancel, quint64 ticket);

    ProgressSink& stepStarted(const RunItem& item, int index, int count) override;
    void stepFinished(const RunItem& item, bool skipped, double seconds, const std::string& summary) override;
    void note(const std::string& line) override;
    void resultsWritten(const LabResults& results) override;
    void image(const std::string& series, int64_t classIndex, int channels, int height, int width,
               const std::vector<float>& pixels) override;

    void report(double fraction, const std::string& message) override;
    void metric(const std::string& series, double x, double y) override;
    bool cancelled() const override;

    /// The step running now, by name (empty before the first), for error messages.
    QString currentStep() const { return m_started ? QString::fromStdString(m_item.name()) : QString(); }

private:
    bool current() const;

    Worker& m_worker;
    LiveBuffer& m_live;
    const std::atomic<bool>& m_cancel;
    quint64 m_ticket;
    RunItem m_item;
    bool m_started = false;
};

} // namespace psnn
