// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"
#include "sections.h"

#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

// Nested configuration as dotted keys ("encrypt.settings.m"), one row per leaf, so the table stays
// two columns wide however deep the pipeline's configuration is.
void flatten(const QString& prefix, const QJsonValue& value, QList<QStringList>& rows)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(), it.value(), rows);
        return;
    }
    rows << QStringList{prefix, json::compact(value)};
}

QString orMissing(const QString& text)
{
    return text.isEmpty() ? missingValue() : text;
}

void writeSteps(ReportContext& context, const std::vector<QJsonObject>& steps)
{
    HtmlWriter& html = context.html();
    html.subsection(ReportText::tr("Steps"));
    HtmlTable times;
    times.header = {ReportText::tr("Step"), ReportText::tr("Started"), ReportText::tr("Finished"),
                    ReportText::tr("Time"), ReportText::tr("Seed")};
    times.numeric = {false, false, false, true, true};
    HtmlTable hashes;
    hashes.header = {ReportText::tr("Step"), ReportText::tr("Role"), ReportText::tr("File"), ReportText::tr("SHA-256")};
    hashes.monospace = true;
    for (const QJsonObject& step : steps) {
        const QString name = json::text(step, "step"_L1);
        times.rows << QStringList{name, orMissing(json::text(step, "started"_L1)),
                                  orMissing(json::text(step, "finished"_L1)),
                                  formatSeconds(json::number(step, "seconds"_L1)),
                                  formatCount(json::number(step, "seed"_L1))};
        for (const auto& [key, role] : {std::pair{"inputs"_L1, ReportText::tr("input")},
                                        std::pair{"outputs"_L1, ReportText::tr("output")}}) {
            const QJsonObject files = json::object(step, key);
            for (auto it = files.begin(); it != files.end(); ++it)
                hashes.rows << QStringList{name, role, it.key(), json::compact(it.value())};
        }
    }
    html.table(times);
    if (!hashes.rows.isEmpty()) {
        html.subsection(ReportText::tr("Inputs and outputs"));
        html.table(hashes);
    }
}

} // namespace

void writeProvenanceSection(ReportContext& context)
{
    const QJsonObject provenance = context.resultsSection("provenance"_L1);
    const QJsonObject config = context.resultsSection("config"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Configuration and provenance"), u"provenance"_s);
    context.markSection(u"provenance"_s, !provenance.isEmpty() || !config.isEmpty());
    if (provenance.isEmpty() && config.isEmpty()) {
        html.notRun(ReportText::tr("Not recorded: no step has written its configuration and provenance yet."));
        return;
    }
    if (!provenance.isEmpty()) {
        HtmlTable facts;
        facts.rows << QStringList{ReportText::tr("Tool"), orMissing(json::text(provenance, "tool"_L1))};
        const QJsonObject libraries = json::object(provenance, "libraries"_L1);
        for (auto it = libraries.begin(); it != libraries.end(); ++it)
            facts.rows << QStringList{it.key(), json::compact(it.value())};
        // The pipeline (core) has no Qt; the libraries drawing this report are named here.
        facts.rows << QStringList{ReportText::tr("Report drawn with"), QString::fromStdString(reportLibraryVersions())};
        facts.rows << QStringList{ReportText::tr("Machine"), orMissing(json::text(provenance, "machine"_L1))}
                   << QStringList{ReportText::tr("Threads"), formatCount(json::number(provenance, "threads"_L1))}
                   << QStringList{ReportText::tr("Profile"), orMissing(json::text(context.results(), "profile"_L1))};
        html.table(facts);
        const std::vector<QJsonObject> steps = json::objects(json::array(provenance, "steps"_L1));
        if (!steps.empty())
            writeSteps(context, steps);
    }
    if (!config.isEmpty()) {
        html.subsection(ReportText::tr("Configuration"));
        HtmlTable table;
        table.header = {ReportText::tr("Setting"), ReportText::tr("Value")};
        table.monospace = true;
        flatten(QString(), config, table.rows);
        html.table(table);
    }
}

} // namespace psnn
