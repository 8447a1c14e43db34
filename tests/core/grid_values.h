// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Random tensors whose values lie on a coarse binary grid, so that sums of a few hundred of them are
// exact in float whatever the order of the additions (the engine and kernel tests compare bit for bit).

#include <ATen/ATen.h>

namespace psnn::test {

/// Multiples of 1/8 in [-1, 1]: products and sums of a few hundred of them are exact in float.
inline at::Tensor gridded(at::IntArrayRef shape, at::Generator& gen)
{
    return at::randint(-8, 9, shape, gen, at::kFloat) / 8;
}

/// Normal values times spread on a grid of 1/64, small enough that sums of a few hundred stay exact in float.
inline at::Tensor griddedNormal(at::IntArrayRef shape, at::Generator& gen, double spread)
{
    return (at::randn(shape, gen) * spread * 64).round() / 64;
}

} // namespace psnn::test
