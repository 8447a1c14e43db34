// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "htmlwriter.h"
#include "verdicts.h"

#include "privatesnn/results.h"

#include <QDir>
#include <QJsonObject>
#include <QSize>
#include <QStringList>

#include <functional>

class QCustomPlot;

namespace psnn {

class CsvTable;

/// Everything the sections share while one report is written: the typed results, the lab and
/// output folders, the HTML being built and the list of files written so far.
class ReportContext
{
public:
    ReportContext(LabResults results, const QDir& lab, const QDir& out);

    /// results.json; a section is empty (std::nullopt) when its step has not run.
    const LabResults& results() const { return m_results; }
    const std::vector<Verdict>& verdicts() const { return m_verdicts; }
    const QDir& lab() const { return m_lab; }
    HtmlWriter& html() { return m_html; }

    /// Records whether a report section showed data ("shown") or its "not run" line, for report.json.
    void markSection(const QString& id, bool shown);
    const QJsonObject& sectionStates() const { return m_sections; }

    /// Writes out/<name> atomically and records it.
    void writeCsv(const QString& name, const CsvTable& table);
    /// Draws a fresh plot with `build`, writes plots/<name>.png and plots/<name>.svg, and adds a
    /// figure showing the PNG at the report's figure width, linked to the SVG.
    void plotFigure(const QString& name, const QSize& size, const std::function<void(QCustomPlot&)>& build,
                    const QString& caption);
    /// Copies a lab image (path relative to the lab) into the output folder, enlarged by the
    /// smallest whole factor with nearest-neighbour sampling that makes its longer side at least
    /// `storedEdge` pixels, so small images stay crisp wherever they are scaled down for display.
    /// Returns the copy's path relative to the output folder and its original size, or an empty
    /// path when the lab has no such readable image.
    QString copyImage(const QString& labRelativePath, int storedEdge, QSize* originalSize = nullptr);

    const QStringList& csvFiles() const { return m_csv; }
    const QStringList& plotFiles() const { return m_plots; }
    const QStringList& imageFiles() const { return m_images; }

private:
    /// Paths relative to the output folder.
    void writePlot(const QString& png, const QString& svg, const QSize& size,
                   const std::function<void(QCustomPlot&)>& build);

    LabResults m_results;
    std::vector<Verdict> m_verdicts;
    QDir m_lab;
    QDir m_out;
    HtmlWriter m_html;
    QJsonObject m_sections;
    QStringList m_csv;
    QStringList m_plots;
    QStringList m_images;
};

/// Writes `data` to `path` through a temporary file and a rename, as every lab file is written.
/// Throws ReportError naming the path when that fails.
void writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace psnn
