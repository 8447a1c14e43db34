// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// results.json as typed values: the pipeline fills these and writes them through toJson; the
// pages, the report and the CLI read them through fromJson. One struct per section, one JSON
// binding each (to_json/from_json, found by nlohmann::json). The key names are the file format
// (docs/lab-format.md). Reading is lenient about missing fields (an older lab lacks some: they stay
// empty/default and the report prints "—"), strict about types (a string where a number belongs is
// an error naming the section).

#include "privatesnn/verdict.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace psnn {

inline constexpr const char* kResultsSchema = "privatesnn-results";
/// 2: conversion.seconds, activity.input_timesteps; accuracy T per network (converted_timesteps,
/// encrypted_timesteps) is the only T key. Version 1 files are converted when read.
inline constexpr int kResultsVersion = 2;

// ---- sections every lab has ---------------------------------------------------------------------

struct ModelLayer {
    std::string path, kind;
    std::vector<int64_t> outputShape;
    int64_t parameters = 0, macs = 0;
};

struct ModelResults {
    std::string path, sha256, name;
    std::vector<std::string> classNames;
    int64_t channels = 0, height = 0, width = 0;
    std::optional<int64_t> parameters, macs;
    std::vector<ModelLayer> layers;
};

struct JudgeInfo {
    std::string path, sha256, name;
};

/// What each step was allowed to see: the data-free claim, stated per step.
struct DataFreeProof {
    std::string synthesize, convert, encrypt;
    std::string evaluationData; ///< "none" without evaluation data
    std::optional<std::string> evaluationSha256;
    std::vector<std::string> evaluationUsedBy;
};

struct StepProvenance {
    std::string step, started, finished;
    double seconds = 0;
    int64_t seed = 0;
    std::string key;
    std::map<std::string, std::string> inputs, outputs; ///< name -> SHA-256
};

struct Provenance {
    std::string tool, machine;
    std::map<std::string, std::string> libraries; ///< name -> version
    std::optional<int64_t> threads;
    std::vector<StepProvenance> steps;
    /// The record of `step`, or nullptr.
    const StepProvenance* find(const std::string& step) const;
};

// ---- step results -------------------------------------------------------------------------------

struct SynthesisSample {
    int64_t cls = 0;
    std::string file; ///< relative to the lab
};

struct SynthesisResults {
    int64_t images = 0, perClass = 0, steps = 0;
    std::optional<double> seconds, teacherAgreement, meanLoss, diversity;
    std::vector<std::vector<double>> classSimilarity;
    std::vector<SynthesisSample> samples;
    std::vector<std::pair<double, double>> lossCurve; ///< (step, loss), thinned
};

struct LayerThreshold {
    std::string layer;
    double threshold = 0; ///< the mean over the layer's channels (one value in layer mode)
    std::optional<int64_t> channels;
};

struct ConversionResults {
    int64_t timesteps = 0;
    double scale = 1;
    std::string statistic, mode;
    int64_t images = 0;
    std::optional<double> seconds; ///< wall time of the convert step
    std::vector<LayerThreshold> thresholds;
};

/// Written by the evaluate steps (the converted SNN and the ANN) and evaluate_encrypted.
struct AccuracyResults {
    std::optional<int64_t> evalImages;
    std::optional<double> ann, converted, encrypted;
    std::optional<int64_t> convertedTimesteps, encryptedTimesteps; ///< T each SNN was measured at
    std::vector<double> convertedPerStep, encryptedPerStep;         ///< accuracy after t = 1..T steps
};

struct LayerActivityRow {
    std::string layer;
    std::optional<double> spikesPerNeuron; ///< over the whole window of T steps
    double spikeRate = 0;                  ///< per neuron per time step
};

struct ActivityResults {
    std::optional<double> inputRate;        ///< input spikes per pixel over the whole window
    std::optional<int64_t> inputTimesteps;  ///< the T of that window
    std::vector<LayerActivityRow> converted, encrypted;
};

struct EnergyLayer {
    std::string layer;
    int64_t macs = 0;
    double inputRate = 0, annPj = 0, snnPj = 0;
};

struct NetworkEnergy {
    double snnPj = 0;
    std::vector<EnergyLayer> layers;
};

struct EnergyResults {
    std::optional<double> annPj, macPj, acPj; ///< picojoule
    std::string convention;
    std::optional<NetworkEnergy> converted, encrypted;
};

struct EncryptionSettingsUsed {
    double m = 0, tau = 0, learningRate = 0;
    int64_t batchSize = 0;
    std::string ceTarget, readout;
    std::optional<double> logitScale;
    bool dropout = true; ///< labs before this field trained with dropout on
};

