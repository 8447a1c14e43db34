// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/encryptpage.h"

#include "pages/exportbutton.h"

#include "models/numberformat.h"
#include "pages/livecurves.h"
#include "pages/settingsform.h"
#include "plots/encryptionlossplot.h"
#include "plots/layercharts.h"
#include "plots/plotstyle.h"

#include "privatesnn/live_series.h"
#include "privatesnn/steps.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace psnn {

EncryptPage::EncryptPage(QWidget* parent)
    : StepPage(tr("Encrypt the spiking network"),
               tr("Retrain the spiking network on spikes from the synthetic images, distilling from the ANN, "
                  "so that its weights no longer give away what the classes look like. A cancelled or "
                  "interrupted run resumes from the lab's last epoch checkpoint (encrypt.ckpt)."),
               parent)
    , m_export(new ExportButton(QStringLiteral("encrypted")))
    , m_summary(new QLabel)
{
    SettingsForm* f = form();
    for (const char* key : {"encryption.epochs", "encryption.learning_rate", "encryption.m", "encryption.tau", "encryption.readout"})
        f->addSetting(key);
    const QString dropout = QStringLiteral("encryption.dropout");
    f->addPresetChoice(QStringLiteral("encryption.dropout_choice"), tr("Dropout while training"),
                       {{QVariantMap{{dropout, true}}, tr("On, one mask held over T (paper)")},
                        {QVariantMap{{dropout, false}}, tr("Off")}},
                       tr("The network's dropout layers during spike training. Off measured 0.2-1 point better here."));
    f->addSetting("encryption.batch_size");
    f->addSetting("encryption.timesteps");

    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    m_export->setEnabled(false); // until the step has a model to export
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);
    contentLayout()->addLayout(exportRow);
    addSection(tr("Losses"));
    m_loss = addPlot(QStringLiteral("encryption-losses"));
    m_lossCurves = std::make_unique<LiveCurves>(*m_loss);
    addSection(tr("Accuracy per epoch"));
    m_accuracy = addPlot(QStringLiteral("encryption-accuracy"), 220);
    m_accuracyCurves = std::make_unique<LiveCurves>(*m_accuracy);
    m_accuracyCurves->setFixedValueRange(0, 1.02); // accuracies; a lone flat line would fill -1 to 1
    m_accuracyCurves->setLegendCorner(Qt::AlignBottom | Qt::AlignRight); // accuracies run high
    addSection(tr("Weight drift per layer"));
    m_drift = addPlot(QStringLiteral("weight-drift"), 240);
    contentLayout()->addStretch(1);
    startLiveCurves();
}

EncryptPage::~EncryptPage() = default;

void EncryptPage::startLiveCurves()
{
    m_lossCurves->start({{liveName(live::kCrossEntropy), tr("cross-entropy"), seriesColor(Series::Converted)},
                         {liveName(live::kDistillation), tr("distillation"), seriesColor(Series::Ann)},
                         {liveName(live::kLoss), tr("total"), seriesColor(Series::Encrypted)}},
                        tr("batch"), tr("loss"));
    m_accuracyCurves->start({{liveName(live::kTrainAccuracy), tr("training (synthetic)"), seriesColor(Series::Converted)},
                             {liveName(live::kEvalAccuracy), tr("evaluation"), seriesColor(Series::Encrypted)}},
                            tr("epoch"), tr("accuracy"));
}

void EncryptPage::runStarted()
{
    startLiveCurves();
    clearDrift();
    drawDrift();
}

std::size_t EncryptPage::driftIndex(const QString& layer)
{
    const qsizetype i = m_driftLayers.indexOf(layer);
    if (i >= 0)
        return std::size_t(i);
    m_driftLayers.append(layer);
    m_cosine.push_back(1.0);
    m_l2.push_back(0.0);
    return m_cosine.size() - 1;
}

void EncryptPage::clearDrift()
{
    m_driftLayers.clear();
    m_cosine.clear();
    m_l2.clear();
}

void EncryptPage::drawDrift()
{
    buildDriftPlot(*m_drift, m_driftLayers, m_cosine, m_l2);
    m_drift->replot(QCustomPlot::rpQueuedReplot);
}

