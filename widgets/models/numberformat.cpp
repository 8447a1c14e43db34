// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/numberformat.h"

#include "privatesnn/text_format.h"

#include <QLocale>

namespace psnn {
namespace {

QLocale groupingLocale()
{
    QLocale locale;
    // The C locale omits group separators by default; counts of millions need them everywhere.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString formatLocaleCount(qint64 value)
{
    return groupingLocale().toString(value);
}

QString formatLocalePercent(double fraction, int decimals)
{
    // The separator may be outside Latin-1 (Arabic's U+066B), so it replaces the '.' here.
    return QString::fromStdString(psnn::formatPercent(fraction, decimals)).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

} // namespace psnn
