// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"
#include "htmlwriter.h"
#include "reportformat.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// The formatter joins units with a no-break space; comparing against plain spaces keeps tests readable.
std::string plain(const QString& text)
{
    QString copy = text;
    return copy.replace(QChar(0x00a0), QLatin1Char(' ')).toStdString();
}

} // namespace

TEST(ReportFormat, PrintsPercentagesWithTwoDecimals)
{
    EXPECT_EQ(plain(psnn::formatPercent(0.9055)), "90.55 %");
    EXPECT_EQ(plain(psnn::formatPercent(1.0)), "100.00 %");
    EXPECT_EQ(plain(psnn::formatPointChange(0.89 - 0.9055)), "\u22121.55 points");
    EXPECT_EQ(plain(psnn::formatPointChange(0.004)), "+0.40 points");
}

TEST(ReportFormat, PrintsMissingValuesAsADash)
{
    EXPECT_EQ(psnn::formatPercent(std::nullopt), psnn::missingValue());
    EXPECT_EQ(psnn::formatFid(std::nan("")), psnn::missingValue());
    EXPECT_EQ(psnn::formatKid(std::nullopt, 0.1), psnn::missingValue());
}

TEST(ReportFormat, PrintsEnergiesInMicrojoules)
{
    EXPECT_EQ(plain(psnn::formatMicrojoules(3.3e7)), "33.00 µJ");
    EXPECT_EQ(plain(psnn::formatMicrojoules(7.1e4)), "0.071 µJ");
}

TEST(ReportFormat, PrintsLeakageScores)
{
    EXPECT_EQ(psnn::formatFid(232.04).toStdString(), "232.0");
    EXPECT_EQ(plain(psnn::formatKid(0.0655, 0.01)), "65.50 ± 10.00");
    EXPECT_EQ(plain(psnn::formatNormalisedKid(0.12, 0.04, 0.02, 0.42)), "0.25 ± 0.10");
    EXPECT_EQ(plain(psnn::formatNormalisedKid(0.5, 0.1, 0.3, 0.3)), plain(psnn::missingValue())); // no scale
    EXPECT_EQ(psnn::formatPValue(1e-20).toStdString(), "1.0e-20");
    EXPECT_EQ(psnn::formatPValue(0.3526).toStdString(), "0.353");
}

TEST(ReportFormat, PrintsDurationsCountsAndShapes)
{
    EXPECT_EQ(plain(psnn::formatSeconds(42.26)), "42.3 s");
    EXPECT_EQ(plain(psnn::formatSeconds(280.0)), "4 min 40 s");
    EXPECT_EQ(plain(psnn::formatSeconds(3720.0)), "1 h 02 min");
    EXPECT_EQ(psnn::formatCount(218256).toStdString(), "218,256");
    EXPECT_EQ(plain(psnn::formatShape({16, 28, 28})), "16 × 28 × 28");
}

TEST(CsvTable, QuotesWhenNeededAndKeepsFullPrecision)
{
    psnn::CsvTable table({QStringLiteral("name"), QStringLiteral("value")});
    table.addRow({QStringLiteral("a, \"b\""), psnn::CsvTable::number(0.1 + 0.2)});
    table.addRow({QStringLiteral("missing"), psnn::CsvTable::number(std::nullopt)});
    EXPECT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.toUtf8().toStdString(), "name,value\r\n\"a, \"\"b\"\"\",0.30000000000000004\r\nmissing,\r\n");
}

TEST(HtmlWriter, EscapesTextAndNumbersSections)
{
    psnn::HtmlWriter html(QStringLiteral("A & B"));
    html.section(QStringLiteral("First <one>"), QStringLiteral("first"));
    html.section(QStringLiteral("Second"), QStringLiteral("second"));
    const QString document = html.document();
    EXPECT_TRUE(document.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(document.contains(QStringLiteral("<title>A &amp; B</title>")));
    EXPECT_TRUE(document.contains(QStringLiteral("<h2 id=\"first\">1 First &lt;one&gt;</h2>")));
    EXPECT_TRUE(document.contains(QStringLiteral("<h2 id=\"second\">2 Second</h2>")));
}
