// SPDX-License-Identifier: GPL-3.0-or-later
// TorchScript files are zip archives, and torch::jit::load allocates each record at the size the
// zip's central directory declares before it reads a byte of it. A damaged or hostile directory can
// thus ask for terabytes (std::bad_alloc) or for just more than the machine has (the kernel's OOM
// killer ends the process). The directory is read here first, and sizes that no file of this length
// can hold are refused.
#include "torchscript_archive_check.h"

#include "privatesnn/error.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace psnn::torchscript {
namespace {

/// The largest expansion deflate can give (about 1032:1), with room to spare.
constexpr uint64_t kMaxDeflateRatio = 1100;
constexpr uint64_t kMaxDirectoryBytes = 64ull << 20;

uint64_t little(const std::string& b, size_t at, int bytes)
{
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = v << 8 | uint8_t(b[at + size_t(i)]);
    return v;
}

std::string readAt(std::ifstream& in, uint64_t offset, uint64_t size)
{
    std::string bytes(size, '\0');
    in.clear();
    in.seekg(std::streamoff(offset));
    in.read(bytes.data(), std::streamsize(size));
    return in.gcount() == std::streamsize(size) ? bytes : std::string();
}

[[noreturn]] void refuse(const std::string& path, const std::string& what)
{
    throw Error(ErrorCode::BadFormat, "'" + path + "' is damaged: " + what + ".",
                "Export the model again from its source; the file was truncated or altered.");
}

} // namespace

void checkArchiveDirectory(const std::string& path, uint64_t availableBytes)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return; // the loader names an unreadable file
    const uint64_t fileSize = uint64_t(in.tellg());
    // The end-of-directory record: 22 bytes plus a comment of up to 65535 bytes at the very end.
    const uint64_t tailSize = std::min<uint64_t>(fileSize, 22 + 65535 + 20);
    const std::string tail = readAt(in, fileSize - tailSize, tailSize);
    if (tail.size() < 22)
        return; // not a zip: torch::jit::load says so
    size_t eocd = std::string::npos;
    for (size_t i = tail.size() - 22 + 1; i-- > 0;)
        if (tail.compare(i, 4, "PK\x05\x06", 4) == 0) {
            eocd = i;
            break;
        }
    if (eocd == std::string::npos)
        return;
    uint64_t entries = little(tail, eocd + 10, 2), dirSize = little(tail, eocd + 12, 4), dirOffset = little(tail, eocd + 16, 4);
    if ((entries == 0xffff || dirSize == 0xffffffff || dirOffset == 0xffffffff) && eocd >= 20
        && tail.compare(eocd - 20, 4, "PK\x06\x07", 4) == 0) {
        const uint64_t zip64At = little(tail, eocd - 20 + 8, 8);
        if (zip64At > fileSize || fileSize - zip64At < 56)
            refuse(path, "its zip64 directory lies outside the file");
        const std::string zip64 = readAt(in, zip64At, 56);
        if (zip64.size() != 56 || zip64.compare(0, 4, "PK\x06\x06", 4) != 0)
            refuse(path, "its zip64 directory record is missing");
        entries = little(zip64, 32, 8);
        dirSize = little(zip64, 40, 8);
        dirOffset = little(zip64, 48, 8);
    }
    if (dirOffset > fileSize || dirSize > fileSize - dirOffset || dirSize > kMaxDirectoryBytes)
        refuse(path, "its zip directory (" + std::to_string(dirSize) + " bytes at offset " + std::to_string(dirOffset)
                         + ") lies outside the " + std::to_string(fileSize) + "-byte file");
    const std::string dir = readAt(in, dirOffset, dirSize);
    uint64_t total = 0;
    size_t at = 0;
    for (uint64_t e = 0; e < entries && at + 46 <= dir.size(); ++e) {
        if (dir.compare(at, 4, "PK\x01\x02", 4) != 0)
            refuse(path, "entry " + std::to_string(e) + " of its zip directory is damaged");
        const uint64_t method = little(dir, at + 10, 2);
        uint64_t compressed = little(dir, at + 20, 4), size = little(dir, at + 24, 4);
        const size_t nameLength = size_t(little(dir, at + 28, 2)), extraLength = size_t(little(dir, at + 30, 2)),
                     commentLength = size_t(little(dir, at + 32, 2));
        if (at + 46 + nameLength + extraLength > dir.size())
            refuse(path, "entry " + std::to_string(e) + " of its zip directory runs past the directory");
        const std::string name = dir.substr(at + 46, nameLength);
        // Zip64: sizes of 0xffffffff are in the extra field 0x0001, uncompressed first.
        for (size_t x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
            const uint64_t id = little(dir, x, 2), length = little(dir, x + 2, 2);
            size_t field = x + 4;
            if (id == 1) {
                if (size == 0xffffffff && field + 8 <= dir.size())
                    size = little(dir, field, 8), field += 8;
                if (compressed == 0xffffffff && field + 8 <= dir.size())
                    compressed = little(dir, field, 8);
            }
            x += 4 + size_t(length);
        }
        const bool possible = method == 0 ? size == compressed && compressed <= fileSize
                                          : compressed <= fileSize && size / kMaxDeflateRatio <= compressed;
        if (!possible)
            refuse(path, "record '" + name + "' declares " + std::to_string(size) + " bytes from " + std::to_string(compressed)
                             + " stored in a " + std::to_string(fileSize) + "-byte file");
        total += size;
        at += 46 + nameLength + extraLength + commentLength;
    }
    if (availableBytes > 0 && total > availableBytes)
        throw Error(ErrorCode::OutOfMemory, "'" + path + "' unpacks to " + std::to_string(total / 1000000) + " MB, more than the "
                        + std::to_string(availableBytes / 1000000) + " MB this machine has free.",
                    "Close other programs, or use a machine with more memory.");
}

} // namespace psnn::torchscript
