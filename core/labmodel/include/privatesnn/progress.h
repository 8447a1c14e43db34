// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace psnn {

/// How long-running core steps talk to their caller. Every method has a no-op default so a caller
/// overrides only what it shows. Core calls these from the thread that runs the step.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    /// fraction in [0, 1] of the current step, with a short human-readable status.
    virtual void report(double fraction, const std::string& message) {}
    /// One live data point of a named series (e.g. "loss", x = batch, y = value).
    virtual void metric(const std::string& series, double x, double y) {}
    /// Polled between batches; true stops the step with ErrorCode::Cancelled.
    virtual bool cancelled() const { return false; }
};

/// One stage of a longer job: maps the stage's fractions into [begin, end] of the outer sink and
/// prefixes its messages and metric names ("attack 1 on SNN: ...", "attack 1 on SNN/loss").
class StageProgress : public ProgressSink {
public:
    StageProgress(ProgressSink& outer, double begin, double end, std::string prefix);
    void report(double fraction, const std::string& message) override;
    void metric(const std::string& series, double x, double y) override;
    bool cancelled() const override { return m_outer.cancelled(); }

private:
    ProgressSink& m_outer;
    double m_begin, m_end;
    std::string m_prefix;
};

/// A sink that ignores everything and never cancels.
ProgressSink& nullProgress();

/// Throws Error(ErrorCode::Cancelled) when the sink asks to stop.
void throwIfCancelled(const ProgressSink& sink, const std::string& where);

} // namespace psnn
