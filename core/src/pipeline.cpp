// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline runner: loads the models and the evaluation data once, then runs each step unless
// the lab already holds its result for the same settings and inputs (the step's key).
#include "privatesnn/pipeline.h"

#include "pipeline_internal.h"
#include "tensor_hash.h"

#include "privatesnn/attacks.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/torchscript_import.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace psnn {

std::vector<Step> pipelineSteps()
{
    std::vector<Step> steps;
    for (const StepInfo& info : stepTable())
        steps.push_back(info.step);
    return steps;
}

namespace pipeline_detail {

bool stepActive(Step step, const PipelineConfig& c)
{
    const bool eval = !c.evalData.empty();
    switch (step) {
    case Step::Evaluate:
        return eval;
    case Step::Encrypt:
        return c.runEncryption;
    case Step::EvaluateEncrypted:
        return eval && c.runEncryption;
    case Step::Attack:
        return eval && c.runAttacks;
    default:
        return true;
    }
}

void makeModelPathsAbsolute(PipelineConfig& config)
{
    for (std::string* model : {&config.teacher, &config.snn, &config.judge, &config.secondJudge})
        if (!model->empty() && *model != "none")
            *model = std::filesystem::absolute(*model).lexically_normal().string();
}

} // namespace pipeline_detail

