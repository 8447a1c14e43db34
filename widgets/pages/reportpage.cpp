// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reportpage.h"

#include "models/jsonvalues.h"
#include "models/layerseries.h"
#include "plots/layercharts.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>


using namespace Qt::StringLiterals;

namespace psnn {
namespace {

QString microjoules(double picojoules)
{
    return QLocale().toString(picojoules / 1e6, 'f', 2) + QStringLiteral(" µJ");
}

} // namespace

ReportPage::ReportPage(QWidget* parent)
    : StepPage(tr("Report"),
               tr("How active and how costly the spiking networks are, and whether they leak. Run here runs every "
                  "step that is not finished yet; the export writes an HTML, PDF and JSON report."),
               parent)
    , m_energy(new QLabel)
    , m_verdicts(new QLabel)
    , m_exportReport(new QPushButton(tr("Export report…")))
    , m_exportModel(new QPushButton(tr("Export encrypted model…")))
{
    m_exportReport->setObjectName(QStringLiteral("exportReportButton"));
    m_exportModel->setObjectName(QStringLiteral("exportModelButton"));
    m_exportReport->setToolTip(tr("Writes report.html, report.pdf, report.json, CSV tables and plots into a folder"));
    m_exportModel->setToolTip(tr("Copies the encrypted spiking network (encrypted.psnn) out of the lab"));
    connect(m_exportReport, &QPushButton::clicked, this, &ReportPage::exportReportRequested);
    connect(m_exportModel, &QPushButton::clicked, this, &ReportPage::exportModelRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportReport);
    buttons->addWidget(m_exportModel);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);

    addSection(tr("Verdicts"));
    m_verdicts->setObjectName(QStringLiteral("verdictSummary"));
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_verdicts);
    addSection(tr("Spike rate per layer (spikes per neuron per time step)"));
    m_spikes = addPlot(QStringLiteral("spike-rates"));
    addSection(tr("Energy per image"));
    m_energy->setWordWrap(true);
    contentLayout()->addWidget(m_energy);
    m_energyPlot = addPlot(QStringLiteral("energy"));
    contentLayout()->addStretch(1);
}

void ReportPage::showResults(const QJsonObject& results)
{
    const QJsonObject activity = json::object(results, "activity"_L1);
    const LayerColumns spikes =
        alignLayers({json::array(activity, "converted"_L1), json::array(activity, "encrypted"_L1)}, "spike_rate"_L1);
    buildSpikeRatePlot(*m_spikes, spikes.layers, spikes.values[0], spikes.values[1]);
    // Room above the tallest bar for the legend in the top corner (the axis is logarithmic).
    if (!spikes.layers.isEmpty() && m_spikes->yAxis->scaleType() == QCPAxis::stLogarithmic)
        m_spikes->yAxis->setRangeUpper(m_spikes->yAxis->range().upper * 10);
    m_spikes->replot(QCustomPlot::rpQueuedReplot);

    const QJsonObject energy = results.value(QStringLiteral("energy")).toObject();
    const QJsonObject convertedEnergy = energy.value(QStringLiteral("converted")).toObject();
    const QJsonObject encryptedEnergy = energy.value(QStringLiteral("encrypted")).toObject();
    const QJsonArray convertedLayers = json::array(convertedEnergy, "layers"_L1);
    const QJsonArray encryptedLayers = json::array(encryptedEnergy, "layers"_L1);
    const LayerColumns snn = alignLayers({convertedLayers, encryptedLayers}, "snn_pj"_L1);
    // The ANN's cost per layer does not depend on the SNN, so either list may supply it.
    const LayerColumns ann = alignLayers({convertedLayers.isEmpty() ? encryptedLayers : convertedLayers}, "ann_pj"_L1);
    buildEnergyPlot(*m_energyPlot, snn.layers, valuesFor(ann, 0, snn.layers), snn.values[0], snn.values[1]);
    m_energyPlot->replot(QCustomPlot::rpQueuedReplot);
    if (energy.isEmpty()) {
        m_energy->setText(tr("No energy estimate yet: it comes with the accuracy measurement (Convert)."));
    } else {
        QString text = tr("ANN %1, converted SNN %2").arg(microjoules(energy.value(QStringLiteral("ann_pj")).toDouble()),
                                                         microjoules(convertedEnergy.value(QStringLiteral("snn_pj")).toDouble()));
        if (!encryptedEnergy.isEmpty())
            text += tr(", encrypted SNN %1").arg(microjoules(encryptedEnergy.value(QStringLiteral("snn_pj")).toDouble()));
        m_energy->setText(text + tr(" (%1 pJ per MAC, %2 pJ per accumulate).")
                                     .arg(QLocale().toString(energy.value(QStringLiteral("mac_pj")).toDouble()),
                                          QLocale().toString(energy.value(QStringLiteral("ac_pj")).toDouble())));
    }

    const QJsonArray verdicts = results.value(QStringLiteral("leakage")).toObject().value(QStringLiteral("verdicts")).toArray();
    if (verdicts.isEmpty()) {
        m_verdicts->setText(tr("No verdicts yet: run the attacks first."));
    } else {
        QString html = QStringLiteral("<ul>");
        for (const QJsonValue& value : verdicts) {
            const QJsonObject v = value.toObject();
            const bool leaks = v.value(QStringLiteral("leaks")).toBool();
            html += QStringLiteral("<li><b>%1 on %2: %3.</b> %4</li>")
                        .arg(v.value(QStringLiteral("attack")).toString().toHtmlEscaped(),
                             v.value(QStringLiteral("target")).toString().toHtmlEscaped(),
                             leaks ? tr("leaks") : tr("no leak shown"),
                             v.value(QStringLiteral("explanation")).toString().toHtmlEscaped());
        }
        m_verdicts->setText(html + QStringLiteral("</ul>"));
    }
    m_exportReport->setEnabled(results.contains(QStringLiteral("model")));
    m_exportModel->setEnabled(results.contains(QStringLiteral("encryption")));
}

QString ReportPage::verdictText() const
{
    return m_verdicts->text();
}

QString ReportPage::energyText() const
{
    return m_energy->text();
}

} // namespace psnn
