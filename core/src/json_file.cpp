// SPDX-License-Identifier: GPL-3.0-or-later
// One bounded reader for the JSON files a user or a lab hands the tool (`run --config /dev/zero`
// used to read forever at 125 MB/s).
#include "privatesnn/json_file.h"

#include "privatesnn/error.h"

#include <filesystem>
#include <fstream>

namespace psnn {

std::string readTextFile(const std::string& path, const std::string& what, uint64_t maxBytes)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        throw Error(ErrorCode::FileNotFound, "The " + what + " '" + path + "' does not exist.", "Check the path.");
    if (status.type() != fs::file_type::regular)
        throw Error(ErrorCode::FileUnreadable,
                    "The " + what + " '" + path + "' is "
                        + (status.type() == fs::file_type::directory ? "a folder" : "not a regular file")
                        + " (a device, pipe or socket is never read).",
                    "Give the path of a regular file.");
    const uintmax_t size = fs::file_size(path, ec);
    if (ec || size > maxBytes)
        throw Error(ErrorCode::BadFormat,
                    "The " + what + " '" + path + "' is "
                        + (ec ? std::string("of unknown size") : std::to_string(size) + " bytes")
                        + ", more than such a file ever holds (" + std::to_string(maxBytes) + " bytes).",
                    "Check that the path names the right file.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot read the " + what + " '" + path + "'.",
                    "Check the file's permissions.");
    // Read at most maxBytes + 1 even if the file grows meanwhile, so the bound holds.
    std::string text(size_t(size), '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(size_t(in.gcount()));
    if (in.peek() != std::char_traits<char>::eof())
        throw Error(ErrorCode::BadFormat, "The " + what + " '" + path + "' grew while it was read.",
                    "Read it again when it is complete.");
    return text;
}

nlohmann::json readJsonFile(const std::string& path, const std::string& what, uint64_t maxBytes)
{
    const std::string text = readTextFile(path, what, maxBytes);
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat, "The " + what + " '" + path + "' is not valid JSON (" + e.what() + ").",
                    "Fix the file or restore it from a backup.");
    }
}

} // namespace psnn
