// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace psnn {

/// Incremental SHA-256 (FIPS 180-4), used for provenance hashes and archive checksums.
class Sha256 {
public:
    Sha256();
    void update(const void* data, size_t size);
    /// Finishes the hash; the object must not be updated afterwards.
    std::string hexDigest();

private:
    void compress(const uint8_t* block);
    uint32_t m_state[8];
    uint8_t m_buffer[64];
    size_t m_buffered = 0;
    uint64_t m_length = 0;
};

std::string sha256Hex(const void* data, size_t size);
/// Hash of a whole file; throws Error when it cannot be read.
std::string sha256File(const std::string& path);

} // namespace psnn
