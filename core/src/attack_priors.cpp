// SPDX-License-Identifier: GPL-3.0-or-later
#include "attack_priors.h"

#include "attack_common.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

#include <cmath>

namespace psnn::detail {

namespace {
constexpr uint64_t kWarpStream = 0x5CA1Eull;
constexpr double kPi = 3.14159265358979323846;
} // namespace

Warp drawWarp(const ImagePriors& priors, uint64_t seed, int iteration)
{
    Warp w;
    if (priors.scale <= 0 && priors.rotate <= 0)
        return w;
    at::Generator gen = at::detail::createCPUGenerator(mixSeed(seed, kWarpStream, uint64_t(iteration)));
    const at::Tensor u = at::rand({2}, gen, at::kDouble) * 2 - 1; // both drawn even if one is off: streams stay aligned
    w.scale = 1 + priors.scale * u[0].item<double>();
    w.degrees = priors.rotate * u[1].item<double>();
    return w;
}

at::Tensor applyWarp(const at::Tensor& x, const Warp& warp)
{
    if (warp.identity())
        return x;
    // affine_grid maps output coordinates to where they sample the input: a zoom by s samples at 1/s.
    const double a = warp.degrees * kPi / 180, inv = 1 / warp.scale;
    const at::Tensor theta =
        at::tensor({inv * std::cos(a), -inv * std::sin(a), 0.0, inv * std::sin(a), inv * std::cos(a), 0.0}, x.options())
            .view({1, 2, 3})
            .expand({x.size(0), 2, 3});
    const at::Tensor grid = at::affine_grid_generator(theta, x.sizes(), false);
    // Reflected borders: a rotated corner shows image content, not a constant the model never saw.
    return at::grid_sampler(x, grid, /*bilinear*/ 0, /*reflection*/ 2, false);
}

at::Tensor spectrumScale(int64_t height, int64_t width, double decay, const at::TensorOptions& options)
{
    const at::Tensor fy = at::fft_fftfreq(height, 1.0, options).view({-1, 1});
    const at::Tensor fx = at::fft_rfftfreq(width, 1.0, options).view({1, -1});
    const at::Tensor f = at::sqrt(fy * fy + fx * fx);
    const at::Tensor s = at::pow(at::clamp_min(f, 1.0 / double(std::max(height, width))), -decay);
    return s / s.max();
}

at::Tensor imageFromSpectrum(const at::Tensor& spectrum, const at::Tensor& scale, int64_t height, int64_t width)
{
    const std::vector<int64_t> size{height, width};
    return at::fft_irfft2(spectrum * scale, at::IntArrayRef(size), {-2, -1}, "ortho");
}

at::Tensor spectrumFromImage(const at::Tensor& image, const at::Tensor& scale)
{
    return at::fft_rfft2(image, c10::nullopt, {-2, -1}, "ortho") / scale;
}

at::Tensor fourierStep(const at::Tensor& gradient, double decay)
{
    if (!(decay > 0))
        return gradient;
    const int64_t h = gradient.size(2), w = gradient.size(3);
    const at::Tensor scale = spectrumScale(h, w, decay, gradient.options());
    at::AutoGradMode enable(true);
    // The spectrum as a real leaf (real and imaginary parts): the chain rule through irfft2 then
    // counts the half spectrum's mirrored bins exactly as the parametrisation does.
    const at::Tensor z = at::view_as_real(spectrumFromImage(gradient.detach(), scale)).detach().requires_grad_(true);
    const at::Tensor image = imageFromSpectrum(at::view_as_complex(z), scale, h, w);
    const at::Tensor dz = torch::autograd::grad({image}, {z}, {gradient.detach()})[0];
    torch::NoGradGuard noGrad;
    return imageFromSpectrum(at::view_as_complex(dz.contiguous()), scale, h, w);
}

at::Tensor totalVariation(const at::Tensor& x)
{
    const at::Tensor dx = x.slice(3, 1) - x.slice(3, 0, -1);
    const at::Tensor dy = x.slice(2, 1) - x.slice(2, 0, -1);
    return dx.pow(2).sum({1, 2, 3}) + dy.pow(2).sum({1, 2, 3});
}

namespace {

/// Outputs of the ReLU layers that still have a channel dimension (convolutional features).
bool matched(const Network& net, size_t i, const at::Tensor& h)
{
    return net.layers[i].kind == LayerKind::ReLU && h.dim() == 4;
}

} // namespace

FeatureStatistics featureStatistics(const Network& net, const at::Tensor& reference)
{
    torch::NoGradGuard noGrad;
    FeatureStatistics stats;
    at::Tensor h = reference;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        h = applyLayer(net.layers[i], h, false);
        if (!matched(net, i, h))
            continue;
        stats.layers.push_back(i);
        stats.mean.push_back(h.mean({0, 2, 3}));
        stats.var.push_back(h.var({0, 2, 3}, false));
    }
    if (stats.layers.empty())
        throw Error(ErrorCode::Unsupported,
                    "The feature-statistics prior needs a network with convolutional ReLU layers.",
                    "Set the feature-statistics weight to 0 for this model.");
    return stats;
}

at::Tensor featureStatisticsLoss(const Network& net, const FeatureStatistics& stats, const at::Tensor& x,
                                 at::Tensor& logits)
{
    at::Tensor loss = at::zeros({x.size(0)}, x.options());
    at::Tensor h = x;
    size_t k = 0;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        h = applyLayer(net.layers[i], h, false);
        if (k < stats.layers.size() && stats.layers[k] == i) {
            const at::Tensor mean = h.mean({2, 3});
            const at::Tensor var = h.var({2, 3}, false);
            loss = loss + (mean - stats.mean[k]).norm(2, {1}) + (var - stats.var[k]).norm(2, {1});
            ++k;
        }
    }
    logits = h;
    return loss;
}

} // namespace psnn::detail
