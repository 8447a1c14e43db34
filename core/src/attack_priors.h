// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the natural-image priors of the class-representation attacks that act on the image
// itself (transformation robustness, the decorrelated parametrisation, feature statistics).
#pragma once

#include "privatesnn/attacks.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>

namespace psnn::detail {

/// One random zoom and rotation about the image centre, shared by every image of an iteration.
struct Warp {
    double scale = 1;   ///< > 1 zooms in
    double degrees = 0; ///< counter-clockwise
    bool identity() const { return scale == 1 && degrees == 0; }
};

/// The iteration's warp, drawn uniformly from [1 - priors.scale, 1 + priors.scale] and
/// [-priors.rotate, priors.rotate] degrees from a stream seeded by (seed, iteration).
Warp drawWarp(const ImagePriors& priors, uint64_t seed, int iteration);

/// The warped batch (bilinear, reflected borders). Differentiable: the attack steps along the
/// warp's adjoint of the gradient it gets on the warped image.
at::Tensor applyWarp(const at::Tensor& x, const Warp& warp);

/// Lucid's decorrelated image parametrisation (Olah et al. 2017, lucent fft_image):
/// x = irfft2(S * z) with S = 1 / max(f, 1 / max(H, W))^decay (f in cycles per pixel), here
/// scaled to a maximum of 1 so no frequency is ever amplified. Orthonormal FFTs.
at::Tensor spectrumScale(int64_t height, int64_t width, double decay, const at::TensorOptions& options);
at::Tensor imageFromSpectrum(const at::Tensor& spectrum, const at::Tensor& scale, int64_t height, int64_t width);
at::Tensor spectrumFromImage(const at::Tensor& image, const at::Tensor& scale);

/// The image-space step that gradient ascent on the spectrum z takes for an image gradient g:
/// irfft2(S * d/dz), i.e. g with every frequency weighted by S^2 (through autograd, so the real
/// FFT's half-spectrum bookkeeping is exact).
at::Tensor fourierStep(const at::Tensor& gradient, double decay);

/// Squared total variation per image (sum of squared horizontal and vertical neighbour
/// differences), B values; the quantity the TV prior lowers.
at::Tensor totalVariation(const at::Tensor& x);

/// DeepInversion's feature-statistics prior, without BatchNorm: the activations of `layers`
/// (the network's spiking/ReLU outputs with a channel dimension) on the reference images give a
/// per-channel mean and variance; an attack image's own per-channel statistics are pulled towards
/// them. Per image (not per batch), so results do not depend on the batch layout.
struct FeatureStatistics {
    std::vector<size_t> layers;   ///< layer indices whose outputs are matched
    std::vector<at::Tensor> mean; ///< per layer, C
    std::vector<at::Tensor> var;  ///< per layer, C
};
FeatureStatistics featureStatistics(const Network& net, const at::Tensor& reference);
/// Sum over layers of ||mu_l(x_b) - mu_l|| + ||var_l(x_b) - var_l||, per image (B), from the
/// network's forward pass; differentiable.
at::Tensor featureStatisticsLoss(const Network& net, const FeatureStatistics& stats, const at::Tensor& x,
                                 at::Tensor& logits);

} // namespace psnn::detail
