// SPDX-License-Identifier: GPL-3.0-or-later
// lab.json and the per-step records read strictly, and what a lab holds chosen from that evidence
// (docs/lab-format.md, "Damaged lab.json"). Shared by lab.cpp and its tests only.
#pragma once

#include "privatesnn/lab.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace psnn::lab_state {

/// lab.json's "schema" value.
inline constexpr const char* kSchema = "privatesnn-lab";

/// What lab.json (or its backup) holds, every field checked.
struct State {
    std::string created;
    nlohmann::json config = nlohmann::json::object();
    nlohmann::json models = nlohmann::json::object();
    std::vector<LabStepRecord> records;
};

/// A step record file (steps/STEP.json): the record and the lab's whole config and models at the
/// time the step finished, so the lab's settings survive the loss of lab.json and its backup.
struct RecordFile {
    LabStepRecord record;
    std::optional<nlohmann::json> labConfig, labModels; ///< absent in labs written before they were kept
};

/// Reads a lab state file. Throws Error(BadFormat) naming the field when it is not a complete lab
/// state (a missing or mistyped config, models or steps, a malformed step record or step result),
/// Error(Unsupported) when it was written by a newer version.
State readState(const std::filesystem::path& file);

/// One step record, every field checked (its results through the typed results reader). Throws
/// Error(BadFormat) naming `where` and the field.
LabStepRecord readRecord(const nlohmann::json& j, const std::string& where);
nlohmann::json recordToJson(const LabStepRecord& r);

/// The valid record files under `folder`/steps; `damaged` gets the names of those that are not.
std::vector<RecordFile> readRecordFiles(const std::filesystem::path& folder, std::vector<std::string>& damaged);

} // namespace psnn::lab_state
