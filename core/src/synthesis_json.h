// SPDX-License-Identifier: GPL-3.0-or-later
// JSON form of a synthetic set's description, shared by the PNG folder index and the archive.
#pragma once

#include "privatesnn/synthesis.h"

#include <nlohmann/json.hpp>

#include <string>

namespace psnn {

/// Everything but the per-image data: settings, input spec, class names, provenance.
nlohmann::json syntheticMetaToJson(const SyntheticSet& set);
/// Fills set's description from json; throws Error(BadFormat) naming path when a field is missing.
void syntheticMetaFromJson(const nlohmann::json& json, SyntheticSet& set, const std::string& path);

} // namespace psnn
