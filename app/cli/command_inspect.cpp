// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "snn_import_options.h"

#include "privatesnn/archive.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/network.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

namespace psnn::cli {
namespace {

struct InspectOptions {
    std::string model;
    std::string classNames;
    std::string out;
    bool force = false; ///< --force: replace a file at --out that is not ours
    NirImportOptions import;
    int timesteps = 0; ///< -T of a spiking model (0: its own)
};

/// A NIR graph or a PrivateSNN archive of a spiking model (as opposed to an ANN).
bool isSpikingModelFile(const std::string& path)
{
    if (isNirFile(path))
        return true;
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    return in.read(head, 8) && std::string(head, 8) == "PSNNARC1" && readArchive(path).kind == "snn";
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::string text;
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? "x" : "") + std::to_string(shape[i]);
    return text;
}

void runInspect(const InspectOptions& options, const GlobalOptions& global)
{
    if (!options.out.empty())
        checkOutputPath(options.out, OutputKind::Archive, options.force);
    configureThreads(global.threads);
    const bool spiking = isSpikingModelFile(options.model);
    std::optional<SpikingModel> snn;
    if (spiking) {
        NirImportOptions import = options.import;
        if (options.timesteps > 0)
            import.timesteps = options.timesteps;
        snn = loadAnySpikingModel(options.model, import);
    }
    if (!spiking && options.import.anyGiven())
        throw Error(ErrorCode::InvalidArgument,
                    "'" + options.model + "' is an ANN, and the NIR import options apply to spiking models only.",
                    "Leave out --reset, --input-coding, --readout, --dt, --input-mean, --input-std and --input-shape.");
    Network net = snn ? snn->network : loadAnyModel(options.model);
    if (!options.classNames.empty())
        applyClassNames(net, parseClassNames(options.classNames));
    if (!options.out.empty()) {
        if (net.info.sourceSha256.empty())
            net.info.sourceSha256 = sha256File(options.model);
        if (net.info.sourceFile.empty())
            net.info.sourceFile = options.model;
        if (snn) {
            snn->network.info = net.info;
            saveSpikingModel(options.out, *snn);
        } else {
            saveNetwork(options.out, net);
        }
        if (!global.quiet && !global.json)
            std::printf("Saved %s\n", options.out.c_str());
    }
    const auto rows = net.summarize();
    int64_t totalMacs = 0;
    for (const auto& row : rows)
        totalMacs += row.macs;
    if (global.json) {
        nlohmann::json layers = nlohmann::json::array();
        for (const auto& row : rows)
            layers.push_back({{"path", row.path}, {"kind", row.kind}, {"output_shape", row.outputShape},
                              {"parameters", row.parameters}, {"macs", row.macs}});
        nlohmann::json out = {{"model", options.model}, {"name", net.info.name}, {"classes", net.info.classNames},
                              {"input", {net.input.channels, net.input.height, net.input.width}}, {"layers", layers},
                              {"parameters", net.parameterCount()}, {"macs", totalMacs}};
        if (net.info.testAccuracy)
            out["test_accuracy"] = *net.info.testAccuracy;
        if (snn) {
            out["spiking"] = true;
            out["timesteps"] = snn->timesteps;
            out["semantics"] = describeSemantics(*snn);
        }
        std::cout << out.dump(2) << "\n";
        return;
    }
    std::printf("%s %s (%s)\n", snn ? "Spiking model" : "Model", options.model.c_str(), net.info.name.c_str());
    std::printf("Input %lldx%lldx%lld, %lld classes\n", (long long)net.input.channels, (long long)net.input.height,
                (long long)net.input.width, (long long)net.numClasses());
    std::printf("%-16s %-10s %-12s %12s %14s\n", "layer", "kind", "output", "parameters", "MACs");
    for (const auto& row : rows)
        std::printf("%-16s %-10s %-12s %12lld %14lld\n", row.path.c_str(), row.kind.c_str(), shapeText(row.outputShape).c_str(),
                    (long long)row.parameters, (long long)row.macs);
    std::printf("%-16s %-10s %-12s %12lld %14lld\n", "total", "", "", (long long)net.parameterCount(), (long long)totalMacs);
    if (!net.info.classNames.empty()) {
        std::printf("Classes:");
        for (const auto& name : net.info.classNames)
            std::printf(" %s;", name.c_str());
        std::printf("\n");
    }
    if (net.info.testAccuracy)
        std::printf("Recorded test accuracy: %.2f %% on %s\n", *net.info.testAccuracy * 100, net.info.testDataset.c_str());
    if (!net.info.sourceSha256.empty())
        std::printf("Source SHA-256: %s\n", net.info.sourceSha256.c_str());
    if (snn) {
        // What the simulation assumes, and where each assumption came from (file, flag or default).
        std::printf("Semantics:\n");
        for (const std::string& line : describeSemantics(*snn))
            std::printf("  %s\n", line.c_str());
    }
}

} // namespace

void addInspectCommand(CLI::App& app, const GlobalOptions& global)
{
    auto options = std::make_shared<InspectOptions>();
    CLI::App* cmd = app.add_subcommand("inspect", "Print a model's layers, output shapes, parameter counts and MACs");
    cmd->add_option("model", options->model,
                    "An ANN (TorchScript, ONNX or .psnn) or a spiking model (NIR graph or .psnn)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("-T,--timesteps", options->timesteps,
                    "A NIR graph's simulation length (default: its metadata, else 100)")
        ->check(CLI::Range(1, 10000));
    addSnnImportOptions(cmd, options->import);
    cmd->add_option("--class-names", options->classNames, "Name the model's classes: a,b,... or a file with one name per line");
    cmd->add_option(
        "--out", options->out,
        "Save the model (with these names; a NIR graph with its semantics) as a PrivateSNN archive (.psnn)");
    cmd->add_flag(
        "--force", options->force,
        "Replace an existing file at --out even when it is not a file of this kind written by PrivateSNN Lab");
    cmd->callback([options, &global] { runInspect(*options, global); });
}

} // namespace psnn::cli
