// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the study's points: builds each defended model, measures its utility, attacks it and
// scores the images; each finished point is one atomically written file, so runs resume.
#include "study_internal.h"
#include "study_schedule.h"

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
#include <numeric>
#include <random>

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
    if (!in.judge && !in.judge2)
        throw Error(ErrorCode::InvalidArgument,
                    "The study needs a judge: its verdicts are a judge's accuracy on the attack images, and its FID "
                    "and KID are measured in a judge's features (never in the attacked teacher's, whose features "
                    "the attacks optimise).",
                    "Set judge to a classifier trained on the same classes (or leave it empty for the bundled judge), "
                    "or give one with --second-judge.");
    in.featureName = in.judge ? "judge (penultimate layer of "
            + (config.judge.empty() ? std::string("the bundled models/judge.psnn") : config.judge) + ")"
                              : "second judge (penultimate layer of " + study.secondJudge + ")";
    if (config.evalData.empty())
        throw Error(ErrorCode::InvalidArgument, "The study measures accuracy and leakage, so it needs evaluation data.",
                    "Set evalData, e.g. fashion-mnist:test.");
    in.eval = loadDataSpec(config.evalData, in.teacher, config.evalImages, config.seed, evalDataConversion(config));
    const std::string synthPath = labFolder + "/synthetic.psnn", snnPath = labFolder + "/snn.psnn";
    if (!fs::exists(synthPath) || !fs::exists(snnPath))
        throw Error(ErrorCode::FileUnreadable, "The lab '" + labFolder + "' has no synthetic images or converted SNN yet.",
                    "Run 'privatesnn study --lab " + labFolder + " --emit-jobs' (or the whole study) first: it prepares the lab.");
    const SyntheticSet set = loadSyntheticArchive(synthPath);
    in.data = EncryptionData{set.images, set.classes, set.softLabels, {}};
    in.snn = loadSpikingModel(snnPath);
    hashes += sha256File(synthPath) + sha256File(snnPath) + config.evalData + std::to_string(config.evalImages)
              + std::to_string(config.seed);
    in.inputsHash = sha256Hex(hashes.data(), hashes.size());
    return in;
}

} // namespace study_detail

