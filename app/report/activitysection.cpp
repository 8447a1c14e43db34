// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/layerseries.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/layercharts.h"

#include <cmath>

namespace psnn {

using namespace Qt::StringLiterals;

void writeSpikeRateSection(ReportContext& context)
{
    const ActivityResults activity = context.results().activity.value_or(ActivityResults{});
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Spike rates per layer"), u"activity"_s);
    const auto rate = [](const LayerActivityRow& row) { return row.spikeRate; };
    const LayerColumns columns = alignLayers({layerValues(activity.converted, rate), layerValues(activity.encrypted, rate)});
    context.markSection(u"activity"_s, !columns.layers.isEmpty());
    if (columns.layers.isEmpty()) {
        html.notRun(ReportText::tr("Not run: spike rates have not been measured yet."));
        return;
    }
    const std::vector<double>& converted = columns.values[0];
    const std::vector<double>& encrypted = columns.values[1];
    // The input rate is recorded over the whole window; the table's rates are per time step.
    QString text = ReportText::tr("Spikes per neuron per time step on the evaluation images. Fewer spikes mean less energy.");
    if (activity.inputRate && activity.inputTimesteps && *activity.inputTimesteps > 0)
        text += u' ' + ReportText::tr("The input layer fires %1 spikes per pixel over T = %2 time steps, %3 per time step.")
                           .arg(formatSignificant(activity.inputRate, 3), formatCount(asDouble(activity.inputTimesteps)),
                                formatSignificant(*activity.inputRate / double(*activity.inputTimesteps), 3));
    else if (activity.inputRate)
        text += u' ' + ReportText::tr("The input layer fires %1 spikes per pixel over the whole time window.")
                           .arg(formatSignificant(activity.inputRate, 3));
    html.paragraph(text);
    context.plotFigure(u"spike_rates"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildSpikeRatePlot(plot, columns.layers, converted, encrypted); },
                       ReportText::tr("Spike rate of each layer, converted vs encrypted SNN (logarithmic scale)."));

    HtmlTable table;
    const bool imported = importedSnn(context.results());
    table.header = {ReportText::tr("Layer"),
                    imported ? ReportText::tr("Imported SNN") : ReportText::tr("Converted SNN"),
                    ReportText::tr("Encrypted SNN"),
                    imported ? ReportText::tr("Encrypted / imported") : ReportText::tr("Encrypted / converted")};
    table.numeric = {false, true, true, true};
    CsvTable csv({u"layer"_s, u"converted_spike_rate"_s, u"encrypted_spike_rate"_s});
    for (int i = 0; i < columns.layers.size(); ++i) {
        const auto before = valueAt(converted, i);
        const auto after = valueAt(encrypted, i);
        table.rows << QStringList{columns.layers.at(i), formatSignificant(before, 3), formatSignificant(after, 3),
                                  before && after && *before > 0 ? formatRatio(*after / *before) : missingValue()};
        csv.addRow({columns.layers.at(i), CsvTable::number(before), CsvTable::number(after)});
    }
    html.table(table);
    context.writeCsv(u"activity.csv"_s, csv);
}

} // namespace psnn