void EncryptPage::addMetrics(const QVector<MetricPoint>& points)
{
    m_lossCurves->add(points);
    m_accuracyCurves->add(points);
    bool drift = false;
    for (const MetricPoint& point : points) {
        const std::optional<live::Drift> d = live::parseDrift(point.series.toStdString());
        if (!d)
            continue;
        (d->cosine ? m_cosine : m_l2)[driftIndex(QString::fromStdString(d->layer))] = point.y;
        drift = true;
    }
    if (drift)
        drawDrift();
}

void EncryptPage::showLabResults(const LabResults& results)
{
    const EncryptionResults encryption = results.encryption.value_or(EncryptionResults{});
    m_export->setEnabled(results.encryption.has_value());
    // Without results the plots are drawn empty too, so another lab's curves do not stay behind.
    if (!results.encryption)
        m_summary->setText(tr("Not encrypted yet. Run this step to train the spiking network on spikes."));
    std::vector<double> x, ce, kd, total;
    // A run without per-epoch evaluation stores -1 there; then the curve and its legend entry stay out.
    bool evaluated = false;
    for (const EncryptionEpochRow& e : encryption.epochs)
        evaluated = evaluated || e.evalAccuracy >= 0;
    QVector<LiveCurves::Curve> accuracyCurves{
        {liveName(live::kTrainAccuracy), tr("training (synthetic)"), seriesColor(Series::Converted)}};
    if (evaluated)
        accuracyCurves.append({liveName(live::kEvalAccuracy), tr("evaluation"), seriesColor(Series::Encrypted)});
    // One curve has no legend, so its axis says what it is.
    m_accuracyCurves->start(accuracyCurves, tr("epoch"), evaluated ? tr("accuracy") : tr("training accuracy (synthetic)"));
    QVector<MetricPoint> accuracyPoints;
    for (const EncryptionEpochRow& e : encryption.epochs) {
        const double epoch = double(e.epoch);
        x.push_back(epoch);
        ce.push_back(e.ce);
        kd.push_back(e.kd);
        total.push_back(e.loss);
        // The live series' names, so the curves continue where the run's left off.
        if (e.trainAccuracy >= 0)
            accuracyPoints.append({RunItem::of(Step::Encrypt), liveName(live::kTrainAccuracy), epoch, e.trainAccuracy});
        if (e.evalAccuracy >= 0)
            accuracyPoints.append({RunItem::of(Step::Encrypt), liveName(live::kEvalAccuracy), epoch, e.evalAccuracy});
    }
    m_lossCurves->detach();
    buildEncryptionLossPlot(*m_loss, x, ce, kd, total);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracyCurves->add(accuracyPoints);

    clearDrift();
    for (const LayerDriftRow& d : encryption.drift) {
        const std::size_t i = driftIndex(QString::fromStdString(d.layer));
        m_cosine[i] = d.cosine;
        m_l2[i] = d.relativeL2;
    }
    drawDrift();
    if (!results.encryption)
        return;

    QString text = tr("%1 of %2 epochs at T = %3 on %4 synthetic images in %5 s.")
                       .arg(encryption.epochs.size())
                       .arg(encryption.epochsPlanned)
                       .arg(encryption.timesteps)
                       .arg(encryption.images)
                       .arg(QLocale().toString(encryption.seconds.value_or(0), 'f', 1));
    if (encryption.resumedFromEpoch > 0)
        text += QLatin1Char(' ') + tr("Resumed from the checkpoint of epoch %1.").arg(encryption.resumedFromEpoch);
    if (results.accuracy && results.accuracy->encrypted)
        text += QLatin1Char(' ')
            + tr("Accuracy: converted SNN %1, encrypted SNN %2.")
                  .arg(formatLocalePercent(results.accuracy->converted.value_or(0), 2),
                       formatLocalePercent(*results.accuracy->encrypted, 2));
    m_summary->setText(text);
}

QString EncryptPage::summaryText() const
{
    return m_summary->text();
}

} // namespace psnn
