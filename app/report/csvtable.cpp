// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"

#include <QLocale>

#include <cmath>

namespace psnn {

namespace {

QString quoted(const QString& cell)
{
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                             || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return cell;
    QString inner = cell;
    inner.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + inner + QStringLiteral("\"");
}

QByteArray line(const QStringList& cells)
{
    QStringList quotedCells;
    for (const QString& cell : cells)
        quotedCells << quoted(cell);
    return quotedCells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

CsvTable::CsvTable(QStringList header)
    : m_header(std::move(header))
{
}

void CsvTable::addRow(const QStringList& cells)
{
    m_rows << cells;
}

QByteArray CsvTable::toUtf8() const
{
    QByteArray result = line(m_header);
    for (const QStringList& row : m_rows)
        result += line(row);
    return result;
}

QString CsvTable::number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return {};
    return QString::number(*value, 'g', QLocale::FloatingPointShortest);
}

} // namespace psnn
