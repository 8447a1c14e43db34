// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/output_path.h" // writeFileAtomically

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Whole file contents; gzip files are decompressed transparently. Throws Error naming the file when
/// it is missing, unreadable or a damaged gzip stream.
std::vector<uint8_t> readFileBytes(const std::string& path);

/// Big-endian 32-bit value at offset (the caller checks the size).
uint32_t readBigEndian32(const std::vector<uint8_t>& bytes, size_t offset);

} // namespace psnn
