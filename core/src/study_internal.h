// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: shared between the study's runner (study_runner.cpp) and its files (study_io.cpp).
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/encryption.h"
#include "privatesnn/study.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace psnn::study_detail {

/// What every point reads: the models, the evaluation data and the lab's prepared artifacts.
struct StudyInputs {
    Network teacher;
    std::optional<Network> judge, judge2;
    Dataset eval;
    EncryptionData data;
    SpikingModel snn;
    std::string inputsHash; ///< SHA-256 over the hashes of all of the above
    std::string featureName; ///< the network the distances are measured in, in words
};
StudyInputs loadStudyInputs(const PipelineConfig& config, const std::string& labFolder, const StudyConfig& study);

/// SHA-256 of the job's settings (its point's, its seed, the attacks', the encryption's) and the inputs' hash.
std::string pointKey(const StudyJob& job, const StudyConfig& study, const PipelineConfig& pipeline,
                     const std::string& inputsHash);

/// Adds to a point's key what the later defences and controls depend on (study_controls.cpp),
/// only for those points, so the keys of the earlier ones stay as they were.
void addControlAndDefenceKey(nlohmann::json& settings, const StudyPoint& p, const StudyConfig& study);

nlohmann::json pointToJson(const StudyPointResult& r);
/// The point stored at path, or nothing when it is missing, unreadable or fails its integrity check
/// (then it runs again); `problem` gets what is wrong with a file that exists.
std::optional<StudyPointResult> readPoint(const std::string& path, std::string* problem = nullptr);

} // namespace psnn::study_detail
