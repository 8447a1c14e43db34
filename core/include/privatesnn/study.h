// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy-utility study: one teacher, one synthetic set, one conversion, defended at several
// strengths, each attacked and measured, with statistics an auditor can sign (issue 15).
#pragma once

#include "privatesnn/attacks.h"
#include "privatesnn/encryption.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/progress.h"
#include "privatesnn/ratings.h"
#include "privatesnn/snn.h"
#include "privatesnn/study_stats.h"
#include "privatesnn/study_summary.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

// ---- defences (study_defences.cpp) --------------------------------------------------------------

/// Gaussian noise on every weight layer of snn with exactly the given relative L2 per layer
/// (||W - W0|| / ||W0||, aligned with the weight layers in order); biases and thresholds kept.
SpikingModel addMatchedNoise(const SpikingModel& snn, const std::vector<double>& relativeL2, uint64_t seed);

/// ||W - W0|| / ||W0|| over all weight layers together.
double overallRelativeL2(const Network& reference, const Network& current);

/// Attack 1 against the threshold-aware re-conversion: each spiking layer becomes
/// r = clamp(current / threshold, 0, 1), the saturating rate function of an IF neuron with reset by
/// subtraction, instead of a ReLU. The output layer stays linear (its membrane integrates).
at::Tensor thresholdAwareForward(const SpikingModel& snn, const at::Tensor& x);
AttackResult attackThresholdAware(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress = nullProgress());

// ---- the grid and the frontier (study_grid.cpp) -------------------------------------------------

struct StudyConfig {
    std::string grid = "default";       ///< "default" or "quick"
    std::vector<StudyPoint> points;
    AttackConfig attack1 = paperAttackConfig(1);
    AttackConfig attack2 = paperAttackConfig(2);
    bool thresholdAware = true;         ///< also attack the threshold-aware re-conversion
    int bootstrapResamples = 2000;
    double margin = 0.10;               ///< "protected" = upper bound <= chance + margin
    int kidSubsets = 50;
    /// Second judge of another shape, trained on other data, which decides the verdicts with the
    /// pipeline's judge (the setting study.second_judge, PipelineConfig::secondJudge): empty = the
    /// bundled models/judge2.psnn beside the bundled judge, "none" = only the pipeline's judge.
    std::string secondJudge;
};
/// "default": encryption at 5 doses from none to beyond 100x the paper's weight movement, matched
/// noise for each trained dose, and reinit; 10 restarts x 10 classes per attack. "quick": 3
/// encryption doses, their noise, reinit, 1 restart and few iterations (for tests and classes).
/// Both grids end with the later defences and the controls (addControlsAndDefences, study_controls.h).
/// Encryption settings other than the learning rate and the epochs come from `pipeline`.
/// The grid sets the attacks' restarts (and, for "quick", iterations) itself; a key of those named
/// in `keep` (studyGridKeys(), given by the user) keeps the pipeline's value instead, so an explicit
/// setting is applied, never silently dropped.
StudyConfig studyGrid(const std::string& name, const PipelineConfig& pipeline,
                      const std::vector<std::string>& keep = {});
/// The setting keys studyGrid sets itself.
const std::vector<std::string>& studyGridKeys();

/// Fills the statistics (intervals, the bootstrap within classes, McNemar against the "none" point,
/// the strongest attack per point), the verdicts (each judge's per attack at the point's family-wise
/// level, F = attacks x judges; combined per attack and per point) and the recommendation.
void summariseStudy(StudySummary& summary, int bootstrapResamples = 2000, uint64_t seed = 0);

/// The weakest setting whose verdict (all attacks, all judges) is "protected": the smallest accuracy
/// loss (then the smallest drift) among protected points; the sentence says it, or that none
/// protects and how much accuracy the strongest defence tried lost, and whether the verdicts rest on
/// one judge. Needs summariseStudy's verdicts and strongest indices.
void recommend(StudySummary& summary);

// ---- running (study_runner.cpp) -----------------------------------------------------------------

/// Observer of a running study (CLI and GUI worker). Called on the study's thread.
class StudyObserver {
public:
    virtual ~StudyObserver() = default;
    virtual ProgressSink& pointStarted(const StudyPoint& point, int index, int count) = 0;
    virtual void pointFinished(const StudyPointResult& result, bool kept) {}
    virtual void note(const std::string& line) {}
};

/// The lab's study folder (LAB/study) and its files.
std::string studyFolder(const std::string& lab);

/// Prepares the lab (synthesis and conversion through the pipeline, kept when unchanged) and runs
/// the given point ids (all when empty) that the study folder does not already hold with the same
/// key (prepare = false: the lab must already be prepared, as for parallel jobs). Each point is written atomically to LAB/study/points/ID.json when it finishes, so an
/// interruption loses at most the point in progress (encryption points also keep epoch
/// checkpoints). Returns the ids that ran.
std::vector<std::string> runStudyPoints(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& lab,
                                        const std::vector<std::string>& ids, PipelineObserver& pipelineObserver,
                                        StudyObserver& observer, bool prepare = true);

/// Reads every point of the grid from LAB/study/points (missing ones, and stale ones whose key no
/// longer matches the settings and inputs, are listed in `missing` and left out), summarises, and
/// writes LAB/study/study.csv and study.json.
StudySummary collectStudy(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& lab,
                          std::vector<std::string>* missing = nullptr);

/// One shell command per point, independent of each other (GNU parallel, a Slurm array).
std::vector<std::string> studyJobCommands(const StudyConfig& study, const std::string& lab, const std::string& configFile,
                                          const std::string& program = "privatesnn");

/// The CSV (exactly the columns) of a summary; with the human judge's summary also each
/// attack's human accuracy, its exact interval and the number of ratings (empty where nobody rated).
std::string studyCsv(const StudySummary& summary, const RatingsSummary* human = nullptr);

} // namespace psnn
