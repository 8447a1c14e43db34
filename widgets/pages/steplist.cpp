// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steplist.h"

#include "models/steptitles.h"

#include <QPainter>
#include <QPainterPath>

namespace psnn {
namespace {

constexpr int IconSize = 24;

// A numbered circle for open steps, a filled circle with a check mark for finished ones.
QPixmap stepPixmap(int number, bool done, const QColor& ink, qreal scale)
{
    QPixmap pixmap(QSize(IconSize, IconSize) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(2, 2, IconSize - 4, IconSize - 4);
    if (done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawEllipse(circle);
        QPainterPath check;
        check.moveTo(7, 12.5);
        check.lineTo(10.5, 16);
        check.lineTo(17, 8.5);
        painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
    } else {
        painter.setPen(QPen(ink, 1.6));
        painter.drawEllipse(circle);
        QFont font = painter.font();
        font.setPixelSize(11);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(circle, Qt::AlignCenter, QString::number(number));
    }
    return pixmap;
}

// The selected variant uses the highlighted text colour, so it stays visible on the highlight.
QIcon stepIcon(int number, bool done, bool stale, bool enabled, const QPalette& palette)
{
    // Amber for stale results: still there, but made with settings that have changed since.
    const QColor green = stale ? QColor(0xef, 0x6c, 0x00) : QColor(0x2e, 0x7d, 0x32);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::Text);
    const QColor normal = !enabled ? disabled : done ? green : palette.color(QPalette::Highlight);
    const QColor selected = !enabled ? disabled : done ? green : palette.color(QPalette::HighlightedText);
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        icon.addPixmap(stepPixmap(number, done, normal, scale), QIcon::Normal);
        icon.addPixmap(stepPixmap(number, done, selected, scale), QIcon::Selected);
    }
    return icon;
}

} // namespace

StepList::StepList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepList"));
    setIconSize(QSize(IconSize, IconSize));
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < psnn::kPageCount; ++row) {
        auto* item = new QListWidgetItem(psnn::pageTitle(psnn::WizardPage(row)), this);
        item->setSizeHint(QSize(0, 40));
        item->setData(DoneRole, false);
        item->setData(StaleRole, false);
        updateIcon(psnn::WizardPage(row));
    }
    connect(this, &QListWidget::currentRowChanged, this, &StepList::onCurrentRowChanged);
}

void StepList::setStepEnabled(psnn::WizardPage page, bool enabled)
{
    QListWidgetItem* entry = item(int(page));
    if (!entry)
        return;
    const Qt::ItemFlags usable = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    entry->setFlags(enabled ? entry->flags() | usable : entry->flags() & ~usable);
    updateIcon(page);
}

void StepList::setStepDone(psnn::WizardPage page, bool done)
{
    if (QListWidgetItem* entry = item(int(page))) {
        entry->setData(DoneRole, done);
        updateIcon(page);
    }
}

void StepList::setStepStale(psnn::WizardPage page, bool stale)
{
    if (QListWidgetItem* entry = item(int(page))) {
        entry->setData(StaleRole, stale);
        updateIcon(page);
    }
}

bool StepList::isStepStale(psnn::WizardPage page) const
{
    const QListWidgetItem* entry = item(int(page));
    return entry && entry->data(StaleRole).toBool();
}

bool StepList::isStepEnabled(psnn::WizardPage page) const
{
    const QListWidgetItem* entry = item(int(page));
    return entry && entry->flags().testFlag(Qt::ItemIsEnabled);
}

bool StepList::isStepDone(psnn::WizardPage page) const
{
    const QListWidgetItem* entry = item(int(page));
    return entry && entry->data(DoneRole).toBool();
}

void StepList::setStepToolTip(psnn::WizardPage page, const QString& toolTip)
{
    if (QListWidgetItem* entry = item(int(page)))
        entry->setToolTip(toolTip);
}

QSize StepList::sizeHint() const
{
    return {190, QListWidget::sizeHint().height()};
}

void StepList::updateIcon(psnn::WizardPage page)
{
    QListWidgetItem* entry = item(int(page));
    const bool done = isStepDone(page);
    const bool stale = done && isStepStale(page);
    entry->setIcon(stepIcon(int(page) + 1, done, stale, isStepEnabled(page), palette()));
    const QString title = psnn::pageTitle(page);
    entry->setText(stale ? tr("%1 (out of date)").arg(title) : title);
    entry->setData(Qt::AccessibleDescriptionRole, stale ? tr("finished, out of date") : done ? tr("finished") : QString());
}

void StepList::onCurrentRowChanged(int row)
{
    if (row >= 0 && row < psnn::kPageCount && isStepEnabled(psnn::WizardPage(row)))
        Q_EMIT stepActivated(psnn::WizardPage(row));
}

} // namespace psnn
