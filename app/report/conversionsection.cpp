// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/layercharts.h"

#include <cmath>

namespace psnn {

using namespace Qt::StringLiterals;

void writeThresholdSection(ReportContext& context)
{
    const QJsonObject conversion = context.resultsSection("conversion"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Conversion: thresholds per layer"), u"thresholds"_s);
    context.markSection(u"conversion"_s, !conversion.isEmpty());
    if (conversion.isEmpty()) {
        html.notRun(ReportText::tr("Not run: the ANN has not been converted to an SNN yet."));
        return;
    }
    html.paragraph(ReportText::tr("Converted at T = %1 time steps from %2 synthetic images in %3; thresholds are the "
                                  "%4 activation per %5, scaled by %6.")
                       .arg(formatCount(json::number(conversion, "timesteps"_L1)),
                            formatCount(json::number(conversion, "images"_L1)),
                            formatSeconds(json::number(conversion, "seconds"_L1)),
                            json::text(conversion, "statistic"_L1).isEmpty() ? missingValue()
                                                                             : json::text(conversion, "statistic"_L1),
                            json::text(conversion, "mode"_L1).isEmpty() ? missingValue()
                                                                        : json::text(conversion, "mode"_L1),
                            formatDecimal(json::number(conversion, "scale"_L1), 2)));

    QStringList layers;
    std::vector<double> thresholds;
    HtmlTable table;
    table.header = {ReportText::tr("Layer"), ReportText::tr("Threshold")};
    table.numeric = {false, true};
    CsvTable csv({u"layer"_s, u"threshold"_s});
    for (const QJsonObject& entry : json::objects(json::array(conversion, "thresholds"_L1))) {
        const QString layer = json::text(entry, "layer"_L1);
        const auto threshold = json::number(entry, "threshold"_L1);
        layers << layer;
        thresholds.push_back(threshold.value_or(std::nan("")));
        table.rows << QStringList{layer, formatDecimal(threshold, 4)};
        csv.addRow({layer, CsvTable::number(threshold)});
    }
    if (layers.isEmpty()) {
        html.notRun(ReportText::tr("The conversion recorded no thresholds."));
        return;
    }
    context.plotFigure(u"thresholds"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildThresholdPlot(plot, layers, thresholds); },
                       ReportText::tr("Firing threshold of each spiking layer."));
    html.table(table);
    context.writeCsv(u"thresholds.csv"_s, csv);
}

} // namespace psnn
