// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"

#include <QMutex>

#include <optional>

namespace psnn {

/// Where the worker leaves live data (progress, metric points, images) for the GUI to collect on
/// a timer. Steps report thousands of points; one queued signal each would flood the GUI's event
/// queue, so they wait here and the GUI takes them all at once every ~40 ms.
class LiveBuffer
{
public:
    struct Progress {
        double fraction = 0;
        QString message;
    };
    struct Batch {
        std::optional<Progress> progress; ///< the latest report only; earlier ones are stale
        QVector<MetricPoint> metrics;
        QVector<LiveImage> images;
        bool isEmpty() const { return !progress && metrics.isEmpty() && images.isEmpty(); }
    };

    void setProgress(double fraction, const QString& message);
    void addMetric(const MetricPoint& point);
    void addImage(const LiveImage& image);
    /// Everything collected since the last call.
    Batch take();
    void clear();

private:
    mutable QMutex m_mutex;
    Batch m_pending;
};

} // namespace psnn
