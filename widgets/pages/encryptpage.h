// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

#include <QStringList>

#include <memory>
#include <vector>

class QLabel;

namespace psnn {

class ExportButton;

class LiveCurves;

/// Step 4: spike-based training with distillation from the ANN, on the synthetic images only.
/// Live losses per batch, accuracies per epoch and how far each layer's weights drift.
class EncryptPage : public StepPage
{
    Q_OBJECT
public:
    explicit EncryptPage(QWidget* parent = nullptr);
    ~EncryptPage() override;

    void addMetrics(const QVector<MetricPoint>& points) override;
    void runStarted() override;
    /// Saves this page's spiking model as NIR or TorchScript (enabled once the step has run).
    ExportButton* exportButton() const { return m_export; }

    QString summaryText() const;
    QCustomPlot* accuracyPlot() const { return m_accuracy; }
    QCustomPlot* driftPlot() const { return m_drift; }

protected:
    void showLabResults(const LabResults& results) override;
    QStringList resultSections() const override { return {QStringLiteral("encryption"), QStringLiteral("accuracy")}; }

private:
    void startLiveCurves();
    void drawDrift();
    /// Remembers a layer's latest drift; layers keep the order they first arrive in (network order).
    /// The layer's position in the drift series, appended (cosine 1, change 0) when new.
    std::size_t driftIndex(const QString& layer);
    void clearDrift();

    ExportButton* m_export;
    QLabel* m_summary;
    QCustomPlot* m_loss;
    QCustomPlot* m_accuracy;
    QCustomPlot* m_drift;
    std::unique_ptr<LiveCurves> m_lossCurves;
    std::unique_ptr<LiveCurves> m_accuracyCurves;
    QStringList m_driftLayers;    ///< in the order they first arrive (network order)
    std::vector<double> m_cosine; ///< latest per layer, aligned with m_driftLayers
    std::vector<double> m_l2;
};

} // namespace psnn
