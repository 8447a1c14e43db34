// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"

#include <ATen/core/Tensor.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace psnn {

/// The project's archive container: a magic line, a JSON header, raw little-endian tensor data and a
/// SHA-256 of everything before it. A truncated or altered file is detected on load.
struct ArchiveData {
    std::string kind;                           ///< "ann", "snn", ...
    nlohmann::json meta = nlohmann::json::object(); ///< what the kind describes beside its tensors
    std::map<std::string, at::Tensor> tensors;  ///< float32, int64 or uint8
};

/// Writes atomically: a temporary file next to path, then rename.
void writeArchive(const std::string& path, const ArchiveData& data);
ArchiveData readArchive(const std::string& path);

/// The network (architecture, weights, input spec, class names, provenance) as "ann".
void saveNetwork(const std::string& path, const Network& net);
Network loadNetwork(const std::string& path);

/// The metadata and tensors shared by every archive kind that embeds a network.
nlohmann::json networkMeta(const Network& net);
void networkTensors(const Network& net, std::map<std::string, at::Tensor>& out);
Network networkFromArchive(const nlohmann::json& meta, const std::map<std::string, at::Tensor>& tensors,
                           const std::string& path);

} // namespace psnn
