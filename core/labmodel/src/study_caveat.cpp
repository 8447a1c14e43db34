// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/study_caveat.h"

namespace psnn {

bool tooFewImagesForVerdict(const StudySummary& study, const StudyPointResult& point)
{
    if (point.attacks.empty())
        return false; // no verdict to qualify
    return study.grid == "quick" || verdictImages(point) < kVerdictImages;
}

int64_t verdictImages(const StudyPointResult& point)
{
    const StudyAttackRow* strongest = point.strongestAttack();
    return strongest ? strongest->images : 0;
}

} // namespace psnn
