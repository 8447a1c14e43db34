// SPDX-License-Identifier: GPL-3.0-or-later
// Output paths are checked before a write: a temporary file plus rename replaces whatever the path
// named, so a device, a FIFO or a user's own file given as --out would otherwise be destroyed
// silently (`export --out /dev/full` as root replaced the machine's /dev/full).
#include "privatesnn/output_path.h"

#include "privatesnn/error.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace psnn {
namespace {

namespace fs = std::filesystem;

/// What a non-regular file is, in words, or empty for a regular file or nothing at all.
std::string specialKind(const fs::file_status& status, bool folderAllowed)
{
    switch (status.type()) {
    case fs::file_type::character:
        return "a character device";
    case fs::file_type::block:
        return "a block device";
    case fs::file_type::fifo:
        return "a FIFO (named pipe)";
    case fs::file_type::socket:
        return "a socket";
    case fs::file_type::directory:
        return folderAllowed ? std::string() : "a folder";
    case fs::file_type::regular:
    case fs::file_type::not_found:
        return {};
    default:
        return "not a regular file";
    }
}

[[noreturn]] void refuseSpecial(const std::string& path, const std::string& kind)
{
    throw Error(ErrorCode::FileUnwritable,
                "'" + path + "' is " + kind + ", not a file this tool may replace; nothing was written.",
                "Give the path of a new file (or of a file this tool wrote earlier) instead.");
}

bool fileStartsWith(const std::string& path, const std::string& magic)
{
    std::ifstream in(path, std::ios::binary);
    std::string head(magic.size(), '\0');
    return in.read(head.data(), std::streamsize(head.size())) && head == magic;
}

/// Whether the file holds `needle` within its first `limit` bytes.
bool fileContains(const std::string& path, const std::string& needle, size_t limit)
{
    std::ifstream in(path, std::ios::binary);
    std::string window;
    std::vector<char> chunk(1 << 16);
    size_t seen = 0;
    while (seen < limit && in.read(chunk.data(), std::streamsize(chunk.size())), in.gcount() > 0) {
        // Keep the previous chunk's tail so a needle split across two reads is found.
        const size_t keep = std::min(window.size(), needle.size());
        window = window.substr(window.size() - keep) + std::string(chunk.data(), size_t(in.gcount()));
        if (window.find(needle) != std::string::npos)
            return true;
        seen += size_t(in.gcount());
    }
    return false;
}

/// Whether a regular file is one this tool writes for `kind`, by its content (never by its name).
bool isOurs(const std::string& path, OutputKind kind)
{
    constexpr size_t kScanLimit = size_t(256) << 20;
    switch (kind) {
    case OutputKind::Archive:
        return fileStartsWith(path, "PSNNARC1\n");
    case OutputKind::Nir: // HDF5 with the writer string of export_nir.cpp
        return fileStartsWith(path, std::string("\x89HDF\r\n\x1a\n", 8))
            && fileContains(path, "PrivateSNN Lab", kScanLimit);
    case OutputKind::TorchScript: // a zip whose classes live under __torch__.privatesnn (export_torchscript.cpp)
        return fileStartsWith(path, "PK\x03\x04") && fileContains(path, "__torch__/privatesnn", kScanLimit);
    case OutputKind::Folder:
        return false;
    }
    return false;
}

const char* kindName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Archive:
        return "PrivateSNN archive (.psnn)";
    case OutputKind::Nir:
        return "NIR graph written by PrivateSNN Lab";
    case OutputKind::TorchScript:
        return "TorchScript file exported by PrivateSNN Lab";
    case OutputKind::Folder:
        return "folder";
    }
    return "file";
}

} // namespace

std::string writableTarget(const std::string& path)
{
    std::error_code ec;
    std::string target = path;
    if (fs::is_symlink(path, ec)) {
        const fs::path resolved = fs::weakly_canonical(path, ec);
        if (!ec)
            target = resolved.string();
    }
    const std::string kind = specialKind(fs::status(target, ec), false);
    if (!kind.empty())
        refuseSpecial(target == path ? path : path + "' (a link to '" + target + "')", kind);
    return target;
}

void checkOutputPath(const std::string& path, OutputKind kind, bool force)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (kind == OutputKind::Folder) {
        const std::string special = specialKind(status, true);
        if (!special.empty())
            refuseSpecial(path, special);
        if (status.type() == fs::file_type::regular)
            throw Error(ErrorCode::FileUnwritable,
                        "'" + path + "' is a file, but a folder is needed here; nothing was written.",
                        "Give the path of a new or existing folder.");
        return;
    }
    const std::string target = writableTarget(path);
    if (status.type() != fs::file_type::regular || force || fs::file_size(target, ec) == 0 || isOurs(target, kind))
        return;
    throw Error(ErrorCode::FileUnwritable,
                "'" + path + "' already exists and is not a " + kindName(kind)
                    + ", so it was left as it is; nothing was written.",
                "Give another output path, or add --force to replace that file.");
}

std::string temporaryFor(const std::string& target)
{
    const std::string temporary = target + ".part";
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(temporary, ec);
    if (status.type() == fs::file_type::regular)
        fs::remove(temporary, ec);
    else if (status.type() != fs::file_type::not_found)
        refuseSpecial(temporary, specialKind(status, false));
    return temporary;
}

void commitTemporary(const std::string& temporary, const std::string& target)
{
    std::error_code ec;
    // Not following links: whatever now stands at target must be a regular file or nothing.
    const std::string kind = specialKind(fs::symlink_status(target, ec), false);
    if (!kind.empty()) {
        fs::remove(temporary, ec);
        refuseSpecial(target, kind);
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        const int why = errno;
        fs::remove(temporary, ec);
        throw Error(ErrorCode::FileUnwritable,
                    "Cannot move the finished file into place at '" + target + "': " + std::strerror(why) + ".",
                    "Check that the folder is writable.");
    }
}

namespace {

/// What a failed write means to the user: a full disk is named as such.
[[noreturn]] void writeFailed(const std::string& path, const std::string& tmp, int why, const std::string& doing)
{
    std::error_code ec;
    if (!tmp.empty())
        std::filesystem::remove(tmp, ec); // no half-written .part file stays behind
    if (why == ENOSPC || why == EDQUOT)
        throw Error(ErrorCode::FileUnwritable,
                    "The disk holding '" + path + "' is full (" + std::strerror(why) + "); nothing was written to it.",
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
