// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/steps.h"

#include <QString>

namespace psnn {

// The step table's titles in the user's language: the one translated table of step and page titles
// (their English text lives in privatesnn/steps.cpp, marked for the "Steps" context).

/// "Synthesize images", translated.
QString stepTitle(Step step);
/// "Load ANN", translated.
QString pageTitle(WizardPage page);
/// The title of what a run works on: its step's, or "study <id>" for a study point.
QString runItemTitle(const RunItem& item);

} // namespace psnn
