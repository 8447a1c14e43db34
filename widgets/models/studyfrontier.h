// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include "privatesnn/ratings.h"
#include "privatesnn/study_summary.h"

#include <QString>
#include <QStringList>

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

/// The study's controls as the frontier's reference marks, in study order.
std::vector<FrontierMark> frontierMarks(const StudySummary& study);

/// The sentences a reader of the study must see before its verdicts, translated: each judge that
/// scores the random-network control's images with chance outside its family-wise interval.
QStringList controlWarnings(const StudySummary& study);
/// What the transfer control says, translated, or empty without one.
QString transferControlText(const StudySummary& study);

/// The frontier's curves of a study: one per defence (controls excluded) in the order they first appear, the
/// undefended point leading every curve. With the human judge's summary, also one curve per
/// defence of its rated points: people's accuracy over all of a point's attacks with its exact
/// interval ("… — people").
std::vector<FrontierCurve> frontierCurves(const StudySummary& study, const RatingsSummary* human = nullptr);

} // namespace psnn
