// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the gradient-ascent loop that attack 1 (Algorithm 2) and attack 2 (Algorithm 4) share.
#pragma once

#include "privatesnn/attacks.h"

#include <ATen/core/Tensor.h>

#include <functional>

namespace psnn::detail {

/// d objective / d x for a batch (x in the normalised space, B x C x H x W) and the objective per
/// image (B, detached). batch identifies the group of images, for seeding per-batch randomness.
using AscentGradient = std::function<at::Tensor(const at::Tensor& x, const at::Tensor& targets, int iteration,
                                                int64_t batch, at::Tensor& score)>;
/// The attacked model's target score of final images (no jitter, no gradient).
using AscentScore = std::function<at::Tensor(const at::Tensor& x, const at::Tensor& targets, int64_t batch)>;

/// Runs the ascent for every (class, restart x candidate) in lockstep over iterations, batch by
/// batch, then scores and selects. numClasses checks config.classes.
AttackResult runAscent(const std::string& method, const InputSpec& spec, int64_t numClasses, const AttackConfig& config,
                       const AscentGradient& gradient, const AscentScore& score, ProgressSink& progress);

/// Gaussian blur of a batch, per channel, kernel radius ceil(3 sigma), reflected borders
/// (OpenCV's default BORDER_REFLECT_101).
at::Tensor gaussianBlur(const at::Tensor& x, double sigma);

/// Rounds the de-normalised image to multiples of 1/255 and maps it back.
at::Tensor quantize8(const at::Tensor& x, const InputSpec& spec);

/// [lo, hi] of the normalised image of [0, 1], shaped 1 x C x 1 x 1.
std::pair<at::Tensor, at::Tensor> validRange(const InputSpec& spec);

/// Seed of restart r of class c (independent of the batch layout).
uint64_t mixSeed(uint64_t seed, uint64_t a, uint64_t b);

} // namespace psnn::detail