namespace {

using namespace pipeline_detail;
using nlohmann::json;

/// Loads the models and the evaluation data; a model found moved (by its hash) is written back into
/// config, so the lab records where it is now. `models` gets what the lab records of them.
Context loadContext(PipelineConfig& config, Lab& lab, PipelineObserver& observer, json& models)
{
    Context ctx{config, lab,          observer, {},           {}, {}, std::nullopt, std::nullopt, {},
                {},     std::nullopt, {},       std::nullopt, {}, {}};
    if (!config.snn.empty() && !config.teacher.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "Both a teacher (" + config.teacher + ") and a spiking model to import (" + config.snn
                        + ") were given; a run audits one of them.",
                    "Give --teacher to convert an ANN, or --snn to audit a spiking model as it is.");
    if (!config.teacher.empty())
        config.teacher = locateModel("teacher", config.teacher, lab, observer);
    if (!config.snn.empty())
        config.snn = locateModel("snn", config.snn, lab, observer);
    if (!config.judge.empty() && config.judge != "none")
        config.judge = locateModel("judge", config.judge, lab, observer);
    if (!config.snn.empty()) {
        ctx.teacherPath = config.snn;
        ctx.imported = loadImported(config.snn, config);
        ctx.teacher = reconvertToAnn(*ctx.imported); // no ANN exists: its ReLU re-conversion stands in
        const std::string fileSha = sha256File(config.snn);
        ctx.teacherSha = importedSha(fileSha, config);
        models = {{"snn", {{"path", config.snn}, {"sha256", fileSha}}}};
        for (const std::string& line : describeSemantics(*ctx.imported))
            observer.note("Imported spiking model, " + line);
    } else {
        ctx.teacherPath = config.teacher.empty() ? findBundled("models/teacher.psnn") : config.teacher;
        ctx.teacher = loadAnyModel(ctx.teacherPath);
        ctx.teacherSha = sha256File(ctx.teacherPath);
        models = {{"teacher", {{"path", config.teacher}, {"sha256", ctx.teacherSha}}}};
        if (!config.classNames.empty())
            applyClassNames(ctx.teacher, config.classNames);
    }
    if (config.judge != "none") {
        ctx.judgePath = config.judge.empty() ? findBundled("models/judge.psnn") : config.judge;
        ctx.judge = loadAnyModel(ctx.judgePath);
        ctx.judgeSha = sha256File(ctx.judgePath);
        models["judge"] = {{"path", config.judge}, {"sha256", ctx.judgeSha}};
        if (ctx.judge->numClasses() != ctx.teacher.numClasses())
            throw Error(ErrorCode::ShapeMismatch, "The judge has " + std::to_string(ctx.judge->numClasses()) + " classes, the model "
                            + std::to_string(ctx.teacher.numClasses()) + ".", "Give a judge trained on the same classes, or \"none\".");
    }
    if (const std::string path = secondJudgeFile(config, lab, observer); !path.empty()) {
        if (!config.secondJudge.empty())
            config.secondJudge = path; // found moved: the lab records where it is now
        ctx.judge2Path = path;
        ctx.judge2 = loadAnyModel(path);
        ctx.judge2Sha = sha256File(path);
        models["second-judge"] = {{"path", config.secondJudge}, {"sha256", ctx.judge2Sha}};
        if (ctx.judge2->numClasses() != ctx.teacher.numClasses())
            throw Error(ErrorCode::ShapeMismatch,
                        "The second judge has " + std::to_string(ctx.judge2->numClasses()) + " classes, the model "
                            + std::to_string(ctx.teacher.numClasses()) + ".",
                        "Give a second judge trained on the same classes, or set second_judge to \"none\".");
    }
    if (!config.evalData.empty()) {
        ctx.eval =
            loadDataSpec(config.evalData, ctx.teacher, config.evalImages, config.seed, evalDataConversion(config));
        const std::string both = tensorSha256(ctx.eval->images) + tensorSha256(ctx.eval->labels);
        ctx.evalSha = sha256Hex(both.data(), both.size());
        observer.note("Evaluation data (measurement only): " + ctx.eval->source + ", " + std::to_string(ctx.eval->size()) + " images");
    }
    return ctx;
}

/// A lab whose settings are lost (lab.json, its backup and the step records no longer hold them) runs
/// only with settings that reproduce its finished steps' keys: anything else would recompute, and
/// overwrite, work made with settings nobody knows any more.
void refuseGuessedSettings(const Context& ctx, const std::vector<Step>& active, std::optional<Step> rerunFrom)
{
    if (!ctx.lab.settingsLost())
        return;
    std::string differ, first;
    for (const Step step : pipelineSteps()) {
        const LabStepRecord* record = ctx.lab.record(recordName(step));
        const bool isActive = std::find(active.begin(), active.end(), step) != active.end();
        if (!record || (rerunFrom && step >= *rerunFrom)
            || (isActive && record->key == stepKey(step, planStep(step, ctx))))
            continue;
        differ += (differ.empty() ? "" : ", ") + recordName(step);
        if (first.empty())
            first = recordName(step);
    }
    if (differ.empty())
        return;
    throw Error(ErrorCode::InvalidArgument,
                "The settings of the lab '" + ctx.lab.folder()
                    + "' are lost (lab.json and lab.json.bak are damaged and no step record "
                      "holds them), and the settings given now are not those its finished steps were made with: "
                    + differ + ".",
                "Give the lab's settings again with --config FILE (finished steps whose settings match are kept), or "
                "recompute with "
                "--rerun-from "
                    + first + " --config FILE; nothing in the lab was changed.");
}

/// Every simulation the run will do is sized before the first step, so a run that cannot fit stops
/// at once with the estimate instead of after hours of earlier steps (or by the kernel's OOM killer).
void refuseOversizedSteps(const Context& ctx, const std::vector<Step>& steps)
{
    const PipelineConfig& c = ctx.config;
    const Network& net = ctx.teacher;
    const int64_t classes = net.numClasses();
    const int64_t synthetic = int64_t(c.synthesis.perClass) * classes;
    const int64_t T = ctx.imported ? ctx.imported->timesteps : c.conversion.timesteps;
    const auto has = [&](Step step) { return std::find(steps.begin(), steps.end(), step) != steps.end(); };
    const std::string hint = "Lower the sizes in the config (see `privatesnn run --print-config`); no step was run.";
    if (has(Step::Convert))
        refuseOverMemory(estimateSimulation(net, c.conversionImages > 0 ? c.conversionImages : synthetic, T, c.conversion.batchSize),
                         "Conversion (conversion.timesteps " + std::to_string(T) + ", conversion.batch_size "
                             + std::to_string(c.conversion.batchSize) + ")", hint);
    if (has(Step::Evaluate) && ctx.eval)
        refuseOverMemory(estimateSimulation(net, ctx.eval->size(), T, c.evalBatchSize),
                         "Evaluation (" + std::to_string(ctx.eval->size()) + " images, eval_batch_size " + std::to_string(c.evalBatchSize) + ")",
                         hint);
    if (has(Step::Encrypt)) {
        SpikingModel shape;
        shape.network = net;
        shape.timesteps = int(T);
        const MemoryEstimate e = estimateEncryptionMemory(shape, c.encryption, c.conversionImages > 0 ? c.conversionImages : synthetic);
        if (e.availableBytes > 0 && e.neededBytes > e.availableBytes)
            throw Error(ErrorCode::OutOfMemory, "Encryption (encryption.batch_size " + std::to_string(c.encryption.batchSize) + ") needs "
                            + e.describe() + ".", "Lower encryption.batch_size or the time steps; no step was run.");
    }
    if (has(Step::Attack))
        for (const AttackConfig* a : {&c.leakage.attack1, &c.leakage.attack2}) {
            const int64_t images = (a->classes.empty() ? classes : int64_t(a->classes.size())) * a->restarts * std::max(a->candidates, 1);
            const int64_t attackT = a->timesteps > 0 ? a->timesteps : T;
            refuseOverMemory(estimateSimulation(net, images, attackT, std::min<int64_t>(images, a->batchSize), a == &c.leakage.attack2),
                             std::string("Attack ") + (a == &c.leakage.attack1 ? "1" : "2") + " (" + std::to_string(images) + " images, T = "
                                 + std::to_string(attackT) + ")", hint);
        }
}

} // namespace

