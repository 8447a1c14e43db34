// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QString orMissing(const QString& text)
{
    return text.isEmpty() ? missingValue() : text;
}

QString inputShape(const QJsonObject& input)
{
    return formatShape(QJsonArray{input.value("channels"_L1), input.value("height"_L1), input.value("width"_L1)});
}

} // namespace

void writeModelSection(ReportContext& context)
{
    const QJsonObject model = context.resultsSection("model"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Model"), u"model"_s);

    const QStringList classes = json::strings(json::array(model, "class_names"_L1));
    const QString classList =
        classes.isEmpty() ? missingValue() : QString::number(classes.size()) + u": "_s + classes.join(u", "_s);
    HtmlTable facts;
    facts.rows = {
        {ReportText::tr("Name"), orMissing(json::text(model, "name"_L1))},
        {ReportText::tr("File"), orMissing(json::text(model, "path"_L1))},
        {ReportText::tr("SHA-256"), orMissing(json::text(model, "sha256"_L1))},
        {ReportText::tr("Input"), inputShape(json::object(model, "input"_L1))},
        {ReportText::tr("Classes"), classList},
        {ReportText::tr("Parameters"), formatCount(json::number(model, "parameters"_L1))},
        {ReportText::tr("MACs per image"), formatCount(json::number(model, "macs"_L1))},
    };
    const QJsonObject judge = context.resultsSection("judge"_L1);
    if (!judge.isEmpty()) {
        facts.rows << QStringList{ReportText::tr("Judge network"), orMissing(json::text(judge, "path"_L1))}
                   << QStringList{ReportText::tr("Judge SHA-256"), orMissing(json::text(judge, "sha256"_L1))};
    }
    html.table(facts);

    const std::vector<QJsonObject> layers = json::objects(json::array(model, "layers"_L1));
    if (layers.empty()) {
        html.notRun(ReportText::tr("The results file lists no layers for this model."));
    } else {
        html.subsection(ReportText::tr("Architecture"));
        HtmlTable table;
        table.header = {ReportText::tr("Layer"), ReportText::tr("Kind"), ReportText::tr("Output shape"),
                        ReportText::tr("Parameters"), ReportText::tr("MACs")};
        table.numeric = {false, false, false, true, true};
        for (const QJsonObject& layer : layers) {
            table.rows << QStringList{json::text(layer, "path"_L1), json::text(layer, "kind"_L1),
                                      formatShape(json::array(layer, "output_shape"_L1)),
                                      formatCount(json::number(layer, "parameters"_L1)),
                                      formatCount(json::number(layer, "macs"_L1))};
        }
        html.table(table);
    }
    context.markSection(u"model"_s, true);
}

void writeDataFreeSection(ReportContext& context)
{
    const QJsonObject dataFree = context.resultsSection("data_free"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Data-free proof"), u"data-free"_s);
    context.markSection(u"data_free"_s, !dataFree.isEmpty());
    if (dataFree.isEmpty()) {
        html.notRun(ReportText::tr("Not run: no step has recorded its inputs yet."));
        return;
    }
    html.paragraph(ReportText::tr("What each step that builds a network was given, as recorded by the pipeline. "
                                  "None of them may see training or evaluation images; that is the point of the "
                                  "method."));
    HtmlTable table;
    table.header = {ReportText::tr("Step"), ReportText::tr("Given")};
    for (const auto& [key, step] : {std::pair{"synthesize"_L1, ReportText::tr("Synthesize images")},
                                    std::pair{"convert"_L1, ReportText::tr("Convert ANN to SNN")},
                                    std::pair{"encrypt"_L1, ReportText::tr("Encrypt SNN")}}) {
        const QString given = json::text(dataFree, key);
        table.rows << QStringList{step, given.isEmpty() ? ReportText::tr("not run") : given};
    }
    html.table(table);

    const QString evaluation = json::text(dataFree, "evaluation_data"_L1);
    if (evaluation.isEmpty()) {
        html.paragraph(ReportText::tr("No evaluation data was used."));
        return;
    }
    const QStringList usedBy = json::strings(json::array(dataFree, "evaluation_used_by"_L1));
    html.paragraph(ReportText::tr("Evaluation data, used only to measure:"));
    HtmlTable evaluationTable;
    evaluationTable.rows = {
        {ReportText::tr("Data set"), evaluation},
        {ReportText::tr("SHA-256"), orMissing(json::text(dataFree, "evaluation_sha256"_L1))},
        {ReportText::tr("Used for"), usedBy.isEmpty() ? missingValue() : usedBy.join(u", "_s)},
    };
    html.table(evaluationTable);
}

} // namespace psnn
