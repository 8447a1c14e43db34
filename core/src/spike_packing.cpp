// SPDX-License-Identifier: GPL-3.0-or-later
// Eight 0/1 bytes become one byte by a single 64-bit multiply (and back by a multiply and a mask),
// so packing costs a few vectorised passes instead of a per-bit loop or a byte reduction.
#include "spike_packing.h"

#include <ATen/ATen.h>

namespace psnn {
namespace {

// Byte i of a little-endian word, if 0 or 1, lands on bit i of the top byte.
constexpr int64_t kGather = 0x0102040810204080LL;
// Copies a byte into all eight bytes of a word.
constexpr int64_t kSpread = 0x0101010101010101LL;
// Keeps bit i in byte i.
constexpr int64_t kSelect = static_cast<int64_t>(0x8040201008040201ULL);

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
    const at::Tensor words = flat.contiguous().view(at::kLong); // n x padded/8, eight spikes each
    // Multiplication wraps modulo 2^64; the top byte holds the eight bits.
    packed.bits = words.mul(kGather).bitwise_right_shift(56).bitwise_and(0xFF).to(at::kByte);
    return packed;
}

at::Tensor unpackSpikes(const PackedSpikes& packed)
{
    const int64_t n = packed.shape[0];
    int64_t d = 1;
    for (size_t i = 1; i < packed.shape.size(); ++i)
        d *= packed.shape[i];
    const at::Tensor words = packed.bits.to(at::kLong).mul(kSpread).bitwise_and(kSelect);
    return words.view(at::kByte).view({n, -1}).narrow(1, 0, d).ne(0).to(at::kByte).view(packed.shape);
}

} // namespace psnn
