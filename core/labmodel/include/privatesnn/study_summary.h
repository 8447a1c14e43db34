// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The privacy-utility study's results as typed values (LAB/study/study.json): core computes them
// (privatesnn/study.h), the CLI, the GUI and the report read them through studySummaryFromJson, so
// no one reads the file by key.

#include "privatesnn/layer_drift.h"
#include "privatesnn/verdict.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

inline constexpr const char* kStudySchema = "privatesnn-study";
/// 2: four verdicts, decided by both judges at a family-wise level, with a power figure
/// (images_for_80, power_target) in place of images_needed. Version 1 files are converted when read.
/// 3: written by two lines of work apart, each with one half of version 4: either the controls and
/// the defences early-layers, label-smoothing and quantisation (control_warnings, transfer_share),
/// or defence seeds (each point's per-seed values, pooled statistics over seeds and restarts, paired
/// comparisons between points), held-out real references, KID's standard error, the feature
/// extractor and the bias drift.
/// 4: both. Files of versions 2 and 3 (either kind) read as they are: the fields a file lacks keep
/// their defaults (one seed per point, no comparisons, no controls).
inline constexpr int kStudyVersion = 4;

/// One defended model of the study.
struct StudyPoint {
    std::string id;      ///< file-safe, unique: "encryption-2", "noise-2", "reinit-0"
    std::string defence; ///< "encryption", "noise", "reinit"
    std::string label;   ///< human: "lr 1e-3, 10 epochs"
    /// Nominal dose relative to the paper's (learning rate x epochs over 1e-4 x 20); 0 = none.
    /// A noise point has the strength of the encryption point it matches.
    double strength = 0;
    int epochs = 0;
    double learningRate = 0;
    std::string matches; ///< noise: the id of the encryption point whose drift it copies
    int layers = 0;      ///< early-layers: the first k weight layers re-initialised and distilled
    int bits = 0;        ///< quantisation: bits per weight
    double labelSmoothing = 0; ///< label-smoothing: a of encryption.label_smoothing
    double epsilon = 0;        ///< transfer-control: L-inf radius, share of the pixel range
    /// Defence realisations: each seed its own trained network or noise direction, all attacked
    /// with the same restart seeds (study.defence_seeds for trained and noised points; 1 for a
    /// point that is the same network at every seed, such as the undefended one).
    int seeds = 1;
};

/// Whether chance lies outside an interval (the random-network control's check).
inline bool excludesChance(const Interval& interval, double chance)
{
    return interval.low > chance || interval.high < chance;
}

/// A control ("transfer-control", "random-control") measures the scoring, not a defence: it is
/// never recommended and the frontier shows it as a reference mark.
inline bool isStudyControl(const std::string& defence)
{
    return defence == "transfer-control" || defence == "random-control";
}

/// One attack on one point, what the frontier and the table need (judge 1 = the pipeline's judge).
struct StudyAttackRow {
    std::string attack;
    int64_t images = 0;
    std::vector<int64_t> labels; ///< target class per image (classes x restarts, same order at every point)
    std::vector<int> correct;    ///< judge 1 put image i in its target class
    std::vector<int> correct2;   ///< the second judge, empty without one
    double confidence = 0;       ///< judge 1's mean softmax probability of the target class
    double fid = 0, kid = 0;
    double fidNormalised = 0, kidNormalised = 0;
    /// KID's standard error: the spread of its estimates over random reference subsets (over seeds:
    /// the seeds' standard error of the mean KID when larger); the normalised one on the same scale.
    double kidSe = 0, kidNormalisedSe = 0;
    /// The attack's wall time in the job (over seeds: their sum), where a study's time goes.
    double seconds = 0;
    // Filled by summariseStudy:
    double accuracy = 0;
    std::optional<double> accuracy2, agreement; ///< the second judge's accuracy and agreement; empty without one
    /// Judge 1's exact 95 % interval (what the frontier draws; over several defence seeds on the
    /// counts deflated by their design effect) and the two-stage bootstrap (seeds, then restarts
    /// within each class; one seed: restarts within class).
    Interval interval, bootstrap;
    /// Judge 1's design effect over the point's seeds (1: the seeds agree within their restarts' noise).
    double designEffect = 1;
    /// Each seed's own judge accuracy (judge 1, then the second judge), in seed order; one value
    /// for a point of one seed.
    std::vector<double> seedAccuracy, seedAccuracy2;
    double mcnemarP = 1; ///< paired against the undefended point, same attack
    /// Each judge's verdict at the point's family-wise level: judge 1, then the second judge when
    /// there is one.
    std::vector<VerdictResult> judgeVerdicts;
    VerdictResult verdict; ///< the judges' together (combineVerdicts)
};

/// The distance scale's two ends: real images held out of the reference set (none of them is in
/// it) and the attacks' uniform initial noise, as many of each as one attack makes.
struct StudyReferences {
    double fidReal = 0, fidNoise = 0, kidReal = 0, kidNoise = 0;
    int64_t heldOutImages = 0, referenceImages = 0; ///< 0 in files before version 3 (not held out)
};

template <class F> void describeFields(F& f, StudyReferences& r)
{
    f("fid_real", r.fidReal);
    f("fid_noise", r.fidNoise);
    f("kid_real", r.kidReal);
    f("kid_noise", r.kidNoise);
    f("held_out_images", r.heldOutImages);
    f("reference_images", r.referenceImages);
}

