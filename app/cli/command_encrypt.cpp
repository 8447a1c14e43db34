// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "settings_options.h"
#include "validators.h"

#include "privatesnn/data_spec.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/output_path.h"
#include "terminal_progress.h"

#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/torchscript_import.h"

#include <ATen/ATen.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct EncryptOptions {
    std::string snn;
    std::string images;
    int64_t count = 0;
    std::string teacher;
    std::string out;
    bool force = false; ///< --force: replace a file at --out that is not ours
    std::string checkpoint;
    std::string ceTarget = "hard";
    std::string readout = "matched";
    bool linearSpike = false;
    std::string eval;
    int64_t evalCount = 2000;
    EncryptionConfig config;
    int retiredRecomputeChunk = -1;
    DataConversion conversion; ///< for --images and --eval
    /// encryption.eval_images is the pipeline's per-epoch count (0 = off); here --eval and --eval-count say that.
    SetOptions set{{}, {"encryption."}, "encrypt", {"encryption.eval_images"}};
};

struct TrainingImages {
    EncryptionData data;
    std::string source;
    bool synthetic = false;
};

/// A synthetic set (folder with index.json, or a "synthetic" archive) brings its soft labels; any
/// other data spec gives class labels only.
TrainingImages loadTrainingImages(const EncryptOptions& o, const Network& net)
{
    TrainingImages t;
    std::error_code ec;
    const bool archive = std::filesystem::is_regular_file(o.images, ec);
    if (archive || isSyntheticFolder(o.images)) {
        const SyntheticSet set = archive ? loadSyntheticArchive(o.images) : loadSyntheticSet(o.images);
        t.data.images = set.images;
        t.data.labels = set.classes;
        t.data.softLabels = set.softLabels;
        t.source = "synthetic set " + o.images;
        t.synthetic = true;
    } else {
        const Dataset d = loadDataSpec(o.images, net, 0, 0, o.conversion);
        t.data.images = d.images;
        t.data.labels = d.labels;
        t.source = d.source;
    }
    if (o.count > 0 && o.count < t.data.size()) {
        at::Generator gen = at::detail::createCPUGenerator(o.config.seed);
        const at::Tensor pick = at::randperm(t.data.size(), gen).slice(0, 0, o.count);
        t.data.images = t.data.images.index_select(0, pick);
        if (t.data.labels.defined())
            t.data.labels = t.data.labels.index_select(0, pick);
        if (t.data.softLabels.defined())
            t.data.softLabels = t.data.softLabels.index_select(0, pick);
        t.source += " (random " + std::to_string(o.count) + ", seed " + std::to_string(o.config.seed) + ")";
    }
    return t;
}

/// Forwards to the bar and prints one line per epoch, so logs keep the curve.
struct EpochPrinter : ProgressSink {
    TerminalProgress& bar;
    bool quiet;
    int lastEpoch = 0;
    double evalAccuracy = -1;
    double minCosine = 1;
    EpochPrinter(TerminalProgress& b, bool q) : bar(b), quiet(q) {}
    void report(double f, const std::string& m) override { bar.report(f, m); }
    bool cancelled() const override { return bar.cancelled(); }
    void metric(const std::string& series, double x, double y) override
    {
        if (series == "eval_accuracy")
            evalAccuracy = y;
        else if (series.rfind("drift_cos/", 0) == 0)
            minCosine = std::min(minCosine, y);
        if (series != "train_accuracy")
            return;
        lastEpoch = int(x);
        if (!quiet) {
            bar.finish();
            std::fprintf(stderr, "epoch %d: train accuracy %.2f %%", lastEpoch, y * 100);
            if (evalAccuracy >= 0)
                std::fprintf(stderr, ", eval accuracy %.2f %%", evalAccuracy * 100);
            std::fprintf(stderr, ", lowest weight cosine to the converted model %.5f\n", minCosine);
        }
        minCosine = 1;
    }
};

