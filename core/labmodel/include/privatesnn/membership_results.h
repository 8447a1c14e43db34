// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The membership-inference audit (issue 27) as typed values: core computes it, writes it to
// LAB/membership/membership.json and into results.json's "membership" section; the CLI, the report
// and the GUI read the typed structs. Each struct is followed by its field list (json_fields.h),
// the one place its keys are spelled.

#include "privatesnn/json_fields.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

inline constexpr const char* kMembershipSchema = "privatesnn-membership";
inline constexpr int kMembershipVersion = 1;
/// Where the audit keeps its typed results, relative to the lab.
inline constexpr const char* kMembershipFile = "membership/membership.json";

/// The two verdicts of the audit. Never "private": a test that fails to reject proves nothing.
enum class MembershipVerdict { Leaks, NoEvidence };
inline constexpr fields::Names<MembershipVerdict, 2> kMembershipVerdictNames{
    {{MembershipVerdict::Leaks, "leaks"}, {MembershipVerdict::NoEvidence, "no_evidence"}}};
/// "leaks" or "no evidence of leakage at this attacker budget" (files and the CLI; the GUI and the
/// report translate the enum).
std::string membershipVerdictText(MembershipVerdict verdict);

/// The attack at one false-positive rate: the threshold with the largest TPR whose FPR on the
/// non-members is at most targetFpr, with exact (Clopper-Pearson) intervals for both rates.
struct MembershipOperatingPoint {
    double targetFpr = 0;
    int64_t nonMembers = 0;            ///< the non-members the FPR is measured on
    int64_t falsePositivesAllowed = 0; ///< floor(targetFpr x nonMembers)
    bool resolved = false;             ///< false: too few non-members for even one false positive
    std::optional<double> threshold;   ///< member when score >= threshold; empty: no threshold fits
    int64_t truePositives = 0, falsePositives = 0;
    double tpr = 0, tprLow = 0, tprHigh = 0;
    double fpr = 0, fprLow = 0, fprHigh = 0;
};

template <class F> void describeFields(F& f, MembershipOperatingPoint& v)
{
    f("target_fpr", v.targetFpr);
    f("non_members", v.nonMembers);
    f("false_positives_allowed", v.falsePositivesAllowed);
    f("resolved", v.resolved);
    f("threshold", v.threshold);
    f("true_positives", v.truePositives);
    f("false_positives", v.falsePositives);
    f("tpr", v.tpr);
    f("tpr_low", v.tprLow);
    f("tpr_high", v.tprHigh);
    f("fpr", v.fpr);
    f("fpr_low", v.fprLow);
    f("fpr_high", v.fprHigh);
}

/// One class's members and non-members at the row's 1 % FPR threshold (the global one).
struct MembershipClassFigure {
    int64_t cls = 0;
    std::string name;
    int64_t members = 0, nonMembers = 0, truePositives = 0, falsePositives = 0;
    double tpr = 0, tprLow = 0, tprHigh = 0, fpr = 0;
};

template <class F> void describeFields(F& f, MembershipClassFigure& v)
{
    f("class", v.cls);
    f("name", v.name);
    f("members", v.members);
    f("non_members", v.nonMembers);
    f("true_positives", v.truePositives);
    f("false_positives", v.falsePositives);
    f("tpr", v.tpr);
    f("tpr_low", v.tprLow);
    f("tpr_high", v.tprHigh);
    f("fpr", v.fpr);
}

/// The records the target classifies wrongly ("misclassified") or rightly ("correct").
struct MembershipSlice {
    std::string name;
    int64_t members = 0, nonMembers = 0;
    std::optional<double> auc;                     ///< empty when either side has no record
    int64_t truePositives = 0, falsePositives = 0; ///< at the row's 1 % FPR threshold
};

template <class F> void describeFields(F& f, MembershipSlice& v)
{
    f("name", v.name);
    f("members", v.members);
    f("non_members", v.nonMembers);
    f("auc", v.auc, fields::nullWhenEmpty);
    f("true_positives", v.truePositives);
    f("false_positives", v.falsePositives);
}

