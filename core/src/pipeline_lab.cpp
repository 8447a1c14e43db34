// SPDX-License-Identifier: GPL-3.0-or-later
// What a lab remembers between runs: the config it ran with, and its models by absolute path and
// SHA-256, so a re-run resumes the same work from any working folder and a changed data-free input
// is noticed before anything is recomputed.
#include "pipeline_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/sha256.h"

#include <algorithm>
#include <filesystem>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// Leaf values of a JSON object as "a.b.c" -> value.
void flatten(const json& j, const std::string& prefix, std::map<std::string, json>& out)
{
    if (j.is_object() && !j.empty())
        for (auto it = j.begin(); it != j.end(); ++it)
            flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    else
        out[prefix] = j;
}

std::string recordedSha(const Lab& lab, const std::string& role)
{
    const json& models = lab.models();
    return models.contains(role) ? models[role].value("sha256", "") : std::string();
}

std::string recordedPath(const Lab& lab, const std::string& role)
{
    const json& models = lab.models();
    return models.contains(role) ? models[role].value("path", "") : std::string();
}

} // namespace

std::string LabChanges::describe() const
{
    std::string text;
    for (const std::string& s : settings)
        text += (text.empty() ? "" : "; ") + s;
    std::string list;
    for (const Step s : steps)
        list += (list.empty() ? "" : ", ") + std::string(stepName(s));
    return text + " (would recompute " + (list.empty() ? std::string("nothing finished") : list) + ")";
}

std::optional<PipelineConfig> storedLabConfig(const std::string& labFolder)
{
    std::error_code ec;
    if (!fs::exists(fs::path(labFolder) / "lab.json", ec) && !fs::exists(fs::path(labFolder) / "steps", ec))
        return std::nullopt;
    const Lab lab = Lab::open(labFolder);
    const json& stored = lab.config();
    if (!stored.is_object() || stored.empty())
        return std::nullopt;
    const bool paper = stored.contains("profile") && stored["profile"] == "paper";
    const PipelineConfig base = profileByName(paper ? "paper" : "demo");
    return withSettings(base, stored);
}

LabChanges dataFreeChanges(const PipelineConfig& config, const std::string& labFolder)
{
    LabChanges changes;
    const std::optional<PipelineConfig> stored = storedLabConfig(labFolder);
    if (!stored)
        return changes;
    const Lab lab = Lab::open(labFolder);
    const json before = pipelineSettings(*stored), after = pipelineSettings(config);
    const std::vector<Step> steps = pipelineSteps();
    size_t first = steps.size();
    // The teacher (or imported spiking model) counts as changed only when its content does: a moved
    // copy is the same model.
    for (const char* role : {"teacher", "snn"}) {
        const std::string oldModel = before.value(role, ""), newModel = after.value(role, "");
        if (oldModel == newModel)
            continue;
        const std::string sha = recordedSha(lab, role);
        std::error_code ec;
        const bool same =
            !sha.empty() && !newModel.empty() && fs::is_regular_file(newModel, ec) && sha256File(newModel) == sha;
        const std::string none = role == std::string("teacher") ? "the bundled teacher" : "none";
        if (!same) {
            changes.settings.push_back(std::string(role) + ": " + (oldModel.empty() ? none : oldModel) + " -> "
                                       + (newModel.empty() ? none : newModel));
            first = 0;
        }
    }
    // How an imported model is read changes every step's input.
    if (!after.value("snn", "").empty() && before.value("snn_import", json()) != after.value("snn_import", json())) {
        changes.settings.push_back("snn_import: " + before.value("snn_import", json()).dump() + " -> "
                                   + after.value("snn_import", json()).dump());
        first = 0;
    }
    // The records are the evidence of how finished data-free steps were made; settings that differ
    // from them (whatever lab.json says) would recompute those steps.
    for (size_t index = 0; index < steps.size(); ++index) {
        const LabStepRecord* record = lab.record(std::string(stepName(steps[index])));
        const json wanted = pipeline_detail::dataFreeSettings(steps[index], config);
        const json made = record ? record->settings : json();
        if (!record || wanted.is_null() || made == wanted)
            continue;
        if (made != pipeline_detail::dataFreeSettings(steps[index], *stored))
            changes.labDisagrees = true; // lab.json's own settings are not those the step was made with
        std::map<std::string, json> was, now;
        const std::string section = stepInfo(steps[index]).settings;
        flatten(made, section, was);
        flatten(wanted, section, now);
        for (const auto& [key, value] : now)
            if (!was.count(key) || was[key] != value) {
                const std::string change =
                    key + ": " + (was.count(key) ? was[key].dump() : std::string("unset")) + " -> " + value.dump();
                if (std::find(changes.settings.begin(), changes.settings.end(), change) == changes.settings.end())
                    changes.settings.push_back(change);
            }
        first = std::min(first, index);
    }
    // The sections that feed the data-free steps (those that never measure).
    for (size_t index = 0; index < steps.size(); ++index) {
        const StepInfo& info = stepInfo(steps[index]);
        if (info.measuresOnly || !*info.settings)
            continue;
        const std::string section = info.settings;
        std::map<std::string, json> a, b;
        flatten(before.value(section, json::object()), section, a);
        flatten(after.value(section, json::object()), section, b);
        for (const auto& [key, value] : b)
            if (!a.count(key) || a[key] != value) {
                const std::string change =
                    key + ": " + (a.count(key) ? a[key].dump() : std::string("unset")) + " -> " + value.dump();
                if (std::find(changes.settings.begin(), changes.settings.end(), change) == changes.settings.end())
                    changes.settings.push_back(change);
                first = std::min(first, index);
            }
    }
    if (first == steps.size())
        return changes;
    changes.firstStep = steps[first];
    for (size_t i = first; i < steps.size(); ++i)
        if (lab.record(std::string(stepName(steps[i]))))
            changes.steps.push_back(steps[i]);
    return changes;
}

