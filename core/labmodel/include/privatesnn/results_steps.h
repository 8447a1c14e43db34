// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The step sections of results.json (synthesis ... leakage), each struct followed by its field list
// (json_fields.h); results.h holds the document around them.

#include "privatesnn/json_fields.h"
#include "privatesnn/verdict.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace psnn {

// ---- step results -------------------------------------------------------------------------------

struct SynthesisSample {
    int64_t cls = 0;
    std::string file; ///< relative to the lab
};

template <class F> void describeFields(F& f, SynthesisSample& v)
{
    f("class", v.cls);
    f("file", v.file);
}

struct SynthesisResults {
    int64_t images = 0, perClass = 0, steps = 0;
    std::optional<double> seconds, teacherAgreement, meanLoss, diversity;
    std::vector<std::vector<double>> classSimilarity;
    std::vector<SynthesisSample> samples;
    std::vector<std::pair<double, double>> lossCurve; ///< (step, loss), thinned
};

template <class F> void describeFields(F& f, SynthesisResults& v)
{
    f("images", v.images);
    f("per_class", v.perClass);
    f("steps", v.steps);
    f("seconds", v.seconds);
    f("teacher_agreement", v.teacherAgreement);
    f("mean_loss", v.meanLoss);
    f("diversity", v.diversity);
    f("class_similarity", v.classSimilarity);
    f("samples", v.samples);
    f("loss_curve", v.lossCurve);
}

struct LayerThreshold {
    std::string layer;
    double threshold = 0; ///< the mean over the layer's channels (one value in layer mode)
    std::optional<int64_t> channels;
};

template <class F> void describeFields(F& f, LayerThreshold& v)
{
    f("layer", v.layer);
    f("threshold", v.threshold);
    f("channels", v.channels);
}

struct ConversionResults {
    int64_t timesteps = 0;
    double scale = 1;
    std::string statistic, mode;
    int64_t images = 0;
    std::optional<double> seconds; ///< wall time of the convert step
    std::vector<LayerThreshold> thresholds;
    /// A spiking model imported instead of converted: its file, and the semantics it was read with
    /// (one line each, with where each came from: "reset: subtract (file metadata)").
    std::optional<std::string> imported;
    std::vector<std::string> semantics;
};

template <class F> void describeFields(F& f, ConversionResults& v)
{
    f("timesteps", v.timesteps);
    f("scale", v.scale);
    f("statistic", v.statistic);
    f("mode", v.mode);
    f("images", v.images);
    f("seconds", v.seconds);
    f("thresholds", v.thresholds);
    f("imported", v.imported);
    f("semantics", v.semantics, fields::omitEmpty);
}

/// Written by the evaluate steps (the converted SNN and the ANN) and evaluate_encrypted.
struct AccuracyResults {
    std::optional<int64_t> evalImages;
    std::optional<double> ann, converted, encrypted;
    std::optional<int64_t> convertedTimesteps, encryptedTimesteps; ///< T each SNN was measured at
    std::vector<double> convertedPerStep, encryptedPerStep;        ///< accuracy after t = 1..T steps
};

// Each evaluate step writes only its network's fields; the two merge into one section.
template <class F> void describeFields(F& f, AccuracyResults& v)
{
    f("eval_images", v.evalImages);
    f("ann", v.ann);
    f("converted", v.converted);
    f("converted_timesteps", v.convertedTimesteps);
    f("converted_per_step", v.convertedPerStep, fields::omitEmpty);
    f("encrypted", v.encrypted);
    f("encrypted_timesteps", v.encryptedTimesteps);
    f("encrypted_per_step", v.encryptedPerStep, fields::omitEmpty);
}

struct LayerActivityRow {
    std::string layer;
    std::optional<double> spikesPerNeuron; ///< over the whole window of T steps
    double spikeRate = 0;                  ///< per neuron per time step
};

template <class F> void describeFields(F& f, LayerActivityRow& v)
{
    f("layer", v.layer);
    f("spikes_per_neuron", v.spikesPerNeuron);
    f("spike_rate", v.spikeRate);
}

struct ActivityResults {
    std::optional<double> inputRate;       ///< input spikes per pixel over the whole window
    std::optional<int64_t> inputTimesteps; ///< the T of that window
    std::vector<LayerActivityRow> converted, encrypted;
};

