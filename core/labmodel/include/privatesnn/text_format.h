// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace psnn {

/// A fraction as a percentage with a space before the sign: 0.8812 -> "88.1 %". The project's one
/// percent formatter: the CLI and core's summaries use it as is, the GUI and the report put their
/// locale's decimal separator in place of the '.' ("88,1 %" in German). NaN or infinity gives "—".
std::string formatPercent(double fraction, int decimals = 1);

} // namespace psnn
