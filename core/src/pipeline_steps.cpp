// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline's steps: what each reads (its plan, which makes its key) and what it computes.
// Only "evaluate", "evaluate_encrypted" and "attack" ever touch the evaluation data.
#include "pipeline_internal.h"

#include "privatesnn/live_series.h"
#include "privatesnn/ann_training.h"
#include "privatesnn/attacks.h"
#include "privatesnn/conversion.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/snn_evaluation.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/text_format.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <utility>
#include <vector>

namespace psnn::pipeline_detail {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int64_t kSamplesPerClass = 4; // synthetic images shown in the report per class

std::map<std::string, std::string> fileOutput(const Lab& lab, const std::string& file)
{
    return {{file, sha256File(lab.path(file))}};
}

/// One image (C x H x W, the model's normalised space) to the observer, in [0, 1].
void sendImage(PipelineObserver& observer, const std::string& series, int64_t cls, const at::Tensor& image, const InputSpec& spec)
{
    const int64_t c = image.size(0);
    const at::Tensor mean = at::tensor(spec.mean, at::kDouble).to(at::kFloat).view({-1, 1, 1});
    const at::Tensor std = at::tensor(spec.std, at::kDouble).to(at::kFloat).view({-1, 1, 1});
    const at::Tensor pixels = (image.detach().to(at::kFloat) * std + mean).clamp(0, 1).contiguous();
    const float* p = pixels.data_ptr<float>();
    observer.image(series, cls, int(c), int(image.size(1)), int(image.size(2)), std::vector<float>(p, p + pixels.numel()));
}

// ---- synthesize ---------------------------------------------------------------------------------

/// Passes everything on and keeps the "synthesis_loss" points, so an opened lab can still show
/// the loss curve after the run (at most kMaxPoints, evenly thinned).
class LossRecorder : public StageProgress {
public:
    explicit LossRecorder(ProgressSink& outer) : StageProgress(outer, 0, 1, {}) {}
    void metric(const std::string& series, double x, double y) override
    {
        StageProgress::metric(series, x, y);
        if (series == live::kSynthesisLoss)
            m_points.push_back({x, y});
    }
    json curve() const
    {
        constexpr size_t kMaxPoints = 200;
        const size_t stride = std::max<size_t>(1, (m_points.size() + kMaxPoints - 1) / kMaxPoints);
        json out = json::array();
        for (size_t i = 0; i < m_points.size(); i += stride)
            out.push_back({m_points[i].first, m_points[i].second});
        if (!m_points.empty() && (m_points.size() - 1) % stride != 0)
            out.push_back({m_points.back().first, m_points.back().second});
        return out;
    }

private:
    std::vector<std::pair<double, double>> m_points;
};

StepOutput synthesizeStep(Context& ctx, ProgressSink& progress)
{
    LossRecorder recorder(progress);
    const SyntheticSet set = synthesize(ctx.teacher, ctx.config.synthesis, recorder, [&](const SyntheticSet& batch, int64_t) {
        const auto cls = batch.classes.accessor<int64_t, 1>();
        for (int64_t i = 0; i < batch.size(); ++i)
            sendImage(ctx.observer, std::string(live::kSynthesisImages), cls[i], batch.images[i], ctx.teacher.input);
    });
    if (!set.complete)
        throw Error(ErrorCode::Cancelled, "Synthesis was cancelled.", "Run the pipeline again to start the synthesis over.");
    saveSyntheticArchive(ctx.lab.path(kSyntheticFile), set);

    json samples = json::array();
    fs::create_directories(ctx.lab.path("images/synthetic"));
    const auto classes = set.classes.accessor<int64_t, 1>();
    std::vector<int64_t> shown(size_t(ctx.teacher.numClasses()), 0);
    for (int64_t i = 0; i < set.size(); ++i) {
        const int64_t k = classes[i];
        if (shown[size_t(k)] >= kSamplesPerClass)
            continue;
        const std::string file = "images/synthetic/class_" + std::to_string(k) + "_" + std::to_string(shown[size_t(k)]++) + ".png";
        saveImagePng(ctx.lab.path(file), set.images[i], set.input);
        samples.push_back({{"class", k}, {"file", file}});
    }
    const SynthesisQuality q = measureSynthesisQuality(ctx.teacher, set, 30);
    const at::Tensor sim = classSimilarity(ctx.teacher).contiguous();
    json similarity = json::array();
    for (int64_t r = 0; r < sim.size(0); ++r) {
        json row = json::array();
        for (int64_t c = 0; c < sim.size(1); ++c)
            row.push_back(sim[r][c].item<double>());
        similarity.push_back(row);
    }
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kSyntheticFile);
    out.results["synthesis"] = {{"images", set.size()}, {"per_class", ctx.config.synthesis.perClass},
                                {"steps", ctx.config.synthesis.steps}, {"seconds", set.seconds},
                                {"teacher_agreement", q.teacherAgreement}, {"mean_loss", q.meanLoss},
                                {"diversity", q.diversity}, {"class_similarity", similarity}, {"samples", samples},
                                {"loss_curve", recorder.curve()}};
    out.summary = std::to_string(set.size()) + " images, teacher agreement " + formatPercent(q.teacherAgreement, 2);
    return out;
}

