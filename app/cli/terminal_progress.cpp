// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal_progress.h"

#include "i18n.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace psnn::cli {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    // A second Ctrl-C kills at once, for when a step does not reach its next check.
    if (g_interrupted.exchange(true))
        std::_Exit(130);
}

std::string formatDuration(double seconds)
{
    const int s = int(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof(text), "%dh%02dm", s / 3600, (s / 60) % 60);
    else
        std::snprintf(text, sizeof(text), "%dm%02ds", s / 60, s % 60);
    return text;
}

} // namespace

void installInterruptHandler() { std::signal(SIGINT, onInterrupt); }
bool interruptRequested() { return g_interrupted.load(); }

TerminalProgress::TerminalProgress(std::string step, bool quiet)
    : m_step(std::move(step)), m_quiet(quiet), m_tty(isatty(STDERR_FILENO) != 0),
      m_start(std::chrono::steady_clock::now()), m_lastDraw(m_start - std::chrono::hours(1))
{
}

TerminalProgress::~TerminalProgress() { finish(); }

bool TerminalProgress::cancelled() const { return interruptRequested(); }

void TerminalProgress::report(double fraction, const std::string& message)
{
    if (m_quiet)
        return;
    const auto now = std::chrono::steady_clock::now();
    const bool done = fraction >= 1.0;
    const auto interval = m_tty ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (!done && now - m_lastDraw < interval)
        return;
    m_lastDraw = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const std::string eta = fraction > 0.01 ? formatDuration(elapsed * (1 - fraction) / fraction) : std::string("?");
    if (m_tty) {
        const int width = 30;
        const int filled = int(fraction * width);
        std::fprintf(stderr, "\r\033[K%s [%s%s] %3d%% %s  %s", m_step.c_str(), std::string(size_t(filled), '#').c_str(),
                     std::string(size_t(width - filled), '.').c_str(), int(fraction * 100),
                     i18n::fill(i18n::translate("privatesnn", "ETA %1"), {eta}).c_str(), message.c_str());
        m_open = true;
    } else {
        std::fprintf(stderr, "%s: %3d%% (%s) %s\n", m_step.c_str(), int(fraction * 100),
                     i18n::fill(i18n::translate("privatesnn", "elapsed %1, ETA %2"), {formatDuration(elapsed), eta}).c_str(), message.c_str());
    }
    std::fflush(stderr);
}

void TerminalProgress::finish()
{
    if (m_open) {
        std::fputc('\n', stderr);
        m_open = false;
    }
}

void announceSimulation(const std::string& what, const SimulationEstimate& estimate, bool quiet, const std::string& hint)
{
    refuseOverMemory(estimate, what, hint);
    if (!quiet)
        std::fprintf(stderr, "%s: %s\n", what.c_str(), estimate.describe().c_str());
}

} // namespace psnn::cli
