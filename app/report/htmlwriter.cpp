// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlwriter.h"

#include "reporttext.h"

#include <algorithm>

namespace psnn {

namespace {

// Styles understood by browsers and, for the subset it knows, by QTextDocument. The table
// attributes (border, cellpadding) in table() cover what QTextDocument ignores here.
const QString StyleSheet = QStringLiteral(
    "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #1a1a1a; }\n"
    "h1 { font-size: 17pt; color: #1f3b5a; margin-bottom: 4px; }\n"
    "h2 { font-size: 13pt; color: #1f3b5a; margin-top: 16px; margin-bottom: 6px; }\n"
    "h3 { font-size: 10.5pt; color: #1f3b5a; margin-top: 10px; margin-bottom: 4px; }\n"
    "table.data { border-collapse: collapse; margin-bottom: 4px; }\n"
    "table.data th { background-color: #e6ecf2; text-align: left; padding: 2px 6px; border: 1px solid #9aa5b1; }\n"
    "table.data td { padding: 2px 6px; border: 1px solid #9aa5b1; }\n"
    "td.num { text-align: right; white-space: nowrap; }\n"
    ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; }\n"
    ".notrun { color: #666666; font-style: italic; }\n"
    ".caption { color: #444444; font-size: 8pt; }\n"
    ".leaks { color: #b00020; font-weight: bold; }\n"
    ".safe { color: #1b5e20; font-weight: bold; }\n");

// The PDF's tables: eight columns of intervals and a verdict fit a portrait A4 page at this size.
const QString PdfStyleSheet = QStringLiteral("table.data td, table.data th { font-size: 7.5pt; }\n");
constexpr int MaxPdfColumns = 8;

QString tableMarkup(const HtmlTable& table, const QList<int>& columns)
{
    const bool wide = columns.contains(table.wideColumn);
    QString markup = QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"%1>\n")
                         .arg(wide ? QStringLiteral(" width=\"100%\"") : QString());
    if (!table.header.isEmpty()) {
        markup += QStringLiteral("<thead><tr>");
        for (const int column : columns)
            markup += (column == table.wideColumn ? QStringLiteral("<th width=\"33%\">") : QStringLiteral("<th>"))
                + HtmlWriter::escaped(table.header.value(column)) + QStringLiteral("</th>");
        markup += QStringLiteral("</tr></thead>\n");
    }
    markup += QStringLiteral("<tbody>\n");
    for (const QStringList& row : table.rows) {
        markup += QStringLiteral("<tr>");
        for (const int column : columns) {
            if (column >= row.size())
                continue;
            const bool numeric = column < table.numeric.size() && table.numeric.at(column);
            QStringList classes;
            if (numeric)
                classes << QStringLiteral("num");
            if (table.monospace)
                classes << QStringLiteral("mono");
            // align= as well as the class: QTextDocument ignores text-align on cells.
            markup += (classes.isEmpty() ? QStringLiteral("<td>")
                                         : QStringLiteral("<td class=\"%1\"%2>")
                                               .arg(classes.join(QLatin1Char(' ')),
                                                    numeric ? QStringLiteral(" align=\"right\"") : QString()))
                + HtmlWriter::escaped(row.at(column)) + QStringLiteral("</td>");
        }
        markup += QStringLiteral("</tr>\n");
    }
    return markup + QStringLiteral("</tbody></table>\n");
}

QString captionMarkup(const QString& caption)
{
    return caption.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"caption\">") + HtmlWriter::escaped(caption) + QStringLiteral("</p>\n");
}

int columnCount(const HtmlTable& table)
{
    qsizetype count = table.header.size();
    for (const QStringList& row : table.rows)
        count = std::max(count, row.size());
    return static_cast<int>(count);
}

} // namespace

HtmlWriter::HtmlWriter(const QString& title)
    : m_title(title)
{
}

QString HtmlWriter::escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString HtmlWriter::image(const QString& source, int width, int height, const QString& alt)
{
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/>")
        .arg(escaped(source), QString::number(width), QString::number(height), escaped(alt));
}

