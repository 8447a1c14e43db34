// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/output_path.h"
#include "settings_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/conversion.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <ATen/ATen.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct ConvertOptions {
    std::string model;
    std::string images = "fashion-mnist:train";
    int64_t count = 1000;
    std::string mode = "max";
    std::string coding = "poisson";
    std::string out;
    bool force = false; ///< --force: replace a file at --out that is not ours
    bool naive = false;
    ConversionSettings settings;
    DataConversion conversion{false, false, {}, false, true}; ///< balancing never reads the labels
    SetOptions set{{}, {"conversion."}, "convert"};
};

void runConvert(ConvertOptions o, const GlobalOptions& global)
{
    // The options' checks admit known names only; --set goes on top of every option.
    o.settings.mode = thresholdModeFromName(o.mode);
    o.settings.coding = codingFromName(o.coding);
    PipelineConfig p;
    p.conversion = o.settings;
    p.conversionImages = o.count;
    p = applySetOptions(p, o.set);
    o.settings = p.conversion;
    o.count = p.conversionImages;
    checkOutputPath(o.out, OutputKind::Archive, o.force); // before the work, so none is done in vain
    const int threads = configureThreads(global.threads);
    checkTimesteps(o.settings.timesteps, "-T");
    checkBatchSize(o.settings.batchSize, "--batch");
    const std::string modelPath = o.model.empty() ? findBundled("models/teacher.psnn") : o.model;
    Network ann = loadAnyModel(modelPath);
    if (ann.info.sourceSha256.empty())
        ann.info.sourceSha256 = sha256File(modelPath);
    const Dataset images = loadDataSpec(o.images, ann, o.count, o.settings.seed, o.conversion);
    announceSimulation("The conversion", estimateSimulation(ann, images.size(), o.settings.timesteps, o.settings.batchSize), global.quiet,
                       "Use fewer images (--count), a smaller T (-T) or a smaller --batch.");
    const ConversionSettings& settings = o.settings;
    TerminalProgress progress("convert", global.quiet);
    // Only the images go in: conversion cannot see labels.
    SpikingModel snn = o.naive ? convertToSnnNaive(ann, images.images, settings, progress)
                               : convertToSnn(ann, images.images, settings, progress);
    progress.finish();
    snn.conversionSource = images.source;
    saveSpikingModel(o.out, snn);
    if (global.json) {
        nlohmann::json th = nlohmann::json::array();
        for (size_t i : snn.spikingLayers())
            th.push_back({{"layer", snn.network.layers[i].path}, {"threshold", snn.thresholds[i].max().item<double>()},
                          {"values", snn.thresholds[i].numel()}});
        std::cout << nlohmann::json{{"out", o.out}, {"thresholds", th}, {"seconds", snn.conversionSeconds},
                                    {"images", snn.conversionImages}, {"threads", threads}}.dump(2) << "\n";
        return;
    }
    std::printf("Converted %s with %lld images from %s, T = %d, scale %.3g, mode %s%s, %d threads, %.1f s\n",
                modelPath.c_str(), (long long)snn.conversionImages, images.source.c_str(), settings.timesteps, settings.scale,
                thresholdModeName(settings.mode), settings.channelWise ? " (channel-wise)" : "", threads, snn.conversionSeconds);
    std::printf("%-16s %12s\n", "layer", settings.channelWise ? "max threshold" : "threshold");
    for (size_t i : snn.spikingLayers())
        std::printf("%-16s %12.4f\n", snn.network.layers[i].path.c_str(), snn.thresholds[i].max().item<double>());
    std::printf("Saved %s\n", o.out.c_str());
}

} // namespace

void addConvertCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<ConvertOptions>();
    CLI::App* cmd = app.add_subcommand("convert", "Convert an ANN to a spiking network by threshold balancing (Algorithm 1)");
    cmd->add_option("--model", o->model, "ANN: TorchScript file or .psnn archive (default: the bundled teacher)");
    cmd->add_option("--images", o->images, std::string("Balancing images (labels are never read): ") + kDataSpecHelp)
        ->capture_default_str();
    cmd->add_option("--count", o->count, "Use a seeded random subset of this many images (0 = all)")
        ->check(wholeFrom(0))
        ->capture_default_str();
    cmd->add_flag("--resize", o->conversion.resize, "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->conversion.grayscale, "Convert an image folder's images to the model's channel count, e.g. colour to grey (refused otherwise)");
    cmd->add_option("-T,--timesteps", o->settings.timesteps, "Time steps (1 to 10000)")->capture_default_str();
    cmd->add_option("--scale", o->settings.scale, "Threshold scale factor (paper: 0.7)")->check(settingRange("conversion.scale"))
        ->capture_default_str();
    cmd->add_option("--mode", o->mode, "Threshold statistic: max (Algorithm 1) or percentile")
        ->check(CLI::IsMember({"max", "percentile"}))->capture_default_str();
    cmd->add_option("--percentile", o->settings.percentile, "Percentile for --mode percentile")->check(settingRange("conversion.percentile"))
        ->capture_default_str();
    cmd->add_flag("--channel-wise", o->settings.channelWise, "One threshold per output channel");
    cmd->add_option("--coding", o->coding, "Input coding: poisson or direct")->check(CLI::IsMember({"poisson", "direct"}))
        ->capture_default_str();
    cmd->add_option("--leak", o->settings.leak, "Membrane leak (1 = IF neuron)")->check(settingRange("conversion.leak"))->capture_default_str();
    cmd->add_option("--batch", o->settings.batchSize, "Images per batch")->capture_default_str();
    cmd->add_option("--seed", o->settings.seed, "Seed for the subset and the Poisson draws")->capture_default_str();
    cmd->add_flag("--naive", o->naive, "Use the O(L^2*T) reference loop (for comparison)");
    cmd->add_option("--out", o->out, "Spiking model archive to write (.psnn)")->required();
    cmd->add_flag(
        "--force", o->force,
        "Replace an existing file at --out even when it is not a file of this kind written by PrivateSNN Lab");
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runConvert(*o, global); });
}

} // namespace psnn::cli