PipelineOutcome runPipeline(const PipelineConfig& requested, const std::string& labFolder, PipelineObserver& observer,
                            std::optional<Step> lastStep, std::optional<Step> rerunFrom)
{
    const std::vector<Step> all = pipelineSteps();
    // The whole config is checked before anything is written or computed.
    validatePipelineConfig(requested);
    const auto started = std::chrono::steady_clock::now();
    const LabLock lock = LabLock::acquire(labFolder, currentCommandLine());
    Lab lab = Lab::open(labFolder);
    if (!lab.recoveryNote().empty()) {
        observer.note(lab.recoveryNote());
        lab.log(lab.recoveryNote());
    }
    if (const auto& stale = lock.tookOverFrom())
        observer.note("Took over the lab from " + stale->describe() + ", which ended without releasing it.");
    lab.removePartFiles(); // left by a write that a kill interrupted
    // Paths are stored absolute, so the lab resumes the same models from any working folder.
    PipelineConfig config = requested;
    makeModelPathsAbsolute(config);
    json models;
    Context ctx = loadContext(config, lab, observer, models);
    // active: every step the config asks for (they make the report); torun: those up to lastStep.
    std::vector<Step> active, torun;
    for (const Step step : all)
        if (stepActive(step, config)) {
            active.push_back(step);
            if (!lastStep || step <= *lastStep)
                torun.push_back(step);
        }
    refuseGuessedSettings(ctx, active, rerunFrom); // before the first write
    if (rerunFrom) {
        for (const Step step : all)
            if (step >= *rerunFrom)
                lab.forget(recordName(step));
        if (*rerunFrom <= Step::Encrypt) {
            std::error_code ec;
            std::filesystem::remove(lab.path(kCheckpointFile), ec); // training restarts rather than resuming
        }
    }
    lab.setModels(models);
    lab.setConfig(pipelineSettings(config));
    for (const Step step : all)
        if (!stepActive(step, config))
            lab.forget(recordName(step)); // a result the config no longer asks for must not reach the report
    refuseOversizedSteps(ctx, torun);
    PipelineOutcome outcome;
    outcome.lab = labFolder;
    const auto writeResults = [&] {
        outcome.results = assembleResults(ctx, active);
        lab.writeText("results.json", toJson(outcome.results).dump(1));
    };
    // A kept step leaves results.json as it was, which may still hold steps the config dropped.
    bool resultsFinal = false;
    for (size_t i = 0; i < torun.size(); ++i) {
        const Step stepId = torun[i];
        const std::string step = recordName(stepId);
        const StepPlan plan = planStep(stepId, ctx);
        const std::string key = stepKey(stepId, plan);
        ProgressSink& sink = observer.stepStarted(RunItem::of(stepId), int(i), int(torun.size()));
        if (lab.upToDate(step, key)) {
            outcome.skipped.push_back(stepId);
            observer.stepFinished(RunItem::of(stepId), true, 0, "unchanged, kept from the lab");
            resultsFinal = false;
            continue;
        }
        lab.forget(step);
        // The observer hears of steps through stepStarted/stepFinished; the lab log keeps its own lines.
        lab.log("Step " + step + " started");
        LabStepRecord record;
        record.step = step;
        record.key = key;
        record.started = utcNowIso8601();
        record.seed = config.seed;
        record.inputs = plan.inputs;
        record.settings = plan.settings;
        const auto stepStart = std::chrono::steady_clock::now();
        StepOutput out;
        try {
            out = runStep(stepId, ctx, sink);
        } catch (const Error& e) {
            lab.log("Step " + step + " stopped: " + e.what());
            writeResults();
            observer.resultsWritten(outcome.results);
            throw;
        }
        record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - stepStart).count();
        record.finished = utcNowIso8601();
        record.outputs = out.outputs;
        record.results = out.results;
        lab.store(record);
        writeResults();
        lab.log("Step " + step + " finished in " + std::to_string(int(record.seconds)) + " s: " + out.summary);
        outcome.ran.push_back(stepId);
        observer.stepFinished(RunItem::of(stepId), false, record.seconds, out.summary);
        observer.resultsWritten(outcome.results);
        resultsFinal = true;
    }
    if (!resultsFinal) {
        writeResults();
        observer.resultsWritten(outcome.results);
    }
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

} // namespace psnn
