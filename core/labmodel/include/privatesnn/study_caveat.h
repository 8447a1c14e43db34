// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/study_summary.h"

#include <cstdint>

namespace psnn {

/// Images per attack at which a study point's verdict is one to act on: the default grid's 10
/// classes x 10 restarts. The quick grid's 20 give intervals 30-45 points wide.
constexpr int64_t kVerdictImages = 100;

/// Whether a point's verdict rests on too few images to act on: every point of a quick-grid study,
/// and any point whose strongest attack has fewer than kVerdictImages. The CLI, study.csv, the
/// report and the GUI all mark such a verdict, beside the verdict itself, by this one rule.
bool tooFewImagesForVerdict(const StudySummary& study, const StudyPointResult& point);

/// The images per attack that the caveat names: the strongest attack's, 0 for a point without attacks.
int64_t verdictImages(const StudyPointResult& point);

} // namespace psnn