struct EncryptionEpochRow {
    int64_t epoch = 0;
    double lr = 0, ce = 0, kd = 0, loss = 0, trainAccuracy = 0;
    double evalAccuracy = -1; ///< -1: not evaluated
    double seconds = 0;
};

struct LayerDriftRow {
    std::string layer;
    double cosine = 0, relativeL2 = 0;
};

struct EncryptionResults {
    int64_t timesteps = 0, epochsPlanned = 0, images = 0;
    std::optional<double> seconds;
    int64_t resumedFromEpoch = 0;
    EncryptionSettingsUsed settings;
    std::optional<double> accuracyBefore; ///< the converted SNN at the encryption's T
    std::vector<EncryptionEpochRow> epochs;
    std::vector<LayerDriftRow> drift;
    std::optional<int64_t> memoryEstimateBytes;
};

struct LeakageRowResult {
    std::string attack, target;
    int64_t images = 0;
    double fid = 0;
    double kid = 0, kidStd = 0; ///< KID (unbiased MMD², cubic kernel) on the raw scale, not ×1000
    std::optional<double> seconds, judgeAccuracy, judgeConfidence;
};

struct LeakageVerdict {
    std::string attack, target, rule, explanation;
    std::optional<bool> leaks;            ///< empty: inconclusive or no judge
    std::optional<StudyVerdict> verdict;  ///< empty without a judge
    std::optional<std::string> verdictText; ///< verdictText() as the pipeline wrote it
    std::optional<int64_t> imagesNeeded, images;
    std::optional<double> ciLow, ciHigh, pValue, judgeAccuracy;
};

struct LeakageResults {
    std::string feature;
    int64_t referenceImages = 0;
    double chance = 0;
    std::vector<LeakageRowResult> rows;
    std::string grid; ///< image file relative to the lab
    std::vector<LeakageVerdict> verdicts;
};

// ---- the document -------------------------------------------------------------------------------

struct LabResults {
    int version = kResultsVersion; ///< of the file read; toJson always writes kResultsVersion
    std::string profile, generated, lab;
    ModelResults model;
    std::optional<JudgeInfo> judge;
    std::optional<DataFreeProof> dataFree;
    std::optional<SynthesisResults> synthesis;
    std::optional<ConversionResults> conversion;
    std::optional<AccuracyResults> accuracy;
    std::optional<ActivityResults> activity;
    std::optional<EnergyResults> energy;
    std::optional<EncryptionResults> encryption;
    std::optional<LeakageResults> leakage;
    /// The pipeline config as written (its keys belong to the settings catalogue, not to this file).
    nlohmann::json config = nlohmann::json::object();
    std::optional<Provenance> provenance;
};

/// Parses results.json text. Throws psnn::Error (BadFormat) naming the section and the problem:
/// not JSON, another schema, a version newer than kResultsVersion (with the way out), a field of
/// the wrong type. A version 1 file is converted (conversion.seconds from its provenance, ...).
LabResults parseLabResults(const std::string& text);
LabResults labResultsFromJson(const nlohmann::json& j);
nlohmann::json toJson(const LabResults& r);

// The per-section bindings, for nlohmann::json's get<T>() and json(T).
#define PSNN_RESULTS_JSON(Type)                                                                                        \
    void to_json(nlohmann::json& j, const Type& v);                                                                    \
    void from_json(const nlohmann::json& j, Type& v);
PSNN_RESULTS_JSON(ModelLayer)
PSNN_RESULTS_JSON(ModelResults)
PSNN_RESULTS_JSON(JudgeInfo)
PSNN_RESULTS_JSON(DataFreeProof)
PSNN_RESULTS_JSON(StepProvenance)
PSNN_RESULTS_JSON(Provenance)
PSNN_RESULTS_JSON(SynthesisSample)
PSNN_RESULTS_JSON(SynthesisResults)
PSNN_RESULTS_JSON(LayerThreshold)
PSNN_RESULTS_JSON(ConversionResults)
PSNN_RESULTS_JSON(AccuracyResults)
PSNN_RESULTS_JSON(LayerActivityRow)
PSNN_RESULTS_JSON(ActivityResults)
PSNN_RESULTS_JSON(EnergyLayer)
PSNN_RESULTS_JSON(NetworkEnergy)
PSNN_RESULTS_JSON(EnergyResults)
PSNN_RESULTS_JSON(EncryptionSettingsUsed)
PSNN_RESULTS_JSON(EncryptionEpochRow)
PSNN_RESULTS_JSON(LayerDriftRow)
PSNN_RESULTS_JSON(EncryptionResults)
PSNN_RESULTS_JSON(LeakageRowResult)
PSNN_RESULTS_JSON(LeakageVerdict)
PSNN_RESULTS_JSON(LeakageResults)
#undef PSNN_RESULTS_JSON

} // namespace psnn
