// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// results.json as typed values: the pipeline fills these and writes them through toJson; the
// pages, the report and the CLI read them through labResultsFromJson. One struct per section, each
// followed by its field list (json_fields.h), the one place its keys are spelled; the key names are
// the file format (docs/lab-format.md). An optional field is left out while empty. Reading is
// lenient about missing fields (an older lab lacks some: they stay empty/default and the report
// prints "—"), strict about types (a string where a number belongs is an error naming the section
// and the field).

#include "privatesnn/json_fields.h"
#include "privatesnn/membership_results.h"
#include "privatesnn/results_steps.h"

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
/// 3: leakage verdicts have four outcomes ("leaks_within_margin") and a power figure (power_target,
/// images_for_80) in place of images_needed; earlier files read as they are.
inline constexpr int kResultsVersion = 3;

// ---- sections every lab has ---------------------------------------------------------------------

struct ModelLayer {
    std::string path, kind;
    std::vector<int64_t> outputShape;
    int64_t parameters = 0, macs = 0;
};

template <class F> void describeFields(F& f, ModelLayer& v)
{
    f("path", v.path);
    f("kind", v.kind);
    f("output_shape", v.outputShape);
    f("parameters", v.parameters);
    f("macs", v.macs);
}

struct ModelResults {
    std::string path, sha256, name;
    std::vector<std::string> classNames;
    int64_t channels = 0, height = 0, width = 0;
    std::optional<int64_t> parameters, macs;
    std::vector<ModelLayer> layers;
};

template <class F> void describeFields(F& f, ModelResults& v)
{
    f("path", v.path);
    f("sha256", v.sha256);
    f("name", v.name);
    f("class_names", v.classNames);
    f.object("input", [&](auto& input) {
        input("channels", v.channels);
        input("height", v.height);
        input("width", v.width);
    });
    f("parameters", v.parameters);
    f("macs", v.macs);
    f("layers", v.layers);
}

struct JudgeInfo {
    std::string path, sha256, name;
};

template <class F> void describeFields(F& f, JudgeInfo& v)
{
    f("path", v.path);
    f("sha256", v.sha256);
    f("name", v.name);
}

/// What each step was allowed to see: the data-free claim, stated per step.
struct DataFreeProof {
    std::string synthesize, convert, encrypt;
    std::string evaluationData; ///< "none" without evaluation data
    std::optional<std::string> evaluationSha256;
    std::vector<std::string> evaluationUsedBy;
};

template <class F> void describeFields(F& f, DataFreeProof& v)
{
    f("synthesize", v.synthesize);
    f("convert", v.convert);
    f("encrypt", v.encrypt);
    f("evaluation_data", v.evaluationData);
    f("evaluation_sha256", v.evaluationSha256);
    f("evaluation_used_by", v.evaluationUsedBy, fields::omitEmpty);
}

struct StepProvenance {
    std::string step, started, finished;
    double seconds = 0;
    int64_t seed = 0;
    std::string key;
    std::map<std::string, std::string> inputs, outputs; ///< name -> SHA-256
};

template <class F> void describeFields(F& f, StepProvenance& v)
{
    f("step", v.step);
    f("started", v.started);
    f("finished", v.finished);
    f("seconds", v.seconds);
    f("seed", v.seed);
    f("key", v.key);
    f("inputs", v.inputs);
    f("outputs", v.outputs);
}

struct Provenance {
    std::string tool, machine;
    std::map<std::string, std::string> libraries; ///< name -> version
    std::optional<int64_t> threads;
    std::vector<StepProvenance> steps;
    /// The record of `step`, or nullptr.
    const StepProvenance* find(const std::string& step) const;
};

template <class F> void describeFields(F& f, Provenance& v)
{
    f("tool", v.tool);
    f("libraries", v.libraries);
    f("machine", v.machine);
    f("threads", v.threads);
    f("steps", v.steps);
}

// ---- the document -------------------------------------------------------------------------------

struct LabResults {
    int version = kResultsVersion; ///< of the file read; toJson always writes kResultsVersion
    std::string profile, generated, lab;
    ModelResults model;
    std::optional<JudgeInfo> judge;
    std::optional<JudgeInfo> secondJudge; ///< decides the leakage verdicts with the judge
    std::optional<DataFreeProof> dataFree;
    std::optional<SynthesisResults> synthesis;
    std::optional<ConversionResults> conversion;
    std::optional<AccuracyResults> accuracy;
    std::optional<ActivityResults> activity;
    std::optional<EnergyResults> energy;
    std::optional<EncryptionResults> encryption;
    std::optional<LeakageResults> leakage;
    /// The membership-inference audit (privatesnn membership) while the models it attacked are the lab's.
    std::optional<MembershipResults> membership;
    /// The pipeline config as written (its keys belong to the settings catalogue, not to this file).
    nlohmann::json config = nlohmann::json::object();
    std::optional<Provenance> provenance;
};

template <class F> void describeFields(F& f, LabResults& r)
{
    // schema and version are checked before the fields are read (results_document.cpp).
    f.derived("schema", std::string(kResultsSchema));
    f.derived("version", kResultsVersion);
    f("profile", r.profile);
    f("generated", r.generated);
    f("lab", r.lab);
    f("model", r.model, fields::required);
    f("judge", r.judge);
    f("second_judge", r.secondJudge);
    f("data_free", r.dataFree);
    f("synthesis", r.synthesis);
    f("conversion", r.conversion);
    f("accuracy", r.accuracy);
    f("activity", r.activity);
    f("energy", r.energy);
    f("encryption", r.encryption);
    f("leakage", r.leakage);
    f("membership", r.membership);
    f("config", r.config);
    f("provenance", r.provenance);
    if constexpr (F::reads)
        if (!r.config.is_object())
            r.config = nlohmann::json::object(); // the settings catalogue's keys live in an object
}

/// Parses results.json text. Throws psnn::Error (BadFormat) naming the section and the problem:
/// not JSON, another schema, a version newer than kResultsVersion (with the way out), a field of
/// the wrong type. A version 1 file is converted (conversion.seconds from its provenance, ...).
LabResults parseLabResults(const std::string& text);
LabResults labResultsFromJson(const nlohmann::json& j);
nlohmann::json toJson(const LabResults& r);

} // namespace psnn
