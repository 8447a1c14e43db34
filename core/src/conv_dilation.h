// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's Conv2d has no dilation; the importers (NIR, ONNX) run a dilated kernel as the larger
// kernel with zeros between its taps, which gives the same sums (a zero product changes no float sum).
#pragma once

#include <ATen/ATen.h>

#include <cstdint>

namespace psnn {

/// weight [O, I, k, k] with dilation d as [O, I, (k - 1) d + 1, (k - 1) d + 1].
inline at::Tensor undilatedKernel(const at::Tensor& weight, int64_t dilation)
{
    const int64_t k = weight.size(2), span = (k - 1) * dilation + 1;
    at::Tensor out = at::zeros({weight.size(0), weight.size(1), span, span}, weight.options());
    out.slice(2, 0, span, dilation).slice(3, 0, span, dilation).copy_(weight);
    return out;
}

} // namespace psnn
