// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core: what one leaf module of a TorchScript model becomes in the project's layer chain.
#pragma once

#include "privatesnn/network.h"

#include <torch/script.h>

#include <string>
#include <vector>

namespace psnn::torchscript {

/// What the conversion did beyond a one-to-one copy, for ModelInfo::notes.
struct ConversionLog {
    std::vector<std::string> foldedBatchNorms; ///< "features.1 into features.0"
    std::vector<std::string> dropoutWithoutP;  ///< traced Dropout modules whose p was not recorded
    std::vector<std::string> skipped;          ///< Identity modules and empty containers
};

/// The module's class without TorchScript's "__torch__." prefix and "___torch_mangle_N" parts, e.g.
/// "torch.nn.modules.conv.Conv2d" or "Net.Block".
std::string moduleClassName(const torch::jit::Module& module);

/// Appends the layer that the leaf module at path becomes, folds a BatchNorm2d into the Conv2d at
/// layers.back(), or skips an Identity. Throws Error(Unsupported) naming path, the reason and a fix
/// for anything the method cannot convert.
void appendLeafModule(const std::string& path, const torch::jit::Module& module, std::vector<Layer>& layers,
                      ConversionLog& log);

} // namespace psnn::torchscript