/// One defence seed of a point: its own network's values (study.json keeps them beside the pooled).
struct StudySeedResult {
    int seed = 0;
    double snnAccuracy = 0, reconvertedAccuracy = 0, relativeL2 = 0, biasL2 = 0;
    std::vector<double> judgeAccuracy; ///< judge 1 per attack, in the point's attack order
};

template <class F> void describeFields(F& f, StudySeedResult& r)
{
    f("seed", r.seed);
    f("snn_accuracy", r.snnAccuracy);
    f("reconverted_ann_accuracy", r.reconvertedAccuracy);
    f("weight_relative_l2", r.relativeL2);
    f("bias_l2", r.biasL2);
    f("judge_accuracy", r.judgeAccuracy);
}

/// Two points compared on the same images (same seeds, classes, restarts) under one attack, judge 1:
/// each dose against the undefended point, and each noise point against the encryption it matches.
struct StudyComparison {
    std::string first, second; ///< point ids; the difference is first minus second
    std::string attack;
    double difference = 0;    ///< in judge accuracy
    Interval interval{-1, 1}; ///< 95 %, accounting for the seeds (pairedDifference)
    double p = 1;             ///< exact McNemar (on deflated counts over seeds)
    int64_t pairs = 0;
    /// The two points' accuracy loss against the ANN (seeds' mean) and whether they are equal
    /// within one percentage point: only then is it a comparison "at equal accuracy loss".
    double firstLoss = 0, secondLoss = 0;
    bool equalAccuracyLoss = false;
};

struct StudyPointResult {
    StudyPoint point;
    std::string key; ///< settings + inputs; a changed key re-runs the point
    double annAccuracy = 0, snnAccuracy = 0, reconvertedAccuracy = 0;
    std::vector<LayerDrift> drift;
    double relativeL2 = 0;
    /// ||b - b0|| over all layers' biases against the undefended SNN (absolute: the bundled
    /// teacher's biases are small, so a relative figure would say little); the noise control
    /// matches it layer by layer.
    double biasL2 = 0;
    int seed = 0; ///< a single realisation's defence seed (a point's own file)
    /// The pooled point's seeds (study.json): empty in a single realisation's file. The pooled
    /// accuracies, drift and distances above are the seeds' means; the attacks' per-image outcomes
    /// are the seeds' in seed order.
    std::vector<StudySeedResult> seeds;
    std::vector<StudyAttackRow> attacks;
    StudyReferences references; ///< the distance scale's two ends, measured with this point
    double seconds = 0;
    size_t strongest = 0; ///< index into attacks (highest judge 1 accuracy), by summariseStudy
    /// The point's verdict: its attacks' together (combineVerdicts), so the strongest attack of either
    /// judge counts; by summariseStudy.
    VerdictResult verdict;

    /// The strongest attack, or nullptr for a point without attacks.
    const StudyAttackRow* strongestAttack() const { return strongest < attacks.size() ? &attacks[strongest] : nullptr; }
    double accuracyLost() const { return annAccuracy - snnAccuracy; }
};

struct StudySummary {
    std::string grid; ///< "default", "quick"
    std::vector<StudyPointResult> points;
    double chance = 0.1;
    double margin = 0.10;
    double level = 0.95; ///< each point's family-wise level
    /// Judges whose verdicts combine at every point; 1: the verdicts rest on one judge.
    int judges = 1;
    std::optional<size_t> recommended; ///< index into points
    std::string answer;                ///< one sentence
    /// The random-network control's judge accuracy outside chance's interval (the scoring credits
    /// images made without class knowledge), one sentence each; by summariseStudy.
    std::vector<std::string> controlWarnings;
    /// (transfer control - chance) / (undefended strongest attack - chance): the share of the
    /// undefended point's judge accuracy above chance that adversarial transfer alone reaches.
    std::optional<double> transferShare;
    /// The network whose penultimate layer the FID and KID are measured in (a judge's, never the
    /// attacked teacher's); empty in files before version 3.
    std::string featureExtractor;
    std::vector<StudyComparison> comparisons; ///< by summariseStudy
};

/// study.json: every point with its drift, accuracies and per-attack statistics and verdicts, the
/// recommendation and the answer (docs: README "How much encryption is enough?"). The per-image
/// outcomes stay in the points' own files.
nlohmann::json toJson(const StudySummary& summary);
/// Reads study.json. Throws Error (BadFormat) naming the field for a value of the wrong type or
/// another schema, (Unsupported) for a newer version. Missing fields keep their defaults.
StudySummary studySummaryFromJson(const nlohmann::json& j);
/// LAB/study/study.json, or nullopt when the lab has none; throws as studySummaryFromJson (and for
/// a file that is not JSON).
std::optional<StudySummary> readStudySummary(const std::string& labFolder);

/// (d - d_real) / (d_noise - d_real) for a distance d (FID, KID): 0 = as far from the real images as
/// held-out real images, 1 = as far as the attacks' initial noise; 0 when the references coincide.
/// The study's fid_normalised and kid_normalised, and the GUI's KID column.
double normaliseDistance(double value, double realReference, double noiseReference);

} // namespace psnn
