// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/steps.h"

#include "privatesnn/error.h"

#include <nlohmann/json.hpp>

// The titles are marked for translation: lupdate reads this file and the GUI looks them up in the
// "Steps" context (the one translated table of step and page titles). Qt is not included here, so
// the marker is defined as Qt defines it: the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace psnn {

const std::vector<StepInfo>& stepTable()
{
    using S = Step;
    using P = WizardPage;
    static const std::vector<StepInfo> table{
        {S::Synthesize,
         "synthesize",
         QT_TRANSLATE_NOOP("Steps", "Synthesize images"),
         P::Synthesize,
         {},
         "synthesis",
         false},
        {S::Convert,
         "convert",
         QT_TRANSLATE_NOOP("Steps", "Convert to SNN"),
         P::Convert,
         {S::Synthesize},
         "conversion",
         false},
        {S::Evaluate,
         "evaluate",
         QT_TRANSLATE_NOOP("Steps", "Measure the converted SNN"),
         P::Convert,
         {S::Convert},
         "",
         true},
        {S::Encrypt,
         "encrypt",
         QT_TRANSLATE_NOOP("Steps", "Encrypt (spike-based training)"),
         P::Encrypt,
         {S::Synthesize, S::Convert},
         "encryption",
         false},
        {S::EvaluateEncrypted,
         "evaluate_encrypted",
         QT_TRANSLATE_NOOP("Steps", "Measure the encrypted SNN"),
         P::Encrypt,
         {S::Encrypt},
         "",
         true},
        {S::Attack,
         "attack",
         QT_TRANSLATE_NOOP("Steps", "Attack and score leakage"),
         P::Attack,
         {S::Convert, S::Encrypt},
         "leakage",
         true},
    };
    return table;
}

const StepInfo& stepInfo(Step step)
{
    return stepTable()[size_t(step)];
}

std::string_view stepName(Step step)
{
    return stepInfo(step).name;
}

std::optional<Step> stepFromName(std::string_view name)
{
    for (const StepInfo& info : stepTable())
        if (name == info.name)
            return info.step;
    return std::nullopt;
}

const char* wizardPageTitle(WizardPage page)
{
    switch (page) {
    case WizardPage::Load:
        return QT_TRANSLATE_NOOP("Steps", "Load ANN");
    case WizardPage::Synthesize:
        return QT_TRANSLATE_NOOP("Steps", "Synthesize");
    case WizardPage::Convert:
        return QT_TRANSLATE_NOOP("Steps", "Convert");
    case WizardPage::Encrypt:
        return QT_TRANSLATE_NOOP("Steps", "Encrypt");
    case WizardPage::Attack:
        return QT_TRANSLATE_NOOP("Steps", "Attack");
    case WizardPage::Report:
        break;
    }
    return QT_TRANSLATE_NOOP("Steps", "Report");
}

std::string RunItem::name() const
{
    return step ? std::string(stepName(*step)) : "study " + studyPoint;
}

std::string RunItem::title() const
{
    return step ? std::string(stepInfo(*step).title) : name();
}

void to_json(nlohmann::json& j, Step step)
{
    j = std::string(stepName(step));
}

void from_json(const nlohmann::json& j, Step& step)
{
    const std::optional<Step> found = j.is_string() ? stepFromName(j.get<std::string>()) : std::nullopt;
    if (!found)
        throw Error(ErrorCode::BadFormat, "There is no pipeline step " + j.dump() + ".");
    step = *found;
}

} // namespace psnn
