// SPDX-License-Identifier: GPL-3.0-or-later
// FID, KID and judge accuracy: how much generated images look like the real classes.
#include "privatesnn/leakage_metrics.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/script.h>
#include <torch/utils.h>

#include <cmath>
#include <filesystem>
#include <map>

namespace psnn {

GaussianFit fitGaussian(const at::Tensor& features)
{
    if (!features.defined() || features.dim() != 2 || features.size(0) < 2)
        throw Error(ErrorCode::InvalidArgument, "A Gaussian fit needs at least two feature vectors (N x d).",
                    "Generate more images or use a larger reference set.");
    const at::Tensor f = features.detach().to(at::kDouble);
    if (!f.isfinite().all().item<bool>())
        throw Error(ErrorCode::NumericError, "The feature vectors contain NaN or infinite values.",
                    "Check the images and the feature network.");
    GaussianFit fit;
    fit.count = f.size(0);
    fit.mean = f.mean(0);
    const at::Tensor centred = f - fit.mean;
    fit.cov = centred.t().mm(centred) / double(fit.count - 1); // unbiased, as np.cov in pytorch-fid
    return fit;
}

double frechetDistance(const GaussianFit& a, const GaussianFit& b)
{
    if (a.mean.numel() != b.mean.numel())
        throw Error(ErrorCode::ShapeMismatch, "The two feature sets have different dimensions (" + std::to_string(a.mean.numel())
                        + " and " + std::to_string(b.mean.numel()) + ").", "Extract both with the same feature network.");
    const at::Tensor diff = a.mean - b.mean;
    // sqrt(S1) from its eigen-decomposition; rounding can make PSD eigenvalues slightly negative.
    const auto [values, vectors] = at::linalg_eigh(a.cov);
    const at::Tensor root = vectors.mm(at::diag(values.clamp_min(0).sqrt())).mm(vectors.t());
    at::Tensor inner = root.mm(b.cov).mm(root);
    inner = (inner + inner.t()) / 2; // symmetric in exact arithmetic; make it so for eigvalsh
    const double traceRoot = at::linalg_eigvalsh(inner).clamp_min(0).sqrt().sum().item<double>();
    const double fid = diff.dot(diff).item<double>() + a.cov.trace().item<double>() + b.cov.trace().item<double>()
        - 2 * traceRoot;
    if (!std::isfinite(fid))
        throw Error(ErrorCode::NumericError, "The Frechet distance is not finite.", "Check the feature vectors for huge values.");
    return std::max(0.0, fid);
}

double frechetDistance(const at::Tensor& featuresA, const at::Tensor& featuresB)
{
    return frechetDistance(fitGaussian(featuresA), fitGaussian(featuresB));
}

KidResult kernelInceptionDistance(const at::Tensor& featuresA, const at::Tensor& featuresB, int subsets, int64_t maxSubset,
                                  uint64_t seed)
{
    if (!featuresA.defined() || !featuresB.defined() || featuresA.dim() != 2 || featuresB.dim() != 2)
        throw Error(ErrorCode::InvalidArgument, "KID needs two sets of feature vectors (N x d).");
    if (featuresA.size(1) != featuresB.size(1))
        throw Error(ErrorCode::ShapeMismatch, "The two feature sets have different dimensions.",
                    "Extract both with the same feature network.");
    const int64_t m = std::min({featuresA.size(0), featuresB.size(0), maxSubset});
    if (m < 2 || subsets <= 0)
        throw Error(ErrorCode::InvalidArgument, "KID needs at least two vectors in each set and one subset.",
                    "Generate more images.");
    const at::Tensor a = featuresA.detach().to(at::kDouble), b = featuresB.detach().to(at::kDouble);
    const double d = double(a.size(1));
    at::Generator gen = at::detail::createCPUGenerator(seed);
    std::vector<double> values;
    for (int s = 0; s < subsets; ++s) {
        const at::Tensor x = a.index_select(0, at::randperm(a.size(0), gen).slice(0, 0, m));
        const at::Tensor y = b.index_select(0, at::randperm(b.size(0), gen).slice(0, 0, m));
        const at::Tensor kxx = (x.mm(x.t()) / d + 1).pow(3);
        const at::Tensor kyy = (y.mm(y.t()) / d + 1).pow(3);
        const at::Tensor kxy = (x.mm(y.t()) / d + 1).pow(3);
        // Unbiased MMD^2: the within-set sums leave out i == j (NVlabs/clean-fid formulation).
        const double within = (kxx.sum() - kxx.trace() + kyy.sum() - kyy.trace()).item<double>() / double(m * (m - 1));
        values.push_back(within - 2 * kxy.sum().item<double>() / double(m * m));
    }
    KidResult r;
    r.subsets = subsets;
    r.subsetSize = m;
    for (double v : values)
        r.mean += v / double(values.size());
    if (values.size() > 1) {
        double ss = 0;
        for (double v : values)
            ss += (v - r.mean) * (v - r.mean);
        r.std = std::sqrt(ss / double(values.size() - 1));
    }
    return r;
}

namespace {

class PenultimateFeatures : public FeatureExtractor {
public:
    PenultimateFeatures(const Network& net, std::string name, const InputSpec& space)
        : m_net(net)
        , m_name(std::move(name))
        , m_space(space)
    {
    }

