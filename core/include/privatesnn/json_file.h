// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace psnn {

/// The most a settings or state file (a config, lab.json, a step record, a study point) may hold:
/// far above any real one, and small enough that a wrong path cannot exhaust memory.
inline constexpr uint64_t kMaxJsonFileBytes = uint64_t(64) << 20;

/// Reads a whole file that a user or a lab holds. Refuses what is not a regular file (a FIFO or
/// /dev/zero would be read forever) and a file over maxBytes, naming `what` and the path:
/// Error(FileNotFound), Error(FileUnreadable) or Error(BadFormat).
std::string readTextFile(const std::string& path, const std::string& what, uint64_t maxBytes = kMaxJsonFileBytes);

/// readTextFile, parsed as JSON; Error(BadFormat) naming the file and the parser's position when it is not JSON.
nlohmann::json readJsonFile(const std::string& path, const std::string& what, uint64_t maxBytes = kMaxJsonFileBytes);

} // namespace psnn
