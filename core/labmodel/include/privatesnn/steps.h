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

/// The GUI's wizard pages, in the order of the step list on the left (what names a page everywhere
/// in the GUI: the step list's rows, the page stack, shortcuts).
enum class WizardPage { Load, Synthesize, Convert, Encrypt, Attack, Report };
inline constexpr int kPageCount = 6;
/// The page's short English title ("Load ANN"); the GUI translates it (context "Steps").
const char* wizardPageTitle(WizardPage page);

/// One row of the step table: everything the layers need to know about a step.
struct StepInfo {
    Step step;
    const char* name;           ///< lab.json / results.json / CLI name
    const char* title;          ///< short English title ("Synthesize images"); the GUI translates it (context "Steps")
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

/// What a run reports progress for: a pipeline step, or one point of the privacy-utility study,
/// whose points run through the same observers.
struct RunItem {
    std::optional<Step> step; ///< the pipeline step; empty for a study point
    std::string studyPoint;   ///< the study point's id ("encryption-2"); empty for a step

    static RunItem of(Step step) { return {step, {}}; }
    static RunItem ofStudyPoint(std::string id) { return {std::nullopt, std::move(id)}; }
    /// "synthesize", "study encryption-2": for logs and error messages.
    std::string name() const;
    /// "Synthesize images", "study encryption-2": for the terminal (the GUI translates step titles).
    std::string title() const;
    bool operator==(const RunItem& other) const { return step == other.step && studyPoint == other.studyPoint; }
    bool operator!=(const RunItem& other) const { return !(*this == other); }
};
/// A step in JSON is its name (json(step), get<Step>()); an unknown name throws Error (BadFormat).
void to_json(nlohmann::json& j, Step step);
void from_json(const nlohmann::json& j, Step& step);

} // namespace psnn
