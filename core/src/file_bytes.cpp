// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_bytes.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <filesystem>
#include <fstream>

namespace psnn {

std::vector<uint8_t> readFileBytes(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "The file '" + path + "' does not exist.", "Check the path and try again.");
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorCode::FileUnreadable, "'" + path + "' is a folder, not a file.", "Choose a file inside it.");
    // gzopen reads plain files unchanged, so one code path serves both.
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw Error(ErrorCode::FileUnreadable, "Cannot open '" + path + "' for reading.", "Check the file's permissions.");
    gzbuffer(file, 1 << 17);
    std::vector<uint8_t> bytes;
    std::vector<uint8_t> chunk(1 << 20);
    while (true) {
        const int got = gzread(file, chunk.data(), unsigned(chunk.size()));
        if (got < 0) {
            int code = 0;
            const std::string why = gzerror(file, &code);
            gzclose(file);
            throw Error(ErrorCode::Truncated,
                        "'" + path + "' is a damaged gzip file (" + why + ") after " + std::to_string(bytes.size())
                            + " decompressed bytes.",
                        "Download or copy the file again.");
        }
        if (got == 0)
            break;
        bytes.insert(bytes.end(), chunk.begin(), chunk.begin() + got);
    }
    int code = 0;
    const char* why = gzerror(file, &code);
    // zlib reports a stream that stops mid-way as Z_BUF_ERROR at the end.
    if (code != Z_OK && code != Z_STREAM_END) {
        const std::string message = why ? why : "unknown error";
        gzclose(file);
        throw Error(ErrorCode::Truncated,
                    "'" + path + "' ends early: the gzip stream is incomplete (" + message + ") after "
                        + std::to_string(bytes.size()) + " decompressed bytes.",
                    "Download or copy the file again.");
    }
    gzclose(file);
    return bytes;
}

uint32_t readBigEndian32(const std::vector<uint8_t>& bytes, size_t offset)
{
    return uint32_t(bytes[offset]) << 24 | uint32_t(bytes[offset + 1]) << 16 | uint32_t(bytes[offset + 2]) << 8
        | uint32_t(bytes[offset + 3]);
}

namespace {

/// What a failed write means to the user: a full disk is named as such.
[[noreturn]] void writeFailed(const std::string& path, const std::string& tmp, int why, const std::string& doing)
{
    std::error_code ec;
    if (!tmp.empty())
        std::filesystem::remove(tmp, ec); // no half-written .part file stays behind
    if (why == ENOSPC || why == EDQUOT)
        throw Error(ErrorCode::FileUnwritable, "The disk holding '" + path + "' is full (" + std::strerror(why) + "); nothing was written to it.",
                    "Free some space on that disk and run the same command again: finished work is kept.");
    throw Error(ErrorCode::FileUnwritable, "Cannot " + doing + " '" + path + "': " + std::strerror(why) + ".",
                "Choose a folder you can write to.");
}

} // namespace

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    const std::string target = writableTarget(path); // refuses devices, FIFOs, sockets and folders
    const std::string tmp = temporaryFor(target);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        writeFailed(target, "", errno, "write the temporary file '" + tmp + "' for");
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t got = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const int why = got < 0 ? errno : EIO;
            ::close(fd);
            writeFailed(target, tmp, why, "write");
        }
        done += size_t(got);
    }
    // fsync before the rename: after a power cut the new name must not point at missing data.
    if (::fsync(fd) != 0 && errno != EINVAL) {
        const int why = errno;
        ::close(fd);
        writeFailed(target, tmp, why, "write");
    }
    if (::close(fd) != 0)
        writeFailed(target, tmp, errno, "write");
    commitTemporary(tmp, target);
}

} // namespace psnn
