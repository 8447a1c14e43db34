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
#include <iterator>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kSchema = "privatesnn-lab";
constexpr const char* kStateFile = "lab.json";
/// The previous lab.json, kept so a damaged one can be restored.
constexpr const char* kBackupFile = "lab.json.bak";
/// One file per finished step, written before lab.json: what a damaged lab.json is rebuilt from.
constexpr const char* kRecordDir = "steps";
/// Files of the lab's own machinery that do not make a folder "hold files".
bool isLabMachinery(const fs::path& name)
{
    return name == "lab.lock" || name == kBackupFile;
}

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

namespace {

/// Parses a lab.json text into the lab; throws Error(BadFormat) when it is damaged.
void readState(const fs::path& state, std::string& created, std::string& config, std::string& models, std::vector<LabStepRecord>& records)
{
    json j;
    try {
        std::ifstream in(state);
        j = json::parse(in);
        if (!j.is_object() || j.value("schema", "") != kSchema)
            throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is not a PrivateSNN lab file.", "Choose another lab folder.");
        if (j.value("version", 0) > Lab::kSchemaVersion)
            throw Error(ErrorCode::Unsupported, "'" + state.string() + "' was written by a newer version (lab schema "
                            + std::to_string(j.value("version", 0)) + ").", "Open it with a newer PrivateSNN Lab.");
        created = j.value("created", "");
        config = j.value("config", json::object()).dump();
        models = j.value("models", json::object()).dump();
        records.clear();
        for (const json& r : j.value("steps", json::array()))
            records.push_back(recordFromJson(r));
    } catch (const json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is damaged (" + e.what() + ").",
                    "Restore it from a backup, or start a new lab in another folder.");
    }
}

bool outputsIntact(const Lab& lab, const LabStepRecord& r)
{
    for (const auto& [file, hash] : r.outputs) {
        std::error_code ec;
        if (!fs::is_regular_file(lab.path(file), ec) || sha256File(lab.path(file)) != hash)
            return false;
    }
    return true;
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
    const bool hasState = fs::exists(state, ec);
    const bool hasBackup = fs::exists(fs::path(folder) / kBackupFile, ec) || fs::is_directory(fs::path(folder) / kRecordDir, ec);
    if (!hasState && !hasBackup) {
        if (fs::exists(folder, ec))
            for (const auto& entry : fs::directory_iterator(folder, ec))
                if (!isLabMachinery(entry.path().filename()))
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
    try {
        if (!hasState)
            throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is missing.");
        readState(state, lab.m_created, lab.m_configJson, lab.m_modelsJson, lab.m_records);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::BadFormat || !hasBackup)
            throw;
        lab.rebuild(e.what());
    }
    return lab;
}

void Lab::rebuild(const std::string& why)
{
    // The previous lab.json gives the config and the records up to the step before the last save;
    // the per-step files are newer. A record counts only while its outputs still have their hashes.
    std::error_code ec;
    std::vector<LabStepRecord> candidates;
    m_configJson = "{}";
    m_modelsJson = "{}";
    try {
        readState(fs::path(m_folder) / kBackupFile, m_created, m_configJson, m_modelsJson, candidates);
    } catch (const Error&) {
        candidates.clear();
    }
    const fs::path stepsDir = fs::path(m_folder) / kRecordDir;
    if (fs::is_directory(stepsDir, ec))
        for (const auto& entry : fs::directory_iterator(stepsDir, ec)) {
            if (entry.path().extension() != ".json")
                continue;
            try {
                std::ifstream in(entry.path());
                const LabStepRecord r = recordFromJson(json::parse(in));
                candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const LabStepRecord& c) { return c.step == r.step; }),
                                 candidates.end());
                candidates.push_back(r);
            } catch (const json::exception&) {
                // a damaged record file: that step is recomputed
            }
        }
    m_records.clear();
    std::vector<std::string> kept, dropped;
    for (const LabStepRecord& r : candidates) {
        if (outputsIntact(*this, r)) {
            m_records.push_back(r);
            kept.push_back(r.step);
        } else {
            dropped.push_back(r.step);
        }
    }
    if (m_created.empty())
        m_created = utcNowIso8601();
    auto list = [](const std::vector<std::string>& v) {
        std::string text;
        for (const std::string& s : v)
            text += (text.empty() ? "" : ", ") + s;
        return text.empty() ? std::string("none") : text;
    };
    m_recoveryNote = why + " It was rebuilt from the recorded step files and their output hashes: kept "
                     + list(kept) + "; to recompute: " + list(dropped) + ".";
    save();
    log(m_recoveryNote);
}

std::string Lab::path(const std::string& relative) const { return (fs::path(m_folder) / relative).string(); }

void Lab::setConfig(const std::string& configJson)
{
    m_configJson = json::parse(configJson).dump();
    save();
}

void Lab::setModels(const std::string& modelsJson)
{
    m_modelsJson = json::parse(modelsJson).dump();
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
    std::error_code ec;
    fs::create_directories(path(kRecordDir), ec);
    writeText(std::string(kRecordDir) + "/" + record.step + ".json", recordToJson(record).dump(1));
    save();
}

void Lab::forget(const std::string& step)
{
    const auto before = m_records.size();
    m_records.erase(std::remove_if(m_records.begin(), m_records.end(), [&](const LabStepRecord& r) { return r.step == step; }),
                    m_records.end());
    std::error_code ec;
    fs::remove(path(std::string(kRecordDir) + "/" + step + ".json"), ec);
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
                    {"tool", toolVersion()}, {"config", json::parse(m_configJson)}, {"models", json::parse(m_modelsJson)},
                    {"steps", steps}};
    // The last good lab.json becomes the backup before the new one replaces it.
    std::error_code ec;
    if (fs::is_regular_file(path(kStateFile), ec)) {
        std::ifstream in(path(kStateFile), std::ios::binary);
        const std::string previous((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (json::accept(previous))
            writeText(kBackupFile, previous);
    }
    writeText(kStateFile, j.dump(1));
}

void Lab::removePartFiles() const
{
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(m_folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".part" && it->is_regular_file(ec)) {
            std::error_code removeError;
            fs::remove(it->path(), removeError);
        }
}

} // namespace psnn
