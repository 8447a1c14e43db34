// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the integrity check of a study point file (study_io.cpp writes and reads them).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace psnn::study_detail {

/// The point file format written now: 2 added the content hash (version 1 points run again); 3 is
/// one defence seed of a point (ID-sK.json, its seed, bias drift, KID's standard error, held-out
/// references).
inline constexpr int kPointVersion = 3;

/// SHA-256 of a point's JSON without its content_sha256 field.
std::string pointContentHash(const nlohmann::json& point);
/// Writes content_sha256 into the point, over everything else in it.
void signPoint(nlohmann::json& point);
/// Empty when the point file is whole and every number in range; else what is wrong, in words
/// (the file is then named, not merged).
std::string pointProblem(const nlohmann::json& point);

} // namespace psnn::study_detail
