// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline's steps: what each reads (its plan, which makes its key) and what it computes.
// Only "evaluate", "evaluate_encrypted" and "attack" ever touch the evaluation data.
#include "pipeline_internal.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/attacks.h"
#include "privatesnn/conversion.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/live_series.h"
#include "privatesnn/ratings.h"
#include "privatesnn/results.h"
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

} // namespace

void sendImage(PipelineObserver& observer, const std::string& series, int64_t cls, const at::Tensor& image, const InputSpec& spec)
{
    const int64_t c = image.size(0);
    const at::Tensor mean = at::tensor(spec.mean, at::kDouble).to(at::kFloat).view({-1, 1, 1});
    const at::Tensor std = at::tensor(spec.std, at::kDouble).to(at::kFloat).view({-1, 1, 1});
    const at::Tensor pixels = (image.detach().to(at::kFloat) * std + mean).clamp(0, 1).contiguous();
    const float* p = pixels.data_ptr<float>();
    observer.image(series, cls, int(c), int(image.size(1)), int(image.size(2)), std::vector<float>(p, p + pixels.numel()));
}

namespace {

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
    std::vector<std::pair<double, double>> curve() const
    {
        constexpr size_t kMaxPoints = 200;
        const size_t stride = std::max<size_t>(1, (m_points.size() + kMaxPoints - 1) / kMaxPoints);
        std::vector<std::pair<double, double>> out;
        for (size_t i = 0; i < m_points.size(); i += stride)
            out.push_back(m_points[i]);
        if (!m_points.empty() && (m_points.size() - 1) % stride != 0)
            out.push_back(m_points.back());
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

    SynthesisResults r;
    fs::create_directories(ctx.lab.path("images/synthetic"));
    const auto classes = set.classes.accessor<int64_t, 1>();
    std::vector<int64_t> shown(size_t(ctx.teacher.numClasses()), 0);
    for (int64_t i = 0; i < set.size(); ++i) {
        const int64_t k = classes[i];
        if (shown[size_t(k)] >= kSamplesPerClass)
            continue;
        const std::string file = "images/synthetic/class_" + std::to_string(k) + "_" + std::to_string(shown[size_t(k)]++) + ".png";
        saveImagePng(ctx.lab.path(file), set.images[i], set.input);
        r.samples.push_back({k, file});
    }
    const SynthesisQuality q = measureSynthesisQuality(ctx.teacher, set, 30);
    const at::Tensor sim = classSimilarity(ctx.teacher).contiguous();
    for (int64_t row = 0; row < sim.size(0); ++row) {
        r.classSimilarity.emplace_back();
        for (int64_t c = 0; c < sim.size(1); ++c)
            r.classSimilarity.back().push_back(sim[row][c].item<double>());
    }
    r.images = set.size();
    r.perClass = ctx.config.synthesis.perClass;
    r.steps = ctx.config.synthesis.steps;
    r.seconds = set.seconds;
    r.teacherAgreement = q.teacherAgreement;
    r.meanLoss = q.meanLoss;
    r.diversity = q.diversity;
    r.lossCurve = recorder.curve();
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kSyntheticFile);
    out.results["synthesis"] = r;
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

    const ConversionSettings& s = ctx.config.conversion;
    ConversionResults r; // seconds: the runner's wall time of this step, added by assembleResults
    for (size_t l = 0; l < snn.thresholds.size(); ++l)
        if (snn.thresholds[l].defined())
            r.thresholds.push_back({snn.network.layers[l].path, snn.thresholds[l].mean().item<double>(), snn.thresholds[l].numel()});
    r.timesteps = s.timesteps;
    r.scale = s.scale;
    r.statistic = thresholdModeName(s.mode);
    r.mode = s.channelWise ? "channel" : "layer";
    r.images = n;
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kSnnFile);
    out.results["conversion"] = r;
    out.summary = std::to_string(r.thresholds.size()) + " thresholds balanced on " + std::to_string(n) + " synthetic images, T = "
                  + std::to_string(s.timesteps);
    return out;
}

// ---- evaluate / evaluate_encrypted --------------------------------------------------------------

std::vector<LayerActivityRow> layerActivity(const SnnEvaluation& e)
{
    std::vector<LayerActivityRow> rows;
    for (const LayerActivity& a : e.activity)
        if (a.outputRate > 0) // the output layer only integrates
            rows.push_back({a.path, a.outputRate, a.outputRate / e.timesteps});
    return rows;
}

