// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/dataset.h"

#include <ATen/ATen.h>

namespace psnn {

Dataset Dataset::slice(int64_t begin, int64_t end) const
{
    Dataset part = *this;
    part.images = images.slice(0, begin, end);
    part.labels = labels.slice(0, begin, end);
    return part;
}

at::Tensor normalizeU8(const at::Tensor& u8)
{
    // (x / 255 - 0.5) / 0.5, as the paper's code: inputs in [-1, 1] for the signed Poisson encoder.
    return u8.to(at::kFloat).div(127.5).sub(1.0).contiguous();
}

} // namespace psnn
