// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "models/numberformat.h"
#include "privatesnn/study_summary.h" // normaliseDistance

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace psnn {

namespace {

const QString NoBreakSpace = QStringLiteral("\u00a0");

bool usable(std::optional<double> value)
{
    return value && std::isfinite(*value);
}

QString fixed(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString missingValue()
{
    return QStringLiteral("\u2014");
}

QString formatPercent(std::optional<double> fraction)
{
    if (!usable(fraction))
        return missingValue();
    // The report's percentages keep their sign on the number's line.
    return formatLocalePercent(*fraction, 2).replace(QLatin1Char(' '), NoBreakSpace);
}

QString formatPointChange(double fractionDelta)
{
    const double points = fractionDelta * 100.0;
    // A true minus sign, and "+" for gains, so a reader never confuses a drop with a gain.
    const QString sign = points < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    return sign + fixed(std::abs(points), 2) + NoBreakSpace + QStringLiteral("points");
}

QString formatMicrojoules(std::optional<double> picojoules)
{
    if (!usable(picojoules))
        return missingValue();
    const double microjoules = *picojoules * 1e-6;
    const QString number = std::abs(microjoules) >= 1.0 ? fixed(microjoules, 2)
                                                        : QLocale().toString(microjoules, 'g', 3);
    return number + NoBreakSpace + QStringLiteral("µJ");
}

QString formatFid(std::optional<double> fid)
{
    return usable(fid) ? fixed(*fid, 1) : missingValue();
}

QString formatKid(std::optional<double> kid, std::optional<double> kidStd)
{
    if (!usable(kid))
        return missingValue();
    QString text = fixed(*kid * 1000.0, 2);
    if (usable(kidStd))
        text += NoBreakSpace + QStringLiteral("±") + NoBreakSpace + fixed(*kidStd * 1000.0, 2);
    return text;
}

QString formatNormalisedKid(double kid, double kidStd, double real, double noise)
{
    const double scale = std::abs(noise - real);
    if (!std::isfinite(kid) || !std::isfinite(scale) || scale == 0)
        return missingValue();
    QString text = fixed(normaliseDistance(kid, real, noise), 2);
    if (std::isfinite(kidStd))
        text += NoBreakSpace + QStringLiteral("±") + NoBreakSpace + fixed(kidStd / scale, 2);
    return text;
}

QString formatPValue(std::optional<double> p)
{
    if (!usable(p))
        return missingValue();
    if (*p != 0.0 && *p < 1e-3)
        return QLocale().toString(*p, 'e', 1);
    return fixed(*p, 3);
}

QString formatSeconds(std::optional<double> seconds)
{
    if (!usable(seconds))
        return missingValue();
    if (*seconds < 120.0)
        return fixed(*seconds, 1) + NoBreakSpace + QStringLiteral("s");
    const qint64 whole = std::llround(*seconds);
    if (whole < 3600) {
        return QString::number(whole / 60) + NoBreakSpace + QStringLiteral("min") + NoBreakSpace
               + QStringLiteral("%1").arg(whole % 60, 2, 10, QLatin1Char('0')) + NoBreakSpace + QStringLiteral("s");
    }
    return QString::number(whole / 3600) + NoBreakSpace + QStringLiteral("h") + NoBreakSpace
           + QStringLiteral("%1").arg((whole % 3600) / 60, 2, 10, QLatin1Char('0')) + NoBreakSpace
           + QStringLiteral("min");
}

QString formatCount(std::optional<double> count)
{
    if (!usable(count))
        return missingValue();
    QLocale locale;
    // The C locale leaves out group separators by default; counts of millions need them.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(static_cast<qint64>(std::llround(*count)));
}

QString formatDecimal(std::optional<double> value, int decimals)
{
    return usable(value) ? fixed(*value, decimals) : missingValue();
}

QString formatSignificant(std::optional<double> value, int digits)
{
    return usable(value) ? QLocale().toString(*value, 'g', digits) : missingValue();
}

QString formatShape(const std::vector<int64_t>& shape)
{
    if (shape.empty())
        return missingValue();
    QStringList parts;
    for (const int64_t size : shape)
        parts << QString::number(size);
    return parts.join(NoBreakSpace + QStringLiteral("×") + NoBreakSpace);
}

QString formatRatio(double ratio)
{
    return std::isfinite(ratio) ? fixed(ratio, 2) + QStringLiteral("×") : missingValue();
}

} // namespace psnn
