// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace psnn {

/// Small images grouped by class: one row per class, its name first. Images are enlarged by a
/// whole factor without smoothing, so 28 x 28 pixels stay crisp instead of blurred.
class ImageGallery : public QWidget
{
    Q_OBJECT
public:
    /// perClass: the most images a row keeps (further ones are not shown); thumbnail: their size.
    explicit ImageGallery(int perClass, int thumbnail = 56, QWidget* parent = nullptr);

    void setClassNames(const QStringList& names);
    /// Adds an image at the end of its class's row, unless the row is full.
    void addImage(int classIndex, const QImage& image);
    /// Puts an image in a given column of a class's row, replacing the one there (live attacks).
    void setImage(int classIndex, int column, const QImage& image);
    /// Titles above the columns (e.g. "attack 1", "attack 2"); empty for none.
    void setColumnTitles(const QStringList& titles);
    void clear();
    /// Shows the thumbnails at zoom times their size (the view's zoom, ViewZoom).
    void setZoom(double zoom);
    int thumbnailSize() const;
    /// The image shown at a class's column (null when there is none).
    QImage image(int classIndex, int column) const;
    int imageCount() const;
    int imageCount(int classIndex) const;

private:
    struct Row {
        QLabel* name = nullptr;
        std::vector<QLabel*> cells;
        std::vector<QImage> images; ///< as given, for a new zoom
    };
    Row& row(int classIndex);
    QPixmap thumbnail(const QImage& image) const;

    int m_perClass;
    int m_thumbnail;
    double m_zoom = 1;
    int m_headerRows = 0;
    QStringList m_names;
    QGridLayout* m_grid;
    std::vector<Row> m_rows;
    std::vector<QLabel*> m_titles;
};

} // namespace psnn
