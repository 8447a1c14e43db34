// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// The names of the live series the pipeline sends while it runs (ProgressSink::metric and
/// PipelineObserver::image) and the GUI matches: one list for both sides, so a renamed series
/// cannot silently leave a plot empty. A stage's series carry its prefix: "<stage>/<series>"
/// (StageProgress).
namespace psnn::live {

// ---- metric series ----------------------------------------------------------------------------
inline constexpr std::string_view kSynthesisLoss = "synthesis_loss"; ///< x: optimisation step
inline constexpr std::string_view kThreshold = "threshold";          ///< x: layer, y: max x scale
inline constexpr std::string_view kAccuracyAtT = "accuracy_at_T";    ///< x: images so far
/// The evaluation stages whose kAccuracyAtT the pages show.
inline constexpr std::string_view kAnnStage = "ANN";
inline constexpr std::string_view kConvertedSnnStage = "converted SNN";
inline constexpr std::string_view kEncryptedSnnStage = "encrypted SNN";
// Encryption, x: optimisation step (losses) or epoch (the rest).
inline constexpr std::string_view kCrossEntropy = "ce";
inline constexpr std::string_view kDistillation = "kd";
inline constexpr std::string_view kLoss = "loss";
inline constexpr std::string_view kLearningRate = "lr";
inline constexpr std::string_view kTrainAccuracy = "train_accuracy";
inline constexpr std::string_view kEvalAccuracy = "eval_accuracy";
// Attacks (under the stage "attack 1 on SNN", ...), x: iteration.
inline constexpr std::string_view kMeanAbsGradient = "mean_abs_gradient";

/// "<stage>/<series>", as StageProgress names a stage's series.
std::string staged(std::string_view stage, std::string_view series);
/// One layer's weight drift from the converted SNN during encryption: "drift_cos/<layer>" (cosine
/// similarity) and "drift_l2/<layer>" (relative L2 distance).
std::string driftCosine(std::string_view layer);
std::string driftL2(std::string_view layer);
struct Drift {
    bool cosine = true; ///< false: relative L2
    std::string layer;
};
/// nullopt for a series that is no drift series.
std::optional<Drift> parseDrift(std::string_view series);
/// An attack's mean target logit of one class: "target_logit/<class>".
std::string targetLogit(long long classIndex);

// ---- image series -----------------------------------------------------------------------------
inline constexpr std::string_view kSynthesisImages = "synthesis"; ///< each finished synthetic image
inline constexpr std::string_view kAttack1Images = "attack 1";    ///< attack 1's current image of a class
inline constexpr std::string_view kAttack2Images = "attack 2";

} // namespace psnn::live