// ---- convert ------------------------------------------------------------------------------------

StepOutput convertStep(Context& ctx, ProgressSink& progress)
{
    const SyntheticSet set = loadSyntheticArchive(ctx.lab.path(kSyntheticFile));
    const int64_t n = ctx.config.conversionImages > 0 ? std::min(ctx.config.conversionImages, set.size()) : set.size();
    // The set is ordered by class: a seeded subset across all classes, not the first n images.
    at::Tensor images = set.images;
    if (n < set.size()) {
        at::Generator gen = at::detail::createCPUGenerator(ctx.config.seed);
        images = images.index_select(0, std::get<0>(at::randperm(set.size(), gen).slice(0, 0, n).sort()));
    }
    // Images only: threshold balancing never sees a label, and never the evaluation data.
    SpikingModel snn = convertToSnn(ctx.teacher, images, ctx.config.conversion, progress);
    snn.conversionSource = "synthetic images of the lab (" + std::to_string(n) + ")";
    saveSpikingModel(ctx.lab.path(kSnnFile), snn);

    json thresholds = json::array();
    for (size_t l = 0; l < snn.thresholds.size(); ++l)
        if (snn.thresholds[l].defined())
            thresholds.push_back({{"layer", snn.network.layers[l].path}, {"threshold", snn.thresholds[l].mean().item<double>()},
                                  {"channels", snn.thresholds[l].numel()}});
    const ConversionSettings& s = ctx.config.conversion;
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kSnnFile);
    out.results["conversion"] = {{"timesteps", s.timesteps}, {"scale", s.scale}, {"statistic", thresholdModeName(s.mode)},
                                 {"mode", s.channelWise ? "channel" : "layer"}, {"images", n}, {"thresholds", thresholds}};
    out.summary = std::to_string(thresholds.size()) + " thresholds balanced on " + std::to_string(n) + " synthetic images, T = "
                  + std::to_string(s.timesteps);
    return out;
}

// ---- evaluate / evaluate_encrypted --------------------------------------------------------------

json layerActivity(const SnnEvaluation& e)
{
    json rows = json::array();
    for (const LayerActivity& a : e.activity)
        if (a.outputRate > 0) // the output layer only integrates
            rows.push_back({{"layer", a.path}, {"spikes_per_neuron", a.outputRate}, {"spike_rate", a.outputRate / e.timesteps}});
    return rows;
}

json energyLayers(const EnergyReport& r)
{
    json rows = json::array();
    for (const LayerEnergy& l : r.layers)
        rows.push_back({{"layer", l.path}, {"macs", l.macs}, {"input_rate", l.inputRate}, {"ann_pj", l.annPicojoule},
                        {"snn_pj", l.snnPicojoule}});
    return rows;
}

