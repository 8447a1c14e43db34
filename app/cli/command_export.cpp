// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn export: a converted or encrypted SNN as NIR or TorchScript, or an ANN (the teacher,
// or the SNN re-converted to the ANN attack 1 starts from) as TorchScript.
#include "commands.h"
#include "snn_import_options.h"

#include "privatesnn/attacks.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/export_torchscript.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct ExportOptions {
    std::string snn;
    std::string ann;
    std::string format;
    std::string out;
    std::string classNames;
    bool sumPool = false;
    bool force = false; ///< --force: replace a file at --out that is not ours
    bool reconvertedAnn = false;
    NirImportOptions import;
};

void runExport(const ExportOptions& o, const GlobalOptions& global)
{
    checkOutputPath(o.out, o.format == "nir" ? OutputKind::Nir : OutputKind::TorchScript, o.force);
    configureThreads(global.threads);
    if (o.snn.empty() == o.ann.empty())
        throw Error(ErrorCode::InvalidArgument, "Give exactly one model: --snn for a spiking model or --ann for an ANN.",
                    "For example: privatesnn export --snn snn.psnn --format nir --out snn.nir");
    if (o.reconvertedAnn && o.snn.empty())
        throw Error(ErrorCode::InvalidArgument, "--reconverted-ann re-converts a spiking model, but no --snn was given.",
                    "Give the spiking model: privatesnn export --snn snn.psnn --format torchscript --reconverted-ann --out ann.pt");
    if (o.sumPool && o.format != "nir")
        throw Error(ErrorCode::InvalidArgument, "--sum-pool changes how NIR writes pooling; it has no meaning for " + o.format + ".",
                    "Leave out --sum-pool, or export with --format nir.");
    nlohmann::json result{{"out", o.out}, {"format", o.format}};
    std::vector<std::string> warnings;
    std::string what;
    if (!o.snn.empty() && !o.reconvertedAnn) {
        SpikingModel snn = loadAnySpikingModel(o.snn, o.import);
        if (!o.classNames.empty())
            applyClassNames(snn.network, parseClassNames(o.classNames));
        if (o.format == "nir") {
            NirExportOptions options;
            options.sumPool = o.sumPool;
            const NirExportResult r = exportNir(snn, o.out, options);
            warnings = r.warnings;
            result["nodes"] = r.nodes;
        } else {
            exportSnnTorchScript(snn, o.out);
        }
        what = "spiking model " + o.snn + " (T = " + std::to_string(snn.timesteps) + ", " + codingName(snn.coding) + " coding)";
        result["timesteps"] = snn.timesteps;
        result["coding"] = codingName(snn.coding);
        result["class_names"] = snn.network.info.classNames;
    } else {
        if (o.format == "nir")
            throw Error(ErrorCode::Unsupported, "NIR export writes spiking networks; an ANN has no neurons NIR can describe.",
                        "Export the ANN with --format torchscript, or convert it first and export the .psnn SNN.");
        Network net = o.reconvertedAnn ? reconvertToAnn(loadAnySpikingModel(o.snn, o.import)) : loadAnyModel(o.ann);
        if (!o.classNames.empty())
            applyClassNames(net, parseClassNames(o.classNames));
        exportNetworkTorchScript(net, o.out);
        what = o.reconvertedAnn ? "the ANN re-converted from " + o.snn + " (attack 1's starting point)" : "ANN " + o.ann;
        result["class_names"] = net.info.classNames;
    }
    for (const auto& warning : warnings)
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
    result["warnings"] = warnings;
    if (global.json)
        std::cout << result.dump(2) << "\n";
    else
        std::printf("Exported %s as %s to %s\n", what.c_str(), o.format == "nir" ? "NIR" : "TorchScript", o.out.c_str());
}

} // namespace

void addExportCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write a spiking model as NIR (.nir) or TorchScript, or an ANN as TorchScript");
    cmd->add_option("--snn", o->snn, "Converted, encrypted or imported spiking model (.psnn, or a NIR graph)")
        ->check(CLI::ExistingFile);
    addSnnImportOptions(cmd, o->import);
    cmd->add_option("--ann", o->ann, "ANN to export as TorchScript: .psnn archive or TorchScript file")->check(CLI::ExistingFile);
    cmd->add_option("--format", o->format, "nir (HDF5 graph for snnTorch, Norse, Sinabs, ...) or torchscript (torch.jit.load)")
        ->required()->check(CLI::IsMember({"nir", "torchscript"}));
    cmd->add_option("--out", o->out, "File to write")->required();
    cmd->add_flag(
        "--force", o->force,
        "Replace an existing file at --out even when it is not a file of this kind written by PrivateSNN Lab");
    cmd->add_flag("--sum-pool", o->sumPool,
                  "NIR: write average pooling as SumPool2d with 1/k^2 folded into the next layer (read by Sinabs, Norse, Lava)");
    cmd->add_flag("--reconverted-ann", o->reconvertedAnn,
                  "With --snn: export the ANN re-converted from it (IF -> ReLU, attack 1's starting point) instead");
    cmd->add_option("--class-names", o->classNames, "Class names to write: a,b,... or a file with one name per line");
    cmd->callback([o, &global] { runExport(*o, global); });
}

} // namespace psnn::cli
