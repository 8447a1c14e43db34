// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
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
    const QJsonObject activity = context.resultsSection("activity"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Spike rates per layer"), u"activity"_s);
    const LayerColumns columns = alignLayers(
        {json::array(activity, "converted"_L1), json::array(activity, "encrypted"_L1)}, "spike_rate"_L1);
    context.markSection(u"activity"_s, !columns.layers.isEmpty());
    if (columns.layers.isEmpty()) {
        html.notRun(ReportText::tr("Not run: spike rates have not been measured yet."));
        return;
    }
    const std::vector<double>& converted = columns.values[0];
    const std::vector<double>& encrypted = columns.values[1];
    html.paragraph(ReportText::tr("Spikes per neuron per time step on the evaluation images; the input layer fires at "
                                  "%1. Fewer spikes mean less energy.")
                       .arg(formatSignificant(json::number(activity, "input_rate"_L1), 3)));
    context.plotFigure(u"spike_rates"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildSpikeRatePlot(plot, columns.layers, converted, encrypted); },
                       ReportText::tr("Spike rate of each layer, converted vs encrypted SNN (logarithmic scale)."));

    HtmlTable table;
    table.header = {ReportText::tr("Layer"), ReportText::tr("Converted SNN"), ReportText::tr("Encrypted SNN"),
                    ReportText::tr("Encrypted / converted")};
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
