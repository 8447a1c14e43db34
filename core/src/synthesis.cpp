// SPDX-License-Identifier: GPL-3.0-or-later
// Data-free synthesis (Algorithm 3, step 1): images optimised from noise towards Dirichlet soft
// labels, in batches, each image with its own target.
#include "privatesnn/live_series.h"
#include "privatesnn/synthesis.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"

#include <ATen/ATen.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <chrono>
#include <cmath>
#include <sstream>

namespace psnn {
namespace {

// Independent random streams per purpose, so adding one (say, a new prior) never shifts another.
constexpr uint64_t kImageStream = 1;
constexpr uint64_t kJitterStream = 2;

uint64_t splitMix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t streamSeed(uint64_t seed, uint64_t stream, uint64_t index)
{
    return splitMix64(splitMix64(seed ^ (stream << 56)) + index);
}

void validate(const Network& ann, const SynthesisConfig& c)
{
    if (c.perClass <= 0 || c.steps <= 0 || c.batchSize <= 0)
        throw Error(ErrorCode::InvalidArgument, "Images per class, steps and batch size must be positive.",
                    "Use e.g. 100 images per class, 200 steps and batches of 100.");
    if (!(c.learningRate > 0) || !std::isfinite(c.learningRate) || !(c.temperature > 0) || !std::isfinite(c.temperature))
        throw Error(ErrorCode::InvalidArgument, "The learning rate and the temperature must be positive numbers.",
                    "Use e.g. a learning rate of 0.05 and a temperature of 20.");
    if (!(c.beta > 0) || !std::isfinite(c.beta) || !(c.floor > 0))
        throw Error(ErrorCode::InvalidArgument, "Beta and the Dirichlet floor must be positive.", "Use beta 1 and floor 1e-4.");
    if (!(c.totalVariation >= 0) || !(c.l2 >= 0) || c.jitter < 0)
        throw Error(ErrorCode::InvalidArgument, "The prior weights and the jitter must not be negative.", "Use 0 to turn a prior off.");
    if (c.jitter >= std::min(ann.input.height, ann.input.width))
        throw Error(ErrorCode::InvalidArgument,
                    "A jitter of " + std::to_string(c.jitter) + " pixels is not smaller than the image ("
                        + std::to_string(ann.input.width) + "x" + std::to_string(ann.input.height) + ").",
                    "Use a jitter of a few pixels.");
    if (ann.numClasses() < 2)
        throw Error(ErrorCode::Unsupported, "Synthesis needs a classifier with at least two classes.",
                    "Load a model with a Linear output layer of two or more classes.");
    const auto channels = size_t(ann.input.channels);
    for (const auto* values : {&ann.input.mean, &ann.input.std})
        if (values->size() != 1 && values->size() != channels)
            throw Error(ErrorCode::ShapeMismatch, "The model's input mean/std have neither 1 nor one value per channel.",
                        "Re-import the model with a mean and std per channel.");
    for (double s : ann.input.std)
        if (!(s > 0))
            throw Error(ErrorCode::InvalidArgument, "The model's input std must be positive.", "Re-import the model with valid normalisation.");
}

/// The network with weights detached: they never require grad here, and the caller's tensors
/// (and their requires_grad flags) stay untouched.
Network frozenView(const Network& ann)
{
    Network net = ann;
    for (Layer& layer : net.layers) {
        if (layer.weight.defined())
            layer.weight = layer.weight.detach();
        if (layer.bias.defined())
            layer.bias = layer.bias.detach();
    }
    return net;
}

at::Tensor perChannel(const std::vector<double>& values, int64_t channels)
{
    at::Tensor t = at::empty({1, channels, 1, 1}, at::kFloat);
    for (int64_t c = 0; c < channels; ++c)
        t[0][c][0][0] = values.size() == 1 ? values[0] : values[size_t(c)];
    return t;
}

/// Per image: sum_k -y_k log_softmax(z / tau)_k.
at::Tensor softCrossEntropy(const at::Tensor& logits, const at::Tensor& targets, double tau)
{
    return -(targets * at::log_softmax(logits / tau, 1)).sum(1);
}

at::Tensor totalVariation(const at::Tensor& x)
{
    const at::Tensor dy = x.slice(2, 1) - x.slice(2, 0, -1);
    const at::Tensor dx = x.slice(3, 1) - x.slice(3, 0, -1);
    return dy.pow(2).mean() + dx.pow(2).mean();
}

struct Batch {
    int64_t begin = 0;
    int64_t end = 0;
    at::Tensor targets; ///< n x K
    at::Tensor pixels;  ///< n x C x H x W, uniform in [0, 1)
};

/// Each image's target and starting noise come from its own stream, drawn target first as in the
/// reference: the set does not depend on how it is cut into batches.
Batch prepareBatch(int64_t begin, int64_t end, const SynthesisConfig& config, const at::Tensor& concentration,
                   const InputSpec& input)
{
    Batch batch;
    batch.begin = begin;
    batch.end = end;
    batch.targets = at::empty({end - begin, concentration.size(1)}, at::kFloat);
    batch.pixels = at::empty({end - begin, input.channels, input.height, input.width}, at::kFloat);
    for (int64_t i = begin; i < end; ++i) {
        at::Generator gen = at::detail::createCPUGenerator(streamSeed(config.seed, kImageStream, uint64_t(i)));
        const int64_t cls = i / config.perClass;
        batch.targets[i - begin].copy_(sampleDirichlet(concentration.slice(0, cls, cls + 1), gen, config.floor)[0]);
        batch.pixels[i - begin].copy_(at::rand({input.channels, input.height, input.width}, gen));
    }
    return batch;
}

} // namespace

SyntheticSet synthesize(const Network& ann, const SynthesisConfig& config, ProgressSink& progress,
                        const SyntheticBatchCallback& onBatch)
{
    validate(ann, config);
    const auto started = std::chrono::steady_clock::now();
    // The caller's thread may be in no-grad mode (e.g. a worker that just evaluated); restored on return.
    torch::AutoGradMode gradOn(true);
    const Network net = frozenView(ann);
    const InputSpec& in = ann.input;
    const int64_t classes = ann.numClasses();
    const at::Tensor concentration = classSimilarity(ann) * config.beta;
    const int64_t n = classes * config.perClass;
    const int64_t batches = (n + config.batchSize - 1) / config.batchSize;
    const int64_t totalSteps = batches * config.steps;
    const at::Tensor mean = perChannel(in.mean, in.channels);
    const at::Tensor stdDev = perChannel(in.std, in.channels);
    const at::Tensor low = (0 - mean) / stdDev;  // pixel 0 in the model's input range
    const at::Tensor high = (1 - mean) / stdDev; // pixel 1

    SyntheticSet out;
    out.images = at::empty({n, in.channels, in.height, in.width}, at::kFloat);
    out.classes = at::arange(n, at::kLong).div(config.perClass, "floor");
    out.softLabels = at::empty({n, classes}, at::kFloat);
    out.losses = at::empty({n}, at::kFloat);
    out.classNames = ann.info.classNames;
    for (int64_t k = int64_t(out.classNames.size()); k < classes; ++k)
        out.classNames.push_back("class " + std::to_string(k));
    out.classNames.resize(size_t(classes));
    out.config = config;
    out.input = in;
    out.teacherSha256 = ann.info.sourceSha256;
    out.created = utcNowIso8601();

    int64_t done = 0;
    int64_t stepsDone = 0;
    auto finish = [&](bool complete) {
        if (!complete)
            out = out.slice(0, done);
        out.complete = complete;
        out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return out;
    };

    for (int64_t b = 0; b < batches; ++b) {
        if (progress.cancelled())
            return finish(false);
        const Batch batch = prepareBatch(b * config.batchSize, std::min(n, (b + 1) * config.batchSize), config, concentration, in);
        // A fresh leaf per batch: Adam's moments belong to these images only.
        at::Tensor x = ((batch.pixels - mean) / stdDev).requires_grad_(true);
        torch::optim::Adam optimizer(std::vector<at::Tensor>{x}, torch::optim::AdamOptions(config.learningRate));
        at::Generator jitterGen = at::detail::createCPUGenerator(streamSeed(config.seed, kJitterStream, uint64_t(b)));
        for (int s = 0; s < config.steps; ++s) {
            if (progress.cancelled())
                return finish(false);
            // The reference never zeroes the image gradient, so Adam sees the running sum of all
            // past gradients; kept only as an explicit option to reproduce it.
            if (!config.accumulateGradients)
                optimizer.zero_grad();
            at::Tensor input = x;
            if (config.jitter > 0) {
                const at::Tensor shift = at::randint(-config.jitter, config.jitter + 1, {2}, jitterGen);
                input = at::roll(x, {shift[0].item<int64_t>(), shift[1].item<int64_t>()}, {2, 3});
            }
            const at::Tensor ce = softCrossEntropy(net.forward(input, false), batch.targets, config.temperature).mean();
            at::Tensor objective = ce;
            if (config.totalVariation > 0)
                objective = objective + config.totalVariation * totalVariation(x);
            if (config.l2 > 0)
                objective = objective + config.l2 * x.pow(2).mean();
            objective.backward();
            optimizer.step();
            if (config.clampEachStep) {
                torch::NoGradGuard noGrad;
                x.clamp_(low, high); // in place: no new image-sized tensor per step
            }
            const double loss = ce.item<double>();
            if (!std::isfinite(loss))
                throw Error(ErrorCode::NumericError,
                            "The synthesis loss became " + std::to_string(loss) + " in batch " + std::to_string(b + 1) + ".",
                            "Lower the learning rate or raise the temperature.");
            ++stepsDone;
            progress.metric(std::string(live::kSynthesisLoss), double(stepsDone), loss);
            std::ostringstream msg;
            msg << "batch " << (b + 1) << "/" << batches << ", step " << (s + 1) << "/" << config.steps << ", loss " << loss;
            progress.report(double(stepsDone) / double(totalSteps), msg.str());
        }
        {
            torch::NoGradGuard noGrad;
            // What is kept is what a PNG can hold: the images clipped to the input range.
            const at::Tensor final = x.detach().clamp(low, high);
            const at::Tensor losses = softCrossEntropy(net.forward(final, false), batch.targets, config.temperature);
            out.images.slice(0, batch.begin, batch.end).copy_(final);
            out.softLabels.slice(0, batch.begin, batch.end).copy_(batch.targets);
            out.losses.slice(0, batch.begin, batch.end).copy_(losses);
        }
        done = batch.end;
        if (onBatch)
            onBatch(out.slice(batch.begin, batch.end), batch.begin);
    }
    return finish(true);
}

} // namespace psnn