NetworkEnergy networkEnergy(const EnergyReport& r)
{
    NetworkEnergy out{r.snnPicojoule, {}};
    for (const LayerEnergy& l : r.layers)
        out.layers.push_back({l.path, l.macs, l.inputRate, l.annPicojoule, l.snnPicojoule});
    return out;
}

StepOutput evaluateStep(Context& ctx, ProgressSink& progress, bool encrypted)
{
    const std::string file = encrypted ? kEncryptedFile : kSnnFile;
    const std::string name = encrypted ? "encrypted" : "converted";
    const SpikingModel snn = loadSpikingModel(ctx.lab.path(file));
    // Each evaluate step fills its network's fields; the two records merge into one section.
    AccuracyResults accuracy;
    accuracy.evalImages = ctx.eval->size();
    double ann = -1;
    if (!encrypted && !ctx.imported) { // an imported SNN has no ANN to compare with
        StageProgress annProgress(progress, 0.0, 0.1, std::string(live::kAnnStage));
        ann = evaluateAccuracy(ctx.teacher, *ctx.eval, ctx.config.evalBatchSize, annProgress);
        accuracy.ann = ann;
    }
    StageProgress snnProgress(progress, encrypted ? 0.0 : 0.1, 1.0, std::string(encrypted ? live::kEncryptedSnnStage : live::kConvertedSnnStage));
    const SnnEvaluation e = evaluateSnn(snn, *ctx.eval, ctx.config.evalBatchSize, ctx.config.seed, snnProgress);
    (encrypted ? accuracy.encrypted : accuracy.converted) = e.finalAccuracy();
    (encrypted ? accuracy.encryptedPerStep : accuracy.convertedPerStep) = e.accuracyPerStep;
    (encrypted ? accuracy.encryptedTimesteps : accuracy.convertedTimesteps) = e.timesteps;
    ActivityResults activity;
    activity.inputRate = e.inputSpikeRate;
    activity.inputTimesteps = e.timesteps;
    (encrypted ? activity.encrypted : activity.converted) = layerActivity(e);
    const EnergyConstants constants;
    const EnergyReport report = estimateEnergy(snn, e, constants);
    EnergyResults energy;
    energy.annPj = report.annPicojoule;
    energy.macPj = constants.macPicojoule;
    energy.acPj = constants.acPicojoule;
    energy.convention = report.convention;
    (encrypted ? energy.encrypted : energy.converted) = networkEnergy(report);
    StepOutput out;
    out.results = {{"accuracy", accuracy}, {"activity", activity}, {"energy", energy}};
    out.summary = name + " SNN " + formatPercent(e.finalAccuracy(), 2) + " at T = " + std::to_string(e.timesteps)
                  + (ann >= 0 ? ", ANN " + formatPercent(ann, 2) : std::string()) + " (" + std::to_string(e.images) + " images)";
    return out;
}

// ---- encrypt ------------------------------------------------------------------------------------

std::vector<EncryptionEpochRow> epochRows(const std::vector<EncryptionEpoch>& history)
{
    std::vector<EncryptionEpochRow> rows;
    for (const EncryptionEpoch& e : history)
        rows.push_back({e.epoch, e.learningRate, e.ce, e.kd, e.loss, e.trainAccuracy, e.evalAccuracy, e.seconds});
    return rows;
}

