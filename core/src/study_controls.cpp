// SPDX-License-Identifier: GPL-3.0-or-later
// The study's controls: adversarial transfer from real images (how much of a judge's accuracy
// needs no inversion at all) and the check that a network without class knowledge scores chance.
#include "privatesnn/study_controls.h"

#include "attack_common.h"
#include "study_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/text_format.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace psnn {

namespace {

void validate(const at::Tensor& images, const at::Tensor& labels, const TransferControlConfig& c, int64_t classes)
{
    if (!(c.epsilon > 0 && c.epsilon <= 1))
        throw Error(ErrorCode::InvalidArgument,
                    "The transfer control's epsilon must lie in (0, 1] (a share of the pixel range).",
                    "Set study.transfer_epsilon, e.g. 0.1.");
    if (c.steps < 1 || c.restarts < 1 || !(c.stepShare > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "The transfer control needs at least one step and one image per class.");
    if (!images.defined() || images.dim() != 4 || !labels.defined() || labels.size(0) != images.size(0))
        throw Error(ErrorCode::InvalidArgument, "The transfer control needs labelled evaluation images.",
                    "Set evalData, e.g. fashion-mnist:test.");
    if (classes <= 0)
        throw Error(ErrorCode::Unsupported,
                    "The attacked network has no Linear output layer, so it has no class logits.");
    for (int64_t c2 : c.classes)
        if (c2 < 0 || c2 >= classes)
            throw Error(ErrorCode::InvalidArgument,
                        "Target class " + std::to_string(c2) + " is not one of the network's " + std::to_string(classes)
                            + " classes.");
}

} // namespace

AttackResult transferControl(const Network& net, const at::Tensor& images, const at::Tensor& labels,
                             const TransferControlConfig& c, ProgressSink& progress)
{
    const int64_t classes = net.numClasses();
    validate(images, labels, c, classes);
    std::vector<int64_t> targets = c.classes;
    if (targets.empty())
        for (int64_t k = 0; k < classes; ++k)
            targets.push_back(k);
    // Sources: one seeded pass over the images, each (class, restart) taking the next image of
    // another class, so the sources differ while the set lasts and never depend on the judge.
    at::Generator gen = at::detail::createCPUGenerator(c.seed);
    const at::Tensor order = at::randperm(images.size(0), gen);
    const at::Tensor sourceLabels = labels.to(at::kLong).index_select(0, order).contiguous();
    const int64_t* label = sourceLabels.data_ptr<int64_t>();
    const int64_t n = images.size(0);
    std::vector<int64_t> pick, target;
    int64_t cursor = 0;
    for (int64_t cls : targets)
        for (int r = 0; r < c.restarts; ++r) {
            int64_t tried = 0;
            while (label[cursor % n] == cls && tried++ < n)
                ++cursor;
            if (tried > n)
                throw Error(ErrorCode::InvalidArgument,
                            "The evaluation images hold no image of a class other than " + std::to_string(cls)
                                + ", so the transfer control has nothing to start from.",
                            "Use evaluation data with several classes.");
            pick.push_back(order[cursor % n].item<int64_t>());
            target.push_back(cls);
            ++cursor;
        }
    const at::Tensor source = images.index_select(0, at::tensor(pick, at::kLong)).to(at::kFloat);
    const at::Tensor y = at::tensor(target, at::kLong);
    const auto [lo, hi] = detail::validRange(net.input);
    const at::Tensor eps = (hi - lo) * c.epsilon; // per channel, in the normalised space
    const at::Tensor step = eps * c.stepShare;
    const at::Tensor low = at::maximum(source - eps, lo), high = at::minimum(source + eps, hi);
    at::Tensor x = at::minimum(at::maximum(source + (at::rand(source.sizes(), gen) * 2 - 1) * eps, low), high);
    for (int s = 0; s < c.steps; ++s) {
        throwIfCancelled(progress, "The transfer control");
        const at::Tensor leaf = x.detach().requires_grad_(true);
        const at::Tensor loss = at::cross_entropy_loss(net.forward(leaf), y, {}, at::Reduction::Sum);
        const at::Tensor grad = torch::autograd::grad({loss}, {leaf})[0];
        x = at::minimum(at::maximum(x.detach() - step * grad.sign(), low), high); // descend: toward the target
        progress.report(double(s + 1) / c.steps, "transfer control, step " + std::to_string(s + 1));
    }
    AttackResult result;
    std::ostringstream method;
    method << "transfer control (targeted PGD, epsilon " << c.epsilon << ")";
    result.method = method.str();
    result.images = x.detach();
    result.labels = y;
    {
        torch::NoGradGuard noGrad;
        const at::Tensor score =
            net.forward(result.images).gather(1, y.view({-1, 1})).squeeze(1).to(at::kDouble).contiguous();
        result.targetScore.assign(score.data_ptr<double>(), score.data_ptr<double>() + score.numel());
    }
    for (size_t i = 0; i < target.size(); ++i)
        result.restart.push_back(int(i % size_t(c.restarts)));
    return result;
}

Network randomWeights(const Network& net, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    Network out = net.clone();
    at::Generator gen = at::detail::createCPUGenerator(seed);
    for (Layer& layer : out.layers) {
        if (!layer.hasWeights())
            continue;
        const int64_t fanIn = layer.weight.numel() / layer.weight.size(0);
        const double bound = std::sqrt(6.0 / double(fanIn));
        layer.weight = at::rand(layer.weight.sizes(), gen, layer.weight.options()) * (2 * bound) - bound;
        if (layer.bias.defined())
            layer.bias = at::zeros_like(layer.bias);
    }
    return out;
}

TransferControlConfig transferControlConfig(const StudyPoint& point, const StudyConfig& study, uint64_t seed)
{
    TransferControlConfig c;
    c.epsilon = point.epsilon;
    c.restarts = study.attack1.restarts; // as many images per class as an attack makes
    c.classes = study.attack1.classes;
    c.seed = detail::mixSeed(seed, 0x7A4E5FE4ull, 0);
    return c;
}

void checkControls(StudySummary& s)
{
    s.controlWarnings.clear();
    s.transferShare.reset();
    const StudyPointResult* undefended = nullptr;
    for (const StudyPointResult& p : s.points)
        if (p.point.defence == "encryption" && p.point.epochs == 0)
            undefended = &p;
    for (const StudyPointResult& p : s.points) {
        if (p.point.defence == "random-control")
            for (const StudyAttackRow& a : p.attacks)
                for (size_t j = 0; j < a.judgeVerdicts.size(); ++j) {
                    const Interval& i = a.judgeVerdicts[j].interval;
                    if (!excludesChance(i, s.chance))
                        continue;
                    std::ostringstream text;
                    text << "Warning: judge " << (j + 1) << " recognises " << a.attack
                         << " images of the random-network control (random weights, no class knowledge) "
                         << (i.low > s.chance ? "above" : "below") << " chance ("
                         << formatPercent(j == 0 ? a.accuracy : a.accuracy2.value_or(0)) << ", family-wise interval "
                         << formatPercent(i.low) << "-" << formatPercent(i.high) << ", chance "
                         << formatPercent(s.chance, 0)
                         << "): the scoring credits something other than class features, so read no verdict of this "
                            "study before finding out why.";
                    s.controlWarnings.push_back(text.str());
                }
        if (p.point.defence == "transfer-control" && !p.attacks.empty() && undefended) {
            const StudyAttackRow* reference = undefended->strongestAttack();
            if (reference && reference->accuracy > s.chance)
                s.transferShare = (p.attacks.front().accuracy - s.chance) / (reference->accuracy - s.chance);
        }
    }
}

namespace study_detail {

void addControlAndDefenceKey(nlohmann::json& settings, const StudyPoint& p, const StudyConfig& study)
{
    if (p.layers != 0)
        settings["layers"] = p.layers;
    if (p.bits != 0)
        settings["bits"] = p.bits;
    if (p.labelSmoothing != 0)
        settings["label_smoothing"] = p.labelSmoothing;
    if (p.defence == "transfer-control") {
        const TransferControlConfig c = transferControlConfig(p, study, 0);
        settings["transfer"] = {{"epsilon", c.epsilon}, {"steps", c.steps}, {"step_share", c.stepShare}};
    }
}

} // namespace study_detail

} // namespace psnn