template <class F> void describeFields(F& f, ActivityResults& v)
{
    f("input_rate", v.inputRate);
    f("input_timesteps", v.inputTimesteps);
    f("converted", v.converted, fields::omitEmpty);
    f("encrypted", v.encrypted, fields::omitEmpty);
}

struct EnergyLayer {
    std::string layer;
    int64_t macs = 0;
    double inputRate = 0, annPj = 0, snnPj = 0;
};

template <class F> void describeFields(F& f, EnergyLayer& v)
{
    f("layer", v.layer);
    f("macs", v.macs);
    f("input_rate", v.inputRate);
    f("ann_pj", v.annPj);
    f("snn_pj", v.snnPj);
}

struct NetworkEnergy {
    double snnPj = 0;
    std::vector<EnergyLayer> layers;
};

template <class F> void describeFields(F& f, NetworkEnergy& v)
{
    f("snn_pj", v.snnPj);
    f("layers", v.layers);
}

struct EnergyResults {
    std::optional<double> annPj, macPj, acPj; ///< picojoule
    std::string convention;
    std::optional<NetworkEnergy> converted, encrypted;
};

template <class F> void describeFields(F& f, EnergyResults& v)
{
    f("ann_pj", v.annPj);
    f("mac_pj", v.macPj);
    f("ac_pj", v.acPj);
    f("convention", v.convention, fields::omitEmpty);
    f("converted", v.converted);
    f("encrypted", v.encrypted);
}

struct EncryptionSettingsUsed {
    double m = 0, tau = 0, learningRate = 0;
    int64_t batchSize = 0;
    std::string ceTarget, readout;
    std::optional<double> logitScale;
    bool dropout = true; ///< labs before this field trained with dropout on
};

template <class F> void describeFields(F& f, EncryptionSettingsUsed& v)
{
    f("m", v.m);
    f("tau", v.tau);
    f("learning_rate", v.learningRate);
    f("batch_size", v.batchSize);
    f("ce_target", v.ceTarget);
    f("readout", v.readout);
    f("logit_scale", v.logitScale);
    f("dropout", v.dropout);
}

struct EncryptionEpochRow {
    int64_t epoch = 0;
    double lr = 0, ce = 0, kd = 0, loss = 0, trainAccuracy = 0;
    double evalAccuracy = -1; ///< -1: not evaluated
    double seconds = 0;
};

template <class F> void describeFields(F& f, EncryptionEpochRow& v)
{
    f("epoch", v.epoch);
    f("lr", v.lr);
    f("ce", v.ce);
    f("kd", v.kd);
    f("loss", v.loss);
    f("train_accuracy", v.trainAccuracy);
    f("eval_accuracy", v.evalAccuracy);
    f("seconds", v.seconds);
}

struct LayerDriftRow {
    std::string layer;
    double cosine = 0, relativeL2 = 0;
};

template <class F> void describeFields(F& f, LayerDriftRow& v)
{
    f("layer", v.layer);
    f("cosine", v.cosine);
    f("relative_l2", v.relativeL2);
}

struct EncryptionResults {
    int64_t timesteps = 0, epochsPlanned = 0, images = 0;
    std::optional<double> seconds; ///< training: the epochs' time
    int64_t resumedFromEpoch = 0;
    EncryptionSettingsUsed settings;
    std::optional<double> accuracyBefore; ///< the converted SNN at the encryption's T
    std::vector<EncryptionEpochRow> epochs;
    std::vector<LayerDriftRow> drift;
    std::optional<int64_t> memoryEstimateBytes;
    std::optional<double>
        wallSeconds; ///< the whole step (the runner's clock): training, the evaluations around it, saving
};

template <class F> void describeFields(F& f, EncryptionResults& v)
{
    f("timesteps", v.timesteps);
    f("epochs_planned", v.epochsPlanned);
    f("images", v.images);
    f("seconds", v.seconds);
    f("wall_seconds", v.wallSeconds);
    f("resumed_from_epoch", v.resumedFromEpoch);
    f("settings", v.settings);
    f("accuracy_before", v.accuracyBefore);
    f("epochs", v.epochs);
    f("drift", v.drift);
    f("memory_estimate_bytes", v.memoryEstimateBytes);
    if constexpr (F::reads)
        if (v.accuracyBefore && *v.accuracyBefore < 0)
            v.accuracyBefore.reset(); // schema 1 wrote -1 for "not measured"
}

