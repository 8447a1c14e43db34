// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ATen/core/Tensor.h>

#include <vector>

namespace psnn {

/// Binary spikes stored at one bit each (8x smaller than bytes, 32x smaller than float).
struct PackedSpikes {
    at::Tensor bits;               ///< uint8, N x ceil(D / 8)
    std::vector<int64_t> shape;    ///< the original shape, N first
};

PackedSpikes packSpikes(const at::Tensor& spikes);
/// uint8 0/1 tensor of the original shape (the engine's spike layout).
at::Tensor unpackSpikes(const PackedSpikes& packed);

} // namespace psnn