void printHistory(const EncryptionResult& r)
{
    std::printf("%5s %9s %9s %9s %9s %10s %9s %8s %8s\n", "epoch", "lr", "CE", "KD", "loss", "train %", "eval %", "min cos",
                "seconds");
    if (r.initialEvalAccuracy >= 0)
        std::printf("%5d %9s %9s %9s %9s %10s %9.2f %8.5f %8s\n", 0, "", "", "", "", "", r.initialEvalAccuracy * 100, 1.0, "");
    for (const EncryptionEpoch& e : r.history) {
        double minCos = 1;
        for (const LayerDrift& d : e.drift)
            minCos = std::min(minCos, d.cosine);
        std::printf("%5d %9.1e %9.4f %9.4f %9.4f %10.2f %9s %8.5f %8.1f\n", e.epoch, e.learningRate, e.ce, e.kd, e.loss,
                    e.trainAccuracy * 100,
                    e.evalAccuracy >= 0 ? std::to_string(e.evalAccuracy * 100).substr(0, 5).c_str() : "-", minCos, e.seconds);
    }
    if (!r.history.empty()) {
        std::printf("\nWeight drift after the last epoch (cosine to the converted weights, relative L2 distance):\n");
        for (const LayerDrift& d : r.history.back().drift)
            std::printf("  %-16s %10.6f %10.6f\n", d.path.c_str(), d.cosine, d.relativeL2);
    }
}

nlohmann::json historyJson(const EncryptionResult& r)
{
    nlohmann::json epochs = nlohmann::json::array();
    for (const EncryptionEpoch& e : r.history) {
        nlohmann::json drift = nlohmann::json::array();
        for (const LayerDrift& d : e.drift)
            drift.push_back({{"layer", d.path}, {"cosine", d.cosine}, {"relative_l2", d.relativeL2}});
        epochs.push_back({{"epoch", e.epoch}, {"lr", e.learningRate}, {"ce", e.ce}, {"kd", e.kd}, {"loss", e.loss},
                          {"train_accuracy", e.trainAccuracy},
                          {"eval_accuracy", e.evalAccuracy >= 0 ? nlohmann::json(e.evalAccuracy) : nlohmann::json()},
                          {"seconds", e.seconds}, {"drift", drift}});
    }
    return epochs;
}