namespace pipeline_detail {

std::string locateModel(const std::string& role, const std::string& configured, const Lab& lab, PipelineObserver& observer)
{
    std::error_code ec;
    if (fs::is_regular_file(configured, ec))
        return configured;
    const std::string sha = recordedSha(lab, role);
    if (sha.empty() || recordedPath(lab, role) != configured)
        return configured; // not the lab's recorded model: the loader names what is missing
    // Moved: a file with the same content in the lab folder or the folder that holds it.
    const fs::path labDir = fs::absolute(lab.folder(), ec);
    for (const fs::path& dir : {labDir, labDir.parent_path()})
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            std::error_code fileError;
            if (!entry.is_regular_file(fileError) || entry.path().filename() == "lab.json")
                continue;
            const std::string candidate = entry.path().string();
            if (sha256File(candidate) == sha) {
                observer.note("The " + role + " is no longer at '" + configured + "'; using '" + candidate + "', which has the same SHA-256.");
                return candidate;
            }
        }
    throw Error(ErrorCode::FileNotFound,
                "The lab's " + role + " '" + configured + "' (SHA-256 " + sha.substr(0, 16) + "...) is missing, and no file with that "
                    "content lies in the lab folder or next to it.",
                "Put the model back, or copy it into '" + labDir.parent_path().string() + "'; to continue with another model give --"
                    + role + " FILE with --rerun-from synthesize (or --new), which recomputes the lab's steps.");
}

std::string secondJudgeFile(const PipelineConfig& config, const Lab& lab, PipelineObserver& observer)
{
    if (config.secondJudge == "none")
        return {};
    if (config.judge == "none") {
        if (config.secondJudge.empty())
            return {};
        throw Error(ErrorCode::InvalidArgument,
                    "A second judge ('" + config.secondJudge + "') was given without a judge (judge is \"none\").",
                    "Give the judge too (the verdicts and the distances start from it), or set second_judge to "
                    "\"none\".");
    }
    if (!config.secondJudge.empty())
        return locateModel("second-judge", config.secondJudge, lab, observer);
    if (!config.judge.empty())
        return {}; // the bundled second judge knows Fashion-MNIST: only beside the bundled judge
    try {
        return findBundled("models/judge2.psnn");
    } catch (const Error&) {
        return {}; // not installed: the verdicts rest on one judge, and the report says so
    }
}

} // namespace pipeline_detail
} // namespace psnn
