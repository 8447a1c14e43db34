// SPDX-License-Identifier: GPL-3.0-or-later
// Small text helpers that several readers' messages share.
#include "message_text.h"

#include <sstream>

namespace psnn {

std::string numberText(double v)
{
    std::ostringstream text;
    text << v;
    return text.str();
}

std::string joined(const std::vector<std::string>& items, const char* separator)
{
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

} // namespace psnn
