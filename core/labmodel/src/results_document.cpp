// SPDX-License-Identifier: GPL-3.0-or-later
// results.json as a whole: the schema header, the typed sections through their field lists
// (results.h), and the conversion of version 1 files.
#include "privatesnn/results.h"

#include "privatesnn/error.h"

namespace psnn {

using nlohmann::json;

const StepProvenance* Provenance::find(const std::string& step) const
{
    for (const StepProvenance& s : steps)
        if (s.step == step)
            return &s;
    return nullptr;
}

namespace {

const char* const kWayOut = "Run the pipeline on this lab again (privatesnn run --lab LAB) to rewrite its results.";

/// Version 1 wrote no conversion time (the step record has it), and hand-made files used one
/// "accuracy.timesteps" for both SNNs.
void convertFromVersion1(const json& j, LabResults& r)
{
    if (r.conversion && !r.conversion->seconds && r.provenance)
        if (const StepProvenance* convert = r.provenance->find("convert"))
            r.conversion->seconds = convert->seconds;
    if (r.accuracy) {
        const json shared = j.at("accuracy").value("timesteps", json());
        if (shared.is_number_integer() && r.accuracy->converted && !r.accuracy->convertedTimesteps)
            r.accuracy->convertedTimesteps = shared.get<int64_t>();
        if (shared.is_number_integer() && r.accuracy->encrypted && !r.accuracy->encryptedTimesteps)
            r.accuracy->encryptedTimesteps = shared.get<int64_t>();
    }
    // input_rate came from the last evaluation run: the encrypted one when there was one.
    if (r.activity && r.activity->inputRate && !r.activity->inputTimesteps && r.accuracy)
        r.activity->inputTimesteps = r.accuracy->encrypted ? r.accuracy->encryptedTimesteps : r.accuracy->convertedTimesteps;
}

} // namespace

LabResults labResultsFromJson(const json& j)
{
    if (!j.is_object())
        throw Error(ErrorCode::BadFormat, "results.json is not a results file: the top level is not a JSON object.",
                    kWayOut);
    const json schema = j.value("schema", json());
    if (schema != kResultsSchema)
        throw Error(ErrorCode::BadFormat,
                    "results.json is not a PrivateSNN results file: its schema is " + schema.dump() + ", expected \""
                        + kResultsSchema + "\".",
                    kWayOut);
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int>() < 1)
        throw Error(ErrorCode::BadFormat, "results.json has no valid version (" + version.dump() + ").", kWayOut);
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
        throw Error(ErrorCode::BadFormat, "results.json has no \"model\" section, which every results file must have.",
                    kWayOut);
    try {
        fields::fromJson(j, r);
    } catch (const fields::FieldError& e) {
        const std::string section = e.path().substr(0, e.path().find_first_of(".["));
        throw Error(ErrorCode::BadFormat,
                    "results.json: the \"" + section + "\" section is malformed: " + e.what() + ".", kWayOut);
    }
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
        throw Error(ErrorCode::BadFormat, std::string("results.json is not valid JSON: ") + e.what(), kWayOut);
    }
    return labResultsFromJson(j);
}

json toJson(const LabResults& r)
{
    return fields::toJson(r);
}

} // namespace psnn
