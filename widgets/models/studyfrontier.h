// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include "privatesnn/ratings.h"
#include "privatesnn/study_summary.h"

#include <QString>

#include <optional>
#include <vector>

namespace psnn {

/// A defence's name for people ("encryption" -> "Encryption (STBP + KD)", ...), translated.
QString defenceTitle(const std::string& defence);
/// A verdict for people, translated: the GUI's and the report's one text for StudyVerdict, with
/// what more images would have to show while it is open (powerTarget; imagesFor80: how many give
/// 80 % power to show it, 0 = more than 100000).
QString translatedVerdict(StudyVerdict verdict, std::optional<PowerTarget> powerTarget = {}, int64_t imagesFor80 = 0);
QString translatedVerdict(const VerdictResult& verdict);

/// The frontier's curves of a study: one per defence in the order they first appear, the
/// undefended point leading every curve. With the human judge's summary, also one curve per
/// defence of its rated points: people's accuracy over all of a point's attacks with its exact
/// interval ("… — people").
std::vector<FrontierCurve> frontierCurves(const StudySummary& study, const RatingsSummary* human = nullptr);

} // namespace psnn
