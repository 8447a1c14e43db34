// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A count such as 1234567 with the locale's thousands separators ("1,234,567").
QString formatCount(qint64 value);
/// A fraction in [0, 1] as a percentage ("98.2 %" with one decimal).
QString formatPercent(double fraction, int decimals = 1);
