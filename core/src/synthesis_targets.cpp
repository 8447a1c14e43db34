// SPDX-License-Identifier: GPL-3.0-or-later
// Soft-label targets for data-free synthesis: class similarity from the last layer's weights and
// Dirichlet draws around each class.
#include "privatesnn/synthesis.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

namespace psnn {

at::Tensor classSimilarity(const Network& ann)
{
    const Layer* last = nullptr;
    for (auto it = ann.layers.rbegin(); it != ann.layers.rend() && !last; ++it)
        if (it->kind == LayerKind::Linear)
            last = &*it;
    if (!last || !last->weight.defined())
        throw Error(ErrorCode::Unsupported, "The network has no Linear output layer, so class similarity is undefined.",
                    "Use a classifier whose last weight layer is fully connected.");
    const at::Tensor w = last->weight.detach().to(at::kDouble);
    // A class whose weight row is all zero has no direction; treat it as orthogonal to every other.
    const at::Tensor unit = w / w.norm(2, {1}, true).clamp_min(1e-12);
    const at::Tensor cosine = at::mm(unit, unit.t());
    const at::Tensor shifted = cosine - std::get<0>(cosine.min(1, true));
    const at::Tensor range = std::get<0>(shifted.max(1, true));
    // A row with no spread (one class, or identical rows) has nothing to rank: all classes equally similar.
    at::Tensor similarity = at::where(range > 1e-12, shifted / range.clamp_min(1e-12), at::ones_like(shifted));
    return similarity.to(at::kFloat);
}

at::Tensor sampleDirichlet(const at::Tensor& concentration, at::Generator& gen, double floor)
{
    if (!concentration.defined() || concentration.dim() != 2 || concentration.size(1) == 0)
        throw Error(ErrorCode::InvalidArgument, "Dirichlet concentrations must be a B x K matrix with K >= 1.");
    if (!(floor > 0))
        throw Error(ErrorCode::InvalidArgument, "The Dirichlet floor must be positive, not " + std::to_string(floor) + ".",
                    "Use a small value such as 1e-4.");
    const at::Tensor c = concentration.detach().to(at::kDouble);
    if (!c.isfinite().all().item<bool>() || (c < 0).any().item<bool>())
        throw Error(ErrorCode::InvalidArgument, "Dirichlet concentrations must be finite and not negative.",
                    "Check the class similarity and the beta factor.");
    // A zero concentration is not a valid Dirichlet parameter (PyTorch >= 1.8 refuses it, the
    // reference code crashed there); the floor keeps that class at almost no mass instead.
    const at::Tensor alpha = c.clamp_min(floor);
    const at::Tensor gamma = at::_standard_gamma(alpha, gen);
    const at::Tensor sum = gamma.sum(1, true);
    // With tiny alphas every draw can underflow; such a row takes the distribution's mean.
    const at::Tensor usable = (sum > 0) & sum.isfinite();
    const at::Tensor sample = at::where(usable, gamma / sum.clamp_min(1e-300), alpha / alpha.sum(1, true));
    return (sample / sample.sum(1, true)).to(at::kFloat);
}

} // namespace psnn
