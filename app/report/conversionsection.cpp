// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/layercharts.h"


namespace psnn {

using namespace Qt::StringLiterals;

void writeThresholdSection(ReportContext& context)
{
    const std::optional<ConversionResults>& conversion = context.results().conversion;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Conversion: thresholds per layer"), u"thresholds"_s);
    context.markSection(u"conversion"_s, conversion.has_value());
    if (!conversion) {
        html.notRun(ReportText::tr("Not run: the ANN has not been converted to an SNN yet."));
        return;
    }
    const auto orMissing = [](const std::string& text) {
        return text.empty() ? missingValue() : QString::fromStdString(text);
    };
    if (conversion->imported) {
        // Nothing was converted: the model came as it is, and what its file did not state was assumed.
        html.paragraph(
            ReportText::tr("Not converted: the spiking model was imported from %1 and is simulated at T = %2 "
                           "time steps with these semantics (each with where it came from): %3.")
                .arg(QString::fromStdString(*conversion->imported), formatCount(double(conversion->timesteps)),
                     QString::fromStdString([&] {
                         std::string all;
                         for (const std::string& line : conversion->semantics)
                             all += (all.empty() ? "" : "; ") + line;
                         return all;
                     }())));
    } else {
        html.paragraph(
            ReportText::tr("Converted at T = %1 time steps from %2 synthetic images in %3; thresholds are the "
                           "%4 activation per %5, scaled by %6.")
                .arg(formatCount(double(conversion->timesteps)), formatCount(double(conversion->images)),
                     formatSeconds(conversion->seconds), orMissing(conversion->statistic), orMissing(conversion->mode),
                     formatDecimal(conversion->scale, 2)));
    }

    QStringList layers;
    std::vector<double> thresholds;
    HtmlTable table;
    // In channel mode a layer has one threshold per channel: the table shows their mean.
    table.header = {ReportText::tr("Layer"), conversion->mode == "channel" ? ReportText::tr("Threshold (mean over channels)")
                                                                            : ReportText::tr("Threshold")};
    table.numeric = {false, true};
    CsvTable csv({u"layer"_s, u"threshold"_s});
    for (const LayerThreshold& entry : conversion->thresholds) {
        const QString layer = QString::fromStdString(entry.layer);
        layers << layer;
        thresholds.push_back(entry.threshold);
        table.rows << QStringList{layer, formatDecimal(entry.threshold, 4)};
        csv.addRow({layer, CsvTable::number(entry.threshold)});
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
