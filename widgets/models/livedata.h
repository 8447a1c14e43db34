// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace psnn {

/// One point of a live series a core step sends while it runs ("synthesis_loss", "ce", …).
struct MetricPoint {
    QString step; ///< the pipeline step that sent it ("synthesize", "encrypt", …)
    QString series;
    double x = 0;
    double y = 0;
};

/// A live image: a finished synthetic image, or an attack's current image of one class.
struct LiveImage {
    QString step;
    QString series; ///< "synthesis", "attack 1", "attack 2"
    int classIndex = 0;
    QImage image;
};

} // namespace psnn

Q_DECLARE_METATYPE(psnn::MetricPoint)
Q_DECLARE_METATYPE(psnn::LiveImage)
