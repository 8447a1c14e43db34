// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "terminal_progress.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/runtime.h"
#include "privatesnn/vgg.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ATen/ATen.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct TrainOptions {
    std::string preset = "teacher";
    std::string layers;
    std::string out;
    std::string dataDir = fashionMnistDir();
    std::string half; ///< "", "a" or "b": one of two disjoint halves of the training split
    AnnTrainConfig config;
};

void runTrain(const TrainOptions& options, const GlobalOptions& global)
{
    const int threads = configureThreads(global.threads);
    VggConfig vgg = vggPreset(options.preset);
    if (!options.layers.empty())
        vgg.features = parseVggFeatures(options.layers);
    vgg.seed += options.config.seed;
    Dataset train = loadFashionMnist(Split::Train, options.dataDir);
    if (!options.half.empty()) {
        // A fixed permutation (seed 0, whatever --seed is), so halves a and b never share an image.
        at::Generator gen = at::detail::createCPUGenerator(0);
        const at::Tensor order = at::randperm(train.size(), gen);
        const int64_t mid = train.size() / 2;
        const at::Tensor pick = options.half == "a" ? order.slice(0, 0, mid) : order.slice(0, mid);
        train.images = train.images.index_select(0, pick);
        train.labels = train.labels.index_select(0, pick);
        train.source += " (half " + options.half + ")";
    }
    const Dataset test = loadFashionMnist(Split::Test, options.dataDir);
    Network net = makeVgg(vgg);
    net.info.classNames = train.classNames;
    if (!global.quiet)
        std::fprintf(stderr, "Training '%s' (%lld parameters) on %lld Fashion-MNIST images, %d epochs, %d threads\n",
                     vgg.name.c_str(), (long long)net.parameterCount(), (long long)train.size(), options.config.epochs, threads);
    const auto started = std::chrono::steady_clock::now();
    TerminalProgress progress("train-ann", global.quiet);
    // Per-epoch lines survive in logs; the bar shows the batches in between.
    struct EpochPrinter : ProgressSink {
        TerminalProgress& bar;
        bool quiet;
        EpochPrinter(TerminalProgress& b, bool q) : bar(b), quiet(q) {}
        void report(double f, const std::string& m) override { bar.report(f, m); }
        bool cancelled() const override { return bar.cancelled(); }
        void metric(const std::string& series, double x, double y) override
        {
            if (series == "test_accuracy" && !quiet) {
                bar.finish();
                std::fprintf(stderr, "epoch %d: test accuracy %.2f %%\n", int(x), y * 100);
            }
        }
    } sink(progress, global.quiet);
    const auto history = trainAnn(net, train, &test, options.config, sink);
    progress.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double accuracy = history.back().testAccuracy;
    net.info.created = utcNowIso8601();
    net.info.toolVersion = toolVersion();
    net.info.testAccuracy = accuracy;
    net.info.testDataset = "Fashion-MNIST test (10,000 images)";
    net.info.notes = "Trained by 'privatesnn train-ann --preset " + options.preset
        + (options.layers.empty() ? std::string() : " --layers " + options.layers)
        + (options.half.empty() ? std::string() : " --half " + options.half) + "', seed " + std::to_string(options.config.seed)
        + ", " + std::to_string(options.config.epochs) + " epochs, " + std::to_string(threads) + " threads, "
        + std::to_string(int(seconds)) + " s.";
    saveNetwork(options.out, net);
    if (global.json) {
        nlohmann::json epochs = nlohmann::json::array();
        for (const auto& e : history)
            epochs.push_back({{"epoch", e.epoch}, {"train_loss", e.trainLoss}, {"train_accuracy", e.trainAccuracy},
                              {"test_accuracy", e.testAccuracy}, {"seconds", e.seconds}});
        std::cout << nlohmann::json{{"out", options.out}, {"test_accuracy", accuracy}, {"seconds", seconds}, {"epochs", epochs}}.dump(2)
                  << "\n";
    } else {
        std::printf("Saved %s: test accuracy %.2f %% after %d epochs in %.0f s\n", options.out.c_str(), accuracy * 100,
                    options.config.epochs, seconds);
    }
}

} // namespace

void addTrainAnnCommand(CLI::App& app, const GlobalOptions& global)
{
    auto options = std::make_shared<TrainOptions>();
    CLI::App* cmd = app.add_subcommand("train-ann", "Train a VGG-style ANN on Fashion-MNIST (the bundled teacher and judge)");
    cmd->add_option("--preset", options->preset, "Network shape: teacher or judge")->check(CLI::IsMember({"teacher", "judge"}))
        ->capture_default_str();
    cmd->add_option("--layers", options->layers, "Override the conv layers, e.g. 32,32,A,64,64,A");
    cmd->add_option("--out", options->out, "Archive to write (.psnn)")->required();
    cmd->add_option("--data", options->dataDir, "Folder with the Fashion-MNIST IDX files")->capture_default_str();
    cmd->add_option("--half", options->half, "Train on one of two disjoint halves of the training split (a or b)")
        ->check(CLI::IsMember({"a", "b"}));
    cmd->add_option("--epochs", options->config.epochs, "Epochs")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--batch", options->config.batchSize, "Batch size")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--lr", options->config.learningRate, "AdamW learning rate (cosine decay)")->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--seed", options->config.seed, "Random seed")->capture_default_str();
    cmd->callback([options, &global] { runTrain(*options, global); });
}

} // namespace psnn::cli
