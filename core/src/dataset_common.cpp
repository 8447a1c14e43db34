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

InputSpec pixelSpace()
{
    InputSpec s;
    s.mean = {0.5};
    s.std = {0.5};
    return s;
}

at::Tensor imagesInSpace(const at::Tensor& images, const InputSpec& from, const InputSpec& to)
{
    if (from.mean == to.mean && from.std == to.std)
        return images;
    const int64_t c = images.size(1);
    auto perChannel = [c](const std::vector<double>& v) {
        return (v.size() == 1 ? at::full({c}, v[0], at::kDouble) : at::tensor(v, at::kDouble))
            .to(at::kFloat)
            .view({1, c, 1, 1});
    };
    // x01 = x * std_from + mean_from, then (x01 - mean_to) / std_to.
    return ((images * perChannel(from.std) + perChannel(from.mean)) - perChannel(to.mean)) / perChannel(to.std);
}

} // namespace psnn
