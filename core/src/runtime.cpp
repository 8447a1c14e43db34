// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/runtime.h"

#include "privatesnn/error.h"
#include "privatesnn_config.h"

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>

namespace psnn {

void configureAllocator()
{
#if defined(__GLIBC__)
    // glibc serves blocks above its mmap threshold (at most 32 MB by default) with a fresh mmap and
    // unmaps them on free, so every time step chunk and layer output of a simulation paid for new
    // zeroed pages: half of a conversion's CPU time went to page faults and munmap (perf, 2 cores).
    // Served from the heap and kept there when freed, the next chunk reuses the same pages.
    static const bool once = [] {
        mallopt(M_MMAP_THRESHOLD, 1 << 30);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
        // Threads other than the first get arenas of their own, whose heaps are at most 64 MB and
        // are trimmed and unmapped whatever the thresholds above, so two study jobs in one process
        // spent a quarter of their time in the kernel zeroing pages again (perf). One arena for
        // all: the demo's quick grid, two one-thread jobs at a time, took 83-85 s instead of 180 s
        // (the same study.csv).
        mallopt(M_ARENA_MAX, 1);
        return true;
    }();
    (void)once;
#endif
}

int maxThreads()
{
    return 4 * int(std::max(1u, std::thread::hardware_concurrency()));
}

int configureThreads(int requested)
{
    configureAllocator();
    // Far more threads than cores only makes LibTorch's threads wait on each other: --threads 100000
    // started hundreds of OpenMP threads and never finished.
    const int most = maxThreads();
    const std::string allowed =
        "1 to " + std::to_string(most) + " (four per core of this machine), or 0 for one per core";
    if (requested < 0 || requested > most)
        throw Error(ErrorCode::InvalidArgument, "The thread count " + std::to_string(requested) + " is out of range.",
                    "Give " + allowed + ".");
    int threads = requested;
    if (threads == 0)
        if (const char* env = std::getenv("PRIVATESNN_THREADS"); env && *env) {
            const std::string text = env;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), threads);
            if (error != std::errc() || end != text.data() + text.size() || threads < 0 || threads > most)
                throw Error(ErrorCode::InvalidArgument, "PRIVATESNN_THREADS is '" + text + "', not a thread count.",
                            "Set it to " + allowed + ", or unset it.");
        }
    if (threads == 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
    return at::get_num_threads();
}

std::vector<std::string> bundledSearchPath()
{
    namespace fs = std::filesystem;
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("PRIVATESNN_DATA_DIR"); env && *env)
        dirs.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        dirs.push_back((exe.parent_path().parent_path() / PRIVATESNN_INSTALL_DATADIR).string());
    dirs.emplace_back(PRIVATESNN_SOURCE_RESOURCES);
    return dirs;
}

std::string findBundled(const std::string& relative)
{
    std::string tried;
    for (const std::string& dir : bundledSearchPath()) {
        const std::filesystem::path candidate = std::filesystem::path(dir) / relative;
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec))
            return candidate.string();
        tried += "\n  " + candidate.string();
    }
    throw Error(ErrorCode::FileNotFound, "The bundled file '" + relative + "' was not found. Looked in:" + tried,
                "Reinstall PrivateSNN Lab, or set PRIVATESNN_DATA_DIR to the folder that holds models/.");
}

std::string toolVersion() { return PRIVATESNN_VERSION; }

std::string torchVersion() { return TORCH_VERSION; }
std::string opencvVersion() { return CV_VERSION; }

std::string libraryVersions() { return "LibTorch " + torchVersion() + ", OpenCV " + opencvVersion(); }

std::string machineDescription()
{
    utsname names{};
    std::string text = uname(&names) == 0 ? std::string(names.machine) + " " + names.sysname + " " + names.release : "unknown system";
    text += ", " + std::to_string(std::thread::hardware_concurrency()) + " logical cores";
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0) {
        char ram[32];
        std::snprintf(ram, sizeof(ram), ", %.1f GiB RAM", double(pages) * double(pageSize) / (1024.0 * 1024 * 1024));
        text += ram;
    }
    return text;
}

std::string utcNowIso8601()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace psnn