/// One attack on one readout of one target.
struct MembershipRow {
    std::string target;    ///< "ANN", "SNN", "encrypted SNN"
    std::string readout;   ///< "logits", "membrane", "spike counts"
    std::string attack;    ///< "loss", "LiRA", "RMIA"
    int64_t timesteps = 0; ///< 0 for the ANN
    int64_t repeats = 1;   ///< Poisson queries averaged per record
    double scale = 1;      ///< outputs x scale are the logits attacked: 1 for an ANN, fitted for an SNN readout
    double memberAccuracy = 0, nonMemberAccuracy = 0;
    double auc = 0.5, aucLow = 0, aucHigh = 1;             ///< AUC and its stratified bootstrap percentile interval
    double advantage = 0;                                  ///< max over thresholds of TPR - FPR
    std::vector<MembershipOperatingPoint> operatingPoints; ///< 0.1 % and 1 % FPR
    std::vector<MembershipClassFigure> perClass;
    std::vector<MembershipSlice> slices;
    std::vector<double> rocFpr, rocTpr; ///< the ROC, thinned on a log scale of FPR
    MembershipVerdict verdict = MembershipVerdict::NoEvidence;
    std::string verdictReason; ///< which test decided, with its numbers

    /// The operating point at targetFpr, or nullptr.
    const MembershipOperatingPoint* at(double targetFpr) const;
};

template <class F> void describeFields(F& f, MembershipRow& v)
{
    f("target", v.target);
    f("readout", v.readout);
    f("attack", v.attack);
    f("timesteps", v.timesteps);
    f("repeats", v.repeats);
    f("scale", v.scale);
    f("member_accuracy", v.memberAccuracy);
    f("non_member_accuracy", v.nonMemberAccuracy);
    f("auc", v.auc);
    f("auc_low", v.aucLow);
    f("auc_high", v.aucHigh);
    f("advantage", v.advantage);
    f("operating_points", v.operatingPoints);
    f("per_class", v.perClass);
    f("slices", v.slices);
    f("roc_fpr", v.rocFpr);
    f("roc_tpr", v.rocTpr);
    f("verdict", v.verdict, kMembershipVerdictNames);
    f.derived("verdict_text", membershipVerdictText(v.verdict));
    f("verdict_reason", v.verdictReason);
}

/// Accuracy and leakage of an SNN readout after t of its T steps (one simulation pass).
struct MembershipSweepPoint {
    std::string target, readout, attack;
    int64_t timesteps = 0;
    double memberAccuracy = 0, nonMemberAccuracy = 0;
    double auc = 0.5, aucLow = 0, aucHigh = 1;
    double tprAtOnePercent = 0, tprLow = 0, tprHigh = 0;
};

template <class F> void describeFields(F& f, MembershipSweepPoint& v)
{
    f("target", v.target);
    f("readout", v.readout);
    f("attack", v.attack);
    f("timesteps", v.timesteps);
    f("member_accuracy", v.memberAccuracy);
    f("non_member_accuracy", v.nonMemberAccuracy);
    f("auc", v.auc);
    f("auc_low", v.aucLow);
    f("auc_high", v.aucHigh);
    f("tpr_at_1pct", v.tprAtOnePercent);
    f("tpr_low", v.tprLow);
    f("tpr_high", v.tprHigh);
}

/// Does conversion (ANN -> SNN) or encryption (SNN -> encrypted SNN) change the leakage of one
/// attack? The AUC difference on the same records with a paired bootstrap interval.
struct MembershipComparison {
    std::string attack;
    std::string from, to; ///< targets, e.g. "ANN" and "SNN"
    std::string fromReadout, toReadout;
    double aucDifference = 0; ///< AUC(to) - AUC(from)
    double low = 0, high = 0; ///< its paired bootstrap percentile interval
};

template <class F> void describeFields(F& f, MembershipComparison& v)
{
    f("attack", v.attack);
    f("from", v.from);
    f("to", v.to);
    f("from_readout", v.fromReadout);
    f("to_readout", v.toReadout);
    f("auc_difference", v.aucDifference);
    f("low", v.low);
    f("high", v.high);
}

/// One reference model (the target's architecture, trained on a random half of the pool).
struct MembershipReference {
    int64_t index = 0;
    std::string file, sha256; ///< file relative to the lab
    int64_t trainImages = 0, epochs = 0, seed = 0;
    double populationAccuracy = 0; ///< on the population samples z, which it never saw
    double seconds = 0;            ///< training wall time (when it was trained)
    bool reused = false;           ///< taken from the lab's cache by this run
};