    at::Tensor extract(const at::Tensor& images) const override
    {
        torch::NoGradGuard noGrad;
        const at::Tensor x = imagesInSpace(images, m_space, m_net.input);
        std::vector<at::Tensor> out;
        for (int64_t begin = 0; begin < x.size(0); begin += 500)
            out.push_back(m_net.features(x.slice(0, begin, std::min(x.size(0), begin + 500))).flatten(1));
        return at::cat(out);
    }
    std::string name() const override { return m_name; }

private:
    Network m_net;
    std::string m_name;
    InputSpec m_space;
};

class InceptionFeatures : public FeatureExtractor {
public:
    InceptionFeatures(torch::jit::Module module, InputSpec spec, int64_t batch, std::string path)
        : m_module(std::move(module)), m_spec(std::move(spec)), m_batch(batch), m_path(std::move(path))
    {
        m_module.eval();
    }

    at::Tensor extract(const at::Tensor& images) const override
    {
        torch::NoGradGuard noGrad;
        std::vector<double> m, s;
        for (int64_t c = 0; c < m_spec.channels; ++c) {
            m.push_back(m_spec.mean.size() == 1 ? m_spec.mean[0] : m_spec.mean.at(size_t(c)));
            s.push_back(m_spec.std.size() == 1 ? m_spec.std[0] : m_spec.std.at(size_t(c)));
        }
        const at::Tensor mean = at::tensor(m, at::kFloat).view({1, -1, 1, 1});
        const at::Tensor std = at::tensor(s, at::kFloat).view({1, -1, 1, 1});
        std::vector<at::Tensor> out;
        for (int64_t begin = 0; begin < images.size(0); begin += m_batch) {
            at::Tensor x = images.slice(0, begin, std::min(images.size(0), begin + m_batch)).to(at::kFloat);
            x = (x * std + mean).clamp(0, 1) * 2 - 1; // pytorch-fid's input convention: [-1, 1]
            if (x.size(1) == 1)
                x = x.repeat({1, 3, 1, 1});
            x = at::upsample_bilinear2d(x, {299, 299}, false);
            c10::IValue y;
            try {
                y = const_cast<torch::jit::Module&>(m_module).forward({x});
            } catch (const c10::Error& e) {
                throw Error(ErrorCode::Unsupported, "The feature network '" + m_path + "' failed on a batch of 3 x 299 x 299 images: "
                                + e.what_without_backtrace(), "Supply an Inception-V3 TorchScript that returns its pool features.");
            }
            if (y.isTuple())
                y = y.toTuple()->elements().at(0);
            else if (y.isList())
                y = y.toList().get(0);
            if (!y.isTensor())
                throw Error(ErrorCode::Unsupported, "The feature network '" + m_path + "' does not return a tensor.",
                            "Supply a TorchScript whose forward returns the feature tensor (or a tuple starting with it).");
            out.push_back(y.toTensor().to(at::kFloat).flatten(1));
        }
        return at::cat(out);
    }
    std::string name() const override { return "Inception-V3 (" + std::filesystem::path(m_path).filename().string() + ")"; }

private:
    torch::jit::Module m_module;
    InputSpec m_spec;
    int64_t m_batch;
    std::string m_path;
};

} // namespace

std::unique_ptr<FeatureExtractor> penultimateFeatures(const Network& net, std::string name, const InputSpec* space)
{
    return std::make_unique<PenultimateFeatures>(net, std::move(name), space ? *space : net.input);
}

std::unique_ptr<FeatureExtractor> inceptionFeatures(const std::string& path, const InputSpec& spec, int64_t batchSize)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "The Inception-V3 file '" + path + "' does not exist.",
                    "Nothing is downloaded: export pytorch-fid's Inception-V3 with torch.jit.trace and pass its path, or leave "
                    "the option out to use the judge's features.");
    try {
        return std::make_unique<InceptionFeatures>(torch::jit::load(path, c10::Device(c10::kCPU)), spec, std::max<int64_t>(1, batchSize),
                                                   path);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not a TorchScript file (" + e.what_without_backtrace() + ").",
                    "Save the feature network with torch.jit.trace(model, example).save(path).");
    }
}

