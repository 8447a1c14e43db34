// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace psnn {

/// The leakage step's image grid (images/leakage_grid.png, rows = classes) as widgets: the PNG cut
/// into its cells, drawn as large as the width allows with nearest-neighbour scaling, under column
/// titles and beside class names that are labels in the user's language, not the PNG's English pixels.
class LeakageGrid : public QWidget {
    Q_OBJECT
public:
    explicit LeakageGrid(QWidget* parent = nullptr);

    /// Shows grid with one title per column and one name per row. False, showing nothing, when the
    /// image does not have the layout of that many columns and rows (privatesnn/attack_grid.h).
    bool setGrid(const QImage& grid, const QStringList& columns, const QStringList& rows);
    void clear();
    bool isEmpty() const { return m_cells.isEmpty(); }
    QStringList columnTitles() const;
    QStringList rowNames() const;
    /// The side of a shown cell in pixels (0 when empty).
    int cellSize() const { return m_shownSize; }
    /// One cell as cut from the PNG, before scaling (row-major).
    QImage cell(int row, int column) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Scales the cells to the width the grid has now.
    void rescale();

    QGridLayout* m_layout;
    QVector<QLabel*> m_columnLabels;
    QVector<QLabel*> m_rowLabels;
    QVector<QLabel*> m_cellLabels; ///< row-major
    QVector<QImage> m_cells;       ///< row-major, as cut
    int m_columns = 0;
    int m_shownSize = 0;
};

} // namespace psnn
