// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/verdict.h"

#include <algorithm>

namespace psnn {

VerdictResult combineVerdicts(const std::vector<VerdictResult>& parts)
{
    VerdictResult out;
    if (parts.empty())
        return out;
    const auto any = [&](StudyVerdict v) {
        return std::any_of(parts.begin(), parts.end(), [v](const VerdictResult& p) { return p.verdict == v; });
    };
    if (any(StudyVerdict::Leaks))
        out.verdict = StudyVerdict::Leaks;
    else if (any(StudyVerdict::LeaksWithinMargin))
        out.verdict = StudyVerdict::LeaksWithinMargin;
    else if (std::all_of(parts.begin(), parts.end(),
                         [](const VerdictResult& p) { return p.verdict == StudyVerdict::Protected; }))
        out.verdict = StudyVerdict::Protected;
    const bool leak = out.verdict == StudyVerdict::Leaks || out.verdict == StudyVerdict::LeaksWithinMargin;
    // The part the verdict rests on: for a leak the strongest evidence of one, otherwise the
    // weakest bound (every part's upper bound is at most this one's).
    const VerdictResult* basis = &parts.front();
    for (const VerdictResult& p : parts)
        if (leak ? p.interval.low > basis->interval.low : p.interval.high > basis->interval.high)
            basis = &p;
    out.interval = basis->interval;
    out.level = basis->level;
    out.family = basis->family;
    if (out.verdict == StudyVerdict::Leaks || out.verdict == StudyVerdict::Protected)
        return out;
    // Open: one part showing a leak beyond the margin settles it (the soonest counts); otherwise
    // every open part must show it is within the margin (the latest counts).
    for (const PowerTarget target : {PowerTarget::LeaksBeyondMargin, PowerTarget::WithinMargin}) {
        bool found = false, never = false;
        int64_t images = 0;
        for (const VerdictResult& p : parts) {
            if (p.powerTarget != target)
                continue;
            found = true;
            if (target == PowerTarget::LeaksBeyondMargin) {
                if (p.imagesFor80 > 0 && (images == 0 || p.imagesFor80 < images))
                    images = p.imagesFor80;
            } else {
                never = never || p.imagesFor80 == 0;
                images = std::max(images, p.imagesFor80);
            }
        }
        if (found) {
            out.powerTarget = target;
            out.imagesFor80 = never ? 0 : images;
            break;
        }
    }
    return out;
}

std::string verdictKey(StudyVerdict v)
{
    return fields::nameOf(v, kVerdictNames);
}

std::string verdictText(const VerdictResult& v)
{
    std::string text;
    switch (v.verdict) {
    case StudyVerdict::Leaks:
        return "leaks";
    case StudyVerdict::Protected:
        return "protected against this attacker budget";
    case StudyVerdict::LeaksWithinMargin:
        text = "leaks within the margin";
        break;
    case StudyVerdict::Inconclusive:
        text = "inconclusive";
        break;
    }
    if (!v.powerTarget)
        return text;
    const std::string images =
        v.imagesFor80 > 0 ? "≈ " + std::to_string(v.imagesFor80) : std::string("more than 100000");
    return text + " — " + images + " images for 80 % power to "
        + (*v.powerTarget == PowerTarget::LeaksBeyondMargin ? "show it leaks beyond the margin"
                                                            : "bound it within the margin");
}

} // namespace psnn
