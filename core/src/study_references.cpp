// SPDX-License-Identifier: GPL-3.0-or-later
// The study's real end of the distance scale: evaluation images held out of the reference set, so
// "as far as real images" is not measured on images compared with themselves (issue 24).
#include "privatesnn/study.h"

#include <ATen/ATen.h>

namespace psnn {

HeldOutSplit holdOutPerClass(const at::Tensor& labels, const std::vector<int64_t>& classes, int64_t perClass,
                             uint64_t seed)
{
    const int64_t n = labels.size(0);
    at::Generator gen = at::detail::createCPUGenerator(seed);
    const at::Tensor order = at::randperm(n, gen);
    const at::Tensor shuffled = labels.index_select(0, order);
    at::Tensor held = at::zeros({n}, at::kBool);
    for (const int64_t cls : classes) {
        const at::Tensor positions = shuffled.eq(cls).nonzero().flatten().slice(0, 0, perClass);
        held.index_fill_(0, order.index_select(0, positions), true);
    }
    return {held.logical_not().nonzero().flatten(), held.nonzero().flatten()};
}

} // namespace psnn
