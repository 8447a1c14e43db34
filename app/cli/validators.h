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

/// A whole number >= low (a count of -1 used to mean "all images" by accident).
inline CLI::Validator wholeFrom(long long low)
{
    return CLI::Validator(
        [low](std::string& text) -> std::string {
            long long value = 0;
            if (!CLI::detail::lexical_cast(text, value) || value < low)
                return "must be a whole number of " + std::to_string(low) + " or more, not " + text;
            return {};
        },
        "INTEGER >= " + std::to_string(low));
}

/// A finite number > 0: an energy, a step size (nan and inf would flow into every result).
inline CLI::Validator positiveFinite()
{
    return CLI::Validator(
        [](std::string& text) -> std::string {
            double value = 0;
            if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || value <= 0)
                return "must be a finite number above 0, not " + text;
            return {};
        },
        "NUMBER > 0");
}

} // namespace psnn::cli
