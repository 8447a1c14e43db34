// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/runitem_metatype.h"
#include "privatesnn/steps.h"

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <string_view>

namespace psnn {

/// One point of a live series a core step sends while it runs ("synthesis_loss", "ce", …).
struct MetricPoint {
    RunItem item; ///< the step (or study point) that sent it
    QString series;
    double x = 0;
    double y = 0;
};

/// A live image: a finished synthetic image, or an attack's current image of one class.
struct LiveImage {
    RunItem item;
    QString series; ///< "synthesis", "attack 1", "attack 2"
    int classIndex = 0;
    QImage image;
};

/// A name of privatesnn/live_series.h (or a step's, steps.h) as the QString live data carries.
inline QString liveName(std::string_view name)
{
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

} // namespace psnn

Q_DECLARE_METATYPE(psnn::MetricPoint)
Q_DECLARE_METATYPE(psnn::LiveImage)
