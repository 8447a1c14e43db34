// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace psnn {

// The GUI's numbers in the user's locale. Named apart from the report's formatCount and
// formatPercent (std::optional<double>) and core's formatPercent (std::string), which share the
// namespace: an overload of either would silently take the other's calls.

/// A count such as 1234567 with the locale's thousands separators ("1,234,567").
QString formatLocaleCount(qint64 value);
/// A fraction in [0, 1] as a percentage ("98.2 %" with one decimal): core's formatPercent with the
/// locale's decimal separator.
QString formatLocalePercent(double fraction, int decimals = 1);

} // namespace psnn
