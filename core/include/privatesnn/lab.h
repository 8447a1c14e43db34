// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace psnn {
namespace lab_state {
struct State;
struct RecordFile;
} // namespace lab_state

/// What lab.json keeps about one finished step (docs/lab-format.md).
struct LabStepRecord {
    std::string step;                           ///< "synthesize", "convert", ...
    std::string key;                            ///< SHA-256 of the step's settings and its inputs' hashes
    std::string started, finished;              ///< ISO 8601, UTC
    double seconds = 0;
    uint64_t seed = 0;
    std::map<std::string, std::string> inputs;  ///< name -> SHA-256 (model files, data, earlier artifacts)
    std::map<std::string, std::string> outputs; ///< file relative to the lab -> SHA-256
    nlohmann::json settings = nlohmann::json::object(); ///< the step's settings
    nlohmann::json results = nlohmann::json::object();  ///< sections of results.json this step contributes
};

/// A lab folder: lab.json (schema "privatesnn-lab", version 1), artifacts, results.json, log.txt.
/// Every write is atomic, so a crash or kill -9 leaves the last good state on disk.
class Lab {
public:
    static constexpr int kSchemaVersion = 1;

    /// Opens the folder, creating it when missing. A folder holding files but no lab.json is refused
    /// (nothing of the user's is overwritten); a lab.json of another schema or a newer version too.
    /// A lab.json that does not read completely (invalid JSON, a missing or mistyped config, models
    /// or steps, a malformed step record or result) is rebuilt in memory from lab.json.bak and the
    /// per-step records in steps/, keeping only steps whose output files still have their recorded
    /// hashes; the settings come from the backup, else from the newest step record (see
    /// recoveryNote() and settingsLost()). Opening an existing lab never writes to it.
    static Lab open(const std::string& folder);

    const std::string& folder() const { return m_folder; }
    std::string path(const std::string& relative) const;

    /// The config the lab last ran with (pipelineSettings' form; {} for a new lab).
    const nlohmann::json& config() const { return m_config; }
    void setConfig(nlohmann::json config);
    /// The models the lab was run with: {"teacher": {"path": absolute, "sha256": ...}, "judge": ...}.
    const nlohmann::json& models() const { return m_models; }
    void setModels(nlohmann::json models);

    /// The record of a finished step, or nullptr.
    const LabStepRecord* record(const std::string& step) const;
    /// True when the step finished with this key and every output file still has its recorded hash.
    bool upToDate(const std::string& step, const std::string& key) const;
    /// Stores (or replaces) a step's record and writes lab.json.
    void store(const LabStepRecord& record);
    /// Drops a step's record (when its inputs changed) and writes lab.json; the files stay until replaced.
    void forget(const std::string& step);
    const std::vector<LabStepRecord>& records() const { return m_records; }

    /// Appends a time-stamped line to log.txt.
    void log(const std::string& line) const;
    /// Writes a file inside the lab atomically.
    void writeText(const std::string& relative, const std::string& text) const;

    /// Removes the ".part" files a killed write left in the lab (call while holding the lab's lock).
    void removePartFiles() const;
    /// Set when open() found lab.json damaged and rebuilt it: what was kept and what is to recompute.
    const std::string& recoveryNote() const { return m_recoveryNote; }
    /// True when the lab holds finished steps but no record of the settings they were made with
    /// (lab.json, its backup and the step records lost them): such a lab must not be run with
    /// guessed settings, which would recompute and overwrite its finished work.
    bool settingsLost() const;

private:
    void save() const;
    void adopt(const lab_state::State& index, const std::vector<lab_state::RecordFile>& recordFiles, bool damagedIndex);
    void rebuild(const std::string& why, const std::vector<lab_state::RecordFile>& recordFiles);

    std::string m_folder;
    std::string m_created;
    nlohmann::json m_config = nlohmann::json::object();
    nlohmann::json m_models = nlohmann::json::object();
    std::vector<LabStepRecord> m_records;
    std::string m_recoveryNote;
};

} // namespace psnn
