// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace psnn {

/// Incremental SHA-256 (OpenSSL's EVP), for provenance hashes, step keys and archive checksums.
/// The project's only SHA-256: core, the CLI and the report all hash through it.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(const void* data, size_t size);
    /// Finishes the hash; the object must not be updated afterwards.
    std::string hexDigest();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

std::string sha256Hex(const void* data, size_t size);
/// Hash of a whole file; throws Error(FileUnreadable) when it cannot be read.
std::string sha256File(const std::string& path);

} // namespace psnn
