// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_bytes.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <zlib.h>

#include <filesystem>

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

} // namespace psnn
