// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/lab.h"

#include "file_bytes.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kSchema = "privatesnn-lab";
constexpr const char* kStateFile = "lab.json";

json recordToJson(const LabStepRecord& r)
{
    return {{"step", r.step}, {"key", r.key}, {"started", r.started}, {"finished", r.finished},
            {"seconds", r.seconds}, {"seed", r.seed}, {"inputs", r.inputs}, {"outputs", r.outputs},
            {"settings", json::parse(r.settingsJson)}, {"results", json::parse(r.resultsJson)}};
}

LabStepRecord recordFromJson(const json& j)
{
    LabStepRecord r;
    r.step = j.at("step");
    r.key = j.at("key");
    r.started = j.value("started", "");
    r.finished = j.value("finished", "");
    r.seconds = j.value("seconds", 0.0);
    r.seed = j.value("seed", uint64_t(0));
    r.inputs = j.value("inputs", std::map<std::string, std::string>{});
    r.outputs = j.value("outputs", std::map<std::string, std::string>{});
    r.settingsJson = j.value("settings", json::object()).dump();
    r.resultsJson = j.value("results", json::object()).dump();
    return r;
}

} // namespace

Lab Lab::open(const std::string& folder)
{
    Lab lab;
    lab.m_folder = folder;
    std::error_code ec;
    const fs::path state = fs::path(folder) / kStateFile;
    if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
        throw Error(ErrorCode::FileUnwritable, "'" + folder + "' is a file, not a lab folder.", "Choose a new folder for the lab.");
    if (!fs::exists(state, ec)) {
        if (fs::exists(folder, ec) && !fs::is_empty(folder, ec))
            throw Error(ErrorCode::FileUnwritable, "'" + folder + "' holds files but no lab.json, so it is not a lab.",
                        "Choose a new or empty folder; nothing in this one was changed.");
        fs::create_directories(folder, ec);
        if (ec)
            throw Error(ErrorCode::FileUnwritable, "Cannot create the lab folder '" + folder + "': " + ec.message() + ".",
                        "Choose a folder you can write to.");
        lab.m_created = utcNowIso8601();
        lab.save();
        return lab;
    }
    json j;
    try {
        std::ifstream in(state);
        j = json::parse(in);
        if (j.value("schema", "") != kSchema)
            throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is not a PrivateSNN lab file.", "Choose another lab folder.");
        if (j.value("version", 0) > kSchemaVersion)
            throw Error(ErrorCode::Unsupported, "'" + state.string() + "' was written by a newer version (lab schema "
                            + std::to_string(j.value("version", 0)) + ").", "Open it with a newer PrivateSNN Lab.");
        lab.m_created = j.value("created", "");
        lab.m_configJson = j.value("config", json::object()).dump();
        for (const json& r : j.value("steps", json::array()))
            lab.m_records.push_back(recordFromJson(r));
    } catch (const json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is damaged (" + e.what() + ").",
                    "Restore it from a backup, or start a new lab in another folder.");
    }
    return lab;
}

std::string Lab::path(const std::string& relative) const { return (fs::path(m_folder) / relative).string(); }

void Lab::setConfig(const std::string& configJson)
{
    m_configJson = json::parse(configJson).dump();
    save();
}

const LabStepRecord* Lab::record(const std::string& step) const
{
    const auto it = std::find_if(m_records.begin(), m_records.end(), [&](const LabStepRecord& r) { return r.step == step; });
    return it == m_records.end() ? nullptr : &*it;
}

bool Lab::upToDate(const std::string& step, const std::string& key) const
{
    const LabStepRecord* r = record(step);
    if (!r || r->key != key)
        return false;
    for (const auto& [file, hash] : r->outputs) {
        std::error_code ec;
        if (!fs::exists(path(file), ec) || sha256File(path(file)) != hash)
            return false;
    }
    return true;
}

void Lab::store(const LabStepRecord& record)
{
    const auto it = std::find_if(m_records.begin(), m_records.end(), [&](const LabStepRecord& r) { return r.step == record.step; });
    if (it == m_records.end())
        m_records.push_back(record);
    else
        *it = record;
    save();
}

void Lab::forget(const std::string& step)
{
    const auto before = m_records.size();
    m_records.erase(std::remove_if(m_records.begin(), m_records.end(), [&](const LabStepRecord& r) { return r.step == step; }),
                    m_records.end());
    if (m_records.size() != before)
        save();
}

void Lab::log(const std::string& line) const
{
    std::ofstream out(path("log.txt"), std::ios::app);
    out << utcNowIso8601() << "  " << line << "\n";
}

void Lab::writeText(const std::string& relative, const std::string& text) const { writeFileAtomically(path(relative), text); }

void Lab::save() const
{
    json steps = json::array();
    for (const LabStepRecord& r : m_records)
        steps.push_back(recordToJson(r));
    const json j = {{"schema", kSchema}, {"version", kSchemaVersion}, {"created", m_created}, {"updated", utcNowIso8601()},
                    {"tool", toolVersion()}, {"config", json::parse(m_configJson)}, {"steps", steps}};
    writeText(kStateFile, j.dump(1));
}

} // namespace psnn
