// SPDX-License-Identifier: GPL-3.0-or-later
#include "livebuffer.h"

#include <QMutexLocker>

namespace psnn {
namespace {
// A GUI that cannot keep up must not make the worker hoard images without bound; the oldest are
// the least interesting (an attack's later image of a class replaces the earlier one on screen).
constexpr qsizetype MaxPendingImages = 512;
} // namespace

void LiveBuffer::setProgress(double fraction, const QString& message)
{
    const QMutexLocker lock(&m_mutex);
    m_pending.progress = Progress{fraction, message};
}

void LiveBuffer::addMetric(const MetricPoint& point)
{
    const QMutexLocker lock(&m_mutex);
    m_pending.metrics.append(point);
}

void LiveBuffer::addImage(const LiveImage& image)
{
    const QMutexLocker lock(&m_mutex);
    if (m_pending.images.size() >= MaxPendingImages)
        m_pending.images.removeFirst();
    m_pending.images.append(image);
}

LiveBuffer::Batch LiveBuffer::take()
{
    const QMutexLocker lock(&m_mutex);
    Batch batch = std::move(m_pending);
    m_pending = Batch{};
    return batch;
}

void LiveBuffer::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_pending = Batch{};
}

} // namespace psnn