void HtmlWriter::title(const QString& text)
{
    append(QStringLiteral("<h1>") + escaped(text) + QStringLiteral("</h1>\n"));
}

void HtmlWriter::section(const QString& text, const QString& anchor)
{
    ++m_sections;
    append(
        QStringLiteral("<h2 id=\"%1\">%2 %3</h2>\n").arg(escaped(anchor), QString::number(m_sections), escaped(text)));
}

void HtmlWriter::subsection(const QString& text)
{
    append(QStringLiteral("<h3>") + escaped(text) + QStringLiteral("</h3>\n"));
}

void HtmlWriter::paragraph(const QString& text)
{
    xhtmlParagraph(escaped(text));
}

void HtmlWriter::xhtmlParagraph(const QString& xhtml)
{
    append(QStringLiteral("<p>") + xhtml + QStringLiteral("</p>\n"));
}

void HtmlWriter::notRun(const QString& text)
{
    append(QStringLiteral("<p class=\"notrun\">") + escaped(text) + QStringLiteral("</p>\n"));
}

void HtmlWriter::xhtmlBulletList(const QStringList& xhtmlItems)
{
    if (xhtmlItems.isEmpty())
        return;
    QString list = QStringLiteral("<ul>\n");
    for (const QString& item : xhtmlItems)
        list += QStringLiteral("<li>") + item + QStringLiteral("</li>\n");
    append(list + QStringLiteral("</ul>\n"));
}

void HtmlWriter::table(const HtmlTable& table)
{
    const int count = columnCount(table);
    QList<int> all;
    for (int column = 0; column < count; ++column)
        all << column;
    m_body += tableMarkup(table, all) + captionMarkup(table.caption);

    const int keys = std::clamp(table.keyColumns, 0, MaxPdfColumns - 1);
    if (count <= MaxPdfColumns || keys >= count) {
        m_pdfBody += tableMarkup(table, all) + captionMarkup(table.caption);
        return;
    }
    // Parts of equal width, each with the key columns first, so every row can still be read whole.
    const int rest = count - keys;
    const int parts = (rest + MaxPdfColumns - keys - 1) / (MaxPdfColumns - keys);
    const int perPart = (rest + parts - 1) / parts;
    for (int part = 0; part < parts; ++part) {
        QList<int> columns;
        for (int column = 0; column < keys; ++column)
            columns << column;
        for (int column = keys + part * perPart; column < std::min(count, keys + (part + 1) * perPart); ++column)
            columns << column;
        m_pdfBody += tableMarkup(table, columns)
            + captionMarkup(ReportText::tr("Part %1 of %2 of this table, split to fit the page (the HTML "
                                           "report shows it whole).")
                                .arg(QString::number(part + 1), QString::number(parts)));
    }
    m_pdfBody += captionMarkup(table.caption);
}

void HtmlWriter::figure(const QString& source, int width, int height, const QString& link, const QString& caption)
{
    const QString img = image(source, width, height, caption);
    append(QStringLiteral("<p>")
           + (link.isEmpty() ? img : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(link), img))
           + QStringLiteral("</p>\n"));
    if (!caption.isEmpty())
        append(QStringLiteral("<p class=\"caption\">") + escaped(caption) + QStringLiteral("</p>\n"));
}

void HtmlWriter::xhtml(const QString& markup)
{
    append(markup);
}

void HtmlWriter::append(const QString& markup)
{
    m_body += markup;
    m_pdfBody += markup;
}

QString HtmlWriter::wrapped(const QString& body, const QString& extraStyle) const
{
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n<title>")
        + escaped(m_title) + QStringLiteral("</title>\n<style type=\"text/css\">\n") + StyleSheet + extraStyle
        + QStringLiteral("</style>\n</head>\n<body>\n") + body + QStringLiteral("</body>\n</html>\n");
}

QString HtmlWriter::document() const
{
    return wrapped(m_body, QString());
}

QString HtmlWriter::pdfDocument() const
{
    return wrapped(m_pdfBody, PdfStyleSheet);
}

} // namespace psnn
