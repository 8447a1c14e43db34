// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reportpage.h"

#include "models/layerseries.h"
#include "models/leakagetext.h"
#include "models/studyfrontier.h"
#include "pages/humanjudgepanel.h"
#include "pages/membershippanel.h"
#include "pages/studypanel.h"
#include "plots/layercharts.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
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
    , m_openReport(new QPushButton(tr("Open report")))
    , m_study(new StudyPanel)
    , m_human(new HumanJudgePanel)
    , m_membership(new MembershipPanel)
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
    buttons->addWidget(m_openReport);
    buttons->addStretch(1);
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    m_openReport->hide(); // until a report is written
    connect(m_openReport, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportedHtml)); });
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
    addSection(tr("How much encryption is enough? (privacy-utility study)"));
    m_study->setObjectName(QStringLiteral("reportStudy"));
    m_study->setControlsVisible(false);
    contentLayout()->addWidget(m_study);
    addSection(tr("Human judge"));
    m_human->setObjectName(QStringLiteral("reportHumanJudge"));
    m_human->setControlsVisible(false);
    contentLayout()->addWidget(m_human);
    addSection(tr("Membership inference"));
    m_membership->setObjectName(QStringLiteral("reportMembership"));
    m_membership->setControlsVisible(false);
    contentLayout()->addWidget(m_membership);
    contentLayout()->addStretch(1);
}

void ReportPage::setLabFolder(const QString& folder)
{
    StepPage::setLabFolder(folder);
    refreshStudy();
}

void ReportPage::refreshStudy()
{
    m_study->showLabStudy(labFolder());
    m_human->showLab(labFolder());
}

void ReportPage::showLabResults(const LabResults& results)
{
    const ActivityResults activity = results.activity.value_or(ActivityResults{});
    const auto rate = [](const LayerActivityRow& row) { return row.spikeRate; };
    const LayerColumns spikes = alignLayers({layerValues(activity.converted, rate), layerValues(activity.encrypted, rate)});
    buildSpikeRatePlot(*m_spikes, spikes.layers, spikes.values[0], spikes.values[1]);
    // Room above the tallest bar for the legend in the top corner (the axis is logarithmic).
    if (!spikes.layers.isEmpty() && m_spikes->yAxis->scaleType() == QCPAxis::stLogarithmic)
        m_spikes->yAxis->setRangeUpper(m_spikes->yAxis->range().upper * 10);
    m_spikes->replot(QCustomPlot::rpQueuedReplot);

    const EnergyResults energy = results.energy.value_or(EnergyResults{});
    const std::vector<EnergyLayer> none;
    const std::vector<EnergyLayer>& convertedLayers = energy.converted ? energy.converted->layers : none;
    const std::vector<EnergyLayer>& encryptedLayers = energy.encrypted ? energy.encrypted->layers : none;
    const auto snnPj = [](const EnergyLayer& l) { return l.snnPj; };
    const LayerColumns snn = alignLayers({layerValues(convertedLayers, snnPj), layerValues(encryptedLayers, snnPj)});
    // The ANN's cost per layer does not depend on the SNN, so either list may supply it.
    const LayerColumns ann = alignLayers(
        {layerValues(convertedLayers.empty() ? encryptedLayers : convertedLayers, [](const EnergyLayer& l) { return l.annPj; })});
    buildEnergyPlot(*m_energyPlot, snn.layers, valuesFor(ann, 0, snn.layers), snn.values[0], snn.values[1]);
    m_energyPlot->replot(QCustomPlot::rpQueuedReplot);
    if (!results.energy) {
        m_energy->setText(tr("No energy estimate yet: it comes with the accuracy measurement (Convert)."));
    } else {
        const bool imported = results.conversion && results.conversion->imported;
        QString text = (imported ? tr("ANN %1, imported SNN %2") : tr("ANN %1, converted SNN %2"))
                           .arg(microjoules(energy.annPj.value_or(0)),
                                microjoules(energy.converted ? energy.converted->snnPj : 0));
        if (energy.encrypted)
            text += tr(", encrypted SNN %1").arg(microjoules(energy.encrypted->snnPj));
        m_energy->setText(text + tr(" (%1 pJ per MAC, %2 pJ per accumulate).")
                                     .arg(QLocale().toString(energy.macPj.value_or(0)), QLocale().toString(energy.acPj.value_or(0))));
    }

    if (!results.leakage || results.leakage->verdicts.empty()) {
        m_verdicts->setText(tr("No verdicts yet: run the attacks first."));
    } else {
        QString html = QStringLiteral("<ul>");
        for (const LeakageVerdict& v : results.leakage->verdicts) {
            const QString verdict =
                v.verdict ? translatedVerdict(*v.verdict, v.powerTarget, v.imagesFor80.value_or(0)) : tr("no verdict");
            html += QStringLiteral("<li><b>%1</b> %2</li>")
                        .arg(tr("%1: %2.").arg(sourceTitle(v.attack, v.target), verdict).toHtmlEscaped(),
                             verdictExplanation(*results.leakage, v, results.config).toHtmlEscaped());
        }
        m_verdicts->setText(html + QStringLiteral("</ul>"));
    }
    if (results.membership)
        m_membership->showMembership(*results.membership);
    else
        m_membership->clear();
    QStringList names;
    for (const std::string& name : results.model.classNames)
        names << QString::fromStdString(name);
    m_study->setClassNames(names);
    m_human->showLab(labFolder()); // a finished attack step has stored new images
    m_exportReport->setEnabled(showsLabResults());
    m_exportModel->setEnabled(results.encryption.has_value());
}

void ReportPage::showExportedReport(const QString& html)
{
    m_exportedHtml = html;
    m_openReport->setToolTip(QDir::toNativeSeparators(html));
    m_openReport->show();
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
