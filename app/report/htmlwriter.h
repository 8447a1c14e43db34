// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace psnn {

/// A table of already formatted cells. Numeric columns are right-aligned so digits line up.
struct HtmlTable {
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric;        ///< per column; missing entries mean text
    QString caption;            ///< shown under the table, optional
    bool monospace = false;     ///< for hashes and configuration values
    /// The leading columns that name a row: repeated in every part when the PDF splits a table
    /// too wide for its page.
    int keyColumns = 1;
    /// A column of long text (a verdict with its power figure): given a third of the table's width, so
    /// it does not wrap into a narrow tower beside the unbreakable numeric columns; -1: none.
    int wideColumn = -1;
};

/// Builds the report as XHTML-style HTML: every element closed and every text escaped, so the
/// file is well-formed XML for auditors' tools and still renders in a browser and in
/// QTextDocument (which draws the PDF). Text arguments are plain text unless a name says "xhtml".
class HtmlWriter
{
public:
    explicit HtmlWriter(const QString& title);

    /// <h1> for the title, <h2> for sections (numbered "3 Accuracy"), <h3> for subsections.
    void title(const QString& text);
    void section(const QString& text, const QString& anchor);
    void subsection(const QString& text);
    void paragraph(const QString& text);
    void xhtmlParagraph(const QString& xhtml);
    /// The "this step has not run" line of a section without data.
    void notRun(const QString& text);
    void xhtmlBulletList(const QStringList& xhtmlItems);
    void table(const HtmlTable& table);
    /// An image `width` pixels wide (1/96 inch in the PDF), linking to `link` when given (the SVG
    /// of a plot), with a caption under it.
    void figure(const QString& source, int width, int height, const QString& link, const QString& caption);
    void xhtml(const QString& markup);

    /// The whole document, from <!DOCTYPE html> to </html>.
    QString document() const;
    /// The same document for the PDF's portrait A4 pages: tables in a smaller font, and a table of
    /// more than eight columns split into parts that each repeat its key columns, so no column is
    /// cut off at the page's right edge.
    QString pdfDocument() const;

    static QString escaped(const QString& text);
    static QString image(const QString& source, int width, int height, const QString& alt);

private:
    void append(const QString& markup);
    QString wrapped(const QString& body, const QString& extraStyle) const;

    QString m_title;
    QString m_body;
    QString m_pdfBody;
    int m_sections = 0;
};

} // namespace psnn
