// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/step_status.h"

namespace psnn {

StepState pageState(WizardPage page, const std::vector<StepStatus>& status)
{
    bool any = false, allDone = true;
    for (const StepStatus& s : status) {
        if (!s.active || (page != WizardPage::Report && stepInfo(s.step).page != page))
            continue;
        if (s.state == StepState::OutOfDate)
            return StepState::OutOfDate;
        any = true;
        allDone = allDone && s.state == StepState::Done;
    }
    return any && allDone ? StepState::Done : StepState::NotRun;
}

StepState stateOf(Step step, const std::vector<StepStatus>& status)
{
    for (const StepStatus& s : status)
        if (s.step == step)
            return s.state;
    return StepState::NotRun;
}

} // namespace psnn
