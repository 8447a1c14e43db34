// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace psnn {

/// An attack image as large as its space allows, enlarged by a whole factor with nearest-neighbour
/// sampling (the pixels the attack made, not a smoothed guess), never smaller than minimumEdge on
/// its shorter side when the image is smaller than that.
class PixelImage : public QWidget {
    Q_OBJECT
public:
    explicit PixelImage(int minimumEdge, QWidget* parent = nullptr);

    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    /// What the widget shows now: the image enlarged by scale() (a null image when there is none).
    QImage shown() const;
    /// The whole factor the image is drawn at in the widget's present size.
    int scale() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    int m_minimumEdge;
};

} // namespace psnn