struct LeakageRowResult {
    std::string attack, target;
    int64_t images = 0;
    double fid = 0;
    double kid = 0, kidStd = 0; ///< KID (unbiased MMD², cubic kernel) on the raw scale, not ×1000
    std::optional<double> seconds, judgeAccuracy, judgeConfidence;
    std::optional<double> judge2Accuracy; ///< the second judge's, when the lab has one
};

template <class F> void describeFields(F& f, LeakageRowResult& v)
{
    f("attack", v.attack);
    f("target", v.target);
    f("images", v.images);
    f("fid", v.fid);
    f("kid", v.kid);
    f("kid_std", v.kidStd);
    f("seconds", v.seconds);
    f("judge_accuracy", v.judgeAccuracy);
    f("judge_confidence", v.judgeConfidence);
    f("judge2_accuracy", v.judge2Accuracy);
}

struct LeakageVerdict {
    std::string attack, target, rule, explanation;
    std::optional<bool> leaks; ///< true: leaks (beyond or within the margin); false: protected; empty: open or no judge
    std::optional<StudyVerdict> verdict;    ///< empty without a judge
    std::optional<std::string> verdictText; ///< verdictText() as the pipeline wrote it
    /// For an open verdict: what more images would have to show, and how many give 80 % power to
    /// show it (VerdictResult); 0 = more than 100000.
    std::optional<PowerTarget> powerTarget;
    std::optional<int64_t> imagesFor80, images;
    std::optional<double> ciLow, ciHigh, pValue, judgeAccuracy;
    /// With a second judge: its accuracy, and which judge's interval (ciLow, ciHigh, pValue) the
    /// verdict rests on (1 or 2). Each judge's interval is then at 1 - alpha / 2 (Bonferroni).
    std::optional<double> judge2Accuracy;
    std::optional<int> decidedBy;
    int judges = 1; ///< how many judges decided (1 or 2)
};

template <class F> void describeFields(F& f, LeakageVerdict& v)
{
    f("attack", v.attack);
    f("target", v.target);
    f("rule", v.rule);
    f("explanation", v.explanation);
    f("leaks", v.leaks, fields::nullWhenEmpty);
    f("verdict", v.verdict, kVerdictNames, fields::nullWhenEmpty);
    f("verdict_text", v.verdictText);
    f("power_target", v.powerTarget, kPowerTargetNames);
    f("images_for_80", v.imagesFor80);
    f.retired("images_needed"); // version 2: the images at which a repeated rate would decide
    f("images", v.images);
    f("ci_low", v.ciLow);
    f("ci_high", v.ciHigh);
    f("p_value", v.pValue);
    f("judge_accuracy", v.judgeAccuracy);
    f("judge2_accuracy", v.judge2Accuracy);
    f("decided_by_judge", v.decidedBy);
    f("judges", v.judges);
    if constexpr (F::reads) {
        // Labs before the three-way verdict stored only "leaks"; a binomial test that failed to
        // reject was "leaks": false, which is no evidence of protection (its sentence said otherwise).
        if (!v.verdict && v.leaks == true) {
            v.verdict = StudyVerdict::Leaks;
        } else if (!v.verdict && v.leaks == false) {
            v.leaks.reset();
            v.verdict = StudyVerdict::Inconclusive;
            v.explanation.clear();
        }
    }
}

struct LeakageResults {
    std::string feature;
    int64_t referenceImages = 0;
    double chance = 0;
    std::vector<LeakageRowResult> rows;
    std::string grid; ///< image file relative to the lab
    std::vector<LeakageVerdict> verdicts;
};

template <class F> void describeFields(F& f, LeakageResults& v)
{
    f("feature", v.feature);
    f("reference_images", v.referenceImages);
    f("chance", v.chance);
    f("rows", v.rows);
    f("grid", v.grid);
    f("verdicts", v.verdicts);
}

} // namespace psnn
