// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn attack: class-representation images from an ANN or a spiking model (attack 1 or 2).
#include "attack_options.h"
#include "commands.h"
#include "settings_options.h"
#include "snn_import_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/error.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/torchscript_import.h"

#include <ATen/ATen.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/utils.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "privatesnn/model_validation.h"

namespace psnn::cli {

namespace {

struct AttackOptions {
    std::string model, snn, judge, out, synthetic;
    NirImportOptions import;
    int scenario = 1;
    std::vector<int64_t> classes;
    int restarts = 3;
    int iterations = 150;
    int timesteps = 0;
    int candidates = 0;
    double step = 0;
    int jitter = -1;
    double tv = -1, l2 = -1;
    uint64_t seed = 0;
    bool strong = false;
    std::string preset = "paper";
    bool noJudge = false;
    bool noQuantize = false;
    bool normalize = false;
    SetOptions set{{}, {"leakage.attack1.", "leakage.attack2."}, "attack"};
};

/// Forwards progress to the terminal and keeps every metric point for index.json.
struct RecordingProgress : ProgressSink {
    TerminalProgress& bar;
    std::map<std::string, std::vector<std::pair<double, double>>> series;
    explicit RecordingProgress(TerminalProgress& b) : bar(b) {}
    void report(double f, const std::string& m) override { bar.report(f, m); }
    bool cancelled() const override { return bar.cancelled(); }
    void metric(const std::string& name, double x, double y) override { series[name].push_back({x, y}); }
};

/// The preset's settings slot: "readable" is attack 3 of the pipeline (its --set keys are leakage.attack3.*).
int settingsSlot(const AttackOptions& o)
{
    return o.preset == "readable" ? 3 : o.scenario;
}

AttackConfig configFrom(const AttackOptions& o)
{
    AttackConfig c = attackPreset(o.strong ? std::string("strong") : o.preset, o.scenario);
    c.classes = o.classes;
    c.restarts = o.restarts;
    c.iterations = o.iterations;
    c.timesteps = o.timesteps;
    c.seed = o.seed;
    if (o.candidates > 0)
        c.candidates = o.candidates;
    if (o.step > 0)
        c.stepSize = o.step;
    if (o.noQuantize)
        c.quantize = false;
    if (o.normalize)
        c.normalizeGradient = true;
    if (o.jitter >= 0)
        c.priors.jitter = o.jitter;
    if (o.tv >= 0)
        c.priors.tv = o.tv;
    if (o.l2 >= 0)
        c.priors.l2 = o.l2;
    // --set on top: only the settings of the attack that runs.
    const int n = settingsSlot(o);
    const std::string slotName = std::to_string(n);
    PipelineConfig p;
    auto slot = [n](PipelineConfig& q) -> AttackConfig& {
        return n == 3 ? q.leakage.attack3 : n == 2 ? q.leakage.attack2 : q.leakage.attack1;
    };
    slot(p) = c;
    p = applySetOptions(p,
                        SetOptions{o.set.assignments,
                                   {"leakage.attack" + slotName + "."},
                                   n == 3 ? std::string("attack --preset readable") : "attack --scenario " + slotName});
    return slot(p);
}

void runAttack(const AttackOptions& o, const GlobalOptions& global)
{
    checkOutputPath(o.out, OutputKind::Folder, false);
    const int threads = configureThreads(global.threads);
    if (o.model.empty() == o.snn.empty())
        throw Error(ErrorCode::InvalidArgument, "Give exactly one model to attack: --model (an ANN) or --snn (a spiking model).");
    if (!o.model.empty() && o.scenario == 2)
        throw Error(ErrorCode::InvalidArgument, "Attack scenario 2 runs through a spiking network, but --model names an ANN.",
                    "Use --snn with a model from 'privatesnn convert', or --scenario 1.");
    if (o.timesteps != 0)
        checkTimesteps(o.timesteps, "-T");
    if (o.strong && o.preset != "paper")
        throw Error(ErrorCode::InvalidArgument,
                    "--strong is the preset \"strong\"; it cannot be combined with --preset " + o.preset + ".",
                    "Give one of them.");
    if (o.preset == "readable" && o.scenario == 2)
        throw Error(ErrorCode::InvalidArgument,
                    "The readable preset is attack 1 (the re-converted ANN) with natural-image priors, "
                    "so it does not run through the spikes.",
                    "Drop --scenario 2, or add priors to attack 2 with --set leakage.attack2.rotate=10 and the like.");
    AttackConfig config = configFrom(o);
    if (usesSyntheticImages(config)) {
        if (o.synthetic.empty())
            throw Error(ErrorCode::InvalidArgument,
                        "The feature-statistics prior and the surrogate attacker need the lab's "
                        "synthetic images.",
                        "Pass --synthetic with a lab's synthetic.psnn or a folder from 'privatesnn synthesize'.");
        config.syntheticImages = (std::filesystem::is_directory(o.synthetic) ? loadSyntheticSet(o.synthetic)
                                                                             : loadSyntheticArchive(o.synthetic))
                                     .images;
    }
    std::optional<SpikingModel> snn;
    Network net;
    if (!o.snn.empty()) {
        snn = loadAnySpikingModel(o.snn, o.import);
        net = snn->network;
    } else {
        net = loadAnyModel(o.model);
    }
    if (snn) {
        const int64_t T = o.timesteps > 0 ? o.timesteps : snn->timesteps;
        const int64_t classes = config.classes.empty() ? net.numClasses() : int64_t(config.classes.size());
        const int64_t images = classes * config.restarts * std::max(config.candidates, 1);
        // Scenario 2 backpropagates through all T steps of every image at once.
        announceSimulation("The attack", estimateSimulation(net, images, T, images, o.scenario == 2), global.quiet,
                           "Attack fewer classes (--classes), use fewer --restarts or a smaller T (-T).");
    }
    const std::optional<Network> judge = loadJudge(o.judge, o.noJudge);
    std::filesystem::create_directories(o.out);

    TerminalProgress bar("attack", global.quiet);
    RecordingProgress progress(bar);
    AttackResult result = !snn ? classRepresentation(net, config, progress)
        : o.scenario == 1      ? attackReconverted(*snn, config, progress)
                               : attackSnnDirect(*snn, config, progress);
    bar.finish();

    std::optional<JudgeScore> score;
    at::Tensor predictions, confidence;
    if (judge) {
        score = judgeAccuracy(*judge, result.images, result.labels, &net.input);
        torch::NoGradGuard noGrad;
        const at::Tensor prob = at::softmax(judge->forward(imagesInSpace(result.images, net.input, judge->input)), 1);
        predictions = prob.argmax(1);
        confidence = std::get<0>(prob.max(1));
    }
    auto className = [&](int64_t c) {
        return c < int64_t(net.info.classNames.size()) ? net.info.classNames[size_t(c)] : "class " + std::to_string(c);
    };
    nlohmann::json images = nlohmann::json::array();
    for (int64_t i = 0; i < result.images.size(0); ++i) {
        const int64_t cls = result.labels[i].item<int64_t>();
        const std::string file = "class" + std::to_string(cls) + "_r" + std::to_string(result.restart[size_t(i)]) + ".png";
        saveImagePng((std::filesystem::path(o.out) / file).string(), result.images[i], net.input);
        nlohmann::json item{{"file", file}, {"class", cls}, {"class_name", className(cls)},
                            {"restart", result.restart[size_t(i)]}, {"target_score", result.targetScore[size_t(i)]}};
        if (judge)
            item["judge"] = {{"prediction", predictions[i].item<int64_t>()}, {"confidence", confidence[i].item<double>()}};
        images.push_back(item);
    }
    nlohmann::json index{
        {"method", result.method},
        {"model", o.snn.empty() ? o.model : o.snn},
        {"scenario", o.scenario},
        {"strong", o.strong},
        {"preset", o.strong ? std::string("strong") : o.preset},
        {"iterations", config.iterations},
        {"step", config.stepSize},
        {"blur_every", config.blurEvery},
        {"candidates", config.candidates},
        {"timesteps", o.scenario == 2 ? (config.timesteps > 0 ? config.timesteps : snn->timesteps) : 0},
        {"seed", config.seed},
        {"seconds", result.seconds},
        {"threads", threads},
        {"images", images}};
    if (score)
        index["judge_accuracy"] = score->accuracy;
    index["history"] = progress.series; // target_logit/<class> and mean_abs_gradient per iteration
    writeFileAtomically((std::filesystem::path(o.out) / "index.json").string(), index.dump(2) + "\n");
    const at::Tensor classes = std::get<0>(at::_unique(result.labels, /*sorted=*/true)).contiguous();
    const std::vector<int64_t> classList(classes.data_ptr<int64_t>(), classes.data_ptr<int64_t>() + classes.numel());
    // One row per class, one column per restart: the attack's images at a glance.
    std::vector<GridColumn> columns;
    for (int r = 0; r < config.restarts; ++r) {
        const at::Tensor pick = at::arange(r, result.images.size(0), config.restarts);
        columns.push_back({"#" + std::to_string(r + 1), result.images.index_select(0, pick), result.labels.index_select(0, pick)});
    }
    saveAttackGrid((std::filesystem::path(o.out) / "grid.png").string(), columns, classList, net.info.classNames, net.input);
    if (global.json) {
        std::cout << index.dump(2) << "\n";
        return;
    }
    std::printf("%s: %lld images in %.1f s (%d threads), written to %s\n", result.method.c_str(),
                (long long)result.images.size(0), result.seconds, threads, o.out.c_str());
    std::printf("%-6s %-14s %14s %14s %12s\n", "class", "name", "target (mean)", "target (max)", judge ? "judge acc %" : "");
    const at::Tensor scores = at::tensor(result.targetScore, at::kDouble);
    for (size_t k = 0; k < classList.size(); ++k) {
        const int64_t cls = classList[k];
        const at::Tensor mine = scores.index({result.labels.eq(cls)});
        std::printf("%-6lld %-14s %14.3f %14.3f", (long long)cls, className(cls).substr(0, 14).c_str(), mine.mean().item<double>(),
                    mine.max().item<double>());
        if (score)
            std::printf(" %12.1f", score->perClassAccuracy[k] * 100);
        std::printf("\n");
    }
    if (score)
        std::printf("Judge accuracy (share of images the judge puts in the target class): %.1f %% (chance %.1f %%)\n",
                    score->accuracy * 100, 100.0 / double(judge->numClasses()));
    else
        std::printf("No judge: pass --judge to measure how recognisable the images are.\n");
}

} // namespace

void addAttackCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<AttackOptions>();
    CLI::App* cmd = app.add_subcommand("attack", "Class-leakage attack: class-representation images (paper Algorithms 2 and 4)");
    cmd->add_option("--model", o->model, "ANN to attack directly (TorchScript or .psnn): the Fig. 2 reference");
    cmd->add_option("--snn", o->snn,
                    "Spiking model (.psnn from 'privatesnn convert' or 'privatesnn encrypt', or a NIR graph)");
    addSnnImportOptions(cmd, o->import);
    cmd->add_option("--scenario", o->scenario, "1: re-convert the SNN to an ANN and ascend its logits; 2: surrogate gradients "
                                                "through the SNN")->check(CLI::IsMember({1, 2}))->capture_default_str();
    cmd->add_option("--classes", o->classes, "Target classes, e.g. 0,3,7 (default: all)")->delimiter(',');
    cmd->add_option("--restarts", o->restarts, "Images per class (each from its own noise)")->check(settingRange("leakage.attack1.restarts"))
        ->capture_default_str();
    cmd->add_option("--iterations", o->iterations, "Gradient-ascent iterations N")->check(settingRange("leakage.attack1.iterations"))->capture_default_str();
    cmd->add_option("--step", o->step, "Step size (default: eta = 6 for scenario 1, zeta = 0.01 for scenario 2)")
        ->check(positiveFinite());
    cmd->add_option("-T,--timesteps", o->timesteps, "Scenario 2: simulated time steps (default: the model's T)");
    cmd->add_flag("--strong", o->strong, "Stronger attacker: jitter, total-variation and L2 priors, blur, best of 4 candidates "
                                         "per image (scenario 2 also steps with eta = 6)");
    cmd->add_option("--preset", o->preset,
                    "Attacker: \"paper\" (Algorithms 2 and 4 as printed), \"strong\" (as --strong) or "
                    "\"readable\" (attack 3: re-conversion with jitter, zoom, rotation, Fourier "
                    "parametrisation, TV and L2 priors; tune it with --set leakage.attack3.KEY=VALUE)")
        ->check(CLI::IsMember({"paper", "strong", "readable"}))
        ->capture_default_str();
    cmd->add_option("--synthetic", o->synthetic,
                    "Synthetic images (a lab's synthetic.psnn or a folder from 'privatesnn "
                    "synthesize'): the reference of the feature_stats prior and the "
                    "surrogate's training set (surrogate_epochs)");
    cmd->add_option("--candidates", o->candidates,
                    "Candidates per kept image (best-of selection by the attacked model)")
        ->check(settingRange("leakage.attack1.candidates"));
    cmd->add_option("--jitter", o->jitter,
                    "Prior: random shift of up to this many pixels per iteration (overrides --strong)")
        ->check(wholeFrom(0));
    cmd->add_option("--tv", o->tv, "Prior: weight of the squared total variation (overrides --strong)")
        ->check(nonNegative());
    cmd->add_option("--l2", o->l2, "Prior: weight of the squared L2 norm of the image (overrides --strong)")
        ->check(nonNegative());
    cmd->add_flag("--normalize-gradient", o->normalize, "Step along the gradient divided by its mean magnitude per image");
    cmd->add_flag("--no-quantize", o->noQuantize, "Do not round the image to 8 bit after every step");
    cmd->add_option("--seed", o->seed, "Seed of the initial noise and the Poisson draws")->capture_default_str();
    cmd->add_option("--judge", o->judge, "Independent classifier that scores the images (default: the bundled judge if installed)");
    cmd->add_flag("--no-judge", o->noJudge, "Do not score the images with a judge");
    cmd->add_option("--out", o->out, "Folder for the PNG images, grid.png and index.json")->required();
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runAttack(*o, global); });
}

} // namespace psnn::cli
