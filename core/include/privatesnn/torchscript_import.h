// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"

#include <string>
#include <vector>

namespace psnn {

struct ImportOptions {
    /// 0 = infer a square input size from the first Linear layer's width.
    int64_t height = 0;
    int64_t width = 0;
    std::vector<std::string> classNames;  ///< default "class 0", "class 1", ...
    std::vector<double> mean{0.5};        ///< the normalisation the model was trained with
    std::vector<double> std{0.5};
    /// Max abs logit difference allowed between the TorchScript module and the imported network.
    double tolerance = 1e-4;
};

/// Reads a TorchScript file (torch.jit.script or torch.jit.trace) of a VGG-style network into the
/// project's description, folding BatchNorm2d into the conv before it. The result is verified by
/// running both on random inputs; any layer the method cannot convert gives Error(Unsupported)
/// naming the module path.
Network importTorchScript(const std::string& path, const ImportOptions& options = {});

/// Loads either a TorchScript file or a project archive (by content, not by extension).
Network loadAnyModel(const std::string& path, const ImportOptions& options = {});

} // namespace psnn