namespace {
using namespace study_detail;

/// The seed of a point's k-th realisation for one kind of randomness: seed 0 is the pipeline's own
/// (the earlier single-seed study's), the others derived from it.
uint64_t seedFor(const PipelineConfig& pipeline, uint64_t base, uint64_t purpose, int k)
{
    return k == 0 ? base : detail::mixSeed(pipeline.seed, purpose, uint64_t(k));
}

/// A stable number for a point id, so noise points of different doses draw different directions.
uint64_t idHash(const std::string& id)
{
    uint64_t h = 1469598103934665603ull; // FNV-1a
    for (unsigned char c : id)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

EncryptionConfig encryptionFor(const PipelineConfig& pipeline, const StudyPoint& p, int k,
                               const std::string& checkpoint)
{
    EncryptionConfig c = pipeline.encryption;
    c.seed = seedFor(pipeline, pipeline.encryption.seed, 0x5EEDE4C0ull, k);
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

/// The encryption model a noise job copies, named by the encryption job's key so a stale one (other
/// settings or inputs) is never used: LAB/study/points/ID-sK-KEY.psnn.
std::string twinPath(const Lab& lab, const StudyJob& encryptionJob, const std::string& key)
{
    return lab.path("study/points/" + encryptionJob.id() + "-" + key.substr(0, 16) + ".psnn");
}

/// Writes the twin under a name of its own first and renames it into place: another job writing the
/// same twin at the same time (both deterministic, so both identical) never leaves a partial file.
void saveTwin(const std::string& path, const SpikingModel& model)
{
    std::random_device random;
    const std::string own = path + ".part-" + std::to_string(random()) + std::to_string(random());
    saveSpikingModel(own, model);
    fs::rename(own, path);
}

/// The defended model of a job (trains when the point needs it).
SpikingModel defend(const StudyJob& job, const StudyConfig& study, const PipelineConfig& pipeline,
                    const StudyInputs& in, const Lab& lab, ProgressSink& progress)
{
    const StudyPoint& p = *job.point;
    const int k = job.seed;
    const std::string ckpt = lab.path("study/points/" + job.id() + ".ckpt");
    if (p.defence == "encryption") {
        if (p.epochs == 0)
            return in.snn;
        return train(in.snn, in, encryptionFor(pipeline, p, k, ckpt), lab, progress);
    }
    if (p.defence == "noise") {
        const StudyPoint* matched = nullptr;
        for (const StudyPoint& q : study.points)
            if (q.id == p.matches)
                matched = &q;
        if (!matched)
            throw Error(ErrorCode::InvalidArgument, "Noise point '" + p.id + "' matches '" + p.matches + "', which is not in the grid.");
        // The encrypted model of the matched point's same seed: its finished file with the current
        // key, or the same deterministic training here (never a file another job is still writing).
        const StudyJob twinJob{matched, k};
        const std::string saved = twinPath(lab, twinJob, pointKey(twinJob, study, pipeline, in.inputsHash));
        SpikingModel encrypted;
        if (fs::exists(saved)) {
            encrypted = loadSpikingModel(saved);
            lab.log("Study job " + job.id() + " copies the finished encryption twin " + saved);
        } else {
            lab.log("Study job " + job.id() + " trains its encryption twin " + twinJob.id()
                    + " itself (no finished one with the current key)");
            encrypted = train(in.snn, in, encryptionFor(pipeline, *matched, k, ckpt), lab, progress);
            saveTwin(saved, encrypted);
        }
        std::vector<double> target;
        for (const LayerDrift& d : weightDrift(in.snn.network, encrypted.network))
            target.push_back(d.relativeL2);
        // Each seed and each dose its own direction.
        const uint64_t direction = detail::mixSeed(pipeline.seed, 0x401CEull ^ idHash(p.id), uint64_t(k));
        return addMatchedNoise(in.snn, target, direction, biasDrift(in.snn.network, encrypted.network));
    }
    if (p.defence == "early-layers") {
        // k = 0 keeps the single-seed study's start; each further seed its own fresh layers.
        const uint64_t fresh = seedFor(pipeline, detail::mixSeed(pipeline.seed, 0xEA21ull, uint64_t(p.layers)),
                                       0xEA21ull ^ (uint64_t(p.layers) << 32), k);
        return train(reinitialiseEarlyLayers(in.snn, p.layers, fresh), in, encryptionFor(pipeline, p, k, ckpt), lab,
                     progress);
    }
    if (p.defence == "label-smoothing")
        return train(in.snn, in, encryptionFor(pipeline, p, k, ckpt), lab, progress);
    if (p.defence == "quantisation")
        return quantiseWeights(in.snn, p.bits);
    if (p.defence == "transfer-control") // attacks nothing: its images come from real ones (runJob)
        return in.snn;
    if (p.defence == "reinit" || p.defence == "random-control") {
        const Network random = randomWeights(in.teacher, detail::mixSeed(pipeline.seed, 0x4E1417ull, uint64_t(k)));
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
        return train(start, in, encryptionFor(pipeline, p, k, ckpt), lab, training);
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
StudyPointResult runJob(const StudyJob& job, const StudyConfig& study, const PipelineConfig& pipeline,
                        const StudyInputs& in, const Lab& lab, ProgressSink& progress, PipelineObserver& images)
{
    const StudyPoint& p = *job.point;
    const auto started = std::chrono::steady_clock::now();
    StudyPointResult r;
    r.point = p;
    r.seed = job.seed;
    const double trainShare = p.epochs > 0 || p.defence == "noise" ? 0.5 : 0.0;
    SpikingModel model;
    {
        StageProgress stage(progress, 0, trainShare, p.label);
        model = defend(job, study, pipeline, in, lab, stage);
    }
    if (p.defence == "encryption" && p.epochs > 0) // for the noise control and the auditor
        saveTwin(twinPath(lab, job, pointKey(job, study, pipeline, in.inputsHash)), model);
    r.drift = weightDrift(in.snn.network, model.network);
    r.relativeL2 = overallRelativeL2(in.snn.network, model.network);
    r.biasL2 = overallBiasL2(in.snn.network, model.network);
    {
        StageProgress stage(progress, trainShare, trainShare + 0.05, "measuring accuracy");
        r.annAccuracy = evaluateAccuracy(in.teacher, in.eval, pipeline.evalBatchSize);
        r.snnAccuracy = evaluateSnn(model, in.eval, pipeline.evalBatchSize, pipeline.seed, stage).finalAccuracy();
        r.reconvertedAccuracy = evaluateAccuracy(reconvertToAnn(model), in.eval, pipeline.evalBatchSize);
    }
    // Distances in a judge's features, never the attacked teacher's (its features are what the
    // attack optimises, so they would call its images real).
    const auto features = penultimateFeatures(in.judge ? *in.judge : *in.judge2);
    // The real end of the distance scale: as many evaluation images per class as an attack makes,
    // held out of the reference set, so they are not compared with themselves.
    const std::vector<int64_t> classes = [&] {
        std::vector<int64_t> all(size_t(in.teacher.numClasses()));
        std::iota(all.begin(), all.end(), int64_t(0));
        return all;
    }();
    const HeldOutSplit split = holdOutPerClass(in.eval.labels, classes, study.attack1.restarts, pipeline.seed + 1);
    const at::Tensor refFeatures = features->extract(in.eval.images.index_select(0, split.reference));
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
    if (study.thresholdAware && model.leak >= 1)
        attacks.push_back(
            {thresholdAware, [&](ProgressSink& s) { return attackThresholdAware(model, attack1Aware, s); }, 6 * it1});
    else if (study.thresholdAware)
        lab.log("Study job " + job.id()
                + ": no threshold-aware attack, the neurons leak (leak < 1), which its rate function does not model");
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
    std::vector<KidResult> kids;
    for (const Attack& a : attacks) {
        StageProgress stage(progress, from + (1 - from) * done / total, from + (1 - from) * (done + a.weight) / total, a.name);
        const auto attackStarted = std::chrono::steady_clock::now();
        const AttackResult result = a.run(stage);
        done += a.weight;
        StudyAttackRow row;
        row.attack = a.name;
        row.images = result.images.size(0);
        row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - attackStarted).count();
        const at::Tensor labels = result.labels.contiguous();
        row.labels.assign(labels.data_ptr<int64_t>(), labels.data_ptr<int64_t>() + labels.numel());
        RatedImages images{a.name, "SNN", result.images, result.labels, {}, {}};
        if (in.judge)
            row.correct = correctOf(*in.judge, result.images, result.labels, &row.confidence, images.judge1);
        if (in.judge2)
            row.correct2 = correctOf(*in.judge2, result.images, result.labels, in.judge ? nullptr : &row.confidence,
                                     images.judge2);
        const at::Tensor f = features->extract(result.images);
        row.fid = frechetDistance(f, refFeatures);
        kids.push_back(kernelInceptionDistance(f, refFeatures, study.kidSubsets, 1000, pipeline.seed));
        row.kid = kids.back().mean;
        row.kidSe = kids.back().std;
        r.attacks.push_back(std::move(row));
        rated.push_back(std::move(images));
    }
    // Every image, for people to rate; written before the job's file, which marks it finished.
    saveRatedImages(lab.path(std::string(kStudyAttackImagesFolder) + "/" + job.id()), rated, in.teacher.input);
    const int64_t perAttack = split.heldOut.numel();
    at::Generator gen = at::detail::createCPUGenerator(pipeline.seed + 1);
    const at::Tensor real = features->extract(in.eval.images.index_select(0, split.heldOut));
    const InputSpec& spec = in.teacher.input;
    const auto [lo, hi] = detail::validRange(spec);
    const at::Tensor noise = features->extract(at::rand({perAttack, spec.channels, spec.height, spec.width}, gen) * (hi - lo) + lo);
    StudyReferences ref;
    ref.fidReal = frechetDistance(real, refFeatures);
    ref.fidNoise = frechetDistance(noise, refFeatures);
    ref.kidReal = kernelInceptionDistance(real, refFeatures, study.kidSubsets, 1000, pipeline.seed).mean;
    ref.kidNoise = kernelInceptionDistance(noise, refFeatures, study.kidSubsets, 1000, pipeline.seed).mean;
    ref.heldOutImages = perAttack;
    ref.referenceImages = split.reference.numel();
    for (StudyAttackRow& row : r.attacks) {
        row.fidNormalised = normaliseDistance(row.fid, ref.fidReal, ref.fidNoise);
        row.kidNormalised = normaliseDistance(row.kid, ref.kidReal, ref.kidNoise);
        const double scale = ref.kidNoise - ref.kidReal;
        row.kidNormalisedSe = scale != 0 ? row.kidSe / std::abs(scale) : 0.0;
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

std::vector<std::string> runStudyPoints(const PipelineConfig& pipeline, const StudyConfig& study,
                                        const std::string& labFolder, const std::vector<std::string>& ids,
                                        PipelineObserver& pipelineObserver, StudyObserver& observer, bool prepare,
                                        int parallelJobs)
{
    if (prepare)
        runPipeline(pipeline, labFolder, pipelineObserver, Step::Convert); // synthesis and conversion, kept when unchanged
    Lab lab = Lab::open(labFolder);
    fs::create_directories(lab.path("study/points"));
    const StudyInputs in = loadStudyInputs(pipeline, labFolder, study);
    std::vector<StudyJob> todo;
    size_t matchedIds = 0;
    for (const std::string& id : ids) { // a job id, or a point id for all of its seeds
        const std::vector<StudyJob> all = studyJobs(study);
        matchedIds +=
            std::any_of(all.begin(), all.end(), [&](const StudyJob& j) { return j.id() == id || j.point->id == id; });
    }
    for (const StudyJob& j : studyJobs(study))
        if (ids.empty() || std::find(ids.begin(), ids.end(), j.id()) != ids.end()
            || std::find(ids.begin(), ids.end(), j.point->id) != ids.end())
            todo.push_back(j);
    if (matchedIds != ids.size())
        throw Error(ErrorCode::InvalidArgument,
                    "Some of the requested study jobs are not in the '" + study.grid + "' grid.",
                    "Use the ids that --emit-jobs prints (POINT-sSEED), or a point's id for all its seeds.");
    // A noise job waits for the encryption twin it copies when that job runs here too, so it copies
    // the finished twin instead of training the same network again beside it.
    std::vector<std::optional<size_t>> waitFor(todo.size());
    std::vector<const StudyPoint*> points;
    for (size_t i = 0; i < todo.size(); ++i) {
        points.push_back(todo[i].point);
        for (size_t t = 0; t < i && todo[i].point->defence == "noise"; ++t)
            if (todo[t].point->id == todo[i].point->matches && todo[t].seed == todo[i].seed)
                waitFor[i] = t;
    }
    std::vector<char> didRun(todo.size(), 0); // one element per job: the workers never share one
    const auto body = [&](size_t i, ProgressSink& sink, PipelineObserver& images) {
        const StudyJob& job = todo[i];
        const std::string key = pointKey(job, study, pipeline, in.inputsHash);
        const std::string file = "study/points/" + job.id() + ".json";
        if (auto kept = readPoint(lab.path(file)); kept && kept->key == key)
            return JobOutcome{*kept, true};
        lab.log("Study job " + job.id() + " started");
        StudyPointResult r = runJob(job, study, pipeline, in, lab, sink, images);
        r.key = key;
        lab.writeText(file, pointToJson(r).dump(1));
        fs::remove(lab.path("study/points/" + job.id() + ".ckpt"));
        lab.log("Study job " + job.id() + " finished in " + std::to_string(int(r.seconds)) + " s");
        didRun[i] = 1;
        return JobOutcome{std::move(r), false};
    };
    const int workers = parallelJobs > 0 ? parallelJobs : std::max(1, at::get_num_threads());
    runScheduled(todo.size(), waitFor, points, workers, std::max(1, at::get_num_threads() / workers), observer,
                 pipelineObserver, body);
    std::vector<std::string> ran;
    for (size_t i = 0; i < todo.size(); ++i)
        if (didRun[i])
            ran.push_back(todo[i].id());
    return ran;
}

} // namespace psnn
