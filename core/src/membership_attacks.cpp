// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box membership scores from a model's outputs: the loss attack, offline LiRA and offline
// RMIA, written from the papers' formulas (Carlini et al. 2022, Zarifzadeh et al. 2024).
#include "privatesnn/membership.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace psnn {
namespace {

void checkOutputs(const at::Tensor& outputs, const at::Tensor& labels)
{
    if (outputs.dim() != 2 || labels.dim() != 1 || outputs.size(0) != labels.size(0) || outputs.size(0) == 0)
        throw Error(ErrorCode::ShapeMismatch, "Membership scores need N x K outputs and N labels (N > 0).");
}

double meanCrossEntropy(const at::Tensor& outputs, const at::Tensor& labels, double beta)
{
    const at::Tensor logp = at::log_softmax(outputs * beta, 1);
    return -logp.gather(1, labels.unsqueeze(1)).mean().item<double>();
}

} // namespace

double fitTemperature(const at::Tensor& outputs, const at::Tensor& labels)
{
    checkOutputs(outputs, labels);
    const at::Tensor o = outputs.to(at::kDouble);
    const double spread = o.std().item<double>();
    if (!(spread > 0) || !std::isfinite(spread))
        return 1.0; // constant outputs (a silent SNN): every temperature gives the same probabilities
    // The cross-entropy is convex in beta = 1 / tau, so golden-section search on log beta finds its
    // minimum; the bracket spans a millionfold either side of the outputs' own scale.
    double lo = std::log(1e-6 / spread), hi = std::log(1e6 / spread);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double a = hi - ratio * (hi - lo), b = lo + ratio * (hi - lo);
    double fa = meanCrossEntropy(o, labels, std::exp(a)), fb = meanCrossEntropy(o, labels, std::exp(b));
    for (int i = 0; i < 90; ++i) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - ratio * (hi - lo);
            fa = meanCrossEntropy(o, labels, std::exp(a));
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + ratio * (hi - lo);
            fb = meanCrossEntropy(o, labels, std::exp(b));
        }
    }
    return 1.0 / std::exp((lo + hi) / 2);
}

at::Tensor trueClassLogProb(const at::Tensor& outputs, const at::Tensor& labels, double temperature)
{
    checkOutputs(outputs, labels);
    return at::log_softmax(outputs.to(at::kDouble) / temperature, 1).gather(1, labels.unsqueeze(1)).squeeze(1);
}

at::Tensor logitScaledConfidence(const at::Tensor& outputs, const at::Tensor& labels, double temperature)
{
    checkOutputs(outputs, labels);
    const at::Tensor z = outputs.to(at::kDouble) / temperature;
    const at::Tensor own = z.gather(1, labels.unsqueeze(1)).squeeze(1);
    // log(p / (1 - p)) = z_y - logsumexp of the other classes: no 1 - p that rounds to 0.
    const at::Tensor others = z.scatter(1, labels.unsqueeze(1), -std::numeric_limits<double>::infinity());
    return own - at::logsumexp(others, {1});
}

at::Tensor liraScores(const at::Tensor& targetPhi, const at::Tensor& referencePhi)
{
    if (referencePhi.dim() != 2 || referencePhi.size(0) < 2 || referencePhi.size(1) != targetPhi.size(0))
        throw Error(ErrorCode::InvalidArgument, "Offline LiRA needs at least two reference models' confidences per record.",
                    "Use --references 2 or more.");
    const at::Tensor mean = referencePhi.mean(0);
    const double sigma = std::sqrt(std::max(referencePhi.var(0, /*unbiased=*/true).mean().item<double>(), 1e-24));
    return (targetPhi - mean) / sigma;
}

at::Tensor rmiaScores(const at::Tensor& targetProbX, const at::Tensor& referenceProbX, const at::Tensor& targetProbZ,
                      const at::Tensor& referenceProbZ, double a, double gamma)
{
    if (referenceProbX.dim() != 2 || referenceProbX.size(0) < 1 || referenceProbZ.size(0) != referenceProbX.size(0)
        || targetProbZ.size(0) == 0)
        throw Error(ErrorCode::InvalidArgument, "Offline RMIA needs at least one reference model and population samples.",
                    "Use --references 1 or more and --population 1 or more.");
    if (!(a >= 0 && a <= 1) || !(gamma > 0))
        throw Error(ErrorCode::InvalidArgument, "RMIA needs 0 <= a <= 1 and gamma > 0.", "Use --rmia-a 0.3 --rmia-gamma 2.");
    // Offline: every reference model is OUT for x and z, and Pr_IN is approximated by a Pr_OUT + (1 - a),
    // so Pr(x) = (Pr_OUT + Pr_IN) / 2 = ((1 + a) Pr_OUT + (1 - a)) / 2.
    auto marginal = [&](const at::Tensor& reference) { return ((1 + a) * reference.mean(0) + (1 - a)) / 2; };
    const at::Tensor ratioX = (targetProbX / marginal(referenceProbX)).contiguous();
    const at::Tensor ratioZ = (targetProbZ / marginal(referenceProbZ)).contiguous();
    std::vector<double> z(ratioZ.data_ptr<double>(), ratioZ.data_ptr<double>() + ratioZ.numel());
    std::sort(z.begin(), z.end());
    at::Tensor scores = at::empty({ratioX.size(0)}, at::kDouble);
    const double* x = ratioX.data_ptr<double>();
    double* out = scores.data_ptr<double>();
    for (int64_t i = 0; i < ratioX.size(0); ++i) {
        // ratio(x) / ratio(z) >= gamma  <=>  ratio(z) <= ratio(x) / gamma (ratios are positive).
        const auto count = std::upper_bound(z.begin(), z.end(), x[i] / gamma) - z.begin();
        out[i] = double(count) / double(z.size());
    }
    return scores;
}

} // namespace psnn
