// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontext.h"

#include "csvtable.h"
#include "reporttext.h"
#include "reportwriter.h"

#include "plots/plotexport.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <qcustomplot.h>

namespace psnn {

namespace {

// Width of a figure in CSS pixels (1/96 inch): the A4 text width less a margin.
constexpr int FigureWidth = 640;

// Where a lab image goes inside the output folder: the same relative path, unless that would
// leave the folder (an absolute path or "..") - then just its file name under images/.
QString outputPathFor(const QString& labRelativePath)
{
    const QString clean = QDir::cleanPath(labRelativePath);
    if (QDir::isAbsolutePath(clean) || clean.startsWith(QStringLiteral("..")))
        return QStringLiteral("images/") + QFileInfo(clean).fileName();
    return clean;
}

} // namespace

ReportContext::ReportContext(LabResults results, const QDir& lab, const QDir& out)
    : m_results(std::move(results))
    , m_verdicts(collectVerdicts(m_results))
    , m_lab(lab)
    , m_out(out)
    , m_html(ReportText::tr("PrivateSNN Lab report"))
{
}

void ReportContext::markSection(const QString& id, bool shown)
{
    m_sections.insert(id, shown ? QStringLiteral("shown") : QStringLiteral("not run"));
}

void ReportContext::writeCsv(const QString& name, const CsvTable& table)
{
    writeFileAtomically(m_out.filePath(name), table.toUtf8());
    m_csv << name;
}

void ReportContext::writePlot(const QString& png, const QString& svg, const QSize& size,
                              const std::function<void(QCustomPlot&)>& build)
{
    // A fresh widget per chart, so no chart depends on what the one before it left behind.
    QCustomPlot plot;
    plot.resize(size);
    build(plot);
    QString error;
    if (!savePlotPng(plot, m_out.filePath(png), size, 2.0, &error))
        failReport(ReportText::tr("Cannot write the plot %1: %2").arg(m_out.filePath(png), error));
    if (!savePlotSvg(plot, m_out.filePath(svg), size, QFileInfo(svg).baseName(), &error))
        failReport(ReportText::tr("Cannot write the plot %1: %2").arg(m_out.filePath(svg), error));
    m_plots << png << svg;
}

void ReportContext::plotFigure(const QString& name, const QSize& size,
                               const std::function<void(QCustomPlot&)>& build, const QString& caption)
{
    const QString png = QStringLiteral("plots/") + name + QStringLiteral(".png");
    const QString svg = QStringLiteral("plots/") + name + QStringLiteral(".svg");
    writePlot(png, svg, size, build);
    m_html.figure(png, FigureWidth, FigureWidth * size.height() / size.width(), svg, caption);
}

QString ReportContext::copyImage(const QString& labRelativePath, int storedEdge, QSize* originalSize)
{
    if (labRelativePath.isEmpty())
        return {};
    QImageReader reader(m_lab.filePath(labRelativePath));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    if (originalSize)
        *originalSize = image.size();
    const int longer = std::max(image.width(), image.height());
    const int factor = std::max(1, (storedEdge + longer - 1) / longer);
    const QImage enlarged = factor == 1 ? image : image.scaled(image.size() * factor, Qt::IgnoreAspectRatio,
                                                               Qt::FastTransformation);
    const QString relative = outputPathFor(labRelativePath);
    const QString target = m_out.filePath(relative);
    if (!m_out.mkpath(QFileInfo(relative).path()))
        failReport(ReportText::tr("Cannot create the folder %1.").arg(QFileInfo(target).path()));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !enlarged.save(&file, "PNG") || !file.commit())
        failReport(ReportText::tr("Cannot write the image %1: %2").arg(target, file.errorString()));
    if (!m_images.contains(relative))
        m_images << relative;
    return relative;
}

void writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        failReport(ReportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace psnn
