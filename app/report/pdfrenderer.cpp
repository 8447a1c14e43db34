// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "reporttext.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

namespace psnn {

namespace {

constexpr int Resolution = 300;       // dots per inch: sharp text and plots when printed
constexpr qreal BodyPointSize = 9.0;
constexpr qreal FooterPointSize = 7.5;

[[noreturn]] void fail(const QString& path, const QString& why)
{
    throw ReportError(ReportText::tr("Cannot write %1: %2").arg(path, why).toStdString());
}

// The page on which a block's first line is drawn. Lines that do not fit are moved down inside
// their block, so the block's own top can still lie on the page before.
int pageOfFirstLine(QAbstractTextDocumentLayout& layout, const QTextBlock& block, qreal pageHeight)
{
    qreal top = layout.blockBoundingRect(block).top();
    const QTextLayout* text = block.layout();
    if (text && text->lineCount() > 0)
        top += text->lineAt(0).y();
    return static_cast<int>(top / pageHeight);
}

// The first heading whose following block starts on a later page, or an invalid block. A heading
// that already starts a page is left alone: what follows it is then taller than a page.
QTextBlock strandedHeading(QTextDocument& document)
{
    QAbstractTextDocumentLayout& layout = *document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() == 0 || !next.isValid() || next.blockFormat().headingLevel() > 0
            || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        if (pageOfFirstLine(layout, next, pageHeight) > pageOfFirstLine(layout, block, pageHeight))
            return block;
    }
    return {};
}

// QTextDocument has no "keep with next". A heading (or a run of headings, such as a section's and
// its first subsection's) whose following block starts on the next page gets a page break before
// it instead, so no page ends with a heading whose content is overleaf. Each break moves all that
// follows, and the layout only reflects it after a full relayout, so one heading per round.
void keepHeadingsWithNext(QTextDocument& document)
{
    const int rounds = document.blockCount();
    for (int round = 0; round < rounds; ++round) {
        document.markContentsDirty(0, document.characterCount());
        document.documentLayout()->documentSize(); // lays out the whole document again
        QTextBlock first = strandedHeading(document);
        if (!first.isValid())
            return;
        while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0)
            first = first.previous();
        QTextBlockFormat format = first.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
    }
}

} // namespace

void writePdf(const QString& html, const QDir& baseDir, const QString& path, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PrivateSNN Lab"));

        QTextDocument document;
        // Laying out on the writer makes point sizes and image pixel sizes (1/96 inch) come out right.
        document.documentLayout()->setPaintDevice(&writer);
        QFont body(QStringLiteral("DejaVu Sans"));
        body.setPointSizeF(BodyPointSize);
        // No ligatures: pdftotext and viewers' search would otherwise see "ﬁ" where "fi" was written.
        body.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(body);
        // Break lines only between words: the default also breaks inside words when a table column
        // is narrow, which splits numbers such as "121.30 ± 15.20" (held together by no-break spaces).
        QTextOption wrapping = document.defaultTextOption();
        wrapping.setWrapMode(QTextOption::WordWrap);
        document.setDefaultTextOption(wrapping);
        document.setBaseUrl(QUrl::fromLocalFile(baseDir.absolutePath() + QLatin1Char('/')));
        document.setHtml(html);

        QFont footerFont = body;
        footerFont.setPointSizeF(FooterPointSize);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.0;
        const QSizeF page(writer.width(), writer.height());
        const QSizeF bodySize(page.width(), page.height() - footerHeight);
        document.setPageSize(bodySize);
        keepHeadingsWithNext(document);

        QPainter painter;
        if (!painter.begin(&writer))
            fail(path, ReportText::tr("the PDF writer could not start"));
        const int pages = document.pageCount();
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -index * bodySize.height());
            document.drawContents(&painter, QRectF(QPointF(0, index * bodySize.height()), bodySize));
            painter.restore();

            const QRectF footer(0, page.height() - footerMetrics.height(), page.width(), footerMetrics.height());
            painter.setFont(footerFont);
            painter.setPen(QColor(0x66, 0x66, 0x66));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             ReportText::tr("Page %1 of %2").arg(QString::number(index + 1), QString::number(pages)));
        }
        painter.end();
    }
    if (!file.commit())
        fail(path, file.errorString());
}

} // namespace psnn
