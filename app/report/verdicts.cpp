// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

#include "models/leakagetext.h"

#include "models/studyfrontier.h"
#include "reportformat.h"
#include "reporttext.h"

#include <QJsonArray>
#include <QStringList>

namespace psnn {

using namespace Qt::StringLiterals;

std::optional<bool> Verdict::leaks() const
{
    if (verdict == StudyVerdict::Leaks || verdict == StudyVerdict::LeaksWithinMargin)
        return true;
    if (verdict == StudyVerdict::Protected)
        return false;
    return std::nullopt;
}

QString Verdict::tone() const
{
    const std::optional<bool> leaking = leaks();
    return !leaking ? QString() : *leaking ? u"leaks"_s : u"safe"_s;
}

QString Verdict::outcome() const
{
    return verdict ? translatedVerdict(*verdict, powerTarget, imagesFor80) : ReportText::tr("no verdict recorded");
}

QString Verdict::evidence() const
{
    QStringList sentences;
    if (judgeAccuracy) {
        sentences << ReportText::tr("The judge network recognised the intended class of %1 of the %2 reconstructed "
                                     "images (chance: %3).")
                         .arg(formatPercent(judgeAccuracy), formatCount(images), formatPercent(chance));
    }
    if (judge2Accuracy)
        sentences
            << ReportText::tr("The second judge network recognised %1 of them.").arg(formatPercent(judge2Accuracy));
    if (!rule.isEmpty())
        sentences << ReportText::tr("Rule: %1; p = %2.").arg(rule, formatPValue(pValue));
    return sentences.join(u' ');
}

QString Verdict::statement() const
{
    const QString details = evidence();
    const QString verdict = ReportText::tr("%1 against the %2 %3.").arg(attack, target, outcome());
    return details.isEmpty() ? verdict : verdict + u' ' + details;
}

QJsonObject Verdict::toJson() const
{
    QJsonObject object{
        {u"attack"_s, attack},     {u"target"_s, target},
        {u"rule"_s, rule},         {u"verdict"_s, verdict ? QString::fromStdString(verdictKey(*verdict)) : QString()},
        {u"outcome"_s, outcome()}, {u"statement"_s, statement()}};
    const std::optional<bool> leaking = leaks();
    object.insert(u"leaks"_s, leaking ? QJsonValue(*leaking) : QJsonValue());
    object.insert(u"p_value"_s, pValue ? QJsonValue(*pValue) : QJsonValue());
    if (powerTarget) {
        object.insert(u"power_target"_s, QString::fromUtf8(fields::nameOf(*powerTarget, kPowerTargetNames)));
        object.insert(u"images_for_80"_s, qint64(imagesFor80)); // 0 = more than 100000
    }
    if (!explanation.isEmpty())
        object.insert(u"explanation"_s, explanation);
    return object;
}

std::vector<Verdict> collectVerdicts(const LabResults& results)
{
    std::vector<Verdict> verdicts;
    if (!results.leakage)
        return verdicts;
    const LeakageResults& leakage = *results.leakage;
    for (const LeakageVerdict& entry : leakage.verdicts) {
        Verdict verdict;
        verdict.attack = QString::fromStdString(entry.attack);
        verdict.target = QString::fromStdString(entry.target);
        verdict.verdict = entry.verdict; // labs before the three-way verdict are converted when read
        verdict.powerTarget = entry.powerTarget;
        verdict.imagesFor80 = entry.imagesFor80.value_or(0);
        verdict.rule = QString::fromStdString(entry.rule);
        verdict.pValue = entry.pValue;
        // In the report's language, from the verdict's numbers (the lab's copy is core's English).
        verdict.explanation = verdictExplanation(leakage, entry, results.config);
        verdict.chance = leakage.chance;
        for (const LeakageRowResult& row : leakage.rows) {
            if (row.attack == entry.attack && row.target == entry.target) {
                verdict.judgeAccuracy = row.judgeAccuracy;
                verdict.judge2Accuracy = row.judge2Accuracy;
                verdict.images = double(row.images);
            }
        }
        verdicts.push_back(verdict);
    }
    return verdicts;
}

} // namespace psnn
