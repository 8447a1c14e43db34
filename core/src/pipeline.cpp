// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline runner: loads the models and the evaluation data once, then runs each step unless
// the lab already holds its result for the same settings and inputs (the step's key).
#include "privatesnn/pipeline.h"

#include "pipeline_internal.h"
#include "tensor_hash.h"

#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/torchscript_import.h"

#include <algorithm>
#include <chrono>

namespace psnn {

const std::vector<std::string>& pipelineSteps()
{
    static const std::vector<std::string> steps{"synthesize", "convert", "evaluate", "encrypt", "evaluate_encrypted", "attack"};
    return steps;
}

std::string pipelineStepTitle(const std::string& step)
{
    if (step == "synthesize")
        return "Synthesize images";
    if (step == "convert")
        return "Convert to SNN";
    if (step == "evaluate")
        return "Measure the converted SNN";
    if (step == "encrypt")
        return "Encrypt (spike-based training)";
    if (step == "evaluate_encrypted")
        return "Measure the encrypted SNN";
    if (step == "attack")
        return "Attack and score leakage";
    return step;
}

namespace {

using namespace pipeline_detail;
using nlohmann::json;

bool stepActive(const std::string& step, const PipelineConfig& c)
{
    const bool eval = !c.evalData.empty();
    if (step == "evaluate")
        return eval;
    if (step == "encrypt")
        return c.runEncryption;
    if (step == "evaluate_encrypted")
        return eval && c.runEncryption;
    if (step == "attack")
        return eval && c.runAttacks;
    return true;
}

Context loadContext(const PipelineConfig& config, Lab& lab, PipelineObserver& observer)
{
    Context ctx{config, lab, observer, {}, {}, {}, std::nullopt, {}, {}, std::nullopt, {}};
    ctx.teacherPath = config.teacher.empty() ? findBundled("models/teacher.psnn") : config.teacher;
    ctx.teacher = loadAnyModel(ctx.teacherPath);
    ctx.teacherSha = sha256File(ctx.teacherPath);
    if (!config.classNames.empty())
        applyClassNames(ctx.teacher, config.classNames);
    if (config.judge != "none") {
        ctx.judgePath = config.judge.empty() ? findBundled("models/judge.psnn") : config.judge;
        ctx.judge = loadAnyModel(ctx.judgePath);
        ctx.judgeSha = sha256File(ctx.judgePath);
        if (ctx.judge->numClasses() != ctx.teacher.numClasses())
            throw Error(ErrorCode::ShapeMismatch, "The judge has " + std::to_string(ctx.judge->numClasses()) + " classes, the model "
                            + std::to_string(ctx.teacher.numClasses()) + ".", "Give a judge trained on the same classes, or \"none\".");
    }
    if (!config.evalData.empty()) {
        ctx.eval = loadDataSpec(config.evalData, ctx.teacher, config.evalImages, config.seed);
        if (ctx.eval->images.size(1) != ctx.teacher.input.channels || ctx.eval->images.size(2) != ctx.teacher.input.height
            || ctx.eval->images.size(3) != ctx.teacher.input.width)
            throw Error(ErrorCode::ShapeMismatch, "The evaluation images do not have the model's input shape.",
                        "Choose evaluation data the model was made for.");
        const std::string both = tensorSha256(ctx.eval->images) + tensorSha256(ctx.eval->labels);
        ctx.evalSha = sha256Hex(both.data(), both.size());
        observer.note("Evaluation data (measurement only): " + ctx.eval->source + ", " + std::to_string(ctx.eval->size()) + " images");
    }
    return ctx;
}

} // namespace

PipelineOutcome runPipeline(const PipelineConfig& config, const std::string& labFolder, PipelineObserver& observer,
                            const std::string& lastStep)
{
    const auto& all = pipelineSteps();
    if (!lastStep.empty() && std::find(all.begin(), all.end(), lastStep) == all.end())
        throw Error(ErrorCode::InvalidArgument, "Unknown pipeline step '" + lastStep + "'.");
    const auto started = std::chrono::steady_clock::now();
    Lab lab = Lab::open(labFolder);
    lab.setConfig(pipelineConfigToJson(config));
    Context ctx = loadContext(config, lab, observer);

    // active: every step the config asks for (they make the report); torun: those up to lastStep.
    std::vector<std::string> active, torun;
    bool pastLast = false;
    for (const std::string& step : all) {
        if (!stepActive(step, config)) {
            lab.forget(step); // a result the config no longer asks for must not reach the report
            continue;
        }
        active.push_back(step);
        if (!pastLast)
            torun.push_back(step);
        pastLast = pastLast || step == lastStep;
    }
    PipelineOutcome outcome;
    outcome.lab = labFolder;
    const auto writeResults = [&] {
        outcome.resultsJson = assembleResults(ctx, active).dump(1);
        lab.writeText("results.json", outcome.resultsJson);
    };
    // A kept step leaves results.json as it was, which may still hold steps the config dropped.
    bool resultsFinal = false;
    for (size_t i = 0; i < torun.size(); ++i) {
        const std::string& step = torun[i];
        const StepPlan plan = planStep(step, ctx);
        const std::string key = stepKey(step, plan);
        ProgressSink& sink = observer.stepStarted(step, int(i), int(torun.size()));
        if (lab.upToDate(step, key)) {
            outcome.skipped.push_back(step);
            observer.stepFinished(step, true, 0, "unchanged, kept from the lab");
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
        record.settingsJson = plan.settings.dump();
        const auto stepStart = std::chrono::steady_clock::now();
        StepOutput out;
        try {
            out = runStep(step, ctx, sink);
        } catch (const Error& e) {
            lab.log("Step " + step + " stopped: " + e.what());
            writeResults();
            observer.resultsWritten(outcome.resultsJson);
            throw;
        }
        record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - stepStart).count();
        record.finished = utcNowIso8601();
        record.outputs = out.outputs;
        record.resultsJson = out.results.dump();
        lab.store(record);
        writeResults();
        lab.log("Step " + step + " finished in " + std::to_string(int(record.seconds)) + " s: " + out.summary);
        outcome.ran.push_back(step);
        observer.stepFinished(step, false, record.seconds, out.summary);
        observer.resultsWritten(outcome.resultsJson);
        resultsFinal = true;
    }
    if (!resultsFinal) {
        writeResults();
        observer.resultsWritten(outcome.resultsJson);
    }
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

} // namespace psnn
