// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "settings_options.h"

#include "privatesnn/model_validation.h"
#include "privatesnn/output_path.h"
#include "terminal_progress.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/torchscript_import.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct SynthesizeOptions {
    std::string model;
    std::string out;
    std::string archive;
    bool force = false; ///< --force: replace a file at --archive that is not ours
    SynthesisConfig config;
    SetOptions set{{}, {"synthesis."}, "synthesize"};
};

/// The options' settings with --set on top.
SynthesisConfig effectiveConfig(const SynthesizeOptions& o)
{
    PipelineConfig p;
    p.synthesis = o.config;
    return applySetOptions(p, o.set).synthesis;
}

void runSynthesize(SynthesizeOptions o, const GlobalOptions& global)
{
    o.config = effectiveConfig(o);
    checkOutputPath(o.out, OutputKind::Folder, false);
    if (!o.archive.empty())
        checkOutputPath(o.archive, OutputKind::Archive, o.force);
    const int threads = configureThreads(global.threads);
    checkBatchSize(o.config.batchSize, "--batch");
    const std::string modelPath = o.model.empty() ? findBundled("models/teacher.psnn") : o.model;
    Network ann = loadAnyModel(modelPath);
    // Provenance: the file the images were drawn from, even for archives trained here.
    ann.info.sourceSha256 = sha256File(modelPath);
    if (!global.quiet)
        std::fprintf(stderr, "Synthesizing %d images per class for %lld classes from %s, %d steps, batch %d, %d threads\n",
                     o.config.perClass, (long long)ann.numClasses(), modelPath.c_str(), o.config.steps, o.config.batchSize, threads);
    TerminalProgress progress("synthesize", global.quiet);
    const SyntheticSet set = synthesize(ann, o.config, progress);
    progress.finish();
    if (set.size() > 0) {
        saveSyntheticSet(set, o.out);
        if (!o.archive.empty())
            saveSyntheticArchive(o.archive, set);
    }
    // Cancelled: the finished batches are saved above (flagged incomplete), then exit 130.
    if (!set.complete)
        throw Error(ErrorCode::Cancelled, "synthesis stopped after " + std::to_string(set.size()) + " images"
                        + (set.size() > 0 ? "; they are saved in '" + o.out + "' (marked incomplete)." : "."));
    const SynthesisQuality q = measureSynthesisQuality(ann, set);
    const double perSecond = double(set.size()) / set.seconds;
    if (global.json) {
        std::cout << nlohmann::json{{"out", o.out}, {"archive", o.archive}, {"images", set.size()},
                                    {"classes", set.classNames.size()}, {"complete", set.complete},
                                    {"teacher_agreement", q.teacherAgreement}, {"origin_agreement", q.originAgreement},
                                    {"mean_loss", q.meanLoss}, {"diversity", q.diversity},
                                    {"diversity_sample_per_class", q.diversitySample}, {"seconds", set.seconds},
                                    {"images_per_second", perSecond}, {"threads", threads}, {"seed", o.config.seed},
                                    {"steps", o.config.steps}, {"batch", o.config.batchSize}, {"lr", o.config.learningRate},
                                    {"teacher_sha256", set.teacherSha256}}.dump(2)
                  << "\n";
        return;
    }
    std::printf("Synthesized %lld images (%d per class) in %.1f s (%.2f images/s, %d threads)\n", (long long)set.size(),
                o.config.perClass, set.seconds, perSecond, threads);
    std::printf("Teacher agreement (argmax ANN = argmax soft label): %.2f %%\n", q.teacherAgreement * 100);
    std::printf("ANN predicts the class of origin:                   %.2f %%\n", q.originAgreement * 100);
    std::printf("Mean final loss (soft-label cross entropy, tau %.3g): %.4f\n", o.config.temperature, q.meanLoss);
    std::printf("Diversity (mean pairwise L2 within a class, %lld per class): %.3f\n", (long long)q.diversitySample, q.diversity);
    std::printf("Saved %s%s%s\n", o.out.c_str(), o.archive.empty() ? "" : " and ", o.archive.c_str());
}

} // namespace

void addSynthesizeCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<SynthesizeOptions>();
    SynthesisConfig& c = o->config;
    CLI::App* cmd = app.add_subcommand("synthesize", "Data-free synthesis: class-conditioned images from the ANN (Algorithm 3, step 1)");
    cmd->add_option("--model", o->model, "ANN: TorchScript file or .psnn archive (default: the bundled teacher)");
    cmd->add_option("--out", o->out, "Folder for the PNGs and index.json (new, empty or an earlier synthetic set)")->required();
    cmd->add_option("--archive", o->archive, "Also write the exact float images to this archive (.psnn)");
    cmd->add_flag(
        "--force", o->force,
        "Replace an existing file at --archive even when it is not a file of this kind written by PrivateSNN Lab");
    cmd->add_option("--per-class", c.perClass, "Images per class")->check(settingRange("synthesis.per_class"))->capture_default_str();
    cmd->add_option("--steps", c.steps, "Adam steps per batch (reference code: 2499 at lr 1e-3)")->check(settingRange("synthesis.steps"))
        ->capture_default_str();
    cmd->add_option("--batch", c.batchSize, "Images optimised together, each with its own target")->check(settingRange("synthesis.batch_size"))
        ->capture_default_str();
    cmd->add_option("--lr", c.learningRate, "Adam learning rate")->check(settingRange("synthesis.learning_rate"))->capture_default_str();
    cmd->add_option("--tau", c.temperature, "Temperature of the soft-label loss")->check(settingRange("synthesis.temperature"))->capture_default_str();
    cmd->add_option("--beta", c.beta, "Dirichlet concentration = beta * class similarity")->check(settingRange("synthesis.beta"))
        ->capture_default_str();
    cmd->add_option("--floor", c.floor, "Smallest Dirichlet concentration (ZSKD: 1e-4)")->check(settingRange("synthesis.floor"))
        ->capture_default_str();
    cmd->add_flag("--accumulate-gradients", c.accumulateGradients,
                  "Reproduce the reference code's bug: never zero the image gradient");
    cmd->add_flag("!--no-clamp", c.clampEachStep, "Do not keep images in the input range while optimising (reference code)");
    cmd->add_option("--tv", c.totalVariation, "Total-variation prior weight (0 = off)")->check(settingRange("synthesis.total_variation"))
        ->capture_default_str();
    cmd->add_option("--l2", c.l2, "L2 prior weight (0 = off)")->check(settingRange("synthesis.l2"))->capture_default_str();
    cmd->add_option("--jitter", c.jitter, "Random roll of up to this many pixels each step (0 = off)")
        ->check(settingRange("synthesis.jitter"))->capture_default_str();
    cmd->add_option("--seed", c.seed, "Seed for targets, noise and jitter")->capture_default_str();
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runSynthesize(*o, global); });
}

} // namespace psnn::cli
