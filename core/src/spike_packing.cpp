// SPDX-License-Identifier: GPL-3.0-or-later
// Eight 0/1 bytes become one byte by a single 64-bit multiply, and back by a multiply, a mask and
// an add: one pass over the spikes and no temporaries, since BPTT packs and unpacks every layer of
// every chunk (a chain of int64 tensor operations made four full-size temporaries each way).
#include "spike_packing.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <cstring>

namespace psnn {
namespace {

// Byte i of a little-endian word, if 0 or 1, lands on bit i of the top byte.
constexpr uint64_t kGather = 0x0102040810204080ULL;
// Copies a byte into all eight bytes of a word.
constexpr uint64_t kSpread = 0x0101010101010101ULL;
// Keeps bit i in byte i.
constexpr uint64_t kSelect = 0x8040201008040201ULL;
// Added to bytes of at most 0x80, sets a byte's top bit exactly when it is not zero (no carries).
constexpr uint64_t kNonZero = 0x7F7F7F7F7F7F7F7FULL;
constexpr uint64_t kTopBits = 0x8080808080808080ULL;

uint8_t packWord(const uint8_t* eight)
{
    uint64_t word = 0;
    std::memcpy(&word, eight, 8);
    return uint8_t((word * kGather) >> 56);
}

void unpackByte(uint8_t bits, uint8_t* eight)
{
    const uint64_t word = ((((bits * kSpread) & kSelect) + kNonZero) & kTopBits) >> 7;
    std::memcpy(eight, &word, 8);
}

} // namespace

PackedSpikes packSpikes(const at::Tensor& spikes)
{
    // Only 0/1 bytes pack losslessly; their values are not scanned here (a second pass over every
    // layer's spikes), the engine's kernels write nothing else.
    TORCH_CHECK(spikes.defined() && spikes.dim() >= 1 && spikes.device().is_cpu()
                    && (spikes.scalar_type() == at::kByte || spikes.scalar_type() == at::kBool),
                "packSpikes: expected 0/1 spikes as a uint8 or bool CPU tensor [N, ...], got ",
                spikes.defined() ? c10::toString(spikes.scalar_type()) : "an undefined tensor", " ",
                spikes.defined() ? spikes.sizes() : at::IntArrayRef{});
    PackedSpikes packed;
    packed.shape = spikes.sizes().vec();
    const int64_t n = spikes.size(0);
    const at::Tensor flat = spikes.reshape({n, -1}).to(at::kByte).contiguous();
    const int64_t d = flat.size(1), full = d / 8, bytes = (d + 7) / 8;
    packed.bits = at::empty({n, bytes}, at::kByte);
    const uint8_t* in = flat.data_ptr<uint8_t>();
    uint8_t* out = packed.bits.data_ptr<uint8_t>();
    at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            const uint8_t* row = in + r * d;
            uint8_t* dst = out + r * bytes;
            for (int64_t w = 0; w < full; ++w)
                dst[w] = packWord(row + 8 * w);
            if (full < bytes) { // the row's tail, padded with zeros
                uint8_t tail[8] = {};
                std::memcpy(tail, row + 8 * full, size_t(d - 8 * full));
                dst[full] = packWord(tail);
            }
        }
    });
    return packed;
}

at::Tensor unpackSpikes(const PackedSpikes& packed)
{
    TORCH_CHECK(packed.bits.defined() && !packed.shape.empty(),
                "unpackSpikes: the packed spikes are empty (no bits or no shape)");
    const int64_t n = packed.shape[0];
    int64_t d = 1;
    for (size_t i = 1; i < packed.shape.size(); ++i)
        d *= packed.shape[i];
    const at::Tensor bits = packed.bits.contiguous();
    TORCH_CHECK(bits.scalar_type() == at::kByte && bits.dim() == 2 && bits.size(0) == n && bits.size(1) == (d + 7) / 8,
                "unpackSpikes: ", n, " rows of ", d, " spikes need uint8 bits [", n, ", ", (d + 7) / 8, "], got ",
                c10::toString(bits.scalar_type()), " ", bits.sizes());
    const int64_t full = d / 8, bytes = bits.size(1);
    at::Tensor spikes = at::empty({n, d}, at::kByte);
    const uint8_t* in = bits.data_ptr<uint8_t>();
    uint8_t* out = spikes.data_ptr<uint8_t>();
    at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            const uint8_t* src = in + r * bytes;
            uint8_t* row = out + r * d;
            for (int64_t w = 0; w < full; ++w)
                unpackByte(src[w], row + 8 * w);
            if (full < bytes) {
                uint8_t tail[8];
                unpackByte(src[full], tail);
                std::memcpy(row + 8 * full, tail, size_t(d - 8 * full));
            }
        }
    });
    return spikes.view(packed.shape);
}

} // namespace psnn
