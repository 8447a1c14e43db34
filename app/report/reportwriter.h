// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The auditor report of a lab folder (docs/lab-format.md). This header is free of Qt; the Qt objects
// live behind pimpl. The report draws its plots with QCustomPlot widgets, so this library links Qt
// Widgets: the GUI calls it in process, the privatesnn command runs it as the privatesnn-report
// program (app/cli/report_process.h) and links no Qt Widgets itself.

#include "reportfiles.h"

#include <memory>
#include <string>

namespace psnn {

/// Reads labDir/results.json and writes the report into outDir (created when missing; files of an
/// earlier report are replaced atomically). Sections whose step has not run say so instead of
/// failing. Needs a QApplication on the calling thread (see ReportApplication) because the plots
/// are drawn with widgets. Throws ReportError when results.json is missing, not JSON, not a
/// results file of a known version, or an output cannot be written.
ReportFiles writeReport(const std::string& labDir, const std::string& outDir);

/// "Qt 6.4.2, QCustomPlot 2.1.0": the drawing libraries the reports use (for --version and provenance).
std::string reportLibraryVersions();

/// Makes writeReport() usable from a program without a GUI. When no QApplication exists yet it
/// creates one for its lifetime, on the "offscreen" platform if neither DISPLAY nor
/// WAYLAND_DISPLAY is set (and QT_QPA_PLATFORM does not choose another). When one exists already
/// it does nothing. Create it on the main thread, before any other Qt object. Throws ReportError
/// if a non-GUI QCoreApplication exists, because the plots cannot be drawn with one.
class ReportApplication {
public:
    ReportApplication();
    ~ReportApplication();
    ReportApplication(const ReportApplication&) = delete;
    ReportApplication& operator=(const ReportApplication&) = delete;

    /// True when this object created the application (and will destroy it).
    bool ownsApplication() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace psnn
