// SPDX-License-Identifier: GPL-3.0-or-later
// Shared between the pipeline's runner (pipeline.cpp), its steps (pipeline_steps.cpp) and the
// results document (pipeline_results.cpp).
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/lab.h"
#include "privatesnn/network.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/progress.h"
#include "privatesnn/results.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

namespace psnn::pipeline_detail {

/// One image (C x H x W, the model's normalised space) to the observer, in [0, 1]: the pipeline's
/// live synthesis and attack images, and a study point's attack images.
void sendImage(PipelineObserver& observer, const std::string& series, int64_t cls, const at::Tensor& image,
               const InputSpec& spec);

/// Artifact files inside the lab.
inline constexpr const char* kSyntheticFile = "synthetic.psnn";
inline constexpr const char* kSnnFile = "snn.psnn";
inline constexpr const char* kEncryptedFile = "encrypted.psnn";
inline constexpr const char* kCheckpointFile = "encrypt.ckpt";
inline constexpr const char* kGridFile = "images/leakage_grid.png";

/// What every step may read. Models and data are loaded once per run.
struct Context {
    const PipelineConfig& config;
    Lab& lab;
    PipelineObserver& observer;
    /// The teacher, or with an imported spiking model (config.snn) its ReLU re-conversion, which
    /// synthesis, the images' shape and the feature fallback use. teacherPath and teacherSha are
    /// then the imported model's file and importedSha.
    Network teacher;
    std::string teacherPath, teacherSha;
    std::optional<SpikingModel> imported; ///< config.snn as read with config.snnImport
    std::optional<Network> judge;
    std::string judgePath, judgeSha;
    std::optional<Dataset> eval;  ///< measurement only
    std::string evalSha;          ///< of the selected images and labels
    std::optional<Network> judge2; ///< config.secondJudge as secondJudgeFile resolves it
    std::string judge2Path, judge2Sha;
};

/// A step's settings (for its key) and the hashes of what it reads.
struct StepPlan {
    nlohmann::json settings;
    std::map<std::string, std::string> inputs;
};

/// What a finished step hands back to the runner.
struct StepOutput {
    std::map<std::string, std::string> outputs; ///< lab-relative file -> SHA-256
    nlohmann::json results = nlohmann::json::object();
    std::string summary;                         ///< one line for the terminal and the log
};

/// The recorded hash of an earlier step's output file (empty when that step has not run).
std::string outputHash(const Lab& lab, Step step, const std::string& file);

/// The model file to load for role ("teacher", "judge"): configured when it exists, else a file with
/// the lab's recorded SHA-256 in or next to the lab (with a note), else Error(FileNotFound) with the way out.
std::string locateModel(const std::string& role, const std::string& configured, const Lab& lab, PipelineObserver& observer);

/// The second judge's file: config.secondJudge, located like the judge; when empty the bundled
/// models/judge2.psnn beside the bundled judge. Empty = none (set "none", a user's judge without a
/// second one, or not bundled). Error(InvalidArgument) for a second judge without a first.
std::string secondJudgeFile(const PipelineConfig& config, const Lab& lab, PipelineObserver& observer);

/// How config.snnImport reads a NIR graph.
NirImportOptions importOptions(const PipelineConfig& config);
/// The imported model's identity in the step keys: its file's SHA-256 and the import settings, so a
/// run with another reset or time step recomputes what depends on it.
std::string importedSha(const std::string& fileSha, const PipelineConfig& config);
/// The convert step of a run on an imported model: the model saved as the lab's snn.psnn.
StepOutput importStep(Context& ctx);

/// lab.json's name of a step (Lab's records are keyed by it).
inline std::string recordName(Step step)
{
    return std::string(stepName(step));
}

/// Whether config asks for the step: the measuring steps need evaluation data, and encryption and
/// the attacks can be switched off.
bool stepActive(Step step, const PipelineConfig& config);
/// Teacher and judge paths made absolute (against the working folder), as the lab stores them, so a
/// lab resumes the same models from any working folder.
void makeModelPathsAbsolute(PipelineConfig& config);

/// The settings a data-free step's key covers (synthesize, convert, encrypt; null for the others).
nlohmann::json dataFreeSettings(Step step, const PipelineConfig& config);
StepPlan planStep(Step step, const Context& ctx);
/// SHA-256 of the step's name, settings and input hashes: equal keys mean the same result.
std::string stepKey(Step step, const StepPlan& plan);
StepOutput runStep(Step step, Context& ctx, ProgressSink& progress);

/// The sections of results.json that do not come from a step: schema, model, judge, data-free
/// proof, config and provenance. Step results are merged into it in step order.
LabResults baseResults(const Context& ctx);
/// results.json: the base sections, the step records' results merged in step order, and each
/// step's provenance (the convert step's wall time is conversion.seconds). Only records whose key
/// matches the current settings and inputs count: a step left over from before an earlier step was
/// re-run is stale and stays out of the results.
LabResults assembleResults(const Context& ctx, const std::vector<Step>& activeSteps);

/// Plain-language verdicts for the leakage rows (see docs/lab-format.md) at level 1 - alpha; the
/// attacks' restarts give the power figure's unit (images per restart).
std::vector<LeakageVerdict> leakageVerdicts(const std::vector<LeakageRowResult>& rows, double chance, double alpha,
                                            const LeakageStudyConfig& attacks);

} // namespace psnn::pipeline_detail
