// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A count such as 1234567 with the locale's thousands separators ("1,234,567").
QString formatCount(qint64 value);
/// A fraction in [0, 1] as a percentage with one decimal ("98.2 %").
QString formatPercent(double fraction);
