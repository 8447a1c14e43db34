// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace psnn {

/// A number as the error messages print it: a stream's default six significant digits ("0.001", "nan").
std::string numberText(double v);

/// The items with separator between them ("" for none).
std::string joined(const std::vector<std::string>& items, const char* separator);

} // namespace psnn
