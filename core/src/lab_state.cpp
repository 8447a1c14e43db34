// SPDX-License-Identifier: GPL-3.0-or-later
// Strict readers for lab.json and the step records. A lab's state is only ever taken from files
// that read completely: a lab.json with its steps missing, its config replaced by a number or one
// malformed step result is damaged as a whole, and the lab is rebuilt from the other evidence
// instead of being run as if nothing had finished (which recomputed and overwrote every model).
#include "lab_state.h"

#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/results.h"
#include "privatesnn/steps.h"

#include <cstdint>

namespace psnn::lab_state {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

[[noreturn]] void damaged(const std::string& where, const std::string& what)
{
    throw Error(ErrorCode::BadFormat, "'" + where + "' is damaged: " + what + ".",
                "Restore it from a backup, or start a new lab in another folder.");
}

const json& field(const json& j, const char* key, json::value_t type, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end())
        damaged(where, std::string("it has no \"") + key + "\"");
    if (type == json::value_t::number_float ? !it->is_number() : it->type() != type)
        damaged(where, std::string("\"") + key + "\" is " + it->type_name() + ", not " + json(type).type_name());
    return *it;
}

std::map<std::string, std::string> stringMap(const json& j, const char* key, const std::string& where)
{
    std::map<std::string, std::string> out;
    if (!j.contains(key))
        return out;
    for (const auto& [name, value] : field(j, key, json::value_t::object, where).items()) {
        if (!value.is_string())
            damaged(where, std::string("\"") + key + "\" entry \"" + name + "\" is not a string");
        out[name] = value.get<std::string>();
    }
    return out;
}

json readStateFile(const fs::path& file)
{
    try {
        return readJsonFile(file.string(), "lab state file");
    } catch (const Error& e) {
        damaged(file.string(), e.what());
    }
}

} // namespace

LabStepRecord readRecord(const json& j, const std::string& where)
{
    if (!j.is_object())
        damaged(where, "a step record is not an object");
    LabStepRecord r;
    r.step = field(j, "step", json::value_t::string, where).get<std::string>();
    if (!stepFromName(r.step))
        damaged(where, "\"" + r.step + "\" is not a step of the pipeline");
    const std::string in = where + ", step " + r.step;
    r.key = field(j, "key", json::value_t::string, in).get<std::string>();
    if (j.contains("started"))
        r.started = field(j, "started", json::value_t::string, in).get<std::string>();
    if (j.contains("finished"))
        r.finished = field(j, "finished", json::value_t::string, in).get<std::string>();
    if (j.contains("seconds"))
        r.seconds = field(j, "seconds", json::value_t::number_float, in).get<double>();
    if (j.contains("seed"))
        r.seed = field(j, "seed", json::value_t::number_unsigned, in).get<uint64_t>();
    r.inputs = stringMap(j, "inputs", in);
    r.outputs = stringMap(j, "outputs", in);
    if (j.contains("settings"))
        r.settings = field(j, "settings", json::value_t::object, in);
    if (j.contains("results")) {
        const json& results = field(j, "results", json::value_t::object, in);
        // The step's sections must read as results.json's do, or the report would stop on them later.
        json probe = {{"schema", kResultsSchema}, {"version", kResultsVersion}, {"model", json::object()}};
        probe.merge_patch(results);
        try {
            labResultsFromJson(probe);
        } catch (const Error& e) {
            damaged(in, std::string("its results do not read (") + e.what() + ")");
        }
        r.results = results;
    }
    return r;
}

json recordToJson(const LabStepRecord& r)
{
    return {{"step", r.step},         {"key", r.key},        {"started", r.started}, {"finished", r.finished},
            {"seconds", r.seconds},   {"seed", r.seed},      {"inputs", r.inputs},   {"outputs", r.outputs},
            {"settings", r.settings}, {"results", r.results}};
}

State readState(const fs::path& file)
{
    const std::string where = file.string();
    const json j = readStateFile(file);
    if (!j.is_object() || j.value("schema", json()) != kSchema)
        throw Error(ErrorCode::BadFormat, "'" + where + "' is not a PrivateSNN lab file.",
                    "Choose another lab folder.");
    const json& version = field(j, "version", json::value_t::number_unsigned, where);
    if (version.get<uint64_t>() > uint64_t(Lab::kSchemaVersion))
        throw Error(ErrorCode::Unsupported,
                    "'" + where + "' was written by a newer version (lab schema " + version.dump() + ").",
                    "Open it with a newer PrivateSNN Lab.");
    State s;
    if (j.contains("created"))
        s.created = field(j, "created", json::value_t::string, where).get<std::string>();
    s.config = field(j, "config", json::value_t::object, where);
    s.models = field(j, "models", json::value_t::object, where);
    for (const json& r : field(j, "steps", json::value_t::array, where))
        s.records.push_back(readRecord(r, where));
    return s;
}

std::vector<RecordFile> readRecordFiles(const fs::path& folder, std::vector<std::string>& damagedFiles)
{
    std::vector<RecordFile> files;
    std::error_code ec;
    const fs::path dir = folder / "steps";
    if (!fs::is_directory(dir, ec))
        return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".json")
            continue;
        try {
            const json j = readStateFile(entry.path());
            RecordFile f{readRecord(j, entry.path().string()), std::nullopt, std::nullopt};
            if (f.record.step != entry.path().stem().string())
                damaged(entry.path().string(), "it holds the record of step '" + f.record.step + "'");
            if (const auto c = j.find("lab_config"); c != j.end() && c->is_object() && !c->empty())
                f.labConfig = *c;
            if (const auto m = j.find("lab_models"); m != j.end() && m->is_object())
                f.labModels = *m;
            files.push_back(std::move(f));
        } catch (const Error&) {
            damagedFiles.push_back(entry.path().filename().string());
        }
    }
    return files;
}

} // namespace psnn::lab_state
