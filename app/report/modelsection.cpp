// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

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

QString orMissing(const std::string& text)
{
    return orMissing(QString::fromStdString(text));
}

} // namespace

void writeModelSection(ReportContext& context)
{
    const ModelResults& model = context.results().model;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Model"), u"model"_s);

    QStringList classes;
    for (const std::string& name : model.classNames)
        classes << QString::fromStdString(name);
    const QString classList =
        classes.isEmpty() ? missingValue() : QString::number(classes.size()) + u": "_s + classes.join(u", "_s);
    HtmlTable facts;
    facts.rows = {
        {ReportText::tr("Name"), orMissing(model.name)},
        {ReportText::tr("File"), orMissing(model.path)},
        {ReportText::tr("SHA-256"), orMissing(model.sha256)},
        {ReportText::tr("Input"), model.channels > 0 ? formatShape({model.channels, model.height, model.width}) : missingValue()},
        {ReportText::tr("Classes"), classList},
        {ReportText::tr("Parameters"), formatCount(asDouble(model.parameters))},
        {ReportText::tr("MACs per image"), formatCount(asDouble(model.macs))},
    };
    if (const std::optional<JudgeInfo>& judge = context.results().judge) {
        facts.rows << QStringList{ReportText::tr("Judge network"), orMissing(judge->path)}
                   << QStringList{ReportText::tr("Judge SHA-256"), orMissing(judge->sha256)};
    }
    html.table(facts);

    if (model.layers.empty()) {
        html.notRun(ReportText::tr("The results file lists no layers for this model."));
    } else {
        html.subsection(ReportText::tr("Architecture"));
        HtmlTable table;
        table.header = {ReportText::tr("Layer"), ReportText::tr("Kind"), ReportText::tr("Output shape"),
                        ReportText::tr("Parameters"), ReportText::tr("MACs")};
        table.numeric = {false, false, false, true, true};
        for (const ModelLayer& layer : model.layers) {
            table.rows << QStringList{QString::fromStdString(layer.path), QString::fromStdString(layer.kind),
                                      formatShape(layer.outputShape), formatCount(double(layer.parameters)),
                                      formatCount(double(layer.macs))};
        }
        html.table(table);
    }
    context.markSection(u"model"_s, true);
}

void writeDataFreeSection(ReportContext& context)
{
    const std::optional<DataFreeProof>& dataFree = context.results().dataFree;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Data-free proof"), u"data-free"_s);
    context.markSection(u"data_free"_s, dataFree.has_value());
    if (!dataFree) {
        html.notRun(ReportText::tr("Not run: no step has recorded its inputs yet."));
        return;
    }
    html.paragraph(ReportText::tr("What each step that builds a network was given, as recorded by the pipeline. "
                                  "None of them may see training or evaluation images; that is the point of the "
                                  "method."));
    HtmlTable table;
    table.header = {ReportText::tr("Step"), ReportText::tr("Given")};
    for (const auto& [text, step] : {std::pair{&dataFree->synthesize, ReportText::tr("Synthesize images")},
                                     std::pair{&dataFree->convert, ReportText::tr("Convert ANN to SNN")},
                                     std::pair{&dataFree->encrypt, ReportText::tr("Encrypt SNN")}}) {
        const QString given = QString::fromStdString(*text);
        table.rows << QStringList{step, given.isEmpty() ? ReportText::tr("not run") : given};
    }
    html.table(table);

    const QString evaluation = QString::fromStdString(dataFree->evaluationData);
    if (evaluation.isEmpty() || evaluation == u"none"_s) {
        html.paragraph(ReportText::tr("No evaluation data was used."));
        return;
    }
    QStringList usedBy;
    for (const std::string& use : dataFree->evaluationUsedBy)
        usedBy << QString::fromStdString(use);
    html.paragraph(ReportText::tr("Evaluation data, used only to measure:"));
    HtmlTable evaluationTable;
    evaluationTable.rows = {
        {ReportText::tr("Data set"), evaluation},
        {ReportText::tr("SHA-256"), orMissing(dataFree->evaluationSha256.value_or(std::string()))},
        {ReportText::tr("Used for"), usedBy.isEmpty() ? missingValue() : usedBy.join(u", "_s)},
    };
    html.table(evaluationTable);
}

} // namespace psnn
