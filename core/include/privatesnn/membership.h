// SPDX-License-Identifier: GPL-3.0-or-later
// Membership inference (issue 27): can a black-box attacker tell whether a record was in the
// teacher's training data, from the ANN's logits or the SNN's readout (summed output membrane, or
// output spike counts)? Attacks: the loss threshold, offline LiRA (Carlini et al. 2022) and offline
// RMIA (Zarifzadeh et al. 2024), the last two sharing K reference models trained like the target on
// halves of the auditor's data. Statistics as ML Privacy Meter reports them (ROC on log axes, AUC,
// TPR at 0.1 % and 1 % FPR), with intervals and the lab's verdict wording.
#pragma once

#include "privatesnn/ann_training.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/dataset.h"
#include "privatesnn/membership_results.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace psnn {

// ---- statistics (membership_stats.cpp): scores are "higher = more likely a member" ------------

/// The ROC from the highest threshold down: point i classifies score >= threshold[i] as member.
/// Starts at (0, 0) with an infinite threshold; tied scores move both rates in one step.
struct RocCurve {
    std::vector<double> fpr, tpr, threshold;
    std::vector<int64_t> truePositives, falsePositives;
    int64_t members = 0, nonMembers = 0;
};
RocCurve rocCurve(const std::vector<double>& scores, const std::vector<uint8_t>& member);
/// Area under the ROC: P(member score > non-member score) + P(tie) / 2 (Mann-Whitney).
double rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& member);
/// Percentile intervals of the AUC at each level, from `resamples` stratified bootstrap samples
/// (members and non-members resampled separately, as they were sampled separately).
std::vector<std::pair<double, double>> aucBootstrap(const std::vector<double>& scores,
                                                    const std::vector<uint8_t>& member, int resamples, uint64_t seed,
                                                    const std::vector<double>& levels);
/// AUC(b) - AUC(a) for two attacks' scores on the same records, with the percentile interval of a
/// paired stratified bootstrap (each resample draws the same records for both).
MembershipComparison aucDifference(const std::vector<double>& a, const std::vector<double>& b,
                                   const std::vector<uint8_t>& member, int resamples, uint64_t seed, double level);
/// The threshold with the largest TPR whose FPR is at most targetFpr, with Clopper-Pearson
/// intervals at `level` for its TPR (over the members) and FPR (over the non-members).
MembershipOperatingPoint operatingPoint(const std::vector<double>& scores, const std::vector<uint8_t>& member,
                                        double targetFpr, double level = 0.95);
/// max over the ROC's points of TPR - FPR.
double membershipAdvantage(const RocCurve& roc);
/// The ROC thinned for files and plots: every point up to 50 false positives, then only points whose
/// FPR is at least 2 % above the last kept one (the ROC is read on log axes), and the end (1, 1).
void thinRoc(const RocCurve& roc, std::vector<double>& fpr, std::vector<double>& tpr);

/// What a row needs besides its scores: which records are members, their classes, whether the
/// target classified them rightly, and the levels of its intervals and of its verdict.
struct RowInputs {
    std::vector<uint8_t> member;
    std::vector<int64_t> labels;
    std::vector<uint8_t> correct;
    std::vector<std::string> classNames;
    int bootstrap = 1000;
    uint64_t seed = 0;
    double level = 0.95;        ///< of the reported intervals
    double verdictLevel = 0.95; ///< of the verdict's tests (Bonferroni over a target's rows)
};
/// Every figure of one attack: AUC with its bootstrap interval, advantage, TPR at 0.1 % and 1 % FPR,
/// per-class TPR and the misclassified/correct slices at the 1 % FPR threshold, the thinned ROC
/// and the verdict. target, readout, attack, timesteps and accuracies are left to the caller.
MembershipRow measureAttack(const std::vector<double>& scores, const RowInputs& inputs);

/// The verdict rule in words.
std::string membershipVerdictRule(double alpha);

// ---- black-box scores (membership_attacks.cpp): outputs are N x K, float64 ---------------------

