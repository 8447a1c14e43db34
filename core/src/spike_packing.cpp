// SPDX-License-Identifier: GPL-3.0-or-later
#include "spike_packing.h"

#include <ATen/ATen.h>

namespace psnn {
namespace {

const at::Tensor& bitWeights()
{
    static const at::Tensor weights = at::tensor({1, 2, 4, 8, 16, 32, 64, 128}, at::kByte);
    return weights;
}

} // namespace

PackedSpikes packSpikes(const at::Tensor& spikes)
{
    PackedSpikes packed;
    packed.shape = spikes.sizes().vec();
    const int64_t n = spikes.size(0);
    at::Tensor flat = spikes.reshape({n, -1}).to(at::kByte);
    const int64_t d = flat.size(1);
    const int64_t padded = (d + 7) / 8 * 8;
    if (padded != d)
        flat = at::constant_pad_nd(flat, {0, padded - d}, 0);
    packed.bits = flat.view({n, padded / 8, 8}).mul(bitWeights()).sum(2, false, at::kByte);
    return packed;
}

at::Tensor unpackSpikes(const PackedSpikes& packed)
{
    const int64_t n = packed.shape[0];
    const at::Tensor bits = packed.bits.unsqueeze(2).bitwise_and(bitWeights()).ne(0);
    int64_t d = 1;
    for (size_t i = 1; i < packed.shape.size(); ++i)
        d *= packed.shape[i];
    return bits.view({n, -1}).narrow(1, 0, d).to(at::kFloat).view(packed.shape);
}

} // namespace psnn
