// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/similarityheatmap.h"

#include <algorithm>
#include <map>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

constexpr int ThumbnailEdge = 56;        // shown size of one sample, in CSS pixels
constexpr int ThumbnailStoredEdge = 112;   // stored size: twice the shown size, sharp when zoomed or printed
constexpr int SamplesPerClassShown = 8;  // what fits across the page next to the class name
constexpr QSize HeatmapSize(620, 560);

void writeStatistics(ReportContext& context, const SynthesisResults& synthesis)
{
    HtmlTable table;
    table.header = {ReportText::tr("Images"), ReportText::tr("Per class"), ReportText::tr("Optimisation steps"),
                    ReportText::tr("Time"), ReportText::tr("Teacher agreement"), ReportText::tr("Mean loss"),
                    ReportText::tr("Diversity")};
    table.numeric = {true, true, true, true, true, true, true};
    table.rows << QStringList{formatCount(double(synthesis.images)), formatCount(double(synthesis.perClass)),
                              formatCount(double(synthesis.steps)), formatSeconds(synthesis.seconds),
                              formatPercent(synthesis.teacherAgreement), formatDecimal(synthesis.meanLoss, 3),
                              formatDecimal(synthesis.diversity, 2)};
    table.caption = ReportText::tr("Teacher agreement: share of synthetic images the teacher assigns to the class "
                                   "they were made for.");
    context.html().table(table);
}

void writeHeatmap(ReportContext& context, const SynthesisResults& synthesis, const QStringList& classNames)
{
    context.html().subsection(ReportText::tr("Class similarity"));
    const std::vector<std::vector<double>>& matrix = synthesis.classSimilarity;
    if (matrix.empty()) {
        context.html().notRun(ReportText::tr("Not recorded: the synthesis step stored no class similarity."));
        return;
    }
    context.plotFigure(u"class_similarity"_s, HeatmapSize,
                       [&](QCustomPlot& plot) { buildSimilarityHeatmap(plot, matrix, classNames); },
                       ReportText::tr("Similarity between the synthetic images of each pair of classes (row: class, "
                                      "column: class). High values off the diagonal mean the teacher's classes are "
                                      "hard to tell apart without data."));
}

void writeSamples(ReportContext& context, const SynthesisResults& synthesis, const QStringList& classNames)
{
    context.html().subsection(ReportText::tr("Samples by class"));
    std::map<int, QStringList> byClass;
    for (const SynthesisSample& sample : synthesis.samples)
        byClass[int(sample.cls)] << QString::fromStdString(sample.file);
    if (byClass.empty()) {
        context.html().notRun(ReportText::tr("Not recorded: the synthesis step stored no sample images."));
        return;
    }
    QString grid = QStringLiteral("<table class=\"samples\" cellspacing=\"2\" cellpadding=\"1\">\n");
    int missing = 0;
    for (const auto& [classIndex, files] : byClass) {
        const QString name = classIndex >= 0 && classIndex < classNames.size() ? classNames.at(classIndex)
                                                                                 : QString::number(classIndex);
        grid += QStringLiteral("<tr><td>") + HtmlWriter::escaped(name) + QStringLiteral("</td>");
        for (const QString& file : files.mid(0, SamplesPerClassShown)) {
            QSize original;
            const QString copy = context.copyImage(file, ThumbnailStoredEdge, &original);
            if (copy.isEmpty()) {
                ++missing;
                continue;
            }
            const int height = ThumbnailEdge * original.height() / std::max(1, original.width());
            grid += QStringLiteral("<td>") + HtmlWriter::image(copy, ThumbnailEdge, height, name)
                    + QStringLiteral("</td>");
        }
        grid += QStringLiteral("</tr>\n");
    }
    grid += QStringLiteral("</table>\n");
    context.html().xhtml(grid);
    context.html().xhtmlParagraph(
        QStringLiteral("<span class=\"caption\">")
        + HtmlWriter::escaped(ReportText::tr("Synthetic images made from the teacher's weights alone, enlarged "
                                             "without smoothing so every pixel stays visible."))
        + QStringLiteral("</span>"));
    if (missing > 0)
        context.html().notRun(
            ReportText::tr("%n sample image(s) listed in results.json could not be read.", nullptr, missing));
}

} // namespace

void writeSyntheticImagesSection(ReportContext& context)
{
    const std::optional<SynthesisResults>& synthesis = context.results().synthesis;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Synthetic images"), u"synthesis"_s);
    context.markSection(u"synthesis"_s, synthesis.has_value());
    if (!synthesis) {
        html.notRun(ReportText::tr("Not run: no images have been synthesized from the teacher yet."));
        return;
    }
    QStringList classNames;
    for (const std::string& name : context.results().model.classNames)
        classNames << QString::fromStdString(name);
    writeStatistics(context, *synthesis);
    writeHeatmap(context, *synthesis, classNames);
    writeSamples(context, *synthesis, classNames);
}

} // namespace psnn
