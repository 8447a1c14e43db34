// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ATen/core/Tensor.h>

#include <string>

namespace psnn {

/// SHA-256 of a tensor's bytes (a contiguous CPU copy); "none" for an undefined tensor. Used to
/// tie checkpoints and lab steps to the exact data they were computed from.
std::string tensorSha256(const at::Tensor& t);

} // namespace psnn