void runEncrypt(EncryptOptions o, const GlobalOptions& global)
{
    // The options' checks admit known names only; --set goes on top of every option.
    ceTargetFromName(o.ceTarget, o.config.ceTarget);
    readoutFromName(o.readout, o.config.readout);
    if (o.linearSpike)
        o.config.surrogate = SurrogateGradient{true, 0.3, true};
    PipelineConfig p;
    p.encryption = o.config;
    o.config = applySetOptions(p, o.set).encryption;
    if (o.retiredRecomputeChunk >= 0 && !global.quiet)
        std::fprintf(stderr, "note: --recompute-chunk is ignored: training keeps spikes at one bit per neuron and step, so "
                             "recomputing them saves no memory; lower --batch or -T if memory is short.\n");
    checkOutputPath(o.out, OutputKind::Archive, o.force); // before the work, so none is done in vain
    const int threads = configureThreads(global.threads);
    if (o.config.timesteps != 0)
        checkTimesteps(o.config.timesteps, "-T");
    checkBatchSize(o.config.batchSize, "--batch");
    const SpikingModel snn = loadSpikingModel(o.snn);
    const std::string teacherPath = o.teacher.empty() ? findBundled("models/teacher.psnn") : o.teacher;
    const Network teacher = loadAnyModel(teacherPath);
    const std::string teacherSha = teacher.info.sourceSha256.empty() ? sha256File(teacherPath) : teacher.info.sourceSha256;
    if (!global.quiet && !snn.sourceModelSha256.empty() && snn.sourceModelSha256 != teacherSha)
        std::fprintf(stderr, "warning: %s was converted from another model than the teacher %s; distillation still works "
                             "but is not the paper's setting.\n", o.snn.c_str(), teacherPath.c_str());
    const TrainingImages train = loadTrainingImages(o, snn.network);
    std::unique_ptr<Dataset> eval;
    if (!o.eval.empty())
        eval = std::make_unique<Dataset>(loadDataSpec(o.eval, snn.network, o.evalCount, o.config.seed, o.conversion));

    EncryptionConfig& c = o.config;
    c.checkpointPath = o.checkpoint.empty() ? o.out + ".ckpt" : o.checkpoint;
    std::error_code ec;
    const bool checkpointExists = std::filesystem::exists(c.checkpointPath, ec);
    if (c.resume && !checkpointExists)
        throw Error(ErrorCode::FileNotFound, "There is no checkpoint '" + c.checkpointPath + "' to resume from.",
                    "Run without --resume to start training, or name the checkpoint with --checkpoint.");
    const int T = c.timesteps > 0 ? c.timesteps : snn.timesteps;
    const MemoryEstimate memory = estimateEncryptionMemory(snn, c, train.data.size());
    if (!global.quiet) {
        if (!c.resume && checkpointExists)
            std::fprintf(stderr, "note: starting over; %s will be overwritten (add --resume to continue it).\n",
                         c.checkpointPath.c_str());
        std::fprintf(stderr, "Encrypting %s with %lld images from %s%s: %d epochs, batch %d, T = %d, m = %g, tau = %g, %d threads\n",
                     o.snn.c_str(), (long long)train.data.size(), train.source.c_str(),
                     train.data.softLabels.defined() ? " (with soft labels)" : "", c.epochs, c.batchSize, T, c.distillWeight,
                     c.temperature, threads);
        std::fprintf(stderr, "Memory: %s\n", memory.describe().c_str());
    }
    TerminalProgress bar("encrypt", global.quiet);
    EpochPrinter sink(bar, global.quiet);
    EncryptionResult result;
    try {
        result = encryptSnn(snn, teacher, train.data, c, eval.get(), sink);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Cancelled)
            throw;
        bar.finish();
        const int done = std::max(sink.lastEpoch, 0);
        if (done > 0)
            std::fprintf(stderr, "Stopped after epoch %d of %d; the checkpoint %s holds it.\n"
                                 "Resume with the same command plus --resume%s.\n",
                         done, c.epochs, c.checkpointPath.c_str(),
                         o.checkpoint.empty() ? "" : (" --checkpoint " + c.checkpointPath).c_str());
        else
            std::fprintf(stderr, "Stopped before the first epoch of this run ended%s.\n",
                         c.resume ? "; the checkpoint is unchanged, so --resume continues where it was"
                                  : "; nothing to resume, run the command again");
        throw;
    }
    bar.finish();
    result.model.conversionSource = snn.conversionSource;
    saveSpikingModel(o.out, result.model);
    if (global.json) {
        std::cout << nlohmann::json{{"out", o.out}, {"checkpoint", c.checkpointPath}, {"images", train.data.size()},
                                    {"image_source", train.source}, {"timesteps", T}, {"threads", threads},
                                    {"resumed_from_epoch", result.resumedFromEpoch},
                                    {"initial_eval_accuracy", result.initialEvalAccuracy >= 0 ? nlohmann::json(result.initialEvalAccuracy) : nlohmann::json()},
                                    {"memory_estimate_bytes", result.memory.neededBytes}, {"logit_scale", result.logitScale},
                                    {"seconds", result.seconds}, {"epochs", historyJson(result)}}.dump(2)
                  << "\n";
        return;
    }
    std::printf("Encrypted %s on %lld images (%s), T = %d, %d threads, %.0f s%s\n", o.snn.c_str(),
                (long long)train.data.size(), train.source.c_str(), T, threads, result.seconds,
                result.resumedFromEpoch > 0 ? (", resumed after epoch " + std::to_string(result.resumedFromEpoch)).c_str() : "");
    if (c.readout != LogitReadout::Sum)
        std::printf("Logits = %.4g x U_L^T (%s)\n", result.logitScale,
                    c.readout == LogitReadout::Rate ? "rate decoding" : "readout factor fitted to the teacher before training");
    printHistory(result);
    std::printf("Saved %s (checkpoint %s)\n", o.out.c_str(), c.checkpointPath.c_str());
}

} // namespace

void addEncryptCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<EncryptOptions>();
    EncryptionConfig& c = o->config;
    CLI::App* cmd = app.add_subcommand("encrypt", "Encrypt a converted SNN by spike-based training with distillation (STBP + KD)");
    cmd->add_option("--snn", o->snn, "Converted spiking model (.psnn from 'privatesnn convert')")->required();
    cmd->add_option("--images", o->images, std::string("Training images (a synthetic set brings its soft labels): ") + kDataSpecHelp)->required();
    cmd->add_option("--count", o->count, "Use a seeded random subset of this many training images (0 = all)")
        ->check(wholeFrom(0))
        ->capture_default_str();
    cmd->add_option("--teacher", o->teacher, "The ANN to distil from (default: the bundled teacher)");
    cmd->add_option("--out", o->out, "Encrypted spiking model to write (.psnn)")->required();
    cmd->add_flag(
        "--force", o->force,
        "Replace an existing file at --out even when it is not a file of this kind written by PrivateSNN Lab");
    cmd->add_option("--checkpoint", o->checkpoint, "Checkpoint written after every epoch (default: OUT.ckpt)");
    cmd->add_flag("--resume", c.resume, "Continue an interrupted run from its checkpoint (same settings)");
    cmd->add_option("--epochs", c.epochs, "Epochs (paper: 20)")->check(settingRange("encryption.epochs"))->capture_default_str();
    cmd->add_option("--batch", c.batchSize, "Images per batch")->check(settingRange("encryption.batch_size"))->capture_default_str();
    cmd->add_option("--lr", c.learningRate, "Adam learning rate, divided by 10 at 50 % and 70 % of the epochs (paper: 1e-4)")
        ->check(settingRange("encryption.learning_rate"))->capture_default_str();
    cmd->add_option("--weight-decay", c.weightDecay, "Adam L2 weight decay (authors' spike code: 5e-4)")
        ->check(settingRange("encryption.weight_decay"))->capture_default_str();
    cmd->add_flag("--amsgrad", c.amsgrad, "AMSGrad variant of Adam (authors' spike code)");
    cmd->add_option("--m", c.distillWeight, "Distillation weight m in Eq. 6 (paper: 0.7; 0 = no distillation)")
        ->check(settingRange("encryption.m"))->capture_default_str();
    cmd->add_option("--tau", c.temperature, "Distillation temperature (paper: 20)")->check(settingRange("encryption.tau"))->capture_default_str();
    cmd->add_option("--ce-target", o->ceTarget, "Cross-entropy target: hard (argmax of the soft label, or the class) or soft")
        ->check(CLI::IsMember({"hard", "soft"}))->capture_default_str();
    cmd->add_option("--readout", o->readout,
                    "Logits for the loss: matched (U_L^T times one factor fitted to the teacher's logits before training) "
                    "sum (raw U_L^T, as the authors' spike code) or rate (U_L^T / T times the product of the thresholds)")
        ->check(CLI::IsMember({"matched", "sum", "rate"}))->capture_default_str();
    cmd->add_option("-T,--timesteps", c.timesteps, "Time steps (0 = the spiking model's own T)")->check(settingRange("encryption.timesteps"))
        ->capture_default_str();
    cmd->add_option("--surrogate-scale", c.surrogate.scale, "Surrogate slope scale (1 = Eq. 9)")->check(settingRange("encryption.surrogate_scale"))
        ->capture_default_str();
    cmd->add_flag("--surrogate-per-threshold", c.surrogate.perThreshold, "Divide the surrogate by theta (derivative w.r.t. u/theta - 1)");
    cmd->add_flag("--linear-spike", o->linearSpike, "The authors' LinearSpike: scale 0.3, per threshold");
    cmd->add_flag("!--no-dropout", c.dropout, "Do not apply the network's dropout layers while training");
    cmd->add_flag("--flip", c.horizontalFlip, "Augment: random left-right flips (not in the paper)");
    cmd->add_option("--shift", c.maxShift, "Augment: random shifts of up to this many pixels (not in the paper; 0 = off)")
        ->check(settingRange("encryption.max_shift"))->capture_default_str();
    // Retired: scripts that still pass it keep working, with a note (see runEncrypt).
    cmd->add_option("--recompute-chunk", o->retiredRecomputeChunk)->group("");
    cmd->add_option("--seed", c.seed, "Seed for the subset, shuffling, Poisson draws and dropout")->capture_default_str();
    cmd->add_option("--eval", o->eval, std::string("Also measure accuracy after every epoch on: ") + kDataSpecHelp);
    cmd->add_flag("--resize", o->conversion.resize, "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->conversion.grayscale, "Convert an image folder's images to the model's channel count, e.g. colour to grey (refused otherwise)");
    addLabelOptions(cmd, o->conversion.labels);
    cmd->add_option("--eval-count", o->evalCount, "Seeded random subset of the evaluation set (0 = all)")
        ->check(wholeFrom(0))
        ->capture_default_str();
    cmd->add_option("--eval-batch", c.evalBatchSize, "Images per evaluation batch")->check(settingRange("encryption.eval_batch_size"))->capture_default_str();
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runEncrypt(*o, global); });
}

} // namespace psnn::cli
