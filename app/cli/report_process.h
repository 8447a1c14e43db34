// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The privatesnn command writes reports by running the privatesnn-report program installed beside
// it (the report's plots need Qt Widgets, which this command does not link). Free of Qt: the
// command's sources include LibTorch.

#include "reportfiles.h"

#include <string>

namespace psnn::cli {

/// Runs privatesnn-report on labDir and outDir and returns the files it wrote. Throws ReportError
/// with the report writer's own message when it fails, or naming the program when it is missing
/// or crashes.
ReportFiles writeReportInProcess(const std::string& labDir, const std::string& outDir);

/// "Qt 6.4.2, QCustomPlot 2.1.0" as the report writer prints them, or a note that it was not found.
std::string reportWriterVersions();

} // namespace psnn::cli
