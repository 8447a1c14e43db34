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

#include <QJsonArray>
#include <optional>
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

void EncryptPage::showResults(const QJsonObject& results)
{
    const QJsonObject encryption = results.value(QStringLiteral("encryption")).toObject();
    m_export->setEnabled(!encryption.isEmpty());
    // Without results the plots are drawn empty too, so another lab's curves do not stay behind.
    if (encryption.isEmpty())
        m_summary->setText(tr("Not encrypted yet. Run this step to train the spiking network on spikes."));
    const QJsonArray epochs = encryption.value(QStringLiteral("epochs")).toArray();
    std::vector<double> x, ce, kd, total;
    // A run without per-epoch evaluation stores -1 there; then the curve and its legend entry stay out.
    bool evaluated = false;
    for (const QJsonValue& value : epochs)
        evaluated = evaluated || value.toObject().value(QStringLiteral("eval_accuracy")).toDouble(-1) >= 0;
    QVector<LiveCurves::Curve> accuracyCurves{
        {liveName(live::kTrainAccuracy), tr("training (synthetic)"), seriesColor(Series::Converted)}};
    if (evaluated)
        accuracyCurves.append({liveName(live::kEvalAccuracy), tr("evaluation"), seriesColor(Series::Encrypted)});
    // One curve has no legend, so its axis says what it is.
    m_accuracyCurves->start(accuracyCurves, tr("epoch"), evaluated ? tr("accuracy") : tr("training accuracy (synthetic)"));
    QVector<MetricPoint> accuracyPoints;
    for (const QJsonValue& value : epochs) {
        const QJsonObject e = value.toObject();
        const double epoch = e.value(QStringLiteral("epoch")).toDouble();
        x.push_back(epoch);
        ce.push_back(e.value(QStringLiteral("ce")).toDouble());
        kd.push_back(e.value(QStringLiteral("kd")).toDouble());
        total.push_back(e.value(QStringLiteral("loss")).toDouble());
        // results.json's epoch keys are the live series' names, so the curves continue where the run's left off.
        for (const QString& key : {liveName(live::kTrainAccuracy), liveName(live::kEvalAccuracy)}) {
            if (e.value(key).toDouble(-1) >= 0)
                accuracyPoints.append({liveName(stepName(Step::Encrypt)), key, epoch, e.value(key).toDouble()});
        }
    }
    m_lossCurves->detach();
    buildEncryptionLossPlot(*m_loss, x, ce, kd, total);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracyCurves->add(accuracyPoints);

    clearDrift();
    for (const QJsonValue& value : encryption.value(QStringLiteral("drift")).toArray()) {
        const QJsonObject d = value.toObject();
        const QString layer = d.value(QStringLiteral("layer")).toString();
        const std::size_t i = driftIndex(layer);
        m_cosine[i] = d.value(QStringLiteral("cosine")).toDouble();
        m_l2[i] = d.value(QStringLiteral("relative_l2")).toDouble();
    }
    drawDrift();
    if (encryption.isEmpty())
        return;

    const QJsonObject accuracy = results.value(QStringLiteral("accuracy")).toObject();
    QString text = tr("%1 of %2 epochs at T = %3 on %4 synthetic images in %5 s.")
                       .arg(epochs.size())
                       .arg(encryption.value(QStringLiteral("epochs_planned")).toInt())
                       .arg(encryption.value(QStringLiteral("timesteps")).toInt())
                       .arg(encryption.value(QStringLiteral("images")).toInt())
                       .arg(QLocale().toString(encryption.value(QStringLiteral("seconds")).toDouble(), 'f', 1));
    const int resumed = encryption.value(QStringLiteral("resumed_from_epoch")).toInt();
    if (resumed > 0)
        text += QLatin1Char(' ') + tr("Resumed from the checkpoint of epoch %1.").arg(resumed);
    if (accuracy.contains(QStringLiteral("encrypted")))
        text += QLatin1Char(' ')
                + tr("Accuracy: converted SNN %1, encrypted SNN %2.")
                      .arg(formatPercent(accuracy.value(QStringLiteral("converted")).toDouble(), 2),
                           formatPercent(accuracy.value(QStringLiteral("encrypted")).toDouble(), 2));
    m_summary->setText(text);
}

QString EncryptPage::summaryText() const
{
    return m_summary->text();
}

} // namespace psnn
