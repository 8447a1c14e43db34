// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steplist.h"

#include <QPainter>
#include <QPainterPath>

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
    for (int step = 0; step < StepCount; ++step) {
        auto* item = new QListWidgetItem(stepTitle(step), this);
        item->setSizeHint(QSize(0, 40));
        item->setData(DoneRole, false);
        item->setData(StaleRole, false);
        updateIcon(step);
    }
    connect(this, &QListWidget::currentRowChanged, this, &StepList::onCurrentRowChanged);
}

QString StepList::stepTitle(int step)
{
    switch (step) {
    case LoadStep:
        return tr("Load ANN");
    case SynthesizeStep:
        return tr("Synthesize");
    case ConvertStep:
        return tr("Convert");
    case EncryptStep:
        return tr("Encrypt");
    case AttackStep:
        return tr("Attack");
    case ReportStep:
        return tr("Report");
    }
    return {};
}

void StepList::setStepEnabled(int step, bool enabled)
{
    QListWidgetItem* entry = item(step);
    if (!entry)
        return;
    const Qt::ItemFlags usable = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    entry->setFlags(enabled ? entry->flags() | usable : entry->flags() & ~usable);
    updateIcon(step);
}

void StepList::setStepDone(int step, bool done)
{
    if (QListWidgetItem* entry = item(step)) {
        entry->setData(DoneRole, done);
        updateIcon(step);
    }
}

void StepList::setStepStale(int step, bool stale)
{
    if (QListWidgetItem* entry = item(step)) {
        entry->setData(StaleRole, stale);
        updateIcon(step);
    }
}

bool StepList::isStepStale(int step) const
{
    const QListWidgetItem* entry = item(step);
    return entry && entry->data(StaleRole).toBool();
}

bool StepList::isStepEnabled(int step) const
{
    const QListWidgetItem* entry = item(step);
    return entry && entry->flags().testFlag(Qt::ItemIsEnabled);
}

bool StepList::isStepDone(int step) const
{
    const QListWidgetItem* entry = item(step);
    return entry && entry->data(DoneRole).toBool();
}

void StepList::setStepToolTip(int step, const QString& toolTip)
{
    if (QListWidgetItem* entry = item(step))
        entry->setToolTip(toolTip);
}

QSize StepList::sizeHint() const
{
    return {190, QListWidget::sizeHint().height()};
}

void StepList::updateIcon(int step)
{
    QListWidgetItem* entry = item(step);
    const bool done = isStepDone(step);
    const bool stale = done && isStepStale(step);
    entry->setIcon(stepIcon(step + 1, done, stale, isStepEnabled(step), palette()));
    entry->setText(stale ? tr("%1 (out of date)").arg(stepTitle(step)) : stepTitle(step));
    entry->setData(Qt::AccessibleDescriptionRole, stale ? tr("finished, out of date") : done ? tr("finished") : QString());
}

void StepList::onCurrentRowChanged(int row)
{
    if (isStepEnabled(row))
        Q_EMIT stepActivated(row);
}