/// The factor s that puts a readout on the scale of logits: the least-squares fit of s x outputs to
/// referenceLogits (same records), both centred per record since a softmax ignores a per-record
/// shift. An SNN's summed output membrane or spike count computes the ANN's function at another
/// scale, and the attacks compare it with ANN reference models. 1 when the outputs are constant (a
/// silent SNN) or the fit is not positive.
double fitReadoutScale(const at::Tensor& outputs, const at::Tensor& referenceLogits);
/// log softmax(scale x outputs)[label] per row.
at::Tensor trueClassLogProb(const at::Tensor& outputs, const at::Tensor& labels, double scale);
/// LiRA's logit-scaled confidence phi = log(p / (1 - p)) of the true class, computed stably as
/// z_y - logsumexp_{k != y} z_k with z = scale x outputs.
at::Tensor logitScaledConfidence(const at::Tensor& outputs, const at::Tensor& labels, double scale);
/// Offline LiRA: (phi_target - mean_k phi_k) / sigma, phi_k of the K reference models (K x N), all
/// OUT for these records; sigma is one global standard deviation (the mean over records of the
/// per-record variance), as Carlini et al. advise for few reference models. Needs K >= 2.
at::Tensor liraScores(const at::Tensor& targetPhi, const at::Tensor& referencePhi);
/// Offline RMIA: Pr(x|theta) / Pr(x) with Pr(x) = ((1 + a) mean_k Pr(x|theta_k) + (1 - a)) / 2 from OUT
/// reference models; the score is the fraction of population samples z with
/// (Pr(x|theta)/Pr(x)) / (Pr(z|theta)/Pr(z)) >= gamma. Probabilities of the true class; references K x N.
at::Tensor rmiaScores(const at::Tensor& targetProbX, const at::Tensor& referenceProbX, const at::Tensor& targetProbZ,
                      const at::Tensor& referenceProbZ, double a, double gamma);

// ---- queries (membership_query.cpp) ----------------------------------------------------------

/// The ANN's logits, N x K float64, in batches.
at::Tensor annOutputs(const Network& net, const at::Tensor& images, int64_t batch, ProgressSink& progress);
/// The SNN's accumulated output membrane after every step, for `repeats` independent Poisson draws:
/// R x T x N x K float32 (one simulation pass gives every t <= T).
at::Tensor snnMembraneTrace(const SpikingModel& model, const at::Tensor& images, int repeats, uint64_t seed,
                            int64_t batch, ProgressSink& progress);
/// Mean over the repeats of the summed membrane after t steps: N x K float64.
at::Tensor membraneAt(const at::Tensor& trace, int64_t t);
/// Output spike counts after t steps, mean over the repeats (N x K float64). The converted output
/// layer only integrates, so its spikes are those of IF neurons with subtractive reset and this
/// threshold driven by the same per-step output current.
at::Tensor spikeCountsAt(const at::Tensor& trace, int64_t t, double threshold);
/// The output neurons' threshold as conversion balances the hidden layers (Algorithm 1): the largest
/// per-step output current over these records (a trace's rows), times scale.
double outputThreshold(const at::Tensor& trace, double scale);

// ---- data (membership_data.cpp) ---------------------------------------------------------------

struct MembershipSampling {
    int64_t perSet = 2000;     ///< members and as many non-members, class-balanced alike
    int64_t population = 2000; ///< population samples z, from the non-member data left over
    int64_t pool = 20000;      ///< records for the reference models, from both data sets' leftovers
    uint64_t seed = 0;
};

/// The records of one audit: members first, then non-members; the population z and the pool
/// never overlap them (nor each other).
struct MembershipData {
    at::Tensor images, labels; ///< audit records
    std::vector<uint8_t> member;
    at::Tensor populationImages, populationLabels;
    at::Tensor poolImages, poolLabels;
    int64_t members = 0, nonMembers = 0;
    std::string auditSha256;        ///< of the audit images and labels
    std::string poolSha256;         ///< of the pool images and labels (part of the references' key)
    std::vector<std::string> notes; ///< what was dropped or short, in words
};

/// Draws the audit from the member data (the target's training data) and the non-member data
/// (held out). Throws Error naming the cause: empty data, the two sets sharing images (the same
/// data given twice), too few images of a class for a balanced sample, shapes that differ.
MembershipData sampleMembershipData(const Dataset& members, const Dataset& nonMembers, int64_t numClasses,
                                    const MembershipSampling& sampling);

// ---- reference models (membership_references.cpp) --------------------------------------------

/// The target's architecture with fresh Kaiming-normal weights (fan-in, ReLU gain), zero biases.
Network freshNetwork(const Network& target, uint64_t seed);

struct ReferenceTraining {
    int count = 2;           ///< K; pairs of models train on complementary halves of the pool
    AnnTrainConfig training; ///< privatesnn train-ann's recipe
};

struct ReferenceSet {
    std::vector<Network> models;
    std::vector<MembershipReference> records;
    double seconds = 0; ///< training wall time of this call (0 when every model came from the cache)
};

