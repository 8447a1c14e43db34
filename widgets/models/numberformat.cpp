// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/numberformat.h"

#include <QLocale>

namespace {

QLocale groupingLocale()
{
    QLocale locale;
    // The C locale omits group separators by default; counts of millions need them everywhere.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString formatCount(qint64 value)
{
    return groupingLocale().toString(value);
}

QString formatPercent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}
