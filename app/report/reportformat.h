// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the report prints numbers. One place, so the tables, the summary and the tests agree on
// every digit. A missing value prints as an em dash. Units are joined to the value with a
// no-break space, so a table cell never wraps between them.

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace psnn {

QString missingValue();
/// A count from results.json as the formatters take it.
inline std::optional<double> asDouble(std::optional<int64_t> value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}
/// 0.9055 -> "90.55 %".
QString formatPercent(std::optional<double> fraction);
/// A difference of two fractions in percentage points with a sign: -0.0035 -> "−0.35 points".
QString formatPointChange(double fractionDelta);
/// Picojoules shown as microjoules: 3.3e7 -> "33.00 µJ"; below 1 µJ three significant digits.
QString formatMicrojoules(std::optional<double> picojoules);
/// Fréchet distance with one decimal: "232.0".
QString formatFid(std::optional<double> fid);
/// Kernel distance × 1000 with its standard deviation: 0.0655, 0.01 -> "65.50 ± 10.00".
QString formatKid(std::optional<double> kid, std::optional<double> kidStd);
/// Kernel distance on the study's scale, 0 = the held-out real images' value, 1 = the attacks'
/// starting noise's, with its standard deviation on that scale: 0.12, 0.04 between 0.02 and 0.42 ->
/// "0.25 ± 0.10".
QString formatNormalisedKid(double kid, double kidStd, double real, double noise);
/// A p-value: small ones in scientific notation ("1.0e-20"), others with three decimals.
QString formatPValue(std::optional<double> p);
/// Seconds as "280.0 s" below two minutes, as "4 min 40 s" or "1 h 02 min" above.
QString formatSeconds(std::optional<double> seconds);
/// A whole count with thousands separators: "218,256".
QString formatCount(std::optional<double> count);
/// A plain number with a fixed number of decimals.
QString formatDecimal(std::optional<double> value, int decimals);
/// A number with `digits` significant digits (learning rates, spike rates).
QString formatSignificant(std::optional<double> value, int digits);
/// A tensor shape without the batch dimension: [16, 28, 28] -> "16 × 28 × 28".
QString formatShape(const std::vector<int64_t>& shape);
/// A ratio such as SNN energy / ANN energy: "1.50×".
QString formatRatio(double ratio);

} // namespace psnn
