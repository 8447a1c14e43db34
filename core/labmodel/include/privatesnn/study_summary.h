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
/// 3: the controls (transfer, random network) and the defences early-layers, label-smoothing and
/// quantisation, with control_warnings and transfer_share; version 2 files read as they are.
inline constexpr int kStudyVersion = 3;

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
    // Filled by summariseStudy:
    double accuracy = 0;
    std::optional<double> accuracy2, agreement; ///< the second judge's accuracy and agreement; empty without one
    /// Judge 1's exact 95 % interval (what the frontier draws) and the bootstrap of its restarts
    /// within each class.
    Interval interval, bootstrap;
    double mcnemarP = 1; ///< paired against the undefended point, same attack
    /// Each judge's verdict at the point's family-wise level: judge 1, then the second judge when
    /// there is one.
    std::vector<VerdictResult> judgeVerdicts;
    VerdictResult verdict; ///< the judges' together (combineVerdicts)
};

struct StudyReferences {
    double fidReal = 0, fidNoise = 0, kidReal = 0, kidNoise = 0;
};

template <class F> void describeFields(F& f, StudyReferences& r)
{
    f("fid_real", r.fidReal);
    f("fid_noise", r.fidNoise);
    f("kid_real", r.kidReal);
    f("kid_noise", r.kidNoise);
}

struct StudyPointResult {
    StudyPoint point;
    std::string key; ///< settings + inputs; a changed key re-runs the point
    double annAccuracy = 0, snnAccuracy = 0, reconvertedAccuracy = 0;
    std::vector<LayerDrift> drift;
    double relativeL2 = 0;
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
