// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace psnn {

/// A CSV file (RFC 4180: comma separated, CRLF line ends, quoted when needed) with a header row.
/// Numbers are written in full precision with a '.' decimal point whatever the locale, so the file
/// holds the same values as results.json and any spreadsheet or script reads them back exactly.
class CsvTable
{
public:
    explicit CsvTable(QStringList header);

    void addRow(const QStringList& cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QByteArray toUtf8() const;

    /// The shortest text that reads back as the same double; empty when missing.
    static QString number(std::optional<double> value);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace psnn