JudgeScore judgeAccuracy(const Network& judge, const at::Tensor& images, const at::Tensor& targets,
                         const InputSpec* space)
{
    if (images.size(0) != targets.size(0) || images.size(0) == 0)
        throw Error(ErrorCode::ShapeMismatch, "The judge needs one target class per image and at least one image.");
    torch::NoGradGuard noGrad;
    const at::Tensor prob = at::softmax(judge.forward(space ? imagesInSpace(images, *space, judge.input) : images), 1);
    const at::Tensor classes = prob.argmax(1).to(at::kLong).contiguous();
    const at::Tensor hit = classes.eq(targets);
    JudgeScore s;
    s.predicted.assign(classes.data_ptr<int64_t>(), classes.data_ptr<int64_t>() + classes.numel());
    s.accuracy = hit.to(at::kDouble).mean().item<double>();
    s.meanConfidence = prob.gather(1, targets.view({-1, 1})).to(at::kDouble).mean().item<double>();
    std::map<int64_t, std::pair<int64_t, int64_t>> perClass; // class -> (hits, count)
    for (int64_t i = 0; i < targets.size(0); ++i) {
        auto& entry = perClass[targets[i].item<int64_t>()];
        entry.first += hit[i].item<bool>() ? 1 : 0;
        entry.second += 1;
    }
    for (const auto& [cls, counts] : perClass) {
        s.classes.push_back(cls);
        s.perClassAccuracy.push_back(double(counts.first) / double(counts.second));
        s.perClassCount.push_back(counts.second);
    }
    return s;
}

LeakageScore scoreLeakage(const std::string& label, const at::Tensor& images, const at::Tensor& targets,
                          const at::Tensor& referenceFeatures, const FeatureExtractor& features, const Network* judge,
                          int kidSubsets, uint64_t seed, const InputSpec* space)
{
    LeakageScore s;
    s.label = label;
    s.images = images.size(0);
    const at::Tensor generated = features.extract(images);
    s.fid = frechetDistance(fitGaussian(referenceFeatures), fitGaussian(generated));
    s.kid = kernelInceptionDistance(referenceFeatures, generated, kidSubsets, 1000, seed);
    if (judge)
        s.judge = judgeAccuracy(*judge, images, targets, space);
    return s;
}

} // namespace psnn
