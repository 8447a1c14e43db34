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

} // namespace

double fitReadoutScale(const at::Tensor& outputs, const at::Tensor& referenceLogits)
{
    if (outputs.sizes() != referenceLogits.sizes() || outputs.dim() != 2 || outputs.size(0) == 0)
        throw Error(ErrorCode::ShapeMismatch, "A readout and the logits it is scaled to need the same N x K shape.");
    const at::Tensor o = outputs.to(at::kDouble), l = referenceLogits.to(at::kDouble);
    const at::Tensor oc = o - o.mean(1, true), lc = l - l.mean(1, true);
    const double norm = (oc * oc).sum().item<double>();
    const double scale = norm > 0 ? (oc * lc).sum().item<double>() / norm : 0.0;
    return scale > 0 && std::isfinite(scale) ? scale : 1.0;
}

at::Tensor trueClassLogProb(const at::Tensor& outputs, const at::Tensor& labels, double scale)
{
    checkOutputs(outputs, labels);
    return at::log_softmax(outputs.to(at::kDouble) * scale, 1).gather(1, labels.unsqueeze(1)).squeeze(1);
}

at::Tensor logitScaledConfidence(const at::Tensor& outputs, const at::Tensor& labels, double scale)
{
    checkOutputs(outputs, labels);
    const at::Tensor z = outputs.to(at::kDouble) * scale;
    const at::Tensor own = z.gather(1, labels.unsqueeze(1)).squeeze(1);
    // log(p / (1 - p)) = z_y - logsumexp of the other classes: no 1 - p that rounds to 0.
    const at::Tensor others = z.scatter(1, labels.unsqueeze(1), -std::numeric_limits<double>::infinity());
    return own - at::logsumexp(others, {1});
}

at::Tensor liraScores(const at::Tensor& targetPhi, const at::Tensor& referencePhi)
{
    if (referencePhi.dim() != 2 || referencePhi.size(0) < 2 || referencePhi.size(1) != targetPhi.size(0))
        throw Error(ErrorCode::InvalidArgument,
                    "Offline LiRA needs at least two reference models' confidences per record.",
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
        throw Error(ErrorCode::InvalidArgument,
                    "Offline RMIA needs at least one reference model and population samples.",
                    "Use --references 1 or more and --population 1 or more.");
    if (!(a >= 0 && a <= 1) || !(gamma > 0))
        throw Error(ErrorCode::InvalidArgument, "RMIA needs 0 <= a <= 1 and gamma > 0.",
                    "Use --rmia-a 0.3 --rmia-gamma 2.");
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
