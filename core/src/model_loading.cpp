// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/onnx_import.h"
#include "privatesnn/torchscript_import.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace psnn {

Network loadAnyModel(const std::string& path, const ImportOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileNotFound, "Cannot open the model '" + path + "'.", "Check the path and the file's permissions.");
    char head[8] = {};
    in.read(head, sizeof(head));
    if (in.gcount() == 0)
        throw Error(ErrorCode::Truncated, "The model '" + path + "' is an empty file (0 bytes).",
                    "The copy or download was interrupted; copy the model again.");
    // Decide by content: archives start with their signature, TorchScript files are zip archives,
    // ONNX models are protobufs that start with their ir_version.
    if (in.gcount() == 8 && std::memcmp(head, "PSNNARC1", 8) == 0)
        return loadNetwork(path);
    // A damaged archive is named as one, not as "not a TorchScript model" (a zip is TorchScript
    // whatever its name).
    const bool zip = in.gcount() >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0;
    if (!zip && std::filesystem::path(path).extension() == ".psnn")
        throw Error(ErrorCode::BadFormat,
                    "'" + path
                        + "' is not a valid PrivateSNN archive: it does not start with the archive signature (the file "
                          "is damaged "
                          "or of another kind).",
                    "Copy the archive again, or recreate it from its source model.");
    if (!zip && (head[0] == '\x08' || std::filesystem::path(path).extension() == ".onnx"))
        return importOnnx(path, options);
    return importTorchScript(path, options);
}

} // namespace psnn