StepOutput evaluateStep(Context& ctx, ProgressSink& progress, bool encrypted)
{
    const std::string file = encrypted ? kEncryptedFile : kSnnFile;
    const std::string name = encrypted ? "encrypted" : "converted";
    const SpikingModel snn = loadSpikingModel(ctx.lab.path(file));
    StepOutput out;
    json& accuracy = out.results["accuracy"];
    accuracy["eval_images"] = ctx.eval->size();
    double ann = -1;
    if (!encrypted) {
        StageProgress annProgress(progress, 0.0, 0.1, std::string(live::kAnnStage));
        ann = evaluateAccuracy(ctx.teacher, *ctx.eval, ctx.config.evalBatchSize, annProgress);
        accuracy["ann"] = ann;
    }
    StageProgress snnProgress(progress, encrypted ? 0.0 : 0.1, 1.0, std::string(encrypted ? live::kEncryptedSnnStage : live::kConvertedSnnStage));
    const SnnEvaluation e = evaluateSnn(snn, *ctx.eval, ctx.config.evalBatchSize, ctx.config.seed, snnProgress);
    accuracy[name] = e.finalAccuracy();
    accuracy[name + "_per_step"] = e.accuracyPerStep;
    accuracy[name + "_timesteps"] = e.timesteps;
    out.results["activity"]["input_rate"] = e.inputSpikeRate;
    out.results["activity"][name] = layerActivity(e);
    const EnergyConstants constants;
    const EnergyReport energy = estimateEnergy(snn, e, constants);
    json& en = out.results["energy"];
    en["ann_pj"] = energy.annPicojoule;
    en["mac_pj"] = constants.macPicojoule;
    en["ac_pj"] = constants.acPicojoule;
    en["convention"] = energy.convention;
    en[name] = {{"snn_pj", energy.snnPicojoule}, {"layers", energyLayers(energy)}};
    out.summary = name + " SNN " + formatPercent(e.finalAccuracy(), 2) + " at T = " + std::to_string(e.timesteps)
                  + (ann >= 0 ? ", ANN " + formatPercent(ann, 2) : std::string()) + " (" + std::to_string(e.images) + " images)";
    return out;
}

// ---- encrypt ------------------------------------------------------------------------------------

json epochsJson(const std::vector<EncryptionEpoch>& history)
{
    json rows = json::array();
    for (const EncryptionEpoch& e : history)
        rows.push_back({{"epoch", e.epoch}, {"lr", e.learningRate}, {"ce", e.ce}, {"kd", e.kd}, {"loss", e.loss},
                        {"train_accuracy", e.trainAccuracy}, {"eval_accuracy", e.evalAccuracy}, {"seconds", e.seconds}});
    return rows;
}

StepOutput encryptStep(Context& ctx, ProgressSink& progress)
{
    const SpikingModel snn = loadSpikingModel(ctx.lab.path(kSnnFile));
    const SyntheticSet set = loadSyntheticArchive(ctx.lab.path(kSyntheticFile));
    EncryptionData data{set.images, set.classes, set.softLabels};
    EncryptionConfig config = ctx.config.encryption;
    config.checkpointPath = ctx.lab.path(kCheckpointFile);
    config.resume = fs::exists(config.checkpointPath);
    std::optional<Dataset> eval;
    if (ctx.config.encryptionEvalImages > 0 && ctx.eval)
        eval = ctx.eval->slice(0, std::min(ctx.config.encryptionEvalImages, ctx.eval->size()));

    EncryptionResult r;
    try {
        r = encryptSnn(snn, ctx.teacher, data, config, eval ? &*eval : nullptr, progress);
    } catch (const Error& e) {
        if (!config.resume || (e.code() != ErrorCode::InvalidArgument && e.code() != ErrorCode::BadFormat
                               && e.code() != ErrorCode::ShapeMismatch))
            throw;
        // The checkpoint belongs to other settings or inputs: it cannot be resumed, so start over.
        ctx.lab.log(std::string("Encryption checkpoint not resumable (") + e.what() + "); starting over");
        fs::remove(config.checkpointPath);
        config.resume = false;
        r = encryptSnn(snn, ctx.teacher, data, config, eval ? &*eval : nullptr, progress);
    }
    saveSpikingModel(ctx.lab.path(kEncryptedFile), r.model);
    fs::remove(config.checkpointPath);

    json drift = json::array();
    if (!r.history.empty())
        for (const LayerDrift& d : r.history.back().drift)
            drift.push_back({{"layer", d.path}, {"cosine", d.cosine}, {"relative_l2", d.relativeL2}});
    double trainSeconds = 0;
    for (const EncryptionEpoch& e : r.history)
        trainSeconds += e.seconds;
    const EncryptionConfig& c = ctx.config.encryption;
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kEncryptedFile);
    out.results["encryption"] = {{"timesteps", r.model.timesteps}, {"epochs_planned", c.epochs}, {"images", data.size()},
                                 {"seconds", trainSeconds}, {"resumed_from_epoch", r.resumedFromEpoch},
                                 {"settings", {{"m", c.distillWeight}, {"tau", c.temperature}, {"learning_rate", c.learningRate},
                                               {"batch_size", c.batchSize}, {"ce_target", ceTargetName(c.ceTarget)},
                                               {"readout", readoutName(c.readout)},
                                               {"logit_scale", r.logitScale}, {"dropout", c.dropout}}},
                                 {"accuracy_before", r.initialEvalAccuracy}, {"epochs", epochsJson(r.history)},
                                 {"drift", drift}, {"memory_estimate_bytes", r.memory.neededBytes}};
    double lowest = 1;
    for (const json& d : drift)
        lowest = std::min(lowest, d["cosine"].get<double>());
    char line[160];
    std::snprintf(line, sizeof(line), "%d epochs on %lld synthetic images%s, lowest weight cosine to the converted model %.5f",
                  int(r.history.size()), (long long)data.size(),
                  r.resumedFromEpoch > 0 ? (", resumed after epoch " + std::to_string(r.resumedFromEpoch)).c_str() : "", lowest);
    out.summary = line;
    return out;
}

