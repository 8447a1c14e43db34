// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Whole file contents; gzip files are decompressed transparently. Throws Error naming the file when
/// it is missing, unreadable or a damaged gzip stream.
std::vector<uint8_t> readFileBytes(const std::string& path);

/// Writes bytes to path through a temporary file next to it and a rename, so a crash or kill never
/// leaves a half-written file: readers see the old contents or the new ones. Throws Error naming
/// the file when it cannot be written.
void writeFileAtomically(const std::string& path, const std::string& bytes);

/// Big-endian 32-bit value at offset (the caller checks the size).
uint32_t readBigEndian32(const std::vector<uint8_t>& bytes, size_t offset);

} // namespace psnn
