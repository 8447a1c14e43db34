// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/studyfrontier.h"

#include "models/jsonvalues.h"

#include <QCoreApplication>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

class StudyText
{
    Q_DECLARE_TR_FUNCTIONS(StudyText)
};

} // namespace

QString defenceTitle(const QString& defence)
{
    if (defence == "encryption"_L1)
        return StudyText::tr("Encryption (STBP + KD)");
    if (defence == "noise"_L1)
        return StudyText::tr("Noise of equal drift");
    if (defence == "reinit"_L1)
        return StudyText::tr("Distillation from a random init");
    return defence;
}

QString studyVerdictText(const QString& key, double imagesNeeded)
{
    if (key == "leaks"_L1)
        return StudyText::tr("leaks");
    if (key == "protected"_L1)
        return StudyText::tr("protected against this attacker budget");
    if (imagesNeeded > 0)
        return StudyText::tr("inconclusive — %1 images needed").arg(qint64(imagesNeeded));
    return StudyText::tr("inconclusive — more images needed");
}

QJsonObject strongestAttack(const QJsonObject& point)
{
    const QString name = json::text(point, "strongest"_L1);
    for (const QJsonObject& attack : json::objects(json::array(point, "attacks"_L1)))
        if (json::text(attack, "attack"_L1) == name)
            return attack;
    return {};
}

std::vector<FrontierCurve> frontierCurves(const QJsonObject& study)
{
    std::vector<FrontierCurve> curves;
    QStringList defences;
    QJsonObject undefended;
    const std::vector<QJsonObject> points = json::objects(json::array(study, "points"_L1));
    for (const QJsonObject& p : points)
        if (json::text(p, "defence"_L1) == "encryption"_L1 && json::number(p, "strength"_L1).value_or(-1) == 0)
            undefended = p;
    auto add = [](FrontierCurve& curve, const QJsonObject& p) {
        const QJsonObject a = strongestAttack(p);
        if (a.isEmpty())
            return;
        curve.accuracyLost.push_back(json::number(p, "accuracy_lost"_L1).value_or(0) * 100);
        curve.judgeAccuracy.push_back(json::number(a, "judge_accuracy"_L1).value_or(0) * 100);
        curve.low.push_back(json::number(a, "judge_ci_low"_L1).value_or(0) * 100);
        curve.high.push_back(json::number(a, "judge_ci_high"_L1).value_or(0) * 100);
    };
    for (const QJsonObject& p : points) {
        const QString defence = json::text(p, "defence"_L1);
        qsizetype index = defences.indexOf(defence);
        if (index < 0) {
            defences << defence;
            curves.push_back(FrontierCurve{defenceTitle(defence), {}, {}, {}, {}});
            index = defences.size() - 1;
            if (defence != "encryption"_L1 && !undefended.isEmpty())
                add(curves.back(), undefended); // every defence starts from the undefended SNN
        }
        add(curves[size_t(index)], p);
    }
    return curves;
}

} // namespace psnn
