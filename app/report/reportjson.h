// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sections.h"

#include <QJsonObject>

namespace psnn {

class ReportContext;
struct ResultsFile;

/// report.json: the same numbers as the PDF for scripts and archives. "results" is results.json
/// itself (keys sorted, every value kept), "source" ties it to the exact file by SHA-256,
/// "derived" holds the comparisons the report computes (accuracy changes, energy ratios),
/// "verdicts" and "summary" the plain-language findings, "sections" what was shown or not run,
/// and "files" every file written, relative to the report folder.
QJsonObject buildReportJson(const ResultsFile& source, const ReportContext& context, const QList<SummaryLine>& summary);

} // namespace psnn
