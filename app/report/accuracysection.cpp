// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/accuracyplot.h"

#include <cmath>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

struct AccuracyRow {
    QString network;   ///< shown in the table
    QString key;       ///< written to the CSV
    std::optional<double> timesteps;
    std::optional<double> accuracy;
};

std::vector<AccuracyRow> accuracyRows(const LabResults& results)
{
    const AccuracyResults accuracy = results.accuracy.value_or(AccuracyResults{});
    std::vector<AccuracyRow> rows;
    rows.push_back({ReportText::tr("ANN (teacher)"), u"ann"_s, std::nullopt, accuracy.ann});
    const bool imported = importedSnn(results);
    rows.push_back({imported ? ReportText::tr("Imported SNN") : ReportText::tr("Converted SNN"), u"converted"_s,
                    asDouble(accuracy.convertedTimesteps), accuracy.converted});
    // Encryption trains at its own, usually shorter, T; the converted SNN's accuracy at that T is the
    // fair "before" of the encrypted one.
    if (results.encryption && results.encryption->accuracyBefore)
        rows.push_back({imported ? ReportText::tr("Imported SNN before encryption")
                                 : ReportText::tr("Converted SNN before encryption"),
                        u"converted_before_encryption"_s, double(results.encryption->timesteps),
                        results.encryption->accuracyBefore});
    rows.push_back({ReportText::tr("Encrypted SNN"), u"encrypted"_s, asDouble(accuracy.encryptedTimesteps), accuracy.encrypted});
    std::vector<AccuracyRow> present;
    for (const AccuracyRow& row : rows) {
        if (row.accuracy)
            present.push_back(row);
    }
    return present;
}

} // namespace

void writeAccuracySection(ReportContext& context)
{
    const LabResults& results = context.results();
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Accuracy"), u"accuracy"_s);
    const std::vector<AccuracyRow> rows = accuracyRows(results);
    context.markSection(u"accuracy"_s, !rows.empty());
    if (rows.empty()) {
        html.notRun(ReportText::tr("Not run: the networks have not been evaluated yet."));
        return;
    }
    const auto ann = results.accuracy ? results.accuracy->ann : std::nullopt;
    HtmlTable table;
    table.header = {ReportText::tr("Network"), ReportText::tr("Time steps"), ReportText::tr("Accuracy"),
                    ReportText::tr("Change vs ANN")};
    table.numeric = {false, true, true, true};
    CsvTable csv({u"network"_s, u"timesteps"_s, u"accuracy"_s});
    for (const AccuracyRow& row : rows) {
        const bool isAnn = row.key == u"ann"_s;
        // The ANN has no time steps: "n/a" rather than the dash that means "not measured".
        table.rows << QStringList{row.network,
                                  isAnn ? ReportText::tr("n/a") : row.timesteps ? formatCount(row.timesteps) : missingValue(),
                                  formatPercent(row.accuracy),
                                  ann && !isAnn ? formatPointChange(*row.accuracy - *ann) : ReportText::tr("n/a")};
        csv.addRow({row.key, CsvTable::number(row.timesteps), CsvTable::number(row.accuracy)});
    }
    const QString evaluation = results.dataFree ? QString::fromStdString(results.dataFree->evaluationData) : QString();
    const QString source = evaluation.isEmpty() ? QString() : QStringLiteral(" (") + evaluation + QStringLiteral(")");
    table.caption = ReportText::tr("Top-1 accuracy on %1 evaluation images%2, used only to measure.")
                        .arg(formatCount(asDouble(results.accuracy ? results.accuracy->evalImages : std::nullopt)), source);
    html.table(table);
    context.writeCsv(u"accuracy.csv"_s, csv);
}

void writeAccuracyCurveSection(ReportContext& context)
{
    const AccuracyResults accuracy = context.results().accuracy.value_or(AccuracyResults{});
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Accuracy vs time steps"), u"accuracy-curve"_s);
    const std::vector<double>& converted = accuracy.convertedPerStep;
    const std::vector<double>& encrypted = accuracy.encryptedPerStep;
    context.markSection(u"accuracy_per_step"_s, !converted.empty() || !encrypted.empty());
    if (converted.empty() && encrypted.empty()) {
        html.notRun(ReportText::tr("Not run: no accuracy per time step has been recorded."));
        return;
    }
    const auto ann = accuracy.ann;
    context.plotFigure(u"accuracy_vs_timesteps"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildAccuracyPlot(plot, converted, encrypted, ann); },
                       ReportText::tr("Accuracy after t time steps of the converted and the encrypted SNN; "
                                      "the dashed line is the ANN."));

    CsvTable csv({u"timestep"_s, u"converted"_s, u"encrypted"_s});
    const std::size_t steps = std::max(converted.size(), encrypted.size());
    auto at = [](const std::vector<double>& values, std::size_t i) -> std::optional<double> {
        if (i < values.size() && std::isfinite(values[i]))
            return values[i];
        return std::nullopt;
    };
    for (std::size_t t = 0; t < steps; ++t)
        csv.addRow({QString::number(t + 1), CsvTable::number(at(converted, t)), CsvTable::number(at(encrypted, t))});
    context.writeCsv(u"accuracy_per_step.csv"_s, csv);
}

} // namespace psnn
