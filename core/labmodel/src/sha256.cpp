// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/sha256.h"

#include "privatesnn/error.h"

#include <openssl/evp.h>

#include <fstream>
#include <stdexcept>
#include <vector>

namespace psnn {

struct Sha256::Context {
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    if (!m_context->md || EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not start a SHA-256 hash."); // not the user's doing
}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, size_t size)
{
    if (size > 0 && EVP_DigestUpdate(m_context->md, data, size) != 1)
        throw std::runtime_error("OpenSSL could not update a SHA-256 hash.");
}

std::string Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->md, digest, &length) != 1)
        throw std::runtime_error("OpenSSL could not finish a SHA-256 hash.");
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0xf]);
    }
    return out;
}

std::string sha256Hex(const void* data, size_t size)
{
    Sha256 hash;
    hash.update(data, size);
    return hash.hexDigest();
}

std::string sha256File(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot open '" + path + "' to compute its SHA-256.",
                    "Check that the file exists and is readable.");
    Sha256 hash;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        hash.update(buffer.data(), size_t(in.gcount()));
    }
    return hash.hexDigest();
}

} // namespace psnn
