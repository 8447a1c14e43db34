// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/leakagegrid.h"

#include "privatesnn/attack_grid.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>

#include <algorithm>

namespace psnn {
namespace {

// A projector needs images well above the PNG's ≈ 85 px; past this they only cost scrolling.
constexpr int kLargestCell = 320;
constexpr int kSmallestCell = 32;

} // namespace

LeakageGrid::LeakageGrid(QWidget* parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LeakageGrid::clear()
{
    for (QVector<QLabel*>* labels : {&m_columnLabels, &m_rowLabels, &m_cellLabels}) {
        qDeleteAll(*labels);
        labels->clear();
    }
    m_cells.clear();
    m_columns = 0;
    m_shownSize = 0;
    setFixedHeight(0);
}

bool LeakageGrid::setGrid(const QImage& grid, const QStringList& columns, const QStringList& rows)
{
    clear();
    using namespace attack_grid;
    const int count = int(columns.size());
    if (grid.isNull() || count == 0 || rows.isEmpty())
        return false;
    // The layout is exact: labelWidth + columns (cell + gap) wide, header + rows (cell + gap) high.
    const int step = (grid.width() - kLabelWidth) / count;
    const int side = step - kGap;
    if (side <= 0 || kLabelWidth + count * step != grid.width() || kHeader + int(rows.size()) * step != grid.height())
        return false;
    m_columns = count;
    for (int c = 0; c < count; ++c) {
        auto* title = new QLabel(columns[c]);
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_layout->addWidget(title, 0, c + 1);
        m_layout->setColumnStretch(c + 1, 1);
        m_columnLabels << title;
    }
    for (int r = 0; r < rows.size(); ++r) {
        auto* name = new QLabel(rows[r]);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_layout->addWidget(name, r + 1, 0);
        m_rowLabels << name;
        for (int c = 0; c < count; ++c) {
            m_cells << grid.copy(kLabelWidth + c * step, kHeader + r * step, side, side);
            auto* image = new QLabel;
            image->setAlignment(Qt::AlignCenter);
            // The width comes from the grid, never from the pixmap: a large pixmap must not hold
            // the page wider than the window.
            image->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
            image->setAccessibleName(tr("%1, %2").arg(rows[r], columns[c]));
            m_layout->addWidget(image, r + 1, c + 1);
            m_cellLabels << image;
        }
    }
    rescale();
    return true;
}

QStringList LeakageGrid::columnTitles() const
{
    QStringList titles;
    for (const QLabel* label : m_columnLabels)
        titles << label->text();
    return titles;
}

QStringList LeakageGrid::rowNames() const
{
    QStringList names;
    for (const QLabel* label : m_rowLabels)
        names << label->text();
    return names;
}

QImage LeakageGrid::cell(int row, int column) const
{
    const int index = row * m_columns + column;
    return index >= 0 && index < m_cells.size() && column < m_columns ? m_cells[index] : QImage();
}

void LeakageGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        rescale();
}

void LeakageGrid::rescale()
{
    if (m_cells.isEmpty())
        return;
    int names = 0;
    for (const QLabel* label : std::as_const(m_rowLabels))
        names = std::max(names, label->sizeHint().width());
    const int spacing = m_layout->horizontalSpacing();
    const int room = (width() - names - spacing * m_columns) / m_columns;
    const int side = std::clamp(room, kSmallestCell, kLargestCell);
    if (side == m_shownSize)
        return;
    m_shownSize = side;
    for (int i = 0; i < m_cells.size(); ++i) {
        // Nearest neighbour: the attack's pixels stay sharp squares instead of a blur.
        m_cellLabels[i]->setPixmap(
            QPixmap::fromImage(m_cells[i].scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation)));
        m_cellLabels[i]->setFixedHeight(side);
    }
    int titles = 0;
    for (const QLabel* label : std::as_const(m_columnLabels))
        titles = std::max(titles, label->heightForWidth(side));
    const int rows = int(m_rowLabels.size());
    setFixedHeight(std::max(titles, fontMetrics().height()) + rows * side + rows * m_layout->verticalSpacing());
}

} // namespace psnn
