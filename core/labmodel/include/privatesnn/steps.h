// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace psnn {

/// The pipeline's steps, in the order they run. Their names ("synthesize", ...) are what lab.json,
/// results.json, the CLI (--rerun-from) and the worker's signals carry; the enum is what code
/// branches on.
enum class Step { Synthesize, Convert, Evaluate, Encrypt, EvaluateEncrypted, Attack };

/// The GUI's wizard pages, in the order of the step list on the left.
enum class WizardPage { Load, Synthesize, Convert, Encrypt, Attack, Report };

/// One row of the step table: everything the layers need to know about a step.
struct StepInfo {
    Step step;
    const char* name;           ///< lab.json / results.json / CLI name
    const char* title;          ///< short English title ("Synthesize images"); the GUI translates it
    WizardPage page;            ///< the page that runs it and shows its results
    std::vector<Step> reads;    ///< earlier steps whose outputs it reads
    const char* settings;       ///< the config section it takes its settings from ("" = none)
    bool measuresOnly;          ///< needs the evaluation data and only measures (never trains on it)
};

/// Every step, in run order.
const std::vector<StepInfo>& stepTable();
const StepInfo& stepInfo(Step step);
std::string_view stepName(Step step);
/// nullopt for a name that is no step.
std::optional<Step> stepFromName(std::string_view name);
/// The English title of the step with this name; the name itself for another run's step (a study's
/// "study <id>"), which the same observers report.
std::string stepTitleOfName(std::string_view name);
/// A step in JSON is its name (json(step), get<Step>()); an unknown name throws Error (BadFormat).
void to_json(nlohmann::json& j, Step step);
void from_json(const nlohmann::json& j, Step& step);

} // namespace psnn
