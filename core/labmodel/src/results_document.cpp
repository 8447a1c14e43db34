// SPDX-License-Identifier: GPL-3.0-or-later
// results.json as a whole: the sections every lab has (model, judge, data-free proof, provenance),
// the schema header, and the conversion of version 1 files.
#include "privatesnn/results.h"

#include "privatesnn/error.h"

#include "results_io.h"

namespace psnn {

using nlohmann::json;
using results_io::read;
using results_io::requireObject;
using results_io::write;

void results_io::requireObject(const json& j)
{
    if (!j.is_object())
        throw json::type_error::create(302, std::string("type must be object, but is ") + j.type_name(), &j);
}

// ---- model, judge, data-free proof --------------------------------------------------------------

void to_json(json& j, const ModelLayer& v)
{
    j = {{"path", v.path}, {"kind", v.kind}, {"output_shape", v.outputShape}, {"parameters", v.parameters}, {"macs", v.macs}};
}
void from_json(const json& j, ModelLayer& v)
{
    requireObject(j);
    read(j, "path", v.path);
    read(j, "kind", v.kind);
    read(j, "output_shape", v.outputShape);
    read(j, "parameters", v.parameters);
    read(j, "macs", v.macs);
}

void to_json(json& j, const ModelResults& v)
{
    j = {{"path", v.path},
         {"sha256", v.sha256},
         {"name", v.name},
         {"class_names", v.classNames},
         {"input", {{"channels", v.channels}, {"height", v.height}, {"width", v.width}}},
         {"layers", v.layers}};
    write(j, "parameters", v.parameters);
    write(j, "macs", v.macs);
}
void from_json(const json& j, ModelResults& v)
{
    requireObject(j);
    read(j, "path", v.path);
    read(j, "sha256", v.sha256);
    read(j, "name", v.name);
    read(j, "class_names", v.classNames);
    if (const auto input = j.find("input"); input != j.end() && !input->is_null()) {
        requireObject(*input);
        read(*input, "channels", v.channels);
        read(*input, "height", v.height);
        read(*input, "width", v.width);
    }
    read(j, "parameters", v.parameters);
    read(j, "macs", v.macs);
    read(j, "layers", v.layers);
}

void to_json(json& j, const JudgeInfo& v)
{
    j = {{"path", v.path}, {"sha256", v.sha256}, {"name", v.name}};
}
void from_json(const json& j, JudgeInfo& v)
{
    requireObject(j);
    read(j, "path", v.path);
    read(j, "sha256", v.sha256);
    read(j, "name", v.name);
}

void to_json(json& j, const DataFreeProof& v)
{
    j = {{"synthesize", v.synthesize}, {"convert", v.convert}, {"encrypt", v.encrypt}, {"evaluation_data", v.evaluationData}};
    write(j, "evaluation_sha256", v.evaluationSha256);
    if (!v.evaluationUsedBy.empty())
        j["evaluation_used_by"] = v.evaluationUsedBy;
}
void from_json(const json& j, DataFreeProof& v)
{
    requireObject(j);
    read(j, "synthesize", v.synthesize);
    read(j, "convert", v.convert);
    read(j, "encrypt", v.encrypt);
    read(j, "evaluation_data", v.evaluationData);
    read(j, "evaluation_sha256", v.evaluationSha256);
    read(j, "evaluation_used_by", v.evaluationUsedBy);
}

// ---- provenance ---------------------------------------------------------------------------------

void to_json(json& j, const StepProvenance& v)
{
    j = {{"step", v.step}, {"started", v.started}, {"finished", v.finished}, {"seconds", v.seconds},
         {"seed", v.seed}, {"key", v.key},         {"inputs", v.inputs},     {"outputs", v.outputs}};
}
void from_json(const json& j, StepProvenance& v)
{
    requireObject(j);
    read(j, "step", v.step);
    read(j, "started", v.started);
    read(j, "finished", v.finished);
    read(j, "seconds", v.seconds);
    read(j, "seed", v.seed);
    read(j, "key", v.key);
    read(j, "inputs", v.inputs);
    read(j, "outputs", v.outputs);
}

void to_json(json& j, const Provenance& v)
{
    j = {{"tool", v.tool}, {"libraries", v.libraries}, {"machine", v.machine}, {"steps", v.steps}};
    write(j, "threads", v.threads);
}
void from_json(const json& j, Provenance& v)
{
    requireObject(j);
    read(j, "tool", v.tool);
    read(j, "libraries", v.libraries);
    read(j, "machine", v.machine);
    read(j, "threads", v.threads);
    read(j, "steps", v.steps);
}

const StepProvenance* Provenance::find(const std::string& step) const
{
    for (const StepProvenance& s : steps)
        if (s.step == step)
            return &s;
    return nullptr;
}

// ---- the document -------------------------------------------------------------------------------

namespace {

template <class T>
void readSection(const json& j, const char* key, std::optional<T>& out)
{
    try {
        read(j, key, out);
    } catch (const json::exception& e) {
        throw Error(ErrorCode::BadFormat, std::string("results.json: the \"") + key + "\" section is malformed: " + e.what(),
                    "Run the pipeline on this lab again (privatesnn run --lab LAB) to rewrite its results.");
    }
}

/// Version 1 wrote no conversion time (the step record has it), and hand-made files used one
/// "accuracy.timesteps" for both SNNs.
void convertFromVersion1(const json& j, LabResults& r)
{
    if (r.conversion && !r.conversion->seconds && r.provenance)
        if (const StepProvenance* convert = r.provenance->find("convert"))
            r.conversion->seconds = convert->seconds;
    if (r.accuracy) {
        std::optional<int64_t> shared;
        read(j.at("accuracy"), "timesteps", shared);
        if (shared && r.accuracy->converted && !r.accuracy->convertedTimesteps)
            r.accuracy->convertedTimesteps = shared;
        if (shared && r.accuracy->encrypted && !r.accuracy->encryptedTimesteps)
            r.accuracy->encryptedTimesteps = shared;
    }
    // input_rate came from the last evaluation run: the encrypted one when there was one.
    if (r.activity && r.activity->inputRate && !r.activity->inputTimesteps && r.accuracy)
        r.activity->inputTimesteps = r.accuracy->encrypted ? r.accuracy->encryptedTimesteps : r.accuracy->convertedTimesteps;
}

} // namespace

LabResults labResultsFromJson(const json& j)
{
    const std::string way = "Run the pipeline on this lab again (privatesnn run --lab LAB) to rewrite its results.";
    if (!j.is_object())
        throw Error(ErrorCode::BadFormat, "results.json is not a results file: the top level is not a JSON object.", way);
    const json schema = j.value("schema", json());
    if (schema != kResultsSchema)
        throw Error(ErrorCode::BadFormat,
                    "results.json is not a PrivateSNN results file: its schema is " + schema.dump() + ", expected \""
                        + kResultsSchema + "\".",
                    way);
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int>() < 1)
        throw Error(ErrorCode::BadFormat, "results.json has no valid version (" + version.dump() + ").", way);
    LabResults r;
    r.version = version.get<int>();
    if (r.version > kResultsVersion)
        throw Error(ErrorCode::Unsupported,
                    "results.json has version " + std::to_string(r.version) + ", written by a newer PrivateSNN Lab; this one reads up to version "
                        + std::to_string(kResultsVersion) + ".",
                    "Open the lab with the newer PrivateSNN Lab, or run the pipeline on it with this one (privatesnn run --lab LAB) "
                    "to rewrite its results.");
    const auto model = j.find("model");
    if (model == j.end() || !model->is_object())
        throw Error(ErrorCode::BadFormat, "results.json has no \"model\" section, which every results file must have.", way);
    std::optional<ModelResults> modelInfo;
    readSection(j, "model", modelInfo);
    r.model = *modelInfo;
    try {
        read(j, "profile", r.profile);
        read(j, "generated", r.generated);
        read(j, "lab", r.lab);
    } catch (const json::exception& e) {
        throw Error(ErrorCode::BadFormat, std::string("results.json: the header is malformed: ") + e.what(), way);
    }
    readSection(j, "judge", r.judge);
    readSection(j, "data_free", r.dataFree);
    readSection(j, "synthesis", r.synthesis);
    readSection(j, "conversion", r.conversion);
    readSection(j, "accuracy", r.accuracy);
    readSection(j, "activity", r.activity);
    readSection(j, "energy", r.energy);
    readSection(j, "encryption", r.encryption);
    readSection(j, "leakage", r.leakage);
    readSection(j, "provenance", r.provenance);
    if (const auto config = j.find("config"); config != j.end() && config->is_object())
        r.config = *config;
    if (r.version == 1)
        convertFromVersion1(j, r);
    return r;
}

LabResults parseLabResults(const std::string& text)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        throw Error(ErrorCode::BadFormat, std::string("results.json is not valid JSON: ") + e.what(),
                    "Run the pipeline on this lab again (privatesnn run --lab LAB) to rewrite its results.");
    }
    return labResultsFromJson(j);
}

json toJson(const LabResults& r)
{
    json j = {{"schema", kResultsSchema}, {"version", kResultsVersion}, {"profile", r.profile},
              {"generated", r.generated}, {"lab", r.lab},               {"model", r.model}};
    write(j, "judge", r.judge);
    write(j, "data_free", r.dataFree);
    write(j, "synthesis", r.synthesis);
    write(j, "conversion", r.conversion);
    write(j, "accuracy", r.accuracy);
    write(j, "activity", r.activity);
    write(j, "energy", r.energy);
    write(j, "encryption", r.encryption);
    write(j, "leakage", r.leakage);
    j["config"] = r.config;
    write(j, "provenance", r.provenance);
    return j;
}

} // namespace psnn
