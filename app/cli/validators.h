// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <CLI/CLI.hpp>

#include <cmath>
#include <string>

namespace psnn::cli {

/// A number >= 0. CLI11's NonNegativeNumber is a range up to DBL_MAX and prints that bound in all
/// its 309 digits when it refuses a value; this says what it means in a few words.
inline CLI::Validator nonNegative()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            double value = 0;
            if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || value < 0)
                return "must be a number of 0 or more, not " + text;
            return {};
        },
        "NUMBER >= 0");
}

} // namespace psnn::cli
