// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
#include "models/layerseries.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/layercharts.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

void writeTotals(ReportContext& context, const QJsonObject& energy)
{
    const auto ann = json::number(energy, "ann_pj"_L1);
    HtmlTable table;
    table.header = {ReportText::tr("Network"), ReportText::tr("Energy per image"), ReportText::tr("Relative to ANN")};
    table.numeric = {false, true, true};
    table.rows << QStringList{ReportText::tr("ANN"), formatMicrojoules(ann), ann ? formatRatio(1.0) : missingValue()};
    for (const auto& [key, name] : {std::pair{"converted"_L1, ReportText::tr("Converted SNN")},
                                    std::pair{"encrypted"_L1, ReportText::tr("Encrypted SNN")}}) {
        const auto snn = json::number(json::object(energy, key), "snn_pj"_L1);
        if (!snn)
            continue;
        table.rows << QStringList{name, formatMicrojoules(snn),
                                  ann && *ann > 0 ? formatRatio(*snn / *ann) : missingValue()};
    }
    context.html().table(table);
}

void writeCsv(ReportContext& context, const QJsonObject& energy)
{
    CsvTable csv({u"network"_s, u"layer"_s, u"macs"_s, u"input_rate"_s, u"ann_pj"_s, u"snn_pj"_s});
    csv.addRow({u"ann"_s, u"total"_s, QString(), QString(), CsvTable::number(json::number(energy, "ann_pj"_L1)),
                QString()});
    for (const auto key : {"converted"_L1, "encrypted"_L1}) {
        const QJsonObject network = json::object(energy, key);
        if (network.isEmpty())
            continue;
        for (const QJsonObject& layer : json::objects(json::array(network, "layers"_L1))) {
            csv.addRow({QString(key), json::text(layer, "layer"_L1), CsvTable::number(json::number(layer, "macs"_L1)),
                        CsvTable::number(json::number(layer, "input_rate"_L1)),
                        CsvTable::number(json::number(layer, "ann_pj"_L1)),
                        CsvTable::number(json::number(layer, "snn_pj"_L1))});
        }
        csv.addRow({QString(key), u"total"_s, QString(), QString(), QString(),
                    CsvTable::number(json::number(network, "snn_pj"_L1))});
    }
    context.writeCsv(u"energy.csv"_s, csv);
}

} // namespace

void writeEnergySection(ReportContext& context)
{
    const QJsonObject energy = context.resultsSection("energy"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Energy"), u"energy"_s);
    context.markSection(u"energy"_s, !energy.isEmpty());
    if (energy.isEmpty()) {
        html.notRun(ReportText::tr("Not run: energy has not been estimated yet."));
        return;
    }
    QString text = ReportText::tr("Estimated energy per image: each ANN multiply-accumulate costs %1 pJ, each SNN "
                                  "accumulate (one spike arriving at one synapse) costs %2 pJ.")
                       .arg(formatSignificant(json::number(energy, "mac_pj"_L1), 3),
                            formatSignificant(json::number(energy, "ac_pj"_L1), 3));
    const QString convention = json::text(energy, "convention"_L1);
    if (!convention.isEmpty())
        text += u' ' + convention;
    html.paragraph(text);
    writeTotals(context, energy);

    const QJsonArray convertedLayers = json::array(json::object(energy, "converted"_L1), "layers"_L1);
    const QJsonArray encryptedLayers = json::array(json::object(energy, "encrypted"_L1), "layers"_L1);
    const LayerColumns snn = alignLayers({convertedLayers, encryptedLayers}, "snn_pj"_L1);
    // The ANN's cost per layer does not depend on the SNN, so either list may supply it.
    const LayerColumns ann = alignLayers({convertedLayers.isEmpty() ? encryptedLayers : convertedLayers}, "ann_pj"_L1);
    const LayerColumns macs = alignLayers({convertedLayers.isEmpty() ? encryptedLayers : convertedLayers}, "macs"_L1);
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
                        ReportText::tr("Converted SNN"), ReportText::tr("Encrypted SNN")};
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