StepOutput encryptStep(Context& ctx, ProgressSink& progress)
{
    const SpikingModel snn = loadSpikingModel(ctx.lab.path(kSnnFile));
    // The network's Dropout layers act during spike training (as in the authors' train()). An ONNX
    // export for inference has none, so its training differs from its TorchScript twin's: say so.
    const auto& layers = snn.network.layers;
    if (ctx.config.encryption.dropout
        && std::none_of(layers.begin(), layers.end(), [](const Layer& l) { return l.kind == LayerKind::Dropout; }))
        ctx.observer.note("Encryption's dropout (encryption.dropout) has nothing to act on: the network has no Dropout "
                          "layers. An ONNX export for inference leaves them out; torch.onnx.export(..., "
                          "training=torch.onnx.TrainingMode.TRAINING) keeps them.");
    const SyntheticSet set = loadSyntheticArchive(ctx.lab.path(kSyntheticFile));
    EncryptionData data{set.images, set.classes, set.softLabels, {}};
    if (ctx.imported) // no ANN teacher: the imported model is distilled from its own outputs
        data.teacherLogits = classScores(snn, set.images, ctx.config.evalBatchSize, ctx.config.seed);
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

    const EncryptionConfig& c = ctx.config.encryption;
    EncryptionResults result;
    if (!r.history.empty())
        for (const LayerDrift& d : r.history.back().drift)
            result.drift.push_back({d.path, d.cosine, d.relativeL2});
    double trainSeconds = 0;
    for (const EncryptionEpoch& e : r.history)
        trainSeconds += e.seconds;
    result.timesteps = r.model.timesteps;
    result.epochsPlanned = c.epochs;
    result.images = data.size();
    result.seconds = trainSeconds;
    result.resumedFromEpoch = r.resumedFromEpoch;
    result.settings = {c.distillWeight, c.temperature, c.learningRate, c.batchSize, ceTargetName(c.ceTarget),
                       readoutName(c.readout), r.logitScale, c.dropout};
    if (r.initialEvalAccuracy >= 0) // -1: no evaluation images during training, nothing measured
        result.accuracyBefore = r.initialEvalAccuracy;
    result.epochs = epochRows(r.history);
    result.memoryEstimateBytes = r.memory.neededBytes;
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kEncryptedFile);
    out.results["encryption"] = result;
    double lowest = 1;
    for (const LayerDriftRow& d : result.drift)
        lowest = std::min(lowest, d.cosine);
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
    const auto features = penultimateFeatures(
        featureNet, ctx.judge ? "judge penultimate layer" : "teacher penultimate layer", &ctx.teacher.input);
    LeakageStudyInputs in;
    in.ann = ctx.imported ? nullptr : &ctx.teacher; // an imported SNN has no original ANN to attack
    in.snn = &snn;
    in.encrypted = encrypted ? &*encrypted : nullptr;
    in.judge = ctx.judge ? &*ctx.judge : nullptr;
    in.features = features.get();
    in.reference = &*ctx.eval;
    LeakageStudyConfig config = ctx.config.leakage;
    config.attack1.onImage = [&](int64_t cls, int, const at::Tensor& x) { sendImage(ctx.observer, std::string(live::kAttack1Images), cls, x, ctx.teacher.input); };
    config.attack2.onImage = [&](int64_t cls, int, const at::Tensor& x) { sendImage(ctx.observer, std::string(live::kAttack2Images), cls, x, ctx.teacher.input); };
    // The feature-statistics prior and the surrogate attacker use the lab's own synthetic images:
    // made from the weights alone, so the attacker stays data-free.
    for (AttackConfig* a : {&config.attack1, &config.attack3})
        if (usesSyntheticImages(*a))
            a->syntheticImages = loadSyntheticArchive(ctx.lab.path(kSyntheticFile)).images;
    const LeakageStudy study = runLeakageStudy(in, config, progress);
    // The second judge scores the same images, in its own input space as the first does.
    std::vector<JudgeScore> judge2Scores;
    if (ctx.judge2)
        for (const LeakageRow& row : study.rows)
            judge2Scores.push_back(
                judgeAccuracy(*ctx.judge2, row.result.images, row.result.labels, &ctx.teacher.input));

    fs::create_directories(ctx.lab.path("images"));
    std::vector<int64_t> classes = ctx.config.leakage.attack1.classes;
    if (classes.empty())
        for (int64_t k = 0; k < ctx.teacher.numClasses(); ++k)
            classes.push_back(k);
    saveAttackGrid(ctx.lab.path(kGridFile), leakageGridColumns(study), classes, ctx.teacher.info.classNames, ctx.teacher.input);
    // Every attack image, for people to rate (the grid shows one per class).
    std::vector<RatedImages> rated;
    for (const LeakageRow& row : study.rows) {
        if (row.attack == "reference")
            continue;
        RatedImages images{row.attack, row.target, row.result.images, row.result.labels, {}, {}};
        if (row.score.judge)
            images.judge1 = row.score.judge->predicted;
        if (ctx.judge2)
            images.judge2 = judge2Scores.at(&row - study.rows.data()).predicted;
        rated.push_back(std::move(images));
    }
    saveRatedImages(ctx.lab.path(kLabAttackImagesFolder), rated, ctx.teacher.input);

    LeakageResults leakage;
    for (const LeakageRow& row : study.rows) {
        LeakageRowResult r{row.attack,        row.target,         row.score.images, row.score.fid, row.score.kid.mean,
                           row.score.kid.std, row.result.seconds, std::nullopt,     std::nullopt,  std::nullopt};
        if (row.score.judge) {
            r.judgeAccuracy = row.score.judge->accuracy;
            r.judgeConfidence = row.score.judge->meanConfidence;
        }
        if (ctx.judge2)
            r.judge2Accuracy = judge2Scores.at(&row - study.rows.data()).accuracy;
        leakage.rows.push_back(r);
    }
    leakage.feature = study.featureName;
    leakage.referenceImages = study.referenceImages;
    leakage.chance = 1.0 / double(ctx.teacher.numClasses());
    leakage.grid = kGridFile;
    leakage.verdicts = leakageVerdicts(leakage.rows, leakage.chance, ctx.config.verdictAlpha, ctx.config.leakage);
    StepOutput out;
    out.outputs = fileOutput(ctx.lab, kGridFile);
    out.results["leakage"] = leakage;
    int leaks = 0, judged = 0;
    for (const LeakageVerdict& v : leakage.verdicts)
        if (v.leaks) {
            ++judged;
            leaks += *v.leaks ? 1 : 0;
        }
    out.summary = std::to_string(leakage.rows.size()) + " rows scored; " + std::to_string(leaks) + " of " + std::to_string(judged)
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

