// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace psnn {

/// What an output path is meant to receive. An existing file there is replaced only when it is a
/// file of this kind that this tool writes, so a mistyped --out never destroys a user's own file.
enum class OutputKind {
    Archive,     ///< a .psnn archive (models, synthetic sets)
    Nir,         ///< a NIR graph this tool exported (HDF5)
    TorchScript, ///< a TorchScript module this tool exported
    Folder,      ///< a folder of images and an index
};

/// Checks an output path before any work is done for it. Always refused (Error FileUnwritable, naming
/// the path and what it is): a character or block device, a FIFO, a socket, and for a file kind a
/// folder, since writing there would replace it with a regular file. An existing regular file that
/// is not empty and not of `kind` is refused unless `force`. A symbolic link is judged by what it
/// points to (the write goes there and the link stays).
void checkOutputPath(const std::string& path, OutputKind kind, bool force);

/// The path a write to `path` lands on: the final target of a symbolic link, else path itself.
/// Throws Error(FileUnwritable) when that is anything but a regular file or absent.
std::string writableTarget(const std::string& path);

/// The temporary file a write to target goes through first (target + ".part"). A stale one that a
/// killed write left is removed; anything else of that name (a link, a device) is refused, since a
/// writer opening it would write through it.
std::string temporaryFor(const std::string& target);

/// Moves a finished temporary file onto target, after checking again that target is absent or a
/// regular file (it may have been replaced while the file was written). Removes the temporary file
/// and throws Error(FileUnwritable) naming target otherwise.
void commitTemporary(const std::string& temporary, const std::string& target);

/// Writes bytes to path through a temporary file next to it and a rename, so a crash or kill never
/// leaves a half-written file: readers see the old contents or the new ones. A path naming a device,
/// FIFO, socket or folder is refused (writableTarget), a symbolic link is written through. Throws
/// Error naming the file when it cannot be written.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace psnn
