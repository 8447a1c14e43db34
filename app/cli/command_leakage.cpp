// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn leakage: Table 3 of the paper (attacks 1 and 2, with and without encryption) scored with
// FID, KID and an independent judge, plus the Fig. 6 style image grid.
#include "attack_options.h"
#include "commands.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/model_validation.h"
#include "settings_options.h"
#include "snn_import_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/leakage_metrics.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/synthesis.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct LeakageOptions {
    std::string ann, snn, encrypted, judge, inception, grid = "leakage_grid.png";
    std::string data = "fashion-mnist:test";
    NirImportOptions import;
    int64_t count = 0;
    std::vector<int64_t> classes;
    int restarts = 3;
    int iterations = 150;
    int iterations2 = 0;
    int timesteps = 0;
    int kidSubsets = 100;
    uint64_t seed = 0;
    bool strong = false;
    bool skipAttack2 = false;
    bool readable = false;
    std::string synthetic;
    DataConversion conversion;
    SetOptions set{{}, {"leakage."}, "leakage"};
};

nlohmann::json scoreJson(const LeakageScore& s)
{
    nlohmann::json j{{"images", s.images}, {"fid", s.fid}, {"kid", s.kid.mean}, {"kid_std", s.kid.std},
                     {"kid_subset_size", s.kid.subsetSize}, {"kid_subsets", s.kid.subsets}};
    if (s.judge) {
        nlohmann::json perClass = nlohmann::json::object();
        for (size_t k = 0; k < s.judge->classes.size(); ++k)
            perClass[std::to_string(s.judge->classes[k])] = s.judge->perClassAccuracy[k];
        j["judge_accuracy"] = s.judge->accuracy;
        j["judge_confidence"] = s.judge->meanConfidence;
        j["judge_accuracy_per_class"] = perClass;
    }
    return j;
}

const LeakageRow* findRow(const LeakageStudy& study, const std::string& attack, const std::string& target)
{
    for (const LeakageRow& row : study.rows)
        if (row.attack == attack && row.target == target)
            return &row;
    return nullptr;
}

std::string cellText(const LeakageRow* row)
{
    if (!row)
        return "-";
    char text[96];
    const LeakageScore& s = row->score;
    if (s.judge)
        std::snprintf(text, sizeof text, "%.1f / %.3f / %.0f%%", s.fid, s.kid.mean, s.judge->accuracy * 100);
    else
        std::snprintf(text, sizeof text, "%.1f / %.3f", s.fid, s.kid.mean);
    return text;
}

void printText(const LeakageStudy& study, bool haveJudge)
{
    std::printf("Features: %s; reference: %lld real images; KID = mean over subsets (+- std); judge = share of images the "
                "judge puts in the target class\n\n",
                study.featureName.c_str(), (long long)study.referenceImages);
    std::printf("%-10s %-15s %7s %10s %18s %10s %10s %8s\n", "attack", "target", "images", "FID", "KID (+- std)", "judge %",
                "judge conf", "time s");
    for (const LeakageRow& row : study.rows) {
        const LeakageScore& s = row.score;
        char kid[40];
        std::snprintf(kid, sizeof kid, "%.4f +- %.4f", s.kid.mean, s.kid.std);
        std::printf("%-10s %-15s %7lld %10.2f %18s", row.attack.c_str(), row.target.c_str(), (long long)s.images, s.fid, kid);
        if (s.judge)
            std::printf(" %10.1f %10.3f", s.judge->accuracy * 100, s.judge->meanConfidence);
        else
            std::printf(" %10s %10s", "-", "-");
        std::printf(" %8.1f\n", row.result.seconds);
    }
    std::printf("\nTable 3 form (FID / KID%s; lower FID and KID, higher judge = more class leakage):\n",
                haveJudge ? " / judge accuracy" : "");
    std::printf("%-22s %-30s %-30s\n", "", "w/o encryption", "w/ encryption");
    const std::pair<const char*, const char*> attacks[] = {{"attack 1", "attack 1 (re-convert)"},
                                                           {"attack 2", "attack 2 (SNN direct)"},
                                                           {"attack 3", "attack 3 (readable)"}};
    for (const auto& [attack, title] : attacks)
        if (findRow(study, attack, "SNN") || findRow(study, attack, "encrypted SNN")
            || std::string(attack) != "attack 3")
            std::printf("%-22s %-30s %-30s\n", title, cellText(findRow(study, attack, "SNN")).c_str(),
                        cellText(findRow(study, attack, "encrypted SNN")).c_str());
    std::printf("%-22s %-30s\n", "ANN reference (Fig. 2)", cellText(findRow(study, "attack 1", "ANN")).c_str());
    std::printf("%-22s %-30s\n", "real images (floor)", cellText(findRow(study, "reference", "real images")).c_str());
    std::printf("%-22s %-30s\n", "initial noise", cellText(findRow(study, "reference", "initial noise")).c_str());
    std::printf("\nTotal %.1f s\n", study.seconds);
}

