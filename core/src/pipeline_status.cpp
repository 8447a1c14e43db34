// SPDX-License-Identifier: GPL-3.0-or-later
// Step status for the GUI: the same plan and key a run would make (pipeline_steps.cpp), compared with
// lab.json's records without running, loading the lab's artifacts or writing anything.
#include "pipeline_internal.h"
#include "tensor_hash.h"

#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/torchscript_import.h"

#include <filesystem>
#include <map>
#include <mutex>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using namespace pipeline_detail;
using nlohmann::json;

/// Hashes by a stamp of what they were computed from: a file's path, size and modification time, or
/// the evaluation data's spec with the stamps of the paths it names. Shared by every status call of
/// the process (the GUI asks after each settings change), so only what changed is hashed again.
class HashCache {
public:
    template <typename Compute>
    std::string get(const std::string& stamp, Compute compute)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            const auto it = m_hashes.find(stamp);
            if (it != m_hashes.end())
                return it->second;
        }
        std::string hash = compute(); // outside the lock: hashing a large file takes a while
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_hashes[stamp] = hash;
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::string> m_hashes;
};

HashCache& cache()
{
    static HashCache instance;
    return instance;
}

/// "path|size|mtime", or empty when there is no such file.
std::string fileStamp(const fs::path& path)
{
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec || !fs::is_regular_file(absolute, ec))
        return {};
    const auto size = fs::file_size(absolute, ec);
    const auto time = fs::last_write_time(absolute, ec).time_since_epoch().count();
    return ec ? std::string() : absolute.string() + "|" + std::to_string(size) + "|" + std::to_string(time);
}

std::string cachedFileSha(const fs::path& path)
{
    const std::string stamp = fileStamp(path);
    return stamp.empty() ? std::string() : cache().get("file|" + stamp, [&] { return sha256File(path.string()); });
}

/// Hears nothing: a status check reports no notes (locateModel's "found it moved" line).
class QuietObserver : public PipelineObserver {
public:
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
};

/// The file a run would load for a model role: the bundled one when unset, else the configured file
/// or, when it moved, the copy with the lab's recorded hash. Empty when there is none.
std::string modelFile(const std::string& role, const std::string& configured, const Lab& lab, PipelineObserver& quiet)
{
    try {
        if (configured.empty())
            return findBundled("models/" + role + ".psnn");
        return locateModel(role, configured, lab, quiet);
    } catch (const Error&) {
        return {}; // a run would fail to find it; every step that reads it shows out of date
    }
}

/// The evaluation data's hash as loadContext computes it (selected images and labels). Loading
/// it needs the teacher (for the input size), so that is only done when the stamp is new.
std::string evaluationSha(const PipelineConfig& c, const std::string& teacherFile, const std::string& teacherSha)
{
    std::string stamp =
        json{{"spec", c.evalData},          {"images", c.evalImages},       {"seed", c.seed},
             {"resize", c.evalResize},      {"grayscale", c.evalGrayscale}, {"labels_as_is", c.evalLabelsAsIs},
             {"class_map", c.evalClassMap}, {"class_names", c.classNames},  {"teacher", teacherSha}}
            .dump();
    // The spec names folders or files ("idx:DIR:test", an image folder): their stamps make a
    // replaced data set hash again.
    std::string part;
    for (const char ch : c.evalData + ":") {
        if (ch != ':') {
            part += ch;
            continue;
        }
        std::error_code ec;
        if (!part.empty() && fs::exists(part, ec))
            stamp += "|" + fs::absolute(part, ec).string() + "|" + std::to_string(fs::last_write_time(part, ec).time_since_epoch().count());
        part.clear();
    }
    return cache().get("eval|" + stamp, [&]() -> std::string {
        try {
            Network teacher = c.snn.empty() ? loadAnyModel(teacherFile) : loadImported(teacherFile, c).network;
            if (!c.classNames.empty()) // as loadContext: an image folder's classes are matched by name
                applyClassNames(teacher, c.classNames);
            const Dataset eval = loadDataSpec(c.evalData, teacher, c.evalImages, c.seed, evalDataConversion(c));
            const std::string both = tensorSha256(eval.images) + tensorSha256(eval.labels);
            return sha256Hex(both.data(), both.size());
        } catch (const Error&) {
            return {}; // unreadable data: the measuring steps show out of date, and a run says why
        }
    });
}

/// True when every output file the record lists is still there with its recorded hash.
bool cachedOutputsIntact(const Lab& lab, const LabStepRecord& record)
{
    for (const auto& [file, hash] : record.outputs)
        if (cachedFileSha(lab.path(file)) != hash)
            return false;
    return true;
}

} // namespace

std::vector<StepStatus> labStepStatus(const PipelineConfig& requested, const std::string& labFolder)
{
    std::vector<StepStatus> status;
    for (const Step step : pipelineSteps())
        status.push_back({step, StepState::NotRun, stepActive(step, requested)});
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(labFolder) / "lab.json", ec))
        return status; // a new folder, or one only a run may rebuild: nothing counts as done
    Lab lab = Lab::open(labFolder);
    if (lab.records().empty())
        return status;
    PipelineConfig config = requested;
    makeModelPathsAbsolute(config); // as runPipeline does, against this process's working folder
    QuietObserver quiet;
    Context ctx{config, lab,          quiet, {},           {}, {}, std::nullopt, std::nullopt, {},
                {},     std::nullopt, {},    std::nullopt, {}, {}};
    const bool imported = !config.snn.empty();
    const std::string teacherFile =
        imported ? modelFile("snn", config.snn, lab, quiet) : modelFile("teacher", config.teacher, lab, quiet);
    ctx.teacherSha = cachedFileSha(teacherFile);
    if (imported && !ctx.teacherSha.empty())
        ctx.teacherSha = importedSha(ctx.teacherSha, config);
    if (config.judge != "none")
        ctx.judgeSha = cachedFileSha(modelFile("judge", config.judge, lab, quiet));
    try {
        if (const std::string path = secondJudgeFile(config, lab, quiet); !path.empty())
            ctx.judge2Sha = cachedFileSha(path);
    } catch (const Error&) {
        ctx.judge2Sha = "missing"; // a run would fail to find it: the attack step shows out of date
    }
    if (!config.evalData.empty() && !ctx.teacherSha.empty())
        ctx.evalSha = evaluationSha(config, teacherFile, ctx.teacherSha);
    for (StepStatus& s : status) {
        const LabStepRecord* record = lab.record(recordName(s.step));
        if (!s.active || !record)
            continue;
        bool current = record->key == stepKey(s.step, planStep(s.step, ctx)) && cachedOutputsIntact(lab, *record);
        // A step whose input step would be recomputed is recomputed after it.
        for (const Step read : stepInfo(s.step).reads)
            if (stepActive(read, config) && stateOf(read, status) != StepState::Done)
                current = false;
        s.state = current ? StepState::Done : StepState::OutOfDate;
    }
    return status;
}

} // namespace psnn
