// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace psnn::torchscript {

/// Reads the zip directory of a TorchScript file and refuses (Error) records whose declared sizes
/// no file of this length can hold, or that unpack to more than availableBytes (0 = no limit),
/// before torch::jit::load allocates them. A file that is not a zip passes: the loader names it.
void checkArchiveDirectory(const std::string& path, uint64_t availableBytes);

} // namespace psnn::torchscript
