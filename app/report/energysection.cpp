// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/layerseries.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/layercharts.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

void writeTotals(ReportContext& context, const EnergyResults& energy)
{
    const auto ann = energy.annPj;
    HtmlTable table;
    table.header = {ReportText::tr("Network"), ReportText::tr("Energy per image"), ReportText::tr("Relative to ANN")};
    table.numeric = {false, true, true};
    table.rows << QStringList{ReportText::tr("ANN"), formatMicrojoules(ann), ann ? formatRatio(1.0) : missingValue()};
    const QString snn =
        importedSnn(context.results()) ? ReportText::tr("Imported SNN") : ReportText::tr("Converted SNN");
    for (const auto& [network, name] :
         {std::pair{&energy.converted, snn}, std::pair{&energy.encrypted, ReportText::tr("Encrypted SNN")}}) {
        if (!*network)
            continue;
        const double snn = (*network)->snnPj;
        table.rows << QStringList{name, formatMicrojoules(snn), ann && *ann > 0 ? formatRatio(snn / *ann) : missingValue()};
    }
    context.html().table(table);
}

void writeCsv(ReportContext& context, const EnergyResults& energy)
{
    CsvTable csv({u"network"_s, u"layer"_s, u"macs"_s, u"input_rate"_s, u"ann_pj"_s, u"snn_pj"_s});
    csv.addRow({u"ann"_s, u"total"_s, QString(), QString(), CsvTable::number(energy.annPj), QString()});
    for (const auto& [network, key] : {std::pair{&energy.converted, u"converted"_s}, std::pair{&energy.encrypted, u"encrypted"_s}}) {
        if (!*network)
            continue;
        for (const EnergyLayer& layer : (*network)->layers) {
            csv.addRow({key, QString::fromStdString(layer.layer), CsvTable::number(double(layer.macs)),
                        CsvTable::number(layer.inputRate), CsvTable::number(layer.annPj), CsvTable::number(layer.snnPj)});
        }
        csv.addRow({key, u"total"_s, QString(), QString(), QString(), CsvTable::number((*network)->snnPj)});
    }
    context.writeCsv(u"energy.csv"_s, csv);
}

} // namespace

void writeEnergySection(ReportContext& context)
{
    const std::optional<EnergyResults>& section = context.results().energy;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Energy"), u"energy"_s);
    context.markSection(u"energy"_s, section.has_value());
    if (!section) {
        html.notRun(ReportText::tr("Not run: energy has not been estimated yet."));
        return;
    }
    const EnergyResults& energy = *section;
    QString text = ReportText::tr("Estimated energy per image: each ANN multiply-accumulate costs %1 pJ, each SNN "
                                  "accumulate (one spike arriving at one synapse) costs %2 pJ.")
                       .arg(formatSignificant(energy.macPj, 3), formatSignificant(energy.acPj, 3));
    const QString convention = QString::fromStdString(energy.convention);
    if (!convention.isEmpty())
        text += u' ' + convention;
    html.paragraph(text);
    writeTotals(context, energy);

    const std::vector<EnergyLayer> none;
    const std::vector<EnergyLayer>& convertedLayers = energy.converted ? energy.converted->layers : none;
    const std::vector<EnergyLayer>& encryptedLayers = energy.encrypted ? energy.encrypted->layers : none;
    const auto snnPj = [](const EnergyLayer& l) { return l.snnPj; };
    const LayerColumns snn = alignLayers({layerValues(convertedLayers, snnPj), layerValues(encryptedLayers, snnPj)});
    // The ANN's cost per layer does not depend on the SNN, so either list may supply it.
    const std::vector<EnergyLayer>& either = convertedLayers.empty() ? encryptedLayers : convertedLayers;
    const LayerColumns ann = alignLayers({layerValues(either, [](const EnergyLayer& l) { return l.annPj; })});
    const LayerColumns macs = alignLayers({layerValues(either, [](const EnergyLayer& l) { return double(l.macs); })});
    if (!snn.layers.isEmpty()) {
        html.subsection(ReportText::tr("Per layer"));
        const std::vector<double> annPerLayer = valuesFor(ann, 0, snn.layers);
        context.plotFigure(u"energy_per_layer"_s, ChartSize,
                           [&](QCustomPlot& plot) {
                               buildEnergyPlot(plot, snn.layers, annPerLayer, snn.values[0], snn.values[1]);
                           },
                           ReportText::tr("Energy per image of each layer: ANN vs converted and encrypted SNN."));
        HtmlTable table;
        table.header = {ReportText::tr("Layer"), ReportText::tr("MACs"), ReportText::tr("ANN"),
                        importedSnn(context.results()) ? ReportText::tr("Imported SNN")
                                                       : ReportText::tr("Converted SNN"),
                        ReportText::tr("Encrypted SNN")};
        table.numeric = {false, true, true, true, true};
        for (int i = 0; i < snn.layers.size(); ++i) {
            const qsizetype row = macs.layers.indexOf(snn.layers.at(i));
            table.rows << QStringList{snn.layers.at(i), formatCount(valueAt(macs.values[0], row)),
                                      formatMicrojoules(valueAt(annPerLayer, i)),
                                      formatMicrojoules(valueAt(snn.values[0], i)),
                                      formatMicrojoules(valueAt(snn.values[1], i))};
        }
        html.table(table);
    }
    writeCsv(context, energy);
}

} // namespace psnn
