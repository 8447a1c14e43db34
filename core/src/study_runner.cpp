// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the study's points: builds each defended model, measures its utility, attacks it and
// scores the images; each finished point is one atomically written file, so runs resume.
#include "study_internal.h"

#include "pipeline_internal.h"

#include "attack_common.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/conversion.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/ratings.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/snn_evaluation.h"
#include "privatesnn/study_controls.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/torchscript_import.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

namespace psnn {
namespace fs = std::filesystem;
using nlohmann::json;

namespace study_detail {

StudyInputs loadStudyInputs(const PipelineConfig& config, const std::string& labFolder, const StudyConfig& study)
{
    StudyInputs in;
    const std::string teacherPath = config.teacher.empty() ? findBundled("models/teacher.psnn") : config.teacher;
    in.teacher = loadAnyModel(teacherPath);
    std::string hashes = sha256File(teacherPath);
    if (config.judge != "none") {
        const std::string path = config.judge.empty() ? findBundled("models/judge.psnn") : config.judge;
        in.judge = loadAnyModel(path);
        hashes += sha256File(path);
    }
    if (study.secondJudge != "none") {
        std::string path = study.secondJudge;
        // The bundled second judge knows Fashion-MNIST: only beside the bundled first judge.
        if (path.empty() && config.judge.empty()) {
            try {
                path = findBundled("models/judge2.psnn");
            } catch (const Error&) {
                path.clear(); // not bundled: the study runs with one judge
            }
        }
        if (!path.empty()) {
            in.judge2 = loadAnyModel(path);
            hashes += sha256File(path);
            if (in.judge2->numClasses() != in.teacher.numClasses())
                throw Error(ErrorCode::ShapeMismatch, "The second judge has " + std::to_string(in.judge2->numClasses())
                                + " classes, the model " + std::to_string(in.teacher.numClasses()) + ".",
                            "Give a second judge trained on the same classes, or \"none\".");
        }
    }
    if (config.evalData.empty())
        throw Error(ErrorCode::InvalidArgument, "The study measures accuracy and leakage, so it needs evaluation data.",
                    "Set evalData, e.g. fashion-mnist:test.");
    in.eval = loadDataSpec(config.evalData, in.teacher, config.evalImages, config.seed, evalDataConversion(config));
    const std::string synthPath = labFolder + "/synthetic.psnn", snnPath = labFolder + "/snn.psnn";
    if (!fs::exists(synthPath) || !fs::exists(snnPath))
        throw Error(ErrorCode::FileUnreadable, "The lab '" + labFolder + "' has no synthetic images or converted SNN yet.",
                    "Run 'privatesnn study --lab " + labFolder + " --emit-jobs' (or the whole study) first: it prepares the lab.");
    const SyntheticSet set = loadSyntheticArchive(synthPath);
    in.data = EncryptionData{set.images, set.classes, set.softLabels};
    in.snn = loadSpikingModel(snnPath);
    hashes += sha256File(synthPath) + sha256File(snnPath) + config.evalData + std::to_string(config.evalImages)
              + std::to_string(config.seed);
    in.inputsHash = sha256Hex(hashes.data(), hashes.size());
    return in;
}

} // namespace study_detail

namespace {
using namespace study_detail;

EncryptionConfig encryptionFor(const PipelineConfig& pipeline, const StudyPoint& p, const std::string& checkpoint)
{
    EncryptionConfig c = pipeline.encryption;
    c.epochs = p.epochs;
    c.learningRate = p.learningRate;
    c.trainedLayers = p.layers; // early-layers: the rest stays frozen
    if (p.defence == "label-smoothing")
        c.labelSmoothing = p.labelSmoothing;
    c.checkpointPath = checkpoint;
    c.resume = !checkpoint.empty() && fs::exists(checkpoint);
    return c;
}

SpikingModel train(const SpikingModel& start, const StudyInputs& in, EncryptionConfig config, const Lab& lab, ProgressSink& progress)
{
    try {
        return encryptSnn(start, in.teacher, in.data, config, nullptr, progress).model;
    } catch (const Error& e) {
        if (!config.resume || e.code() == ErrorCode::Cancelled)
            throw;
        lab.log(std::string("Study checkpoint not resumable (") + e.what() + "); starting the point over");
        fs::remove(config.checkpointPath);
        config.resume = false;
        return encryptSnn(start, in.teacher, in.data, config, nullptr, progress).model;
    }
}

/// The defended model of a point (trains when the point needs it).
SpikingModel defend(const StudyPoint& p, const StudyConfig& study, const PipelineConfig& pipeline, const StudyInputs& in,
                    const Lab& lab, ProgressSink& progress)
{
    const std::string ckpt = lab.path("study/points/" + p.id + ".ckpt");
    if (p.defence == "encryption") {
        if (p.epochs == 0)
            return in.snn;
        return train(in.snn, in, encryptionFor(pipeline, p, ckpt), lab, progress);
    }
    if (p.defence == "noise") {
        const StudyPoint* matched = nullptr;
        for (const StudyPoint& q : study.points)
            if (q.id == p.matches)
                matched = &q;
        if (!matched)
            throw Error(ErrorCode::InvalidArgument, "Noise point '" + p.id + "' matches '" + p.matches + "', which is not in the grid.");
        // The encrypted model of the matched point: its saved file, or the same deterministic training.
        const std::string saved = lab.path("study/points/" + matched->id + ".psnn");
        SpikingModel encrypted = fs::exists(saved) ? loadSpikingModel(saved)
                                                   : train(in.snn, in, encryptionFor(pipeline, *matched, ckpt), lab, progress);
        std::vector<double> target;
        for (const LayerDrift& d : weightDrift(in.snn.network, encrypted.network))
            target.push_back(d.relativeL2);
        return addMatchedNoise(in.snn, target, detail::mixSeed(pipeline.seed, 0x401CEull, 0));
    }
    if (p.defence == "early-layers")
        return train(
            reinitialiseEarlyLayers(in.snn, p.layers, detail::mixSeed(pipeline.seed, 0xEA21ull, uint64_t(p.layers))),
            in, encryptionFor(pipeline, p, ckpt), lab, progress);
    if (p.defence == "label-smoothing")
        return train(in.snn, in, encryptionFor(pipeline, p, ckpt), lab, progress);
    if (p.defence == "quantisation")
        return quantiseWeights(in.snn, p.bits);
    if (p.defence == "transfer-control") // attacks nothing: its images come from real ones (runPoint)
        return in.snn;
    if (p.defence == "reinit" || p.defence == "random-control") {
        const Network random = randomWeights(in.teacher, detail::mixSeed(pipeline.seed, 0x4E1417ull, 0));
        const int64_t n = pipeline.conversionImages > 0 ? std::min(pipeline.conversionImages, in.data.size()) : in.data.size();
        StageProgress convert(progress, 0, 0.05, "balancing the random network");
        at::Tensor images = in.data.images;
        if (n < in.data.size()) { // the same seeded subset across classes as the pipeline's conversion
            at::Generator gen = at::detail::createCPUGenerator(pipeline.seed);
            images = images.index_select(0, std::get<0>(at::randperm(in.data.size(), gen).slice(0, 0, n).sort()));
        }
        SpikingModel start = convertToSnn(random, images, pipeline.conversion, convert);
        if (p.defence == "random-control") // the random network itself, converted like the real one
            return start;
        StageProgress training(progress, 0.05, 1, "distillation from a random init");
        return train(start, in, encryptionFor(pipeline, p, ckpt), lab, training);
    }
    throw Error(ErrorCode::InvalidArgument, "Unknown defence '" + p.defence + "'.",
                "Use encryption, noise, reinit, early-layers, label-smoothing, quantisation or a control.");
}

std::vector<int> correctOf(const Network& judge, const at::Tensor& images, const at::Tensor& labels, double* confidence,
                           std::vector<int64_t>& predicted)
{
    torch::NoGradGuard noGrad;
    const at::Tensor logits = judge.forward(images);
    const at::Tensor classes = logits.argmax(1).to(at::kLong).contiguous();
    predicted.assign(classes.data_ptr<int64_t>(), classes.data_ptr<int64_t>() + classes.numel());
    const at::Tensor hit = classes.eq(labels).to(at::kInt).contiguous();
    if (confidence)
        *confidence = logits.softmax(1).gather(1, labels.view({-1, 1})).mean().item<double>();
    return std::vector<int>(hit.data_ptr<int>(), hit.data_ptr<int>() + hit.numel());
}

/// images: where the attacks' current images go while they form (the GUI's live view); the series
/// is the attack's name.
StudyPointResult runPoint(const StudyPoint& p, const StudyConfig& study, const PipelineConfig& pipeline,
                          const StudyInputs& in, const Lab& lab, ProgressSink& progress, PipelineObserver& images)
{
    const auto started = std::chrono::steady_clock::now();
    StudyPointResult r;
    r.point = p;
    const double trainShare = p.epochs > 0 ? 0.5 : 0.0;
    SpikingModel model;
    {
        StageProgress stage(progress, 0, trainShare, p.label);
        model = defend(p, study, pipeline, in, lab, stage);
    }
    if (p.defence == "encryption" && p.epochs > 0)
        saveSpikingModel(lab.path("study/points/" + p.id + ".psnn"), model); // for the noise control and the auditor
    r.drift = weightDrift(in.snn.network, model.network);
    r.relativeL2 = overallRelativeL2(in.snn.network, model.network);
    {
        StageProgress stage(progress, trainShare, trainShare + 0.05, "measuring accuracy");
        r.annAccuracy = evaluateAccuracy(in.teacher, in.eval, pipeline.evalBatchSize);
        r.snnAccuracy = evaluateSnn(model, in.eval, pipeline.evalBatchSize, pipeline.seed, stage).finalAccuracy();
        r.reconvertedAccuracy = evaluateAccuracy(reconvertToAnn(model), in.eval, pipeline.evalBatchSize);
    }
    const Network& featureNet = in.judge ? *in.judge : in.teacher;
    const auto features = penultimateFeatures(featureNet);
    const at::Tensor refFeatures = features->extract(in.eval.images);
    struct Attack {
        std::string name;
        std::function<AttackResult(ProgressSink&)> run;
        double weight;
    };
    const auto live = [&](AttackConfig config, const std::string& name) {
        config.onImage = [&images, &in, name](int64_t cls, int, const at::Tensor& x) {
            pipeline_detail::sendImage(images, name, cls, x, in.teacher.input);
        };
        return config;
    };
    const std::string reconverted = "attack 1 (ReLU re-conversion)",
                      thresholdAware = "attack 1 (threshold-aware re-conversion)",
                      surrogate = "attack 2 (surrogate gradients)";
    const AttackConfig attack1 = live(study.attack1, reconverted), attack1Aware = live(study.attack1, thresholdAware),
                       attack2 = live(study.attack2, surrogate);
    // Shares of the progress bar by measured cost (the demo's first point, 2 cores): the ReLU
    // re-conversion 0.32 s per iteration, the threshold-aware one about 6 times that, attack 2 about
    // T times (a pass through T time steps per iteration).
    const double it1 = std::max(1, attack1.iterations), it2 = std::max(1, attack2.iterations);
    const double steps = attack2.timesteps > 0 ? attack2.timesteps : 30;
    std::vector<Attack> attacks{
        {reconverted, [&](ProgressSink& s) { return attackReconverted(model, attack1, s); }, it1}};
    if (study.thresholdAware)
        attacks.push_back(
            {thresholdAware, [&](ProgressSink& s) { return attackThresholdAware(model, attack1Aware, s); }, 6 * it1});
    attacks.push_back({surrogate, [&](ProgressSink& s) { return attackSnnDirect(model, attack2, s); }, it2 * steps});
    if (p.defence == "transfer-control") // instead of the attacks: real images nudged toward each class
        attacks = {{"transfer control (targeted PGD)",
                    [&](ProgressSink& s) {
                        return transferControl(reconvertToAnn(model), in.eval.images, in.eval.labels,
                                               transferControlConfig(p, study, pipeline.seed), s);
                    },
                    1}};
    double total = 0, done = 0;
    for (const Attack& a : attacks)
        total += a.weight;
    const double from = trainShare + 0.05;
    std::vector<RatedImages> rated;
    for (const Attack& a : attacks) {
        StageProgress stage(progress, from + (1 - from) * done / total, from + (1 - from) * (done + a.weight) / total, a.name);
        const AttackResult result = a.run(stage);
        done += a.weight;
        StudyAttackRow row;
        row.attack = a.name;
        row.images = result.images.size(0);
        const at::Tensor labels = result.labels.contiguous();
        row.labels.assign(labels.data_ptr<int64_t>(), labels.data_ptr<int64_t>() + labels.numel());
        RatedImages images{a.name, "SNN", result.images, result.labels, {}, {}};
        if (in.judge)
            row.correct = correctOf(*in.judge, result.images, result.labels, &row.confidence, images.judge1);
        if (in.judge2)
            row.correct2 = correctOf(*in.judge2, result.images, result.labels, nullptr, images.judge2);
        const at::Tensor f = features->extract(result.images);
        row.fid = frechetDistance(f, refFeatures);
        row.kid = kernelInceptionDistance(f, refFeatures, study.kidSubsets, 1000, pipeline.seed).mean;
        r.attacks.push_back(std::move(row));
        rated.push_back(std::move(images));
    }
    // Every image, for people to rate; written before the point's file, which marks it finished.
    saveRatedImages(lab.path(std::string(kStudyAttackImagesFolder) + "/" + p.id), rated, in.teacher.input);
    // The two ends of the distance scale, with as many images as one attack makes.
    const int64_t perAttack = r.attacks.empty() ? 100 : r.attacks.front().images;
    at::Generator gen = at::detail::createCPUGenerator(pipeline.seed + 1);
    const at::Tensor pick = at::randperm(in.eval.size(), gen).slice(0, 0, std::min(perAttack, in.eval.size()));
    const at::Tensor real = features->extract(in.eval.images.index_select(0, pick));
    const InputSpec& spec = in.teacher.input;
    const auto [lo, hi] = detail::validRange(spec);
    const at::Tensor noise = features->extract(at::rand({perAttack, spec.channels, spec.height, spec.width}, gen) * (hi - lo) + lo);
    StudyReferences ref;
    ref.fidReal = frechetDistance(real, refFeatures);
    ref.fidNoise = frechetDistance(noise, refFeatures);
    ref.kidReal = kernelInceptionDistance(real, refFeatures, study.kidSubsets, 1000, pipeline.seed).mean;
    ref.kidNoise = kernelInceptionDistance(noise, refFeatures, study.kidSubsets, 1000, pipeline.seed).mean;
    for (StudyAttackRow& row : r.attacks) {
        row.fidNormalised = normaliseDistance(row.fid, ref.fidReal, ref.fidNoise);
        row.kidNormalised = normaliseDistance(row.kid, ref.kidReal, ref.kidNoise);
    }
    r.references = ref;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return r;
}

} // namespace

std::string studyFolder(const std::string& lab)
{
    return (fs::path(lab) / "study").string();
}

std::vector<std::string> runStudyPoints(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& labFolder,
                                        const std::vector<std::string>& ids, PipelineObserver& pipelineObserver,
                                        StudyObserver& observer, bool prepare)
{
    if (prepare)
        runPipeline(pipeline, labFolder, pipelineObserver, Step::Convert); // synthesis and conversion, kept when unchanged
    Lab lab = Lab::open(labFolder);
    fs::create_directories(lab.path("study/points"));
    const StudyInputs in = loadStudyInputs(pipeline, labFolder, study);
    std::vector<const StudyPoint*> todo;
    for (const StudyPoint& p : study.points)
        if (ids.empty() || std::find(ids.begin(), ids.end(), p.id) != ids.end())
            todo.push_back(&p);
    if (!ids.empty() && todo.size() != ids.size())
        throw Error(ErrorCode::InvalidArgument, "Some of the requested study points are not in the '" + study.grid + "' grid.",
                    "Use the ids that --emit-jobs prints.");
    std::vector<std::string> ran;
    for (size_t i = 0; i < todo.size(); ++i) {
        const StudyPoint& p = *todo[i];
        const std::string key = pointKey(p, study, pipeline, in.inputsHash);
        ProgressSink& sink = observer.pointStarted(p, int(i), int(todo.size()));
        if (auto kept = readPoint(lab.path("study/points/" + p.id + ".json")); kept && kept->key == key) {
            observer.pointFinished(*kept, true);
            continue;
        }
        lab.log("Study point " + p.id + " started");
        StudyPointResult r = runPoint(p, study, pipeline, in, lab, sink, pipelineObserver);
        r.key = key;
        lab.writeText("study/points/" + p.id + ".json", pointToJson(r).dump(1));
        fs::remove(lab.path("study/points/" + p.id + ".ckpt"));
        lab.log("Study point " + p.id + " finished in " + std::to_string(int(r.seconds)) + " s");
        ran.push_back(p.id);
        observer.pointFinished(r, false);
    }
    return ran;
}

} // namespace psnn
