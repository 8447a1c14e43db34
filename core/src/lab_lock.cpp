// SPDX-License-Identifier: GPL-3.0-or-later
// flock(2) locks belong to the open file description: they are released when the process dies
// (kill -9 included) and two descriptors opened separately conflict even within one process, which
// is what both the CLI and a GUI run need.
#include "privatesnn/lab_lock.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace psnn {
namespace {

constexpr const char* kLockFile = "lab.lock";

std::string lockPath(const std::string& folder) { return (std::filesystem::path(folder) / kLockFile).string(); }

std::optional<LabLockHolder> readHolder(int fd)
{
    std::string text;
    char buffer[4096];
    if (lseek(fd, 0, SEEK_SET) != 0)
        return std::nullopt;
    for (ssize_t got; (got = read(fd, buffer, sizeof(buffer))) > 0 && text.size() < 65536;)
        text.append(buffer, size_t(got));
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object())
        return std::nullopt;
    LabLockHolder h;
    h.pid = j.value("pid", 0L);
    h.host = j.value("host", "");
    h.command = j.value("command", "");
    h.since = j.value("since", "");
    return h;
}

std::string hostName()
{
    char name[256] = {};
    return gethostname(name, sizeof(name) - 1) == 0 ? name : "unknown host";
}

} // namespace

std::string LabLockHolder::describe() const
{
    std::string text = "process " + std::to_string(pid) + " on " + (host.empty() ? "an unknown host" : host);
    if (!command.empty())
        text += " ('" + command + "')";
    if (!since.empty())
        text += ", since " + since;
    return text;
}

std::string currentCommandLine()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (char& c : raw)
        if (c == '\0')
            c = ' ';
    while (!raw.empty() && raw.back() == ' ')
        raw.pop_back();
    return raw;
}

LabLock LabLock::acquire(const std::string& folder, const std::string& command)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::string path = lockPath(folder);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(ErrorCode::FileUnwritable, "Cannot create the lock file '" + path + "': " + std::strerror(errno) + ".",
                    "Choose a lab folder you can write to.");
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        const std::optional<LabLockHolder> h = readHolder(fd);
        ::close(fd);
        if (why == EWOULDBLOCK)
            throw Error(ErrorCode::FileUnwritable, "The lab '" + folder + "' is in use by " + (h ? h->describe() : std::string("another process"))
                            + "; two runs into one lab would mix their results.",
                        "Wait until that run ends (or stop it), or give another lab folder with --lab.");
        throw Error(ErrorCode::FileUnwritable, "Cannot lock the lab '" + folder + "': " + std::strerror(why) + ".",
                    "Choose a lab folder on a local disk you can write to.");
    }
    LabLock lock;
    lock.m_fd = fd;
    // A record left behind while nobody holds the lock is from a run that died.
    if (const auto previous = readHolder(fd); previous && previous->pid != 0)
        lock.m_staleHolder = previous;
    const nlohmann::json record = {{"pid", long(getpid())}, {"host", hostName()}, {"command", command}, {"since", utcNowIso8601()}};
    const std::string text = record.dump() + "\n";
    if (ftruncate(fd, 0) != 0 || pwrite(fd, text.data(), text.size(), 0) != ssize_t(text.size())) {
        const int why = errno;
        throw Error(ErrorCode::FileUnwritable, "Cannot write the lock file '" + path + "': " + std::strerror(why) + ".",
                    why == ENOSPC ? "The disk is full; free some space and run again." : "Check the lab folder's permissions.");
    }
    return lock;
}

std::optional<LabLockHolder> LabLock::holder(const std::string& folder)
{
    const std::string path = lockPath(folder);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<LabLockHolder> result;
    if (flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        result = readHolder(fd).value_or(LabLockHolder{});
    else
        flock(fd, LOCK_UN);
    ::close(fd);
    return result;
}

LabLock::LabLock(LabLock&& other) noexcept : m_fd(other.m_fd), m_staleHolder(std::move(other.m_staleHolder)) { other.m_fd = -1; }

LabLock::~LabLock()
{
    if (m_fd < 0)
        return;
    // The record is cleared first, so a record found in an unlocked file means its writer died.
    // A failure here is harmless: the next holder overwrites the record anyway.
    [[maybe_unused]] const int cleared = ftruncate(m_fd, 0);
    flock(m_fd, LOCK_UN);
    ::close(m_fd);
}

} // namespace psnn
