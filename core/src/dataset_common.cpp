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
    // In place: a whole split (Fashion-MNIST's training set is 188 MB as floats) is normalised before
    // a subset is picked, and out-of-place steps held two such copies at once.
    at::Tensor images = u8.to(at::kFloat).contiguous();
    images.div_(127.5).sub_(1.0);
    return images;
}

} // namespace psnn
