// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"
#include "privatesnn/vgg.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct TrainOptions {
    std::string preset = "teacher";
    std::string layers;
    std::string out;
    bool force = false; ///< --force: replace a file at --out that is not ours
    std::string data = "fashion-mnist";
    std::string classNames;
    std::string half; ///< "", "a" or "b": one of two disjoint halves of the training split
    AnnTrainConfig config;
};

/// The training and test specs of --data: a spec without its split (fashion-mnist, idx:DIR,
/// mnist:DIR, fashion-mnist:DIR) or a plain IDX folder. A folder gets Fashion-MNIST's class names
/// only when it is Fashion-MNIST's own folder; any other takes DIR/classes.txt or digits.
std::pair<std::string, std::string> trainTestSpecs(const std::string& data)
{
    std::string base = data;
    if (data.find(':') == std::string::npos && data != "fashion-mnist") {
        std::error_code ec;
        const bool fashion = std::filesystem::equivalent(data, fashionMnistDir(), ec);
        base = (fashion ? "fashion-mnist:" : "idx:") + data;
    }
    return {base + ":train", base + ":test"};
}

void runTrain(const TrainOptions& options, const GlobalOptions& global)
{
    checkOutputPath(options.out, OutputKind::Archive, options.force); // before hours of training, not after
    const int threads = configureThreads(global.threads);
    VggConfig vgg = vggPreset(options.preset);
    if (!options.layers.empty())
        vgg.features = parseVggFeatures(options.layers);
    vgg.seed += options.config.seed;
    const auto [trainSpec, testSpec] = trainTestSpecs(options.data);
    Network shape = makeVgg(vgg); // only tells image folders the size to resize to
    DataConversion sizeOnly;
    sizeOnly.sizeOnly = true;
    Dataset train = loadDataSpec(trainSpec, shape, 0, 0, sizeOnly);
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
    const Dataset test = loadDataSpec(testSpec, shape, 0, 0, sizeOnly);
    // The network takes the data's image shape and class count, so any IDX set trains.
    vgg.input.channels = train.images.size(1);
    vgg.input.height = train.images.size(2);
    vgg.input.width = train.images.size(3);
    vgg.classes = int(std::max<int64_t>(int64_t(train.classNames.size()), train.labels.max().item<int64_t>() + 1));
    Network net = makeVgg(vgg);
    net.info.classNames = train.classNames;
    net.info.classNames.resize(size_t(vgg.classes));
    for (size_t k = train.classNames.size(); k < net.info.classNames.size(); ++k)
        net.info.classNames[k] = "class " + std::to_string(k);
    if (!options.classNames.empty())
        applyClassNames(net, parseClassNames(options.classNames));
    if (!global.quiet)
        std::fprintf(stderr, "Training '%s' (%lld parameters) on %lld images of %s, %d epochs, %d threads\n", vgg.name.c_str(),
                     (long long)net.parameterCount(), (long long)train.size(), train.source.c_str(), options.config.epochs, threads);
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
    net.info.testDataset = testSpec + " (" + std::to_string(test.size()) + " images)";
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
    CLI::App* cmd = app.add_subcommand("train-ann", "Train a VGG-style ANN on an IDX data set, Fashion-MNIST by default (the bundled teacher and judge)");
    cmd->add_option("--preset", options->preset, "Network shape: teacher or judge")->check(CLI::IsMember({"teacher", "judge"}))
        ->capture_default_str();
    cmd->add_option("--layers", options->layers, "Override the conv layers, e.g. 32,32,A,64,64,A");
    cmd->add_option("--out", options->out, "Archive to write (.psnn)")->required();
    cmd->add_flag(
        "--force", options->force,
        "Replace an existing file at --out even when it is not a file of this kind written by PrivateSNN Lab");
    cmd->add_option("--data", options->data,
                    "Training and test data: fashion-mnist, fashion-mnist:DIR, idx:DIR, mnist:DIR or an IDX folder (both splits)")
        ->capture_default_str();
    cmd->add_option("--class-names", options->classNames,
                    "Name the classes (default: the data's names): a,b,... or a file with one name per line");
    cmd->add_option("--half", options->half, "Train on one of two disjoint halves of the training split (a or b)")
        ->check(CLI::IsMember({"a", "b"}));
    cmd->add_option("--epochs", options->config.epochs, "Epochs")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--batch", options->config.batchSize, "Batch size")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--lr", options->config.learningRate, "AdamW learning rate (cosine decay)")
        ->check(positiveFinite())
        ->capture_default_str();
    cmd->add_option("--seed", options->config.seed, "Random seed")->capture_default_str();
    cmd->callback([options, &global] { runTrain(*options, global); });
}

} // namespace psnn::cli
