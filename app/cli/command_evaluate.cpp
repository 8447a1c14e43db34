// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "privatesnn/data_spec.h"
#include "settings_options.h"
#include "snn_import_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/snn_evaluation.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct EvaluateOptions {
    std::string snn;
    std::string data = "fashion-mnist:test";
    int64_t count = 0;
    int64_t timesteps = -1; ///< -1: the model's own T
    int batch = 100;
    uint64_t seed = 0;
    EnergyConstants energy;
    DataConversion conversion;
    NirImportOptions import;
};

/// Steps worth a row in the terminal table: 1, 2, 5, 10, 20, 50 ... and every tenth, plus T.
bool tableRow(int t, int T)
{
    return t == 1 || t == 2 || t == 5 || t % 10 == 0 || t == T;
}

void printText(const SpikingModel& snn, const SnnEvaluation& ev, double annAccuracy, const EnergyReport& energy,
               const Dataset& data)
{
    std::printf("Evaluated on %s: %lld images, T = %d, %.1f s (%.0f images*steps/s)\n", data.source.c_str(),
                (long long)ev.images, ev.timesteps, ev.seconds, double(ev.images) * ev.timesteps / ev.seconds);
    // An imported model has no ANN of its own: its ReLU re-conversion stands in (attack 1's ANN).
    std::printf("%s accuracy %.2f %%, SNN accuracy at T = %d: %.2f %%\n\n",
                snn.importNotes.empty() ? "ANN" : "Re-converted ANN (ReLU in place of the neurons)", annAccuracy * 100,
                ev.timesteps, ev.finalAccuracy() * 100);
    std::printf("%6s %10s\n", "t", "SNN acc %");
    for (int t = 1; t <= ev.timesteps; ++t)
        if (tableRow(t, ev.timesteps))
            std::printf("%6d %10.2f\n", t, ev.accuracyPerStep[size_t(t - 1)] * 100);
    std::printf("\nInput spike rate (events per pixel over T): %.3f\n", ev.inputSpikeRate);
    std::printf("%-16s %14s %14s %14s %14s %14s\n", "layer", "in rate", "out rate", "MACs", "E_ANN (nJ)", "E_SNN (nJ)");
    for (size_t k = 0; k < ev.activity.size(); ++k) {
        const auto& a = ev.activity[k];
        std::printf("%-16s %14.4f %14.4f %14lld %14.3f %14.3f\n", a.path.c_str(), a.inputRate, a.outputRate, (long long)a.macs,
                    energy.layers[k].annPicojoule / 1000, energy.layers[k].snnPicojoule / 1000);
    }
    std::printf("%-16s %14s %14s %14s %14.3f %14.3f\n", "total", "", "", "", energy.annPicojoule / 1000, energy.snnPicojoule / 1000);
    std::printf("E_ANN / E_SNN = %.2fx per image. %s\n", energy.ratio(), energy.convention.c_str());
    if (!snn.importNotes.empty()) {
        std::printf("\nImported with these semantics:\n");
        for (const std::string& line : describeSemantics(snn))
            std::printf("  %s\n", line.c_str());
    }
}

void runEvaluate(const EvaluateOptions& o, const GlobalOptions& global)
{
    const int threads = configureThreads(global.threads);
    if (o.timesteps != -1)
        checkTimesteps(o.timesteps, "-T");
    checkBatchSize(o.batch, "--batch");
    NirImportOptions import = o.import;
    if (o.timesteps != -1)
        import.timesteps = int(o.timesteps);
    const SpikingModel snn = loadAnySpikingModel(o.snn, import);
    const Dataset data = loadDataSpec(o.data, snn.network, o.count, o.seed, o.conversion);
    announceSimulation("The evaluation", estimateSimulation(snn.network, data.size(), snn.timesteps, o.batch), global.quiet,
                       "Use fewer images (--count), a smaller T (-T) or a smaller --batch.");
    const double annAccuracy = evaluateAccuracy(snn.network, data);
    TerminalProgress progress("evaluate", global.quiet);
    const SnnEvaluation ev = evaluateSnn(snn, data, o.batch, o.seed, progress);
    progress.finish();
    const EnergyReport energy = estimateEnergy(snn, ev, o.energy);
    if (!global.json) {
        printText(snn, ev, annAccuracy, energy, data);
        return;
    }
    nlohmann::json layers = nlohmann::json::array();
    const nlohmann::json semantics = describeSemantics(snn);
    for (size_t k = 0; k < ev.activity.size(); ++k) {
        const auto& a = ev.activity[k];
        layers.push_back({{"layer", a.path}, {"input_rate", a.inputRate}, {"output_rate", a.outputRate}, {"macs", a.macs},
                          {"energy_ann_pj", energy.layers[k].annPicojoule}, {"energy_snn_pj", energy.layers[k].snnPicojoule}});
    }
    std::cout << nlohmann::json{{"snn", o.snn},
                                {"dataset", data.source},
                                {"images", ev.images},
                                {"timesteps", ev.timesteps},
                                {"ann_accuracy", annAccuracy},
                                {"snn_accuracy", ev.finalAccuracy()},
                                {"accuracy_per_step", ev.accuracyPerStep},
                                {"input_spike_rate", ev.inputSpikeRate},
                                {"layers", layers},
                                {"energy_ann_pj", energy.annPicojoule},
                                {"energy_snn_pj", energy.snnPicojoule},
                                {"energy_ratio", energy.ratio()},
                                {"energy_convention", energy.convention},
                                {"seconds", ev.seconds},
                                {"threads", threads},
                                {"batch", o.batch},
                                {"semantics", semantics}}
                     .dump(2)
              << "\n";
}

} // namespace

void addEvaluateCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<EvaluateOptions>();
    CLI::App* cmd = app.add_subcommand("evaluate", "Accuracy at every time step, spike rates and energy of a spiking model");
    cmd->add_option("--snn", o->snn, "Spiking model: a .psnn from 'privatesnn convert' or a NIR graph (.nir)")
        ->required();
    cmd->add_option("--data", o->data, std::string("Evaluation set: ") + kDataSpecHelp)->capture_default_str();
    cmd->add_option("--count", o->count, "Use a seeded random subset of this many images (0 = all)")
        ->check(wholeFrom(0))
        ->capture_default_str();
    cmd->add_flag("--resize", o->conversion.resize, "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->conversion.grayscale, "Convert an image folder's images to the model's channel count, e.g. colour to grey (refused otherwise)");
    addLabelOptions(cmd, o->conversion.labels);
    cmd->add_option("-T,--timesteps", o->timesteps, "Simulate this many steps (1 to 10000) instead of the model's T");
    cmd->add_option("--batch", o->batch, "Images per batch")->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed for the subset and the Poisson draws")->capture_default_str();
    cmd->add_option("--e-mac", o->energy.macPicojoule, "Energy of one MAC in pJ (45 nm: 4.6)")
        ->check(positiveFinite())
        ->capture_default_str();
    cmd->add_option("--e-ac", o->energy.acPicojoule, "Energy of one accumulate in pJ (45 nm: 0.9)")
        ->check(positiveFinite())
        ->capture_default_str();
    addSnnImportOptions(cmd, o->import);
    cmd->callback([o, &global] { runEvaluate(*o, global); });
}

} // namespace psnn::cli
