// SPDX-License-Identifier: GPL-3.0-or-later
#include "runobserver.h"

#include "livebuffer.h"
#include "worker.h"


#include <algorithm>

namespace psnn {
namespace {

/// channels x height x width floats in [0, 1] to an 8-bit image (grey for one channel, else RGB).
QImage toImage(int channels, int height, int width, const std::vector<float>& pixels)
{
    const bool grey = channels == 1;
    QImage image(width, height, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const size_t plane = size_t(height) * size_t(width);
    const auto byte = [&](int c, int y, int x) {
        const float v = pixels[size_t(c) * plane + size_t(y) * size_t(width) + size_t(x)];
        return uchar(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
    };
    for (int y = 0; y < height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            if (grey) {
                line[x] = byte(0, y, x);
            } else {
                for (int c = 0; c < 3; ++c)
                    line[3 * x + c] = byte(std::min(c, channels - 1), y, x);
            }
        }
    }
    return image;
}

} // namespace

RunObserver::RunObserver(Worker& worker, LiveBuffer& live, const std::atomic<bool>& cancel, quint64 ticket)
    : m_worker(worker)
    , m_live(live)
    , m_cancel(cancel)
    , m_ticket(ticket)
{
}

bool RunObserver::current() const
{
    return m_worker.isCurrent(m_ticket);
}

ProgressSink& RunObserver::stepStarted(const RunItem& item, int index, int count)
{
    m_item = item;
    m_started = true;
    if (current())
        Q_EMIT m_worker.pipelineStepStarted(item, index, count);
    return *this;
}

void RunObserver::stepFinished(const RunItem& item, bool skipped, double seconds, const std::string& summary)
{
    if (!current())
        return;
    Q_EMIT m_worker.pipelineStepFinished(item, skipped, seconds, QString::fromStdString(summary));
}

void RunObserver::resultsWritten(const LabResults& results)
{
    // One copy, shared read-only with the GUI thread: the pages draw from it, nothing parses text.
    if (current())
        Q_EMIT m_worker.resultsUpdated(std::make_shared<const LabResults>(results));
}

void RunObserver::note(const std::string& line)
{
    if (current())
        Q_EMIT m_worker.pipelineNote(QString::fromStdString(line));
}

void RunObserver::image(const std::string& series, int64_t classIndex, int channels, int height, int width,
                        const std::vector<float>& pixels)
{
    if (channels < 1 || height < 1 || width < 1 || pixels.size() != size_t(channels) * size_t(height) * size_t(width))
        return;
    m_live.addImage(
        {m_item, QString::fromStdString(series), int(classIndex), toImage(channels, height, width, pixels)});
}

void RunObserver::report(double fraction, const std::string& message)
{
    m_live.setProgress(fraction, QString::fromStdString(message));
}

void RunObserver::metric(const std::string& series, double x, double y)
{
    m_live.addMetric({m_item, QString::fromStdString(series), x, y});
}

bool RunObserver::cancelled() const
{
    return m_cancel.load() || !current();
}

} // namespace psnn