template <class F> void describeFields(F& f, MembershipReference& v)
{
    f("index", v.index);
    f("file", v.file);
    f("sha256", v.sha256);
    f("train_images", v.trainImages);
    f("epochs", v.epochs);
    f("seed", v.seed);
    f("population_accuracy", v.populationAccuracy);
    f("seconds", v.seconds);
    f("reused", v.reused);
}

/// A model the audit attacked, with its file's hash and the verdict over all its rows.
struct MembershipTarget {
    std::string name; ///< "ANN", "SNN", "encrypted SNN"
    std::string file, sha256;
    int64_t timesteps = 0;
    MembershipVerdict verdict = MembershipVerdict::NoEvidence;
    std::string verdictReason;
};

template <class F> void describeFields(F& f, MembershipTarget& v)
{
    f("name", v.name);
    f("file", v.file);
    f("sha256", v.sha256);
    f("timesteps", v.timesteps);
    f("verdict", v.verdict, kMembershipVerdictNames);
    f.derived("verdict_text", membershipVerdictText(v.verdict));
    f("verdict_reason", v.verdictReason);
}

struct MembershipResults {
    std::string generated, tool;
    std::string membersSpec, nonMembersSpec, membersSource, nonMembersSource;
    std::string auditSha256; ///< of the sampled member and non-member images and labels
    int64_t members = 0, nonMembers = 0, population = 0, pool = 0;
    int64_t referenceCount = 0, referenceEpochs = 0, repeats = 1, bootstrap = 0, seed = 0;
    double rmiaA = 0, rmiaGamma = 1, alpha = 0.05;
    std::vector<std::string> classNames;
    std::vector<std::string> notes;
    std::string verdictRule;
    std::vector<MembershipTarget> targets;
    std::vector<MembershipReference> references;
    std::vector<MembershipRow> rows;
    std::vector<MembershipComparison> comparisons;
    std::vector<MembershipSweepPoint> sweep;
    double seconds = 0, referenceSeconds = 0, cpuSeconds = 0;
    int64_t threads = 0;

    /// The row of target/readout/attack, or nullptr.
    const MembershipRow* find(const std::string& target, const std::string& readout, const std::string& attack) const;
    /// The target named name, or nullptr.
    const MembershipTarget* target(const std::string& name) const;
};

template <class F> void describeFields(F& f, MembershipResults& v)
{
    // Checked before the fields are read (membershipResultsFromJson).
    f.derived("schema", std::string(kMembershipSchema));
    f.derived("version", kMembershipVersion);
    f("generated", v.generated);
    f("tool", v.tool);
    f("members_spec", v.membersSpec);
    f("non_members_spec", v.nonMembersSpec);
    f("members_source", v.membersSource);
    f("non_members_source", v.nonMembersSource);
    f("audit_sha256", v.auditSha256);
    f("members", v.members);
    f("non_members", v.nonMembers);
    f("population", v.population);
    f("pool", v.pool);
    f("reference_count", v.referenceCount);
    f("reference_epochs", v.referenceEpochs);
    f("repeats", v.repeats);
    f("bootstrap", v.bootstrap);
    f("seed", v.seed);
    f("rmia_a", v.rmiaA);
    f("rmia_gamma", v.rmiaGamma);
    f("alpha", v.alpha);
    f("class_names", v.classNames);
    f("notes", v.notes);
    f("verdict_rule", v.verdictRule);
    f("targets", v.targets);
    f("references", v.references);
    f("rows", v.rows);
    f("comparisons", v.comparisons);
    f("sweep", v.sweep);
    f("seconds", v.seconds);
    f("reference_seconds", v.referenceSeconds);
    f("cpu_seconds", v.cpuSeconds);
    f("threads", v.threads);
}

nlohmann::json toJson(const MembershipResults& results);
/// Reads the audit (membership.json, or results.json's "membership" section). Throws Error
/// (BadFormat) naming the field for a value of the wrong type or another schema, (Unsupported) for
/// a newer version. Missing fields keep their defaults.
MembershipResults membershipResultsFromJson(const nlohmann::json& j);
/// LAB/membership/membership.json, or nullopt when the lab has none; throws as
/// membershipResultsFromJson (and for a file that is not JSON).
std::optional<MembershipResults> readMembershipResults(const std::string& labFolder);

} // namespace psnn