/// The options' attack settings with --set on top.
LeakageStudyConfig configFrom(const LeakageOptions& o)
{
    LeakageStudyConfig config;
    config.attack1 = o.strong ? strongAttackConfig(1) : paperAttackConfig(1);
    config.attack2 = o.strong ? strongAttackConfig(2) : paperAttackConfig(2);
    for (AttackConfig* c : {&config.attack1, &config.attack2, &config.attack3}) {
        c->classes = o.classes;
        c->restarts = o.restarts;
        c->seed = o.seed;
        c->timesteps = o.timesteps;
    }
    config.attack1.iterations = o.iterations;
    config.attack3.iterations = o.iterations;
    config.runAttack3 = o.readable;
    config.attack2.iterations = o.iterations2 > 0 ? o.iterations2 : o.iterations;
    config.runAttack2 = !o.skipAttack2;
    config.kidSubsets = o.kidSubsets;
    config.seed = o.seed;
    PipelineConfig p;
    p.leakage = config;
    LeakageStudyConfig out = applySetOptions(p, o.set).leakage;
    for (AttackConfig* c : {&out.attack1, &out.attack3}) {
        if (!usesSyntheticImages(*c))
            continue;
        if (o.synthetic.empty())
            throw Error(ErrorCode::InvalidArgument,
                        "The feature-statistics prior and the surrogate attacker need the lab's "
                        "synthetic images.",
                        "Pass --synthetic with a lab's synthetic.psnn or a folder from 'privatesnn synthesize'.");
        c->syntheticImages = (std::filesystem::is_directory(o.synthetic) ? loadSyntheticSet(o.synthetic)
                                                                         : loadSyntheticArchive(o.synthetic))
                                 .images;
    }
    return out;
}

void runLeakage(const LeakageOptions& o, const GlobalOptions& global)
{
    const LeakageStudyConfig config = configFrom(o);
    const int threads = configureThreads(global.threads);
    if (o.timesteps != 0)
        checkTimesteps(o.timesteps, "-T");
    std::optional<Network> ann;
    std::optional<SpikingModel> snn, encrypted;
    if (!o.ann.empty())
        ann = loadAnyModel(o.ann);
    if (!o.snn.empty())
        snn = loadAnySpikingModel(o.snn, o.import);
    if (!o.encrypted.empty())
        encrypted = loadAnySpikingModel(o.encrypted, o.import);
    const Network* shape = ann ? &*ann : snn ? &snn->network : encrypted ? &encrypted->network : nullptr;
    if (!shape)
        throw Error(ErrorCode::InvalidArgument, "Nothing to attack: give --ann, --snn and/or --encrypted.");
    const std::optional<Network> judge = loadJudge(o.judge, false);
    if (!judge && o.inception.empty())
        throw Error(ErrorCode::FileNotFound, "No judge network: it supplies the features for FID/KID and the judge accuracy.",
                    "Pass --judge (e.g. a model from 'privatesnn train-ann --preset judge') or --inception FILE.");
    const Dataset reference = loadDataSpec(o.data, *shape, o.count, o.seed, o.conversion);
    const std::unique_ptr<FeatureExtractor> features = o.inception.empty()
        ? penultimateFeatures(*judge, "judge penultimate layer", &shape->input)
        : inceptionFeatures(o.inception, shape->input);

    LeakageStudyInputs inputs;
    inputs.ann = ann ? &*ann : nullptr;
    inputs.snn = snn ? &*snn : nullptr;
    inputs.encrypted = encrypted ? &*encrypted : nullptr;
    inputs.judge = judge ? &*judge : nullptr;
    inputs.features = features.get();
    inputs.reference = &reference;
    TerminalProgress progress("leakage", global.quiet);
    const LeakageStudy study = runLeakageStudy(inputs, config, progress);
    progress.finish();

    std::vector<int64_t> classes = config.attack1.classes;
    if (classes.empty())
        for (int64_t c = 0; c < shape->numClasses(); ++c)
            classes.push_back(c);
    if (!o.grid.empty())
        saveAttackGrid(o.grid, leakageGridColumns(study), classes, shape->info.classNames, shape->input);

    if (global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const LeakageRow& row : study.rows)
            rows.push_back({{"attack", row.attack}, {"target", row.target}, {"method", row.result.method},
                            {"seconds", row.result.seconds}, {"score", scoreJson(row.score)}});
        std::cout << nlohmann::json{{"features", study.featureName},
                                    {"reference", reference.source},
                                    {"reference_images", study.referenceImages},
                                    {"rows", rows},
                                    {"grid", o.grid},
                                    {"restarts", config.attack1.restarts},
                                    {"iterations", config.attack1.iterations},
                                    {"iterations_attack2", config.attack2.iterations},
                                    {"strong", o.strong},
                                    {"readable", config.runAttack3},
                                    {"seconds", study.seconds},
                                    {"threads", threads}}
                         .dump(2)
                  << "\n";
        return;
    }
    printText(study, judge.has_value());
    if (!o.grid.empty())
        std::printf("Grid (rows = classes; columns = real | ANN | attack 1 w/o | w/ | attack 2 w/o | w/%s): %s\n",
                    config.runAttack3 ? " | attack 3 w/o | w/" : "", o.grid.c_str());
}

} // namespace

void addLeakageCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<LeakageOptions>();
    CLI::App* cmd = app.add_subcommand("leakage", "Class-leakage table (paper Table 3): attacks 1 and 2 scored by FID, KID "
                                                  "and an independent judge, plus an image grid (Fig. 6)");
    cmd->add_option("--ann", o->ann, "The original ANN (reference row; TorchScript or .psnn)");
    cmd->add_option("--snn", o->snn, "Converted (or imported: NIR graph) spiking model without encryption");
    cmd->add_option("--encrypted", o->encrypted, "Spiking model after encryption training");
    addSnnImportOptions(cmd, o->import);
    cmd->add_option("--judge", o->judge, "Independent classifier: features for FID/KID and judge accuracy "
                                         "(default: the bundled judge)");
    cmd->add_option("--inception", o->inception, "Inception-V3 TorchScript for FID/KID features instead of the judge's");
    cmd->add_option("--data", o->data, std::string("Real reference images: ") + kDataSpecHelp)->capture_default_str();
    cmd->add_option("--count", o->count, "Use a seeded random subset of this many reference images (0 = all)")
        ->check(wholeFrom(0))
        ->capture_default_str();
    cmd->add_flag("--resize", o->conversion.resize, "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->conversion.grayscale, "Convert an image folder's images to the model's channel count, e.g. colour to grey (refused otherwise)");
    addLabelOptions(cmd, o->conversion.labels);
    cmd->add_option("--classes", o->classes, "Target classes, e.g. 0,3,7 (default: all)")->delimiter(',');
    cmd->add_option("--restarts", o->restarts, "Images per class and attack")->check(settingRange("leakage.attack1.restarts"))->capture_default_str();
    cmd->add_option("--iterations", o->iterations, "Iterations of attack 1")->check(settingRange("leakage.attack1.iterations"))->capture_default_str();
    cmd->add_option("--iterations2", o->iterations2, "Iterations of attack 2 (default: as attack 1)")
        ->check(settingRange("leakage.attack2.iterations"));
    cmd->add_option("-T,--timesteps", o->timesteps, "Attack 2 time steps (default: the model's T)");
    cmd->add_flag("--strong", o->strong, "Stronger attacker (priors, blur, best-of-4 selection) for both attacks");
    cmd->add_flag("--no-attack2", o->skipAttack2, "Skip attack 2 (the slow one)");
    cmd->add_option("--synthetic", o->synthetic,
                    "Synthetic images (a lab's synthetic.psnn or a folder from 'privatesnn "
                    "synthesize') for the feature_stats prior and the surrogate attacker");
    cmd->add_flag("--readable", o->readable,
                  "Also run attack 3, the readable preset: attack 1 with natural-image priors "
                  "(jitter, zoom, rotation, Fourier parametrisation, TV and L2)");
    cmd->add_option("--kid-subsets", o->kidSubsets, "Random subsets KID averages over")->check(settingRange("leakage.kid_subsets"))
        ->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed for noise, Poisson draws and subsets")->capture_default_str();
    cmd->add_option("--grid", o->grid, "PNG to write the image grid to (empty = none)")->capture_default_str();
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runLeakage(*o, global); });
}

} // namespace psnn::cli
