// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

class QLabel;

namespace psnn {

class ExportButton;

/// Step 3: the ANN becomes a spiking network whose thresholds are balanced on the synthetic
/// images; then the evaluation data (measurement only) gives accuracy after every time step.
class ConvertPage : public StepPage
{
    Q_OBJECT
public:
    explicit ConvertPage(QWidget* parent = nullptr);

    void addMetrics(const QVector<MetricPoint>& points) override;
    void runStarted() override;
    /// Saves this page's spiking model as NIR or TorchScript (enabled once the step has run).
    ExportButton* exportButton() const { return m_export; }

    QString summaryText() const;
    QCustomPlot* thresholdPlot() const { return m_thresholds; }
    QCustomPlot* accuracyPlot() const { return m_accuracy; }

protected:
    void showLabResults(const LabResults& results) override;
    QStringList resultSections() const override { return {QStringLiteral("conversion"), QStringLiteral("accuracy")}; }

private:
    ExportButton* m_export;
    QLabel* m_summary;
    QLabel* m_live;
    QCustomPlot* m_thresholds;
    QCustomPlot* m_accuracy;
};

} // namespace psnn