/// Trains (or takes from `folder`) the K reference models. Model k trains on one half of a seeded
/// permutation of the pool (pair k / 2; k even the first half, odd the second), with the target's
/// architecture. Each finished model is written to folder/ref-k.psnn, then its record ref-k.json
/// (key, SHA-256, seconds), both atomically: a killed run keeps every finished model, and the next
/// run reuses a model whose key (architecture, pool, training settings, k) and file hash match.
/// `labPrefix` is how record files are named relative to the lab ("membership/references/").
ReferenceSet referenceModels(const Network& target, const MembershipData& data, const ReferenceTraining& config,
                             const std::string& folder, const std::string& labPrefix, ProgressSink& progress);

// ---- the audit (membership_audit.cpp) -------------------------------------------------------

/// A model to attack, with where it came from (for the results' provenance).
struct MembershipTargetModel {
    std::string name; ///< "ANN", "SNN", "encrypted SNN"
    std::string file, sha256;
    const Network* ann = nullptr; ///< exactly one of ann and snn
    const SpikingModel* snn = nullptr;
};

struct MembershipConfig {
    MembershipSampling sampling;
    ReferenceTraining references;
    int repeats = 1;         ///< Poisson queries averaged per record (SNNs)
    int sweepPoints = 6;     ///< t values of the T sweep (SNNs), evenly spaced up to T
    bool spikeCounts = true; ///< also attack the SNNs' output spike counts
    double rmiaA = 0.3;      ///< offline RMIA's Pr_IN ~ a Pr_OUT + (1 - a)
    double rmiaGamma = 2.0;
    int bootstrap = 1000;
    double alpha = 0.05;
    int64_t batch = 200;
    uint64_t seed = 0;
};

/// Per-record scores of every row, for scores.csv: columns aligned with results.rows.
struct MembershipScores {
    std::vector<std::vector<double>> columns;
    at::Tensor labels;
    std::vector<uint8_t> member;
};

struct MembershipAudit {
    MembershipResults results;
    MembershipScores scores;
};

/// Called after every finished row with the results so far (the GUI draws the ROCs as they come).
using MembershipListener = std::function<void(const MembershipResults&)>;

/// Runs every attack on every target against the same records, then compares the targets (AUC
/// differences ANN -> SNN -> encrypted SNN per attack, paired). `teacher` is the ANN the SNNs were
/// converted from: the reference models take its architecture, and its logits on the population
/// samples set the scale of the SNN readouts (fitReadoutScale). Cancellation between batches and
/// reference models keeps every finished reference model in referenceFolder.
MembershipAudit runMembershipAudit(const Network& teacher, const std::vector<MembershipTargetModel>& targets,
                                   const MembershipData& data, const MembershipConfig& config,
                                   const std::string& referenceFolder, const std::string& labPrefix,
                                   const std::vector<std::string>& classNames, ProgressSink& progress,
                                   const MembershipListener& listener = {});

/// Writes summary.csv, roc.csv, per_class.csv, sweep.csv, comparisons.csv, references.csv,
/// scores.csv and (last) membership.json into folder, each atomically. Returns the files written.
std::vector<std::string> writeMembershipFiles(const std::string& folder, const MembershipAudit& audit);

// ---- a lab's audit (membership_lab.cpp) -------------------------------------------------------

struct LabMembershipOptions {
    /// The teacher's training data and held-out data (data specs); both empty: the bundled
    /// teacher's Fashion-MNIST training and test splits.
    std::string membersSpec, nonMembersSpec;
    DataConversion conversion;
    std::vector<std::string> targets{"ann", "snn", "encrypted"};
    MembershipConfig config;
};

/// The audit of a lab's models: its teacher (the file whose SHA-256 the lab recorded, found by hash
/// when moved), snn.psnn and encrypted.psnn when their steps finished with those files. Takes the
/// lab's lock; writes LAB/membership/ (CSVs, membership.json, cached reference models) and the
/// "membership" section of results.json. Throws Error naming the cause and the way out: no lab,
/// a teacher that is not the lab's, data that cannot be audited, a lab in use.
MembershipAudit auditLab(const std::string& labFolder, const LabMembershipOptions& options, ProgressSink& progress,
                         const MembershipListener& listener = {});

/// The audit of LAB/membership/membership.json when every model it attacked is still the lab's
/// (same SHA-256 as teacherSha256 and the finished steps' snn.psnn and encrypted.psnn), else
/// nullopt with the reason in `stale`: results.json then leaves it out, so a report never shows an
/// audit of models the lab no longer has. A damaged file is reported in `stale` too.
std::optional<MembershipResults> currentLabMembership(const std::string& labFolder, const std::string& teacherSha256,
                                                      const std::string& snnSha256, const std::string& encryptedSha256,
                                                      std::string& stale);

} // namespace psnn
