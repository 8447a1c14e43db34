// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by 'attack' and 'leakage': where the independent judge comes from.
#pragma once

#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/torchscript_import.h"

#include <optional>
#include <string>

namespace psnn::cli {

/// The judge named on the command line, else the bundled one if it is installed, else none: the
/// attack still runs without it, it only cannot say how recognisable its images are.
inline std::optional<Network> loadJudge(const std::string& path, bool disabled)
{
    if (disabled)
        return std::nullopt;
    if (!path.empty())
        return loadAnyModel(path);
    try {
        return loadNetwork(findBundled("models/judge.psnn"));
    } catch (const Error& e) {
        if (e.code() != ErrorCode::FileNotFound)
            throw;
        return std::nullopt;
    }
}

} // namespace psnn::cli
