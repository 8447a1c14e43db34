// SPDX-License-Identifier: GPL-3.0-or-later
// Preconditions of the engine's kernels (snn_layer_kernels.h), one function per kernel, called on
// entry before any data_ptr is taken. Each throws c10::Error (TORCH_CHECK) naming the kernel, the
// layer and the tensor at fault. Kept out of line in their own file: the kernels stay readable, and
// a profile shows the checks' cost as functions of their own (see README.md, "Performance").
#pragma once

#include "snn_layer_kernels.h"

#include <ATen/core/Tensor.h>

#include <string_view>

namespace psnn::kernels::checks {

void eventConv(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& shape, const at::Tensor& out);
void eventLinear(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
                 const at::Tensor& out);
void sumPool(std::string_view layer, const at::Tensor& counts, int64_t kernel, int64_t stride);
void integrateAndFire(std::string_view layer, const at::Tensor& currents, const at::Tensor& theta,
                      const at::Tensor& membrane, const at::Tensor& spikes);
void eventFire(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& weight,
               const ConvShape& shape, const at::Tensor& bias, const at::Tensor& theta, int64_t batch,
               const at::Tensor& spikes);
void integrateAndFireBackward(std::string_view layer, const at::Tensor& currents, const at::Tensor& spikeGrad,
                              const at::Tensor& theta);
void eventConvWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad,
                         const ConvShape& shape);
void eventLinearWeightGrad(std::string_view layer, const at::Tensor& counts, float divisor, const at::Tensor& grad);
void byteTensor(std::string_view what, const at::Tensor& counts);

} // namespace psnn::kernels::checks
