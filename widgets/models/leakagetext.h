// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The leakage results in the user's language. results.json names attacks and targets in English
// ("attack 1", "encrypted SNN") and holds each verdict's reasoning as an English sentence for the
// CLI; the GUI rebuilds that sentence from the verdict's numbers, translated.

#include "privatesnn/results_steps.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <optional>
#include <string>

namespace psnn {

/// "attack 1", "attack 2", "reference" and the study's attacks, translated; another name as it is.
QString attackTitle(const std::string& attack);
/// "ANN", "SNN", "encrypted SNN", "real images", "initial noise", translated; another as it is.
QString targetTitle(const std::string& target);
/// A leakage row in words: "attack 1 on the encrypted SNN", "real images (held out)", translated.
QString sourceTitle(const std::string& attack, const std::string& target);

/// What a verdict rests on, in the user's language: the judge's hits with their interval and
/// p-value, what the interval shows, how many images would decide an open verdict and, for the
/// encrypted SNN, how far encryption moved the judge from the plain SNN (plainAccuracy). chance
/// and level (1 − alpha) are the lab's. Without the numbers (a lab from before they were kept) the
/// file's English sentence.
QString verdictExplanation(const LeakageVerdict& verdict, double chance, double level,
                           std::optional<double> plainAccuracy);

/// The same for a verdict of leakage, with chance and level from the lab (level from the run's
/// config, "verdict_alpha") and the plain SNN's accuracy from the same attack's row.
QString verdictExplanation(const LeakageResults& leakage, const LeakageVerdict& verdict, const nlohmann::json& config);

/// text as a rich-text tooltip broken into lines of at most columns characters (a CJK character
/// counts two), so a long sentence is not one screen-wide line.
QString wrappedToolTip(const QString& text, int columns = 60);

} // namespace psnn
