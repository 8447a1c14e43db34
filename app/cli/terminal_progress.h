// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/model_validation.h"
#include "privatesnn/progress.h"

#include <chrono>
#include <string>

namespace psnn::cli {

/// Progress for the terminal: a redrawn bar with ETA on a TTY, one plain line every few seconds
/// otherwise (logs, CI). Ctrl-C sets the cancel flag so the step stops between batches.
class TerminalProgress : public ProgressSink {
public:
    explicit TerminalProgress(std::string step, bool quiet = false);
    ~TerminalProgress() override;

    void report(double fraction, const std::string& message) override;
    bool cancelled() const override;
    /// Ends the bar's line; call before printing results.
    void finish();

private:
    std::string m_step;
    bool m_quiet;
    bool m_tty;
    bool m_open = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

/// Prints a simulation's memory and work estimate (unless quiet) and refuses it with Error(OutOfMemory)
/// when it needs more memory than the machine has free; what: "The evaluation", ...
void announceSimulation(const std::string& what, const SimulationEstimate& estimate, bool quiet, const std::string& hint);

/// Installs the SIGINT handler that TerminalProgress::cancelled() reads.
void installInterruptHandler();
bool interruptRequested();

} // namespace psnn::cli