json dataFreeSettings(Step step, const PipelineConfig& c)
{
    switch (step) {
    case Step::Synthesize:
        return synthesisConfigJson(c.synthesis);
    case Step::Convert: {
        if (!c.snn.empty()) // imported, not converted: the model is its only input (its hash holds snn_import)
            return json{{"imported", true}};
        json settings = conversionConfigJson(c.conversion, c.conversionImages);
        if (c.conversionImages > 0)
            settings["subset"] = "seeded, across classes"; // labs balanced on the first n images re-run
        return settings;
    }
    case Step::Encrypt:
        return encryptionConfigJson(c.encryption, c.encryptionEvalImages);
    default:
        return json();
    }
}

namespace {

/// The attack step's settings as its key sees them. Settings added after labs were made (the
/// natural-image priors, the surrogate, attack 3) count only when used, so a lab made before them
/// keeps its attack step: with them off the results are the same.
json attackStepSettings(const PipelineConfig& c)
{
    json settings = leakageConfigJson(c.leakage);
    if (!c.leakage.runAttack3) {
        settings.erase("run_attack3");
        settings.erase("attack3");
    }
    for (const char* attack : {"attack1", "attack2", "attack3"})
        if (settings.contains(attack))
            for (const char* key : {"scale", "rotate", "fourier_decay", "feature_stats", "surrogate_epochs"})
                if (settings[attack][key] == 0)
                    settings[attack].erase(key);
    return settings;
}

} // namespace

StepPlan planStep(Step step, const Context& ctx)
{
    const PipelineConfig& c = ctx.config;
    StepPlan plan;
    plan.inputs["teacher"] = ctx.teacherSha;
    if (!c.classNames.empty()) // names given on the command line label every step's output
        plan.inputs["class names"] = json(c.classNames).dump();
    switch (step) {
    case Step::Synthesize:
        plan.settings = dataFreeSettings(step, c);
        break;
    case Step::Convert:
        plan.settings = dataFreeSettings(step, c);
        if (c.snn.empty())
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
        plan.settings = dataFreeSettings(step, c);
        plan.inputs[kSyntheticFile] = outputHash(ctx.lab, Step::Synthesize, kSyntheticFile);
        plan.inputs[kSnnFile] = outputHash(ctx.lab, Step::Convert, kSnnFile);
        if (c.encryptionEvalImages > 0)
            plan.inputs["evaluation data (measurement only)"] = ctx.evalSha;
        break;
    case Step::Attack:
        plan.settings = attackStepSettings(c);
        plan.settings["verdict_alpha"] = c.verdictAlpha;
        plan.inputs["evaluation data"] = ctx.evalSha;
        plan.inputs["judge"] = ctx.judgeSha.empty() ? "none" : ctx.judgeSha;
        if (!ctx.judge2Sha.empty()) // absent for one judge: labs from before the second keep their key
            plan.inputs["second judge"] = ctx.judge2Sha;
        plan.inputs[kSnnFile] = outputHash(ctx.lab, Step::Convert, kSnnFile);
        if (c.runEncryption)
            plan.inputs[kEncryptedFile] = outputHash(ctx.lab, Step::Encrypt, kEncryptedFile);
        if (usesSyntheticImages(c.leakage.attack1) || usesSyntheticImages(c.leakage.attack3))
            plan.inputs[kSyntheticFile] = outputHash(ctx.lab, Step::Synthesize, kSyntheticFile);
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
        return ctx.imported ? importStep(ctx) : convertStep(ctx, progress);
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