// ---- attack -------------------------------------------------------------------------------------

StepOutput attackStep(Context& ctx, ProgressSink& progress)
{
    const SpikingModel snn = loadSpikingModel(ctx.lab.path(kSnnFile));
    std::optional<SpikingModel> encrypted;
    if (ctx.config.runEncryption)
        encrypted = loadSpikingModel(ctx.lab.path(kEncryptedFile));
    // Without a judge the distances are measured in the teacher's own feature space.
    const Network& featureNet = ctx.judge ? *ctx.judge : ctx.teacher;
    const auto features = penultimateFeatures(featureNet, ctx.judge ? "judge penultimate layer" : "teacher penultimate layer");
    LeakageStudyInputs in;
    in.ann = &ctx.teacher;
    in.snn = &snn;
    in.encrypted = encrypted ? &*encrypted : nullptr;
    in.judge = ctx.judge ? &*ctx.judge : nullptr;
    in.features = features.get();
    in.reference = &*ctx.eval;
    LeakageStudyConfig config = ctx.config.leakage;
    config.attack1.onImage = [&](int64_t cls, int, const at::Tensor& x) { sendImage(ctx.observer, std::string(live::kAttack1Images), cls, x, ctx.teacher.input); };
    config.attack2.onImage = [&](int64_t cls, int, const at::Tensor& x) { sendImage(ctx.observer, std::string(live::kAttack2Images), cls, x, ctx.teacher.input); };
    const LeakageStudy study = runLeakageStudy(in, config, progress);

    fs::create_directories(ctx.lab.path("images"));
    std::vector<int64_t> classes = ctx.config.leakage.attack1.classes;
    if (classes.empty())
        for (int64_t k = 0; k < ctx.teacher.numClasses(); ++k)
            classes.push_back(k);
    saveAttackGrid(ctx.lab.path(kGridFile), leakageGridColumns(study), classes, ctx.teacher.info.classNames, ctx.teacher.input);

    json rows = json::array();
    for (const LeakageRow& row : study.rows) {
        json r = {{"attack", row.attack}, {"target", row.target}, {"images", row.score.images}, {"fid", row.score.fid},
                  {"kid", row.score.kid.mean}, {"kid_std", row.score.kid.std}, {"seconds", row.result.seconds}};
        if (row.score.judge) {
            r["judge_accuracy"] = row.score.judge->accuracy;
            r["judge_confidence"] = row.score.judge->meanConfidence;
        }
        rows.push_back(r);
    }
    const double chance = 1.0 / double(ctx.teacher.numClasses());
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kGridFile);
    out.results["leakage"] = {{"feature", study.featureName}, {"reference_images", study.referenceImages}, {"chance", chance},
                              {"rows", rows}, {"grid", kGridFile},
                              {"verdicts", leakageVerdicts(rows, chance, ctx.config.verdictAlpha)}};
    int leaks = 0, judged = 0;
    for (const json& v : out.results["leakage"]["verdicts"])
        if (v["leaks"].is_boolean()) {
            ++judged;
            leaks += v["leaks"].get<bool>() ? 1 : 0;
        }
    out.summary = std::to_string(rows.size()) + " rows scored; " + std::to_string(leaks) + " of " + std::to_string(judged)
                  + " attacked models leak class information";
    return out;
}

} // namespace

