// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/verdict.h"

namespace psnn {

std::string verdictKey(StudyVerdict v)
{
    return fields::nameOf(v, kVerdictNames);
}

std::string verdictText(const VerdictResult& v)
{
    if (v.verdict == StudyVerdict::Leaks)
        return "leaks";
    if (v.verdict == StudyVerdict::Protected)
        return "protected against this attacker budget";
    if (v.imagesNeeded > 0)
        return "inconclusive — " + std::to_string(v.imagesNeeded) + " images needed";
    return "inconclusive — more than 100000 images needed";
}

} // namespace psnn
