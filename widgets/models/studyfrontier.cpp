// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/studyfrontier.h"

#include <QCoreApplication>

#include <algorithm>

namespace psnn {

namespace {

class StudyText
{
    Q_DECLARE_TR_FUNCTIONS(StudyText)
};

} // namespace

QString defenceTitle(const std::string& defence)
{
    if (defence == "encryption")
        return StudyText::tr("Encryption (STBP + KD)");
    if (defence == "noise")
        return StudyText::tr("Noise of equal drift");
    if (defence == "reinit")
        return StudyText::tr("Distillation from a random init");
    return QString::fromStdString(defence);
}

QString translatedVerdict(StudyVerdict verdict, std::optional<PowerTarget> powerTarget, int64_t imagesFor80)
{
    QString name;
    switch (verdict) {
    case StudyVerdict::Leaks:
        return StudyText::tr("leaks");
    case StudyVerdict::Protected:
        return StudyText::tr("protected against this attacker budget");
    case StudyVerdict::LeaksWithinMargin:
        name = StudyText::tr("leaks within the margin");
        break;
    case StudyVerdict::Inconclusive:
        name = StudyText::tr("inconclusive");
        break;
    }
    if (!powerTarget)
        return name;
    const QString images = imagesFor80 > 0 ? StudyText::tr("≈ %1 images").arg(qint64(imagesFor80))
                                           : StudyText::tr("more than 100000 images");
    return (*powerTarget == PowerTarget::LeaksBeyondMargin
                ? StudyText::tr("%1 — %2 for 80 % power to show it leaks beyond the margin")
                : StudyText::tr("%1 — %2 for 80 % power to bound it within the margin"))
        .arg(name, images);
}

QString translatedVerdict(const VerdictResult& verdict)
{
    return translatedVerdict(verdict.verdict, verdict.powerTarget, verdict.imagesFor80);
}

std::vector<FrontierCurve> frontierCurves(const StudySummary& study, const RatingsSummary* human)
{
    std::vector<FrontierCurve> curves;
    std::vector<std::string> defences;
    const StudyPointResult* undefended = nullptr;
    for (const StudyPointResult& p : study.points)
        if (p.point.defence == "encryption" && p.point.strength == 0)
            undefended = &p;
    auto add = [](FrontierCurve& curve, const StudyPointResult& p) {
        const StudyAttackRow* a = p.strongestAttack();
        if (!a)
            return;
        curve.accuracyLost.push_back(p.accuracyLost() * 100);
        curve.judgeAccuracy.push_back(a->accuracy * 100);
        curve.low.push_back(a->interval.low * 100);
        curve.high.push_back(a->interval.high * 100);
        curve.kidNormalised.push_back(a->kidNormalised);
        curve.kidNormalisedSe.push_back(a->kidNormalisedSe);
    };
    for (const StudyPointResult& p : study.points) {
        const auto known = std::find(defences.begin(), defences.end(), p.point.defence);
        size_t index = size_t(known - defences.begin());
        if (known == defences.end()) {
            defences.push_back(p.point.defence);
            curves.push_back(FrontierCurve{defenceTitle(p.point.defence), {}, {}, {}, {}, {}, {}});
            if (p.point.defence != "encryption" && undefended)
                add(curves.back(), *undefended); // every defence starts from the undefended SNN
        }
        add(curves[index], p);
    }
    if (!human)
        return curves;
    const size_t judged = curves.size();
    for (size_t d = 0; d < judged; ++d) {
        FrontierCurve people{StudyText::tr("%1 — people").arg(curves[d].name), {}, {}, {}, {}, {}, {}};
        const auto addRated = [&](const StudyPointResult& p) {
            if (const HumanPoint* h = human->point(p.point.id)) {
                people.accuracyLost.push_back(p.accuracyLost() * 100);
                people.judgeAccuracy.push_back(h->accuracy * 100);
                people.low.push_back(h->interval.low * 100);
                people.high.push_back(h->interval.high * 100);
            }
        };
        if (defences[d] != "encryption" && undefended)
            addRated(*undefended);
        for (const StudyPointResult& p : study.points)
            if (p.point.defence == defences[d])
                addRated(p);
        if (!people.accuracyLost.empty())
            curves.push_back(people);
    }
    return curves;
}

} // namespace psnn
