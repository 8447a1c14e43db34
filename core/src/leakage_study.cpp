// SPDX-License-Identifier: GPL-3.0-or-later
// Table 3 of the paper: attacks 1 and 2 (and the readable attack 3) against the plain and the encrypted
// SNN, plus reference rows.
#include "privatesnn/leakage_metrics.h"

#include "attack_common.h"

#include "privatesnn/attack_grid.h"
#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>
#include <numeric>

namespace psnn {
namespace {

/// Maps one stage's [0, 1] progress into [begin, end) of the whole study.
struct Stage {
    std::string attack, target;
    std::function<AttackResult(ProgressSink&)> run;
    double weight; // rough relative cost, for the progress bar only
};

std::vector<int64_t> targetClasses(const AttackConfig& c, int64_t numClasses)
{
    if (!c.classes.empty())
        return c.classes;
    std::vector<int64_t> all(static_cast<size_t>(numClasses));
    std::iota(all.begin(), all.end(), int64_t(0));
    return all;
}

} // namespace

LeakageStudy runLeakageStudy(const LeakageStudyInputs& in, const LeakageStudyConfig& config, ProgressSink& progress)
{
    if (!in.features || !in.reference || in.reference->size() == 0)
        throw Error(ErrorCode::InvalidArgument, "A leakage study needs a feature network and a non-empty set of real images.",
                    "Pass the test split as the reference set.");
    const Network* shape = in.ann ? in.ann : in.snn ? &in.snn->network : in.encrypted ? &in.encrypted->network : nullptr;
    if (!shape)
        throw Error(ErrorCode::InvalidArgument, "A leakage study needs at least one model to attack.",
                    "Give the ANN, the converted SNN or the encrypted SNN.");
    const auto started = std::chrono::steady_clock::now();
    const Dataset& ref = *in.reference;
    if (ref.images.size(1) != shape->input.channels || ref.images.size(2) != shape->input.height
        || ref.images.size(3) != shape->input.width)
        throw Error(ErrorCode::ShapeMismatch, "The reference images do not match the attacked model's input size.",
                    "Use the data set the model was trained on.");

    // Each stage's share of the step follows its cost: an attack 1 or 3 iteration is one forward and
    // backward pass of an ANN, an attack 2 iteration one through T time steps of the SNN, which costs
    // about T of them (measured on the demo with 2 cores: attack 1 0.32 s per iteration, attack 2 at
    // T = 30 8.9 s). Weights that ignored the iterations gave attack 1 under 1 % of the bar while it
    // ran for minutes, and the time estimate read hours.
    const auto iterations = [](const AttackConfig& c) { return double(std::max(1, c.iterations)); };
    const double w1 = iterations(config.attack1);
    std::vector<Stage> stages;
    if (config.runAttack1) {
        if (in.ann)
            stages.push_back({"attack 1", "ANN",
                              [&](ProgressSink& p) { return classRepresentation(*in.ann, config.attack1, p); }, w1});
        if (in.snn)
            stages.push_back({"attack 1", "SNN",
                              [&](ProgressSink& p) { return attackReconverted(*in.snn, config.attack1, p); }, w1});
        if (in.encrypted)
            stages.push_back({"attack 1", "encrypted SNN",
                              [&](ProgressSink& p) { return attackReconverted(*in.encrypted, config.attack1, p); },
                              w1});
    }
    if (config.runAttack2) {
        const double w = iterations(config.attack2) * (config.attack2.timesteps > 0 ? config.attack2.timesteps : 30);
        if (in.snn)
            stages.push_back({"attack 2", "SNN", [&](ProgressSink& p) { return attackSnnDirect(*in.snn, config.attack2, p); }, w});
        if (in.encrypted)
            stages.push_back({"attack 2", "encrypted SNN",
                              [&](ProgressSink& p) { return attackSnnDirect(*in.encrypted, config.attack2, p); }, w});
    }
    if (config.runAttack3) {
        // The readable preset runs on attack 1's re-conversion: only the spiking models are its targets.
        // Copied into the stages (captured by value): they run after this block has ended.
        auto readable = [&config](const SpikingModel& model, ProgressSink& p) {
            AttackResult r = attackReconverted(model, config.attack3, p);
            r.method = "attack 3 (readable: " + r.method.substr(r.method.find('(') + 1);
            return r;
        };
        if (in.snn)
            stages.push_back({"attack 3", "SNN", [&in, readable](ProgressSink& p) { return readable(*in.snn, p); },
                              iterations(config.attack3)});
        if (in.encrypted)
            stages.push_back({"attack 3", "encrypted SNN",
                              [&in, readable](ProgressSink& p) { return readable(*in.encrypted, p); },
                              iterations(config.attack3)});
    }
    double total = 0;
    for (const Stage& s : stages)
        total += s.weight;

    // Hold out real images, as many per class as an attack makes, for the "real images" floor row.
    const AttackConfig& first = config.runAttack1 || (!config.runAttack2 && !config.runAttack3) ? config.attack1
        : config.runAttack2                                                                     ? config.attack2
                                                                                                : config.attack3;
    const std::vector<int64_t> classes = targetClasses(first, shape->numClasses());
    at::Generator gen = at::detail::createCPUGenerator(config.seed);
    const at::Tensor order = at::randperm(ref.size(), gen);
    const at::Tensor shuffledLabels = ref.labels.index_select(0, order);
    std::vector<int64_t> heldOut;
    for (int64_t cls : classes) {
        const at::Tensor idx = shuffledLabels.eq(cls).nonzero().flatten();
        for (int64_t k = 0; k < std::min<int64_t>(first.restarts, idx.numel()); ++k)
            heldOut.push_back(order[idx[k].item<int64_t>()].item<int64_t>());
    }
    at::Tensor keep = at::ones({ref.size()}, at::kBool);
    const at::Tensor heldIdx = at::tensor(heldOut, at::kLong);
    if (!heldOut.empty())
        keep.index_fill_(0, heldIdx, false);
    const at::Tensor refImages = ref.images.index({keep});

    LeakageStudy study;
    study.featureName = in.features->name();
    study.referenceImages = refImages.size(0);
    progress.report(0, "extracting reference features");
    const at::Tensor refFeatures = in.features->extract(refImages);
    auto score = [&](const std::string& label, const AttackResult& r) {
        return scoreLeakage(label, r.images, r.labels, refFeatures, *in.features, in.judge, config.kidSubsets,
                            config.seed, &shape->input);
    };

    if (!heldOut.empty()) {
        LeakageRow real;
        real.attack = "reference";
        real.target = "real images";
        real.result.method = "held-out real images";
        real.result.images = ref.images.index_select(0, heldIdx);
        real.result.labels = ref.labels.index_select(0, heldIdx);
        real.score = score("real images", real.result);
        study.rows.push_back(std::move(real));
    }
    {
        // The attacks' starting point, scored like an attack with zero iterations.
        LeakageRow noise;
        noise.attack = "reference";
        noise.target = "initial noise";
        noise.result.method = "uniform noise";
        at::Generator noiseGen = at::detail::createCPUGenerator(config.seed + 1);
        const int64_t n = int64_t(classes.size()) * first.restarts;
        const InputSpec& spec = shape->input;
        const auto [lo, hi] = detail::validRange(spec);
        noise.result.images = at::rand({n, spec.channels, spec.height, spec.width}, noiseGen) * (hi - lo) + lo;
        noise.result.labels = at::tensor(classes, at::kLong).repeat_interleave(first.restarts);
        noise.score = score("initial noise", noise.result);
        study.rows.push_back(std::move(noise));
    }

    double done = 0;
    for (const Stage& s : stages) {
        throwIfCancelled(progress, "Leakage study");
        StageProgress stageProgress(progress, done / total, (done + s.weight) / total, s.attack + " on " + s.target);
        LeakageRow row;
        row.attack = s.attack;
        row.target = s.target;
        row.result = s.run(stageProgress);
        row.score = score(s.attack + " / " + s.target, row.result);
        study.rows.push_back(std::move(row));
        done += s.weight;
    }
    progress.report(1, "leakage study done");
    study.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return study;
}

std::vector<GridColumn> leakageGridColumns(const LeakageStudy& study)
{
    std::vector<GridColumn> columns;
    for (const attack_grid::Source& source : attack_grid::kSources)
        for (const LeakageRow& row : study.rows)
            if (row.attack == source.attack && row.target == source.target)
                columns.push_back({source.title, row.result.images, row.result.labels});
    return columns;
}

} // namespace psnn
