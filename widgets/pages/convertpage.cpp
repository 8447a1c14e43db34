// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/convertpage.h"

#include "pages/exportbutton.h"

#include "models/numberformat.h"
#include "pages/settingsform.h"
#include "plots/accuracyplot.h"
#include "plots/layercharts.h"
#include "plots/plotstyle.h"

#include "privatesnn/live_series.h"
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
    for (const char* key : {"conversion.timesteps", "conversion.scale", "conversion.statistic"})
        f->addSetting(key);

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
                      .arg(formatLocalePercent(accuracy.ann.value_or(0), 2),
                           formatLocalePercent(*accuracy.converted, 2));
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
        if (point.series == liveName(live::staged(live::kConvertedSnnStage, live::kAccuracyAtT)))
            m_live->setText(tr("Measuring: accuracy at T so far %1 after %2 images")
                                .arg(formatLocalePercent(point.y, 2))
                                .arg(qint64(point.x)));
    }
}

QString ConvertPage::summaryText() const
{
    return m_summary->text();
}

} // namespace psnn
