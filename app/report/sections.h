// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's sections, in the order they appear. Each writes its heading and either its data or
// one "not run" line, and records which it did (ReportContext::markSection) for report.json.

#include <QSize>
#include <QString>
#include <QStringList>

namespace psnn {

class ReportContext;

/// Logical size of a line or bar chart: close to the 640 pixels it is shown at, so the chart's
/// fonts print at about the size of the body text.
inline constexpr QSize ChartSize(680, 350);

/// One line of the summary at the top; `tone` is "leaks", "safe" or empty.
struct SummaryLine {
    QString text;
    QString tone;
};
QList<SummaryLine> summaryLines(const ReportContext& context);

void writeSummarySection(ReportContext& context);
void writeModelSection(ReportContext& context);
void writeDataFreeSection(ReportContext& context);
void writeAccuracySection(ReportContext& context);
void writeAccuracyCurveSection(ReportContext& context);
void writeSyntheticImagesSection(ReportContext& context);
void writeThresholdSection(ReportContext& context);
void writeEncryptionSection(ReportContext& context);
void writeLeakageSection(ReportContext& context);
void writeSpikeRateSection(ReportContext& context);
void writeEnergySection(ReportContext& context);
void writeVerdictSection(ReportContext& context);
void writeStudySection(ReportContext& context);
void writeHumanJudgeSection(ReportContext& context);
void writeMembershipSection(ReportContext& context);
void writeProvenanceSection(ReportContext& context);

} // namespace psnn
