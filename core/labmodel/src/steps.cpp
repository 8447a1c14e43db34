// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/steps.h"

#include "privatesnn/error.h"

#include <nlohmann/json.hpp>

namespace psnn {

const std::vector<StepInfo>& stepTable()
{
    using S = Step;
    using P = WizardPage;
    static const std::vector<StepInfo> table{
        {S::Synthesize, "synthesize", "Synthesize images", P::Synthesize, {}, "synthesis", false},
        {S::Convert, "convert", "Convert to SNN", P::Convert, {S::Synthesize}, "conversion", false},
        {S::Evaluate, "evaluate", "Measure the converted SNN", P::Convert, {S::Convert}, "", true},
        {S::Encrypt, "encrypt", "Encrypt (spike-based training)", P::Encrypt, {S::Synthesize, S::Convert}, "encryption", false},
        {S::EvaluateEncrypted, "evaluate_encrypted", "Measure the encrypted SNN", P::Encrypt, {S::Encrypt}, "", true},
        {S::Attack, "attack", "Attack and score leakage", P::Attack, {S::Convert, S::Encrypt}, "leakage", true},
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

std::string stepTitleOfName(std::string_view name)
{
    const std::optional<Step> step = stepFromName(name);
    return step ? stepInfo(*step).title : std::string(name);
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
