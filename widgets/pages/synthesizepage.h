// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

#include <memory>

class QLabel;

namespace psnn {

class ImageGallery;
class LiveCurves;

/// Step 2: class-conditioned images from the ANN alone. Settings with the paper's defaults, the
/// class-similarity heatmap, the loss curve live, and a gallery that fills in as batches finish.
class SynthesizePage : public StepPage
{
    Q_OBJECT
public:
    explicit SynthesizePage(QWidget* parent = nullptr);
    ~SynthesizePage() override;

    void addMetrics(const QVector<MetricPoint>& points) override;
    void addImages(const QVector<LiveImage>& images) override;
    void runStarted() override;

    ImageGallery* gallery() const { return m_gallery; }
    QString summaryText() const;
    /// Points of the loss curve shown (live, or recorded in results.json).
    int lossPointCount() const;

protected:
    void showLabResults(const LabResults& results) override;
    QStringList resultSections() const override { return {QStringLiteral("model"), QStringLiteral("synthesis")}; }

private:
    void startLossCurve();

    QLabel* m_summary;
    QCustomPlot* m_heatmap;
    QCustomPlot* m_loss;
    QLabel* m_lossNote;
    std::unique_ptr<LiveCurves> m_lossCurve;
    ImageGallery* m_gallery;
    QStringList m_classNames;
};

} // namespace psnn
