// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor_hash.h"

#include "privatesnn/sha256.h"

#include <ATen/ATen.h>

namespace psnn {

std::string tensorSha256(const at::Tensor& t)
{
    if (!t.defined())
        return "none";
    const at::Tensor c = t.detach().cpu().contiguous();
    return sha256Hex(c.data_ptr(), size_t(c.numel()) * c.element_size());
}

} // namespace psnn
