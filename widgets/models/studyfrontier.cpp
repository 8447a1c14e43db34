// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/studyfrontier.h"

#include "models/numberformat.h"

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
    if (defence == "early-layers")
        return StudyText::tr("Early layers re-initialised (first k)");
    if (defence == "label-smoothing")
        return StudyText::tr("Negative label smoothing");
    if (defence == "quantisation")
        return StudyText::tr("k-bit weights");
    if (defence == "transfer-control")
        return StudyText::tr("Transfer control (real images, PGD)");
    if (defence == "random-control")
        return StudyText::tr("Random-network control");
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

std::vector<FrontierMark> frontierMarks(const StudySummary& study)
{
    std::vector<FrontierMark> marks;
    for (const StudyPointResult& p : study.points)
        if (const StudyAttackRow* a = p.strongestAttack(); a && isStudyControl(p.point.defence))
            marks.push_back(FrontierMark{defenceTitle(p.point.defence), // the title says it is a control
                                         p.accuracyLost() * 100, a->accuracy * 100, a->interval.low * 100,
                                         a->interval.high * 100});
    return marks;
}

QStringList controlWarnings(const StudySummary& study)
{
    QStringList out;
    for (const StudyPointResult& p : study.points) {
        if (p.point.defence != "random-control")
            continue;
        for (const StudyAttackRow& a : p.attacks)
            for (size_t j = 0; j < a.judgeVerdicts.size(); ++j) {
                const Interval& i = a.judgeVerdicts[j].interval;
                if (!excludesChance(i, study.chance))
                    continue;
                const double accuracy = j == 0 ? a.accuracy : a.accuracy2.value_or(0);
                out << StudyText::tr(
                           "Warning: judge %1 scores the random-network control's images (%2; random weights, "
                           "no class knowledge) at %3, family-wise interval %4–%5, which excludes chance (%6). "
                           "The scoring credits something other than class features: read no verdict of this "
                           "study before finding out why.")
                           .arg(QString::number(j + 1), QString::fromStdString(a.attack), formatLocalePercent(accuracy),
                                formatLocalePercent(i.low), formatLocalePercent(i.high),
                                formatLocalePercent(study.chance, 0));
            }
    }
    return out;
}

QString transferControlText(const StudySummary& study)
{
    for (const StudyPointResult& p : study.points)
        if (const StudyAttackRow* a = p.strongestAttack(); a && p.point.defence == "transfer-control") {
            const QString accuracy = formatLocalePercent(a->accuracy);
            if (!study.transferShare)
                return StudyText::tr(
                           "Transfer control: the judge puts %1 of real images of other classes, nudged toward "
                           "a class within the budget, into that class.")
                    .arg(accuracy);
            return StudyText::tr("Transfer control: the judge puts %1 of real images of other classes, nudged toward a "
                                 "class within the budget, into that class; adversarial transfer alone reaches %2 of "
                                 "the undefended SNN's judge accuracy above chance.")
                .arg(accuracy, formatLocalePercent(*study.transferShare, 0));
        }
    return {};
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
    };
    for (const StudyPointResult& p : study.points) {
        if (isStudyControl(p.point.defence)) // reference marks (frontierMarks), not a defence's path
            continue;
        const auto known = std::find(defences.begin(), defences.end(), p.point.defence);
        size_t index = size_t(known - defences.begin());
        if (known == defences.end()) {
            defences.push_back(p.point.defence);
            curves.push_back(FrontierCurve{defenceTitle(p.point.defence), {}, {}, {}, {}});
            if (p.point.defence != "encryption" && undefended)
                add(curves.back(), *undefended); // every defence starts from the undefended SNN
        }
        add(curves[index], p);
    }
    if (!human)
        return curves;
    const size_t judged = curves.size();
    for (size_t d = 0; d < judged; ++d) {
        FrontierCurve people{StudyText::tr("%1 — people").arg(curves[d].name), {}, {}, {}, {}};
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
