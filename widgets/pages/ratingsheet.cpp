// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ratingsheet.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace psnn {
namespace {

class SheetText {
    Q_DECLARE_TR_FUNCTIONS(SheetText)
};

constexpr int kColumns = 4, kRows = 5; // 20 images a page: large enough to recognise, few pages

} // namespace

QString writeRatingSheet(const QString& labFolder, const QString& sheetId, const QString& pdfPath, int perGroup)
{
    std::unique_ptr<RatingSession> session;
    try {
        session = std::make_unique<RatingSession>(
            labFolder.toStdString(), sheetId.toStdString(), collectRatingImages(labFolder.toStdString()),
            QRandomGenerator::system()->generate64(), size_t(std::max(0, perGroup)));
    } catch (const Error& e) {
        return QString::fromStdString(std::string(e.what()) + " " + e.hint());
    }
    if (session->done() > 0)
        return SheetText::tr("The id \"%1\" already has answers in this lab: choose a new id for a new sheet.")
            .arg(sheetId);
    const std::vector<const RatingImage*> order = session->order();
    QStringList legend;
    for (size_t i = 0; i < session->images().classNames.size(); ++i)
        legend << SheetText::tr("%1 = %2").arg(i).arg(QString::fromStdString(session->images().classNames[i]));

    QPdfWriter pdf(pdfPath);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(SheetText::tr("Rating sheet %1").arg(sheetId));
    QPainter painter;
    if (!painter.begin(&pdf))
        return SheetText::tr("Cannot write the PDF '%1': check that its folder exists and is writable.").arg(pdfPath);
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const int pages = int((order.size() + kColumns * kRows - 1) / (kColumns * kRows));
    const int margin = 40;
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            pdf.newPage();
        QFont font = painter.font();
        font.setPointSizeF(10);
        painter.setFont(font);
        const QRect header(0, 0, page.width(), 330);
        painter.drawText(header, Qt::TextWordWrap,
                         SheetText::tr("Rating sheet %1 — page %2 of %3. For each image write the number of the class "
                                       "you think it shows, or ? if you can't tell. Type the answers as a CSV with "
                                       "the lines \"number,answer\".")
                                 .arg(sheetId)
                                 .arg(p + 1)
                                 .arg(pages)
                             + u'\n' + legend.join(QStringLiteral(",  ")));
        const int cellWidth = page.width() / kColumns, cellHeight = (page.height() - header.height()) / kRows;
        const int edge = std::min(cellWidth, cellHeight - 170) - 2 * margin;
        for (int k = 0; k < kColumns * kRows; ++k) {
            const size_t index = size_t(p * kColumns * kRows + k);
            if (index >= order.size())
                break;
            const QRect cell(k % kColumns * cellWidth, header.height() + k / kColumns * cellHeight, cellWidth,
                             cellHeight);
            const QImage image(QString::fromStdString(order[index]->path));
            const QRect picture(cell.left() + (cellWidth - edge) / 2, cell.top() + 60, edge, edge);
            if (!image.isNull()) {
                // Whole pixels enlarged without smoothing, as on screen.
                painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                painter.drawImage(picture, image);
            }
            painter.drawRect(picture);
            painter.drawText(QRect(cell.left() + margin, cell.top(), cellWidth - 2 * margin, 60),
                             Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1").arg(index + 1));
            const QRect box(picture.left(), picture.bottom() + 20, edge, 110);
            painter.drawRect(box);
            painter.drawText(box.adjusted(10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, SheetText::tr("class:"));
        }
    }
    if (!painter.end())
        return SheetText::tr("Cannot finish the PDF '%1'.").arg(pdfPath);
    return {};
}

} // namespace psnn
