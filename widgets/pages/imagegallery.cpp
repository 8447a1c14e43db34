// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/imagegallery.h"

#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace psnn {

ImageGallery::ImageGallery(int perClass, int thumbnail, QWidget* parent)
    : QWidget(parent)
    , m_perClass(perClass)
    , m_thumbnail(thumbnail)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(m_perClass + 1, 1);
}

void ImageGallery::setClassNames(const QStringList& names)
{
    m_names = names;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (int(i) < names.size())
            m_rows[i].name->setText(names[int(i)]);
    }
}

void ImageGallery::setColumnTitles(const QStringList& titles)
{
    for (QLabel* title : m_titles)
        delete title;
    m_titles.clear();
    m_headerRows = titles.isEmpty() ? 0 : 1;
    for (int i = 0; i < titles.size(); ++i) {
        auto* label = new QLabel(titles[i], this);
        label->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(label, 0, i + 1);
        m_titles.push_back(label);
    }
}

ImageGallery::Row& ImageGallery::row(int classIndex)
{
    while (int(m_rows.size()) <= classIndex) {
        const int index = int(m_rows.size());
        Row added;
        added.name = new QLabel(index < m_names.size() ? m_names[index] : tr("class %1").arg(index), this);
        added.name->setMinimumWidth(90);
        m_grid->addWidget(added.name, m_headerRows + index, 0);
        m_rows.push_back(added);
    }
    return m_rows[size_t(classIndex)];
}

QPixmap ImageGallery::thumbnail(const QImage& image) const
{
    if (image.isNull())
        return {};
    // Draw at the screen's pixel density, enlarging by a whole factor so pixels stay square.
    const qreal dpr = devicePixelRatioF();
    const int target = int(thumbnailSize() * dpr);
    const int factor = std::max(1, target / std::max(image.width(), image.height()));
    QPixmap pixmap = QPixmap::fromImage(image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation));
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

void ImageGallery::addImage(int classIndex, const QImage& image)
{
    if (classIndex < 0)
        return;
    Row& r = row(classIndex);
    if (int(r.cells.size()) >= m_perClass)
        return;
    setImage(classIndex, int(r.cells.size()), image);
}

void ImageGallery::setImage(int classIndex, int column, const QImage& image)
{
    if (classIndex < 0 || column < 0 || column >= m_perClass)
        return;
    Row& r = row(classIndex);
    while (int(r.cells.size()) <= column) {
        auto* cell = new QLabel(this);
        cell->setFixedSize(thumbnailSize(), thumbnailSize());
        cell->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(cell, m_headerRows + classIndex, int(r.cells.size()) + 1);
        r.cells.push_back(cell);
        r.images.emplace_back();
    }
    r.images[size_t(column)] = image;
    r.cells[size_t(column)]->setPixmap(thumbnail(image));
}

QImage ImageGallery::image(int classIndex, int column) const
{
    if (classIndex < 0 || classIndex >= int(m_rows.size()) || column < 0
        || column >= int(m_rows[size_t(classIndex)].images.size()))
        return {};
    return m_rows[size_t(classIndex)].images[size_t(column)];
}

int ImageGallery::thumbnailSize() const
{
    return int(m_thumbnail * m_zoom);
}

void ImageGallery::setZoom(double zoom)
{
    m_zoom = zoom;
    for (Row& r : m_rows)
        for (size_t i = 0; i < r.cells.size(); ++i) {
            r.cells[i]->setFixedSize(thumbnailSize(), thumbnailSize());
            r.cells[i]->setPixmap(thumbnail(r.images[i]));
        }
}

void ImageGallery::clear()
{
    for (Row& r : m_rows) {
        delete r.name;
        for (QLabel* cell : r.cells)
            delete cell;
    }
    m_rows.clear();
}

int ImageGallery::imageCount() const
{
    int count = 0;
    for (size_t i = 0; i < m_rows.size(); ++i)
        count += imageCount(int(i));
    return count;
}

int ImageGallery::imageCount(int classIndex) const
{
    if (classIndex < 0 || classIndex >= int(m_rows.size()))
        return 0;
    const auto& cells = m_rows[size_t(classIndex)].cells;
    return int(std::count_if(cells.begin(), cells.end(), [](const QLabel* c) { return !c->pixmap().isNull(); }));
}

} // namespace psnn
