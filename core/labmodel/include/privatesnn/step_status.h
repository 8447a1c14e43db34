// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/steps.h"

#include <vector>

namespace psnn {

/// Where a lab stands with one step for a given config: core computes it from the step keys
/// (labStepStatus in pipeline.h), the GUI only shows it.
enum class StepState {
    NotRun,   ///< the lab holds no result of it
    Done,     ///< the lab's result was made with exactly these settings and inputs: a run keeps it
    OutOfDate ///< the lab holds a result, but a run would recompute it (its settings or inputs changed)
};

struct StepStatus {
    Step step = Step::Synthesize;
    StepState state = StepState::NotRun;
    bool active = true; ///< false: the config does not ask for it (e.g. no evaluation data)
};

/// One wizard page's state from its steps' (for the Report page, every step's): out of date when
/// one of them is, done when every active one is, else not run.
StepState pageState(WizardPage page, const std::vector<StepStatus>& status);

/// The status of one step in a list (NotRun when absent).
StepState stateOf(Step step, const std::vector<StepStatus>& status);

} // namespace psnn
