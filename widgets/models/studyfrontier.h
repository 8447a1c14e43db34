// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include "privatesnn/ratings.h"
#include "privatesnn/study_summary.h"

#include <QString>
#include <QStringList>

#include <functional>
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
/// A study point's verdict as the GUI's table, the frontier's hover and the report show it: the
/// translated verdict, and beside it "too few images for a verdict" when tooFewImagesForVerdict says
/// so (a quick grid), so the caveat never hides what the statistics said.
QString pointVerdict(const StudySummary& study, const StudyPointResult& point);
/// The sentence put before the study's answer when some point's verdict rests on too few images
/// (tooFewImagesForVerdict), translated; empty when none does.
QString tooFewImagesNote(const StudySummary& study);

/// A study point's setting in words, translated: "none (converted SNN)", "lr 1e-3, 5 epochs",
/// "Gaussian noise matched to lr 1e-3, 5 epochs", …; core's English label for a point it does not know.
QString pointSetting(const StudyPoint& point);
/// The point's name on the frontier, short and translated: "none", "paper dose", "lr 1e-2",
/// "noise 1e-2", "reinit".
QString pointShortLabel(const StudyPoint& point);
/// Everything the frontier's hover shows of a point, in words: its setting, accuracy and drift, the
/// strongest attack's judge accuracy with interval, and the verdict (pointVerdict).
QString pointDetails(const StudySummary& study, const StudyPointResult& point);
/// The study's answer in one paragraph, translated (core's StudySummary::answer is its English
/// form): the weakest protected setting with its numbers, or that none is protected. percent formats
/// its percentages (the GUI's one decimal unless given; the report passes its own).
QString studyAnswer(const StudySummary& study, const std::function<QString(double)>& percent = {});

/// The study's controls as the frontier's reference marks, in study order, each labelled and with
/// its details and row like a point.
std::vector<FrontierControl> frontierControls(const StudySummary& study);

/// The sentences a reader of the study must see before its verdicts, translated: each judge that
/// scores the random-network control's images with chance outside its family-wise interval.
QStringList controlWarnings(const StudySummary& study);
/// What the transfer control says, translated, or empty without one.
QString transferControlText(const StudySummary& study);

/// The frontier's curves of a study: one per defence (controls excluded) in the order they first appear, each point
/// labelled (pointShortLabel) with its details and its row (index into study.points). With the
/// human judge's summary, also one curve per defence of its rated points: people's accuracy over
/// all of a point's attacks with its exact interval ("… — people"), unlabelled.
std::vector<FrontierCurve> frontierCurves(const StudySummary& study, const RatingsSummary* human = nullptr);

} // namespace psnn
