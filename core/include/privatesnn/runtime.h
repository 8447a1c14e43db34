// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace psnn {

/// Keeps large freed blocks (tensors of a time-step chunk) in the process for reuse instead of
/// returning them to the system on every free (glibc only; elsewhere nothing to do).
void configureAllocator();
/// The most intra-op threads configureThreads accepts: four per core.
int maxThreads();
/// Sets LibTorch's intra-op thread count (Debian's build starts with 1). requested 0 takes
/// $PRIVATESNN_THREADS, else all cores. Throws Error(InvalidArgument) naming the value when the count
/// (or the variable) is not a whole number from 0 to maxThreads(). Returns the count in effect. Also
/// calls configureAllocator(), so every entry point (CLI command, GUI worker) gets both.
int configureThreads(int requested = 0);

/// The folders searched for bundled files, in order: $PRIVATESNN_DATA_DIR, the installed data dir
/// next to the executable (../share/privatesnn), the source tree's resources/.
std::vector<std::string> bundledSearchPath();
/// Full path of a bundled file such as "models/teacher.psnn"; throws Error(FileNotFound) listing the
/// folders it tried.
std::string findBundled(const std::string& relative);

std::string toolVersion();
std::string libraryVersions(); ///< "LibTorch x.y.z, OpenCV a.b.c"
std::string torchVersion();
std::string opencvVersion();
/// "x86_64 Linux 6.1.0, 2 logical cores, 23.4 GiB RAM": the machine a measurement ran on.
std::string machineDescription();
std::string utcNowIso8601();

} // namespace psnn
