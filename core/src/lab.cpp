// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/lab.h"

#include "file_bytes.h"
#include "lab_state.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/steps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using lab_state::RecordFile;
using nlohmann::json;

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

bool recordedOutputsIntact(const Lab& lab, const LabStepRecord& r)
{
    for (const auto& [file, hash] : r.outputs) {
        std::error_code ec;
        if (!fs::is_regular_file(lab.path(file), ec) || sha256File(lab.path(file)) != hash)
            return false;
    }
    return true;
}

bool sameRecord(const LabStepRecord& a, const LabStepRecord& b)
{
    return a.key == b.key && a.finished == b.finished && a.outputs == b.outputs && a.results == b.results;
}

std::string listOrNone(const std::vector<std::string>& v)
{
    std::string text;
    for (const std::string& s : v)
        text += (text.empty() ? "" : ", ") + s;
    return text.empty() ? std::string("none") : text;
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
    std::vector<std::string> damagedRecords;
    const std::vector<RecordFile> recordFiles = lab_state::readRecordFiles(folder, damagedRecords);
    std::optional<lab_state::State> index;
    std::string why;
    try {
        if (!hasState)
            throw Error(ErrorCode::BadFormat, "'" + state.string() + "' is missing.");
        index = lab_state::readState(state);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::BadFormat || !hasBackup)
            throw;
        why = e.what();
    }
    if (index)
        lab.adopt(*index, recordFiles, false);
    else
        lab.rebuild(why, recordFiles);
    if (!damagedRecords.empty())
        lab.m_recoveryNote += (lab.m_recoveryNote.empty() ? "" : " ") + std::string("Damaged step records (ignored): ")
            + listOrNone(damagedRecords) + ".";
    return lab;
}

void Lab::adopt(const lab_state::State& index, const std::vector<RecordFile>& recordFiles, bool damagedIndex)
{
    m_created = index.created;
    m_config = index.config;
    m_models = index.models;
    // The step files are written before lab.json, so where the two differ the step file is newer
    // (a run killed between the two writes); either counts only while its outputs are intact. A
    // record the index alone holds is kept as it is (the step's key and hashes are checked before
    // it is reused) unless the index itself was damaged.
    m_records.clear();
    std::vector<std::string> kept, dropped;
    for (const StepInfo& info : stepTable()) {
        const std::string step(info.name);
        const auto file = std::find_if(recordFiles.begin(), recordFiles.end(),
                                       [&](const RecordFile& f) { return f.record.step == step; });
        const auto listed = std::find_if(index.records.begin(), index.records.end(),
                                         [&](const LabStepRecord& r) { return r.step == step; });
        const LabStepRecord* fromFile = file == recordFiles.end() ? nullptr : &file->record;
        const LabStepRecord* fromIndex = listed == index.records.end() ? nullptr : &*listed;
        if (!fromFile && !fromIndex)
            continue;
        const bool agree = fromFile && fromIndex && sameRecord(*fromFile, *fromIndex);
        if (!damagedIndex && (agree || !fromFile)) {
            m_records.push_back(*fromIndex);
            continue;
        }
        if (fromFile && recordedOutputsIntact(*this, *fromFile))
            m_records.push_back(*fromFile);
        else if (fromIndex && recordedOutputsIntact(*this, *fromIndex))
            m_records.push_back(*fromIndex);
        else {
            if (fromIndex || damagedIndex) // a stale record file an intact index no longer lists is no news
                dropped.push_back(step);
            continue;
        }
        kept.push_back(step);
    }
    if (damagedIndex || !dropped.empty() || !kept.empty())
        m_recoveryNote = "Kept from the step records and their output hashes: " + listOrNone(kept)
            + "; to recompute: " + listOrNone(dropped) + ".";
}

void Lab::rebuild(const std::string& why, const std::vector<RecordFile>& recordFiles)
{
    // The previous lab.json gives the config and the records up to the step before the last save;
    // without it the lab's settings come from the newest step record that holds them. Nothing is
    // written here: opening a lab never changes it, the next run's first save does.
    lab_state::State index;
    std::string settingsFrom = "lab.json.bak";
    try {
        index = lab_state::readState(fs::path(m_folder) / kBackupFile);
    } catch (const Error&) {
        index = {};
        const RecordFile* newest = nullptr;
        for (const RecordFile& f : recordFiles)
            if (f.labConfig && (!newest || f.record.finished > newest->record.finished))
                newest = &f;
        if (newest) {
            index.config = *newest->labConfig;
            index.models = newest->labModels.value_or(json::object());
            settingsFrom = "the record of step '" + newest->record.step + "'";
        } else {
            settingsFrom.clear();
        }
    }
    adopt(index, recordFiles, true);
    if (m_created.empty())
        m_created = utcNowIso8601();
    m_recoveryNote = why + " It was rebuilt: " + m_recoveryNote + " "
        + (settingsFrom.empty() ? std::string("The lab's settings could not be recovered from any record.")
                                : "Settings from " + settingsFrom + ".");
}

bool Lab::settingsLost() const
{
    return !m_records.empty() && m_config.empty();
}

std::string Lab::path(const std::string& relative) const { return (fs::path(m_folder) / relative).string(); }

void Lab::setConfig(json config)
{
    m_config = std::move(config);
    save();
}

void Lab::setModels(json models)
{
    m_models = std::move(models);
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
    // The record file also keeps the lab's whole settings: they survive the loss of lab.json and its backup.
    json file = lab_state::recordToJson(record);
    file["lab_config"] = m_config;
    file["lab_models"] = m_models;
    writeText(std::string(kRecordDir) + "/" + record.step + ".json", file.dump(1));
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
        steps.push_back(lab_state::recordToJson(r));
    const json j = {{"schema", lab_state::kSchema}, {"version", kSchemaVersion},
                    {"created", m_created},         {"updated", utcNowIso8601()},
                    {"tool", toolVersion()},        {"config", m_config},
                    {"models", m_models},           {"steps", steps}};
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
