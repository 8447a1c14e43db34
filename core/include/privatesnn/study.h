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
/// (||W - W0|| / ||W0||, aligned with the weight layers in order), and on its bias with exactly the
/// given absolute ||b - b0|| (biasL2, aligned likewise; empty = biases kept); thresholds kept.
/// Throws Error (InvalidArgument) for a bias change asked of a layer without a bias.
SpikingModel addMatchedNoise(const SpikingModel& snn, const std::vector<double>& relativeL2, uint64_t seed,
                             const std::vector<double>& biasL2 = {});

/// ||W - W0|| / ||W0|| over all weight layers together.
double overallRelativeL2(const Network& reference, const Network& current);
/// ||b - b0|| of each weight layer's bias (0 for a layer without one), in weight-layer order.
std::vector<double> biasDrift(const Network& reference, const Network& current);
/// ||b - b0|| over all layers' biases together.
double overallBiasL2(const Network& reference, const Network& current);

/// Attack 1 against the threshold-aware re-conversion: each spiking layer becomes
/// r = clamp(current / threshold, 0, 1), the saturating rate function of an IF neuron with reset by
/// subtraction, instead of a ReLU; the input is clamped to [-1, 1], where Poisson coding saturates.
/// The output layer stays linear (its membrane integrates), and its logits are multiplied back by
/// the product of the spiking layers' thresholds (their means, for per-channel thresholds), so
/// where no neuron saturates they are the ReLU re-conversion's and the attack takes attack 1's step.
/// Throws Error (Unsupported) for leaky neurons (leak < 1), whose rate this does not model.
at::Tensor thresholdAwareForward(const SpikingModel& snn, const at::Tensor& x);
/// The factor thresholdAwareForward multiplies its logits by: the product over spiking layers of
/// each one's (mean) threshold.
double thresholdProduct(const SpikingModel& snn);
AttackResult attackThresholdAware(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress = nullProgress());

// ---- the distance scale's real end (study_references.cpp) ---------------------------------------

/// Evaluation images split into a reference set and held-out "real" images: perClass images of each
/// given class (fewer where the class has fewer), drawn by seed; no image is in both.
struct HeldOutSplit {
    at::Tensor reference, heldOut; ///< int64 indices into the labels, each sorted
};
HeldOutSplit holdOutPerClass(const at::Tensor& labels, const std::vector<int64_t>& classes, int64_t perClass,
                             uint64_t seed);

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
    /// pipeline's judge (the setting study.second_judge, else the lab's second_judge): empty = the
    /// bundled models/judge2.psnn beside the bundled judge, "none" = only the pipeline's judge.
    std::string secondJudge;
    /// Each trained or noised point is built this many times (study.defence_seeds).
    int defenceSeeds = 3;
};

/// One job of the study: one defence seed of one point, its own file LAB/study/points/ID-sK.json.
struct StudyJob {
    const StudyPoint* point = nullptr;
    int seed = 0;
    /// "encryption-2-s1": what --emit-jobs prints and --point takes.
    std::string id() const;
};
/// Every (point, seed) of the grid, point by point.
std::vector<StudyJob> studyJobs(const StudyConfig& study);
/// "default": encryption at 5 doses from none to beyond 100x the paper's weight movement, matched
/// noise for each trained dose, and reinit; 10 restarts x 10 classes per attack, each trained or
/// noised point at study.defence_seeds seeds. "quick": 3 encryption doses, their noise, reinit, 2
/// restarts, few iterations and one seed per point (a preview for tests and classes).
/// Both grids end with the later defences and the controls (addControlsAndDefences, study_controls.h).
/// Encryption settings other than the learning rate and the epochs come from `pipeline`.
/// The grid sets the attacks' restarts (and, for "quick", iterations and the defence seeds) itself;
/// a key of those named in `keep` (studyGridKeys(name), given by the user) keeps the pipeline's
/// value instead, so an explicit setting is applied, never silently dropped.
StudyConfig studyGrid(const std::string& name, const PipelineConfig& pipeline,
                      const std::vector<std::string>& keep = {});
/// The setting keys the grid `name` sets itself.
std::vector<std::string> studyGridKeys(const std::string& name);

/// Fills the statistics (over the point's seeds: the pooled accuracy, each seed's, the two-stage
/// bootstrap and the design effect; McNemar against the "none" point; the paired comparisons, each
/// dose against none and each noise point against its encryption; the strongest attack per point),
/// the verdicts (each judge's per attack at the point's family-wise
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
/// the given jobs (job ids, or point ids for all of a point's seeds; all when empty) that the study
/// folder does not already hold with the same key (prepare = false: the lab must already be
/// prepared, as for parallel jobs). Each job is written atomically to LAB/study/points/ID-sK.json
/// when it finishes, so an interruption loses at most the job in progress (encryption jobs also
/// keep epoch checkpoints). A job reads only the prepared lab and finished files named by their
/// key: a noise job uses the encryption twin it copies only when a finished one with the current
/// key is there, else trains it itself (and writes it atomically). parallelJobs > 1 runs that many
/// jobs at a time in this process, sharing the LibTorch threads between them (the results are those
/// of the same jobs run one at a time on as many threads each; 0: one job per LibTorch thread); the
/// observers hear one job at a time.
/// Returns the job ids that ran.
std::vector<std::string> runStudyPoints(const PipelineConfig& pipeline, const StudyConfig& study,
                                        const std::string& lab, const std::vector<std::string>& ids,
                                        PipelineObserver& pipelineObserver, StudyObserver& observer,
                                        bool prepare = true, int parallelJobs = 1);

/// Reads every job of the grid from LAB/study/points (missing ones, and stale ones whose key no
/// longer matches the settings and inputs, are listed in `missing` and their point left out),
/// pools each point's seeds, summarises, and writes LAB/study/study.csv and study.json.
StudySummary collectStudy(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& lab,
                          std::vector<std::string>* missing = nullptr);

/// One shell command per job (point and seed), independent of each other (GNU parallel, a Slurm array).
std::vector<std::string> studyJobCommands(const StudyConfig& study, const std::string& lab, const std::string& configFile,
                                          const std::string& program = "privatesnn");

/// The CSV (exactly the columns) of a summary; with the human judge's summary also each
/// attack's human accuracy, its exact interval and the number of ratings (empty where nobody rated).
std::string studyCsv(const StudySummary& summary, const RatingsSummary* human = nullptr);

} // namespace psnn
