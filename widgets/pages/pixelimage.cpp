// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/pixelimage.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace psnn {

PixelImage::PixelImage(int minimumEdge, QWidget* parent) : QWidget(parent), m_minimumEdge(minimumEdge)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PixelImage::setImage(const QImage& image)
{
    m_image = image;
    updateGeometry();
    update();
}

int PixelImage::scale() const
{
    if (m_image.isNull())
        return 0;
    const int fits = std::min(width() / m_image.width(), height() / m_image.height());
    // The floor keeps a tiny image at the minimum edge even while the layout is still settling.
    const int floor = int(std::ceil(double(m_minimumEdge) / std::min(m_image.width(), m_image.height())));
    return std::max({1, fits, m_image.width() >= m_minimumEdge ? 1 : floor});
}

QImage PixelImage::shown() const
{
    if (m_image.isNull())
        return {};
    const int factor = scale();
    return m_image.scaled(m_image.width() * factor, m_image.height() * factor, Qt::IgnoreAspectRatio,
                          Qt::FastTransformation);
}

QSize PixelImage::sizeHint() const
{
    return minimumSizeHint();
}

QSize PixelImage::minimumSizeHint() const
{
    if (m_image.isNull())
        return {m_minimumEdge, m_minimumEdge};
    const int factor = std::max(1, int(std::ceil(double(m_minimumEdge) / std::min(m_image.width(), m_image.height()))));
    return m_image.size() * factor;
}

void PixelImage::paintEvent(QPaintEvent*)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QSize size = m_image.size() * scale();
    painter.drawImage(QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size), m_image);
}

} // namespace psnn
