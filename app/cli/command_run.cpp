// SPDX-License-Identifier: GPL-3.0-or-later
// 'privatesnn run': the main job on the bundled default. For now: load the bundled teacher and
// evaluate it on the Fashion-MNIST test set; later steps of the pipeline join here.
#include "commands.h"
#include "terminal_progress.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct RunOptions {
    std::string model;
    std::string dataDir = fashionMnistDir();
};

void runRun(const RunOptions& options, const GlobalOptions& global)
{
    const int threads = configureThreads(global.threads);
    const std::string modelPath = options.model.empty() ? findBundled("models/teacher.psnn") : options.model;
    const Network net = loadNetwork(modelPath);
    const Dataset test = loadFashionMnist(Split::Test, options.dataDir);
    const auto started = std::chrono::steady_clock::now();
    TerminalProgress progress("evaluate", global.quiet);
    const double accuracy = evaluateAccuracy(net, test, 500, progress);
    progress.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (global.json) {
        std::cout << nlohmann::json{{"model", modelPath}, {"dataset", test.source}, {"images", test.size()},
                                    {"ann_accuracy", accuracy}, {"threads", threads}, {"seconds", seconds}}.dump(2)
                  << "\n";
        return;
    }
    std::printf("PrivateSNN Lab %s (%s), %d threads\n", toolVersion().c_str(), libraryVersions().c_str(), threads);
    std::printf("Model:    %s (%s, %lld parameters)\n", modelPath.c_str(), net.info.name.c_str(), (long long)net.parameterCount());
    std::printf("Data:     %s (%lld images)\n", test.source.c_str(), (long long)test.size());
    std::printf("ANN accuracy: %.2f %% (%.1f s)\n", accuracy * 100, seconds);
}

} // namespace

void addRunCommand(CLI::App& app, const GlobalOptions& global)
{
    auto options = std::make_shared<RunOptions>();
    CLI::App* cmd = app.add_subcommand("run", "Run the main job on the bundled default model and Fashion-MNIST");
    cmd->add_option("--model", options->model, "Model archive instead of the bundled teacher");
    cmd->add_option("--data", options->dataDir, "Folder with the Fashion-MNIST IDX files")->capture_default_str();
    cmd->callback([options, &global] { runRun(*options, global); });
}

} // namespace psnn::cli
