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

    static QString escaped(const QString& text);
    static QString image(const QString& source, int width, int height, const QString& alt);

private:
    QString m_title;
    QString m_body;
    int m_sections = 0;
};

} // namespace psnn
