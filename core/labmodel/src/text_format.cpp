// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/text_format.h"

#include <charconv>
#include <cmath>

namespace psnn {

std::string formatPercent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return "\u2014";
    // to_chars, not printf: the GUI's process has the user's C locale, whose separator may be ','.
    char text[400];
    const auto [end, error] = std::to_chars(text, text + sizeof(text), fraction * 100.0, std::chars_format::fixed, decimals < 0 ? 0 : decimals);
    if (error != std::errc())
        return "\u2014";
    return std::string(text, end) + " %";
}

} // namespace psnn
