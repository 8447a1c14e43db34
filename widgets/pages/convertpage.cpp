// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/convertpage.h"

#include "pages/exportbutton.h"

#include "models/numberformat.h"
#include "pages/settingsform.h"
#include "plots/accuracyplot.h"
#include "plots/layercharts.h"
#include "plots/plotstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <optional>

namespace psnn {
namespace {


} // namespace

ConvertPage::ConvertPage(QWidget* parent)
    : StepPage(tr("Convert to a spiking network"),
               tr("Turn the ANN into a spiking network, setting each layer's firing threshold from the "
                  "synthetic images. The evaluation data, when chosen on the Load page, is used only to "
                  "measure accuracy."),
               parent)
    , m_export(new ExportButton(QStringLiteral("snn")))
    , m_summary(new QLabel)
    , m_live(new QLabel)
{
    SettingsForm* f = form();
    f->addInteger(QStringLiteral("conversion.timesteps"), tr("Time steps T"), 1, 10000,
                  tr("Simulation length while balancing thresholds and measuring (paper: 100; demo: 30)."));
    f->addNumber(QStringLiteral("conversion.scale"), tr("Threshold scale"), 0.01, 10,
                 tr("Multiplies every balanced threshold; below 1 lets low T reach the ANN's accuracy (paper: 0.7)."));
    f->addChoice(QStringLiteral("conversion.statistic"), tr("Threshold statistic"),
                 {{QStringLiteral("max"), tr("Maximum input current (Algorithm 1)")},
                  {QStringLiteral("percentile"), tr("High percentile (robust to outliers)")}},
                 tr("Which statistic of each layer's input current becomes its threshold."));

    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    m_export->setEnabled(false); // until the step has a model to export
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    contentLayout()->addLayout(exportRow);
    contentLayout()->addWidget(m_live);
    addSection(tr("Threshold per layer"));
    m_thresholds = addPlot(QStringLiteral("thresholds"));
    addSection(tr("Accuracy after each time step"));
    m_accuracy = addPlot(QStringLiteral("accuracy-vs-time-step"), 280);
    contentLayout()->addStretch(1);
}

void ConvertPage::runStarted()
{
    m_live->clear();
}

void ConvertPage::showLabResults(const LabResults& results)
{
    m_export->setEnabled(results.conversion.has_value());
    const AccuracyResults accuracy = results.accuracy.value_or(AccuracyResults{});
    QStringList layers;
    std::vector<double> thresholds;
    if (results.conversion) {
        for (const LayerThreshold& t : results.conversion->thresholds) {
            layers << QString::fromStdString(t.layer);
            thresholds.push_back(t.threshold);
        }
    }
    if (!results.conversion) {
        m_summary->setText(tr("Not converted yet. Run this step to convert and measure."));
    } else {
        const ConversionResults& conversion = *results.conversion;
        QString text = tr("%1 thresholds balanced on %2 synthetic images at T = %3 (statistic: %4, scale %5).")
                           .arg(thresholds.size())
                           .arg(conversion.images)
                           .arg(conversion.timesteps)
                           .arg(QString::fromStdString(conversion.statistic))
                           .arg(QLocale().toString(conversion.scale));
        if (accuracy.converted)
            text += QLatin1Char(' ')
                    + tr("Accuracy on %1 evaluation images: ANN %2, converted SNN %3.")
                          .arg(accuracy.evalImages.value_or(0))
                          .arg(formatPercent(accuracy.ann.value_or(0), 2), formatPercent(*accuracy.converted, 2));
        else
            text += QLatin1Char(' ') + tr("No accuracy: no evaluation data was chosen on the Load page.");
        m_summary->setText(text);
    }
    buildThresholdPlot(*m_thresholds, layers, thresholds);
    m_thresholds->replot(QCustomPlot::rpQueuedReplot);
    buildAccuracyPlot(*m_accuracy, accuracy.convertedPerStep, accuracy.encryptedPerStep, accuracy.ann);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
}

void ConvertPage::addMetrics(const QVector<MetricPoint>& points)
{
    // The evaluation pass reports its running accuracy at T as images are simulated.
    for (const MetricPoint& point : points) {
        if (point.series.endsWith(QLatin1String("SNN/accuracy_at_T")))
            m_live->setText(tr("Measuring: accuracy at T so far %1 after %2 images")
                                .arg(formatPercent(point.y, 2))
                                .arg(qint64(point.x)));
    }
}

QString ConvertPage::summaryText() const
{
    return m_summary->text();
}

} // namespace psnn