std::string outputHash(const Lab& lab, Step step, const std::string& file)
{
    const LabStepRecord* r = lab.record(recordName(step));
    if (!r)
        return {};
    const auto it = r->outputs.find(file);
    return it == r->outputs.end() ? std::string() : it->second;
}

StepPlan planStep(Step step, const Context& ctx)
{
    const PipelineConfig& c = ctx.config;
    StepPlan plan;
    plan.inputs["teacher"] = ctx.teacherSha;
    if (!c.classNames.empty()) // names given on the command line label every step's output
        plan.inputs["class names"] = json(c.classNames).dump();
    switch (step) {
    case Step::Synthesize:
        plan.settings = json::parse(synthesisConfigJson(c.synthesis));
        break;
    case Step::Convert:
        plan.settings = json::parse(conversionConfigJson(c.conversion, c.conversionImages));
        if (c.conversionImages > 0)
            plan.settings["subset"] = "seeded, across classes"; // labs balanced on the first n images re-run
        plan.inputs[kSyntheticFile] = outputHash(ctx.lab, Step::Synthesize, kSyntheticFile);
        break;
    case Step::Evaluate:
    case Step::EvaluateEncrypted: {
        const bool encrypted = step == Step::EvaluateEncrypted;
        plan.settings = {{"batch_size", c.evalBatchSize}, {"seed", c.seed}};
        plan.inputs["evaluation data"] = ctx.evalSha;
        plan.inputs[encrypted ? kEncryptedFile : kSnnFile] =
            outputHash(ctx.lab, encrypted ? Step::Encrypt : Step::Convert, encrypted ? kEncryptedFile : kSnnFile);
        break;
    }
    case Step::Encrypt:
        plan.settings = json::parse(encryptionConfigJson(c.encryption, c.encryptionEvalImages));
        plan.inputs[kSyntheticFile] = outputHash(ctx.lab, Step::Synthesize, kSyntheticFile);
        plan.inputs[kSnnFile] = outputHash(ctx.lab, Step::Convert, kSnnFile);
        if (c.encryptionEvalImages > 0)
            plan.inputs["evaluation data (measurement only)"] = ctx.evalSha;
        break;
    case Step::Attack:
        plan.settings = json::parse(leakageConfigJson(c.leakage));
        plan.settings["verdict_alpha"] = c.verdictAlpha;
        plan.inputs["evaluation data"] = ctx.evalSha;
        plan.inputs["judge"] = ctx.judgeSha.empty() ? "none" : ctx.judgeSha;
        plan.inputs[kSnnFile] = outputHash(ctx.lab, Step::Convert, kSnnFile);
        if (c.runEncryption)
            plan.inputs[kEncryptedFile] = outputHash(ctx.lab, Step::Encrypt, kEncryptedFile);
        break;
    }
    return plan;
}

std::string stepKey(Step step, const StepPlan& plan)
{
    const std::string text = json{{"step", recordName(step)}, {"settings", plan.settings}, {"inputs", plan.inputs}}.dump();
    return sha256Hex(text.data(), text.size());
}

StepOutput runStep(Step step, Context& ctx, ProgressSink& progress)
{
    switch (step) {
    case Step::Synthesize:
        return synthesizeStep(ctx, progress);
    case Step::Convert:
        return convertStep(ctx, progress);
    case Step::Evaluate:
        return evaluateStep(ctx, progress, false);
    case Step::Encrypt:
        return encryptStep(ctx, progress);
    case Step::EvaluateEncrypted:
        return evaluateStep(ctx, progress, true);
    case Step::Attack:
        return attackStep(ctx, progress);
    }
    throw Error(ErrorCode::InvalidArgument, "Unknown pipeline step " + std::to_string(int(step)) + ".");
}

} // namespace psnn::pipeline_detail
