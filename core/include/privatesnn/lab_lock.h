// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace psnn {

/// Who holds a lab's write lock, as recorded in LAB/lab.lock.
struct LabLockHolder {
    long pid = 0;
    std::string host;
    std::string command;
    std::string since; ///< ISO 8601, UTC
    std::string describe() const; ///< "process 123 on host, 'privatesnn run ...', since ..."
};

/// One writer at a time: an advisory lock (flock) on LAB/lab.lock, which also records the holder's
/// pid, host and command so the next writer can say who is at work. The kernel drops the lock when
/// its process dies, so a lock file left by a killed run is taken over without a word from the user.
class LabLock {
public:
    /// Locks the lab folder (created when missing) for this process. Throws Error(FileUnwritable)
    /// naming the holder when another process holds it.
    static LabLock acquire(const std::string& folder, const std::string& command);
    /// The holder when another process (or another LabLock in this one) holds the lock; nullopt when free.
    static std::optional<LabLockHolder> holder(const std::string& folder);

    LabLock(LabLock&& other) noexcept;
    LabLock& operator=(LabLock&&) = delete;
    LabLock(const LabLock&) = delete;
    ~LabLock();

    /// The holder recorded by a dead process whose lock this one took over (empty when none).
    const std::optional<LabLockHolder>& tookOverFrom() const { return m_staleHolder; }

private:
    LabLock() = default;
    int m_fd = -1;
    std::optional<LabLockHolder> m_staleHolder;
};

/// The command line of this process (from /proc/self/cmdline), for the lock's record.
std::string currentCommandLine();

} // namespace psnn
