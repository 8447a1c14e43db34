// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include "privatesnn/study_summary.h"

#include <QString>

#include <vector>

namespace psnn {

/// A defence's name for people ("encryption" -> "Encryption (STBP + KD)", ...), translated.
QString defenceTitle(const std::string& defence);
/// A verdict for people, translated: the GUI's and the report's one text for StudyVerdict
/// (imagesNeeded: what would decide an inconclusive one, 0 = unknown).
QString translatedVerdict(StudyVerdict verdict, int64_t imagesNeeded);

/// The frontier's curves of a study: one per defence in the order they first appear, the
/// undefended point leading every curve.
std::vector<FrontierCurve> frontierCurves(const StudySummary& study);

} // namespace psnn
