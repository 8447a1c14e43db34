// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"
#include "sections.h"

#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

// Nested configuration as dotted keys ("encrypt.settings.m"), one row per leaf, so the table stays
// two columns wide however deep the pipeline's configuration is.
void flatten(const QString& prefix, const nlohmann::json& value, QList<QStringList>& rows)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            flatten(prefix.isEmpty() ? key : prefix + u'.' + key, it.value(), rows);
        }
        return;
    }
    rows << QStringList{prefix, QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump())};
}

// A SHA-256 is 64 characters without a break opportunity: in a four-column table it pushed the
// column past the page's edge. Two lines of 32 keep it whole for reading and comparing.
QString hashCell(const std::string& sha)
{
    const QString text = QString::fromStdString(sha);
    return text.size() == 64 ? text.left(32) + QChar(QChar::LineSeparator) + text.mid(32) : text;
}

QString orMissing(const std::string& text)
{
    return text.empty() ? missingValue() : QString::fromStdString(text);
}

void writeSteps(ReportContext& context, const std::vector<StepProvenance>& steps)
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
    for (const StepProvenance& step : steps) {
        const QString name = QString::fromStdString(step.step);
        times.rows << QStringList{name, orMissing(step.started), orMissing(step.finished), formatSeconds(step.seconds),
                                  formatCount(double(step.seed))};
        for (const auto& [files, role] : {std::pair{&step.inputs, ReportText::tr("input")},
                                          std::pair{&step.outputs, ReportText::tr("output")}}) {
            for (const auto& [file, sha] : *files)
                hashes.rows << QStringList{name, role, QString::fromStdString(file), hashCell(sha)};
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
    const std::optional<Provenance>& provenance = context.results().provenance;
    const nlohmann::json& config = context.results().config;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Configuration and provenance"), u"provenance"_s);
    context.markSection(u"provenance"_s, provenance || !config.empty());
    if (!provenance && config.empty()) {
        html.notRun(ReportText::tr("Not recorded: no step has written its configuration and provenance yet."));
        return;
    }
    if (provenance) {
        HtmlTable facts;
        facts.rows << QStringList{ReportText::tr("Tool"), orMissing(provenance->tool)};
        for (const auto& [library, version] : provenance->libraries)
            facts.rows << QStringList{QString::fromStdString(library), QString::fromStdString(version)};
        // The pipeline (core) has no Qt; the libraries drawing this report are named here.
        facts.rows << QStringList{ReportText::tr("Report drawn with"), QString::fromStdString(reportLibraryVersions())};
        facts.rows << QStringList{ReportText::tr("Machine"), orMissing(provenance->machine)}
                   << QStringList{ReportText::tr("Threads"), formatCount(asDouble(provenance->threads))}
                   << QStringList{ReportText::tr("Profile"), orMissing(context.results().profile)};
        html.table(facts);
        if (!provenance->steps.empty())
            writeSteps(context, provenance->steps);
    }
    if (!config.empty()) {
        html.subsection(ReportText::tr("Configuration"));
        HtmlTable table;
        table.header = {ReportText::tr("Setting"), ReportText::tr("Value")};
        table.monospace = true;
        flatten(QString(), config, table.rows);
        html.table(table);
    }
}

} // namespace psnn
