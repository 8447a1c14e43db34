// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlwriter.h"

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
    m_body += QStringLiteral("<h1>") + escaped(text) + QStringLiteral("</h1>\n");
}

void HtmlWriter::section(const QString& text, const QString& anchor)
{
    ++m_sections;
    m_body += QStringLiteral("<h2 id=\"%1\">%2 %3</h2>\n")
                  .arg(escaped(anchor), QString::number(m_sections), escaped(text));
}

void HtmlWriter::subsection(const QString& text)
{
    m_body += QStringLiteral("<h3>") + escaped(text) + QStringLiteral("</h3>\n");
}

void HtmlWriter::paragraph(const QString& text)
{
    xhtmlParagraph(escaped(text));
}

void HtmlWriter::xhtmlParagraph(const QString& xhtml)
{
    m_body += QStringLiteral("<p>") + xhtml + QStringLiteral("</p>\n");
}

void HtmlWriter::notRun(const QString& text)
{
    m_body += QStringLiteral("<p class=\"notrun\">") + escaped(text) + QStringLiteral("</p>\n");
}

void HtmlWriter::xhtmlBulletList(const QStringList& xhtmlItems)
{
    if (xhtmlItems.isEmpty())
        return;
    QString list = QStringLiteral("<ul>\n");
    for (const QString& item : xhtmlItems)
        list += QStringLiteral("<li>") + item + QStringLiteral("</li>\n");
    m_body += list + QStringLiteral("</ul>\n");
}

void HtmlWriter::table(const HtmlTable& table)
{
    m_body += QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    if (!table.header.isEmpty()) {
        m_body += QStringLiteral("<thead><tr>");
        for (const QString& cell : table.header)
            m_body += QStringLiteral("<th>") + escaped(cell) + QStringLiteral("</th>");
        m_body += QStringLiteral("</tr></thead>\n");
    }
    m_body += QStringLiteral("<tbody>\n");
    for (const QStringList& row : table.rows) {
        m_body += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const bool numeric = column < table.numeric.size() && table.numeric.at(column);
            QStringList classes;
            if (numeric)
                classes << QStringLiteral("num");
            if (table.monospace)
                classes << QStringLiteral("mono");
            // align= as well as the class: QTextDocument ignores text-align on cells.
            m_body += (classes.isEmpty() ? QStringLiteral("<td>")
                                         : QStringLiteral("<td class=\"%1\"%2>")
                                               .arg(classes.join(QLatin1Char(' ')),
                                                    numeric ? QStringLiteral(" align=\"right\"") : QString()))
                      + escaped(row.at(column)) + QStringLiteral("</td>");
        }
        m_body += QStringLiteral("</tr>\n");
    }
    m_body += QStringLiteral("</tbody></table>\n");
    if (!table.caption.isEmpty())
        m_body += QStringLiteral("<p class=\"caption\">") + escaped(table.caption) + QStringLiteral("</p>\n");
}

void HtmlWriter::figure(const QString& source, int width, int height, const QString& link, const QString& caption)
{
    const QString img = image(source, width, height, caption);
    m_body += QStringLiteral("<p>")
              + (link.isEmpty() ? img : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(link), img))
              + QStringLiteral("</p>\n");
    if (!caption.isEmpty())
        m_body += QStringLiteral("<p class=\"caption\">") + escaped(caption) + QStringLiteral("</p>\n");
}

void HtmlWriter::xhtml(const QString& markup)
{
    m_body += markup;
}

QString HtmlWriter::document() const
{
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                          "<meta charset=\"utf-8\"/>\n<title>")
           + escaped(m_title) + QStringLiteral("</title>\n<style type=\"text/css\">\n") + StyleSheet
           + QStringLiteral("</style>\n</head>\n<body>\n") + m_body + QStringLiteral("</body>\n</html>\n");
}

} // namespace psnn
