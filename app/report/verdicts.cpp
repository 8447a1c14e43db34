// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

#include "models/jsonvalues.h"
#include "reportformat.h"
#include "reporttext.h"

#include <QJsonArray>
#include <QStringList>

namespace psnn {

using namespace Qt::StringLiterals;

QString Verdict::outcome() const
{
    if (leaks)
        return *leaks ? ReportText::tr("leaks class information") : ReportText::tr("protected against this attacker budget");
    if (verdictKey == "inconclusive"_L1) {
        if (imagesNeeded && *imagesNeeded > 0)
            return ReportText::tr("inconclusive — %1 images needed").arg(formatCount(imagesNeeded));
        return ReportText::tr("inconclusive — more images needed");
    }
    return ReportText::tr("no verdict recorded");
}

QString Verdict::evidence() const
{
    QStringList sentences;
    if (judgeAccuracy) {
        sentences << ReportText::tr("The judge network recognised the intended class of %1 of the %2 reconstructed "
                                     "images (chance: %3).")
                         .arg(formatPercent(judgeAccuracy), formatCount(images), formatPercent(chance));
    }
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
    QJsonObject object{{u"attack"_s, attack}, {u"target"_s, target}, {u"rule"_s, rule}, {u"verdict"_s, verdictKey},
                       {u"outcome"_s, outcome()}, {u"statement"_s, statement()}};
    object.insert(u"leaks"_s, leaks ? QJsonValue(*leaks) : QJsonValue());
    object.insert(u"p_value"_s, pValue ? QJsonValue(*pValue) : QJsonValue());
    if (!explanation.isEmpty())
        object.insert(u"explanation"_s, explanation);
    return object;
}

std::vector<Verdict> collectVerdicts(const QJsonObject& results)
{
    const QJsonObject leakage = json::object(results, "leakage"_L1);
    const std::vector<QJsonObject> rows = json::objects(json::array(leakage, "rows"_L1));
    std::vector<Verdict> verdicts;
    for (const QJsonObject& entry : json::objects(json::array(leakage, "verdicts"_L1))) {
        Verdict verdict;
        verdict.attack = json::text(entry, "attack"_L1);
        verdict.target = json::text(entry, "target"_L1);
        verdict.leaks = json::boolean(entry, "leaks"_L1);
        verdict.verdictKey = json::text(entry, "verdict"_L1);
        verdict.imagesNeeded = json::number(entry, "images_needed"_L1);
        verdict.rule = json::text(entry, "rule"_L1);
        verdict.pValue = json::number(entry, "p_value"_L1);
        verdict.explanation = json::text(entry, "explanation"_L1);
        if (verdict.verdictKey.isEmpty() && verdict.leaks && !*verdict.leaks) {
            // Labs written before the three-way verdict stored a binomial test that failed to reject
            // as "leaks": false; that is no evidence of protection, and its sentence said otherwise.
            verdict.leaks.reset();
            verdict.verdictKey = u"inconclusive"_s;
            verdict.explanation.clear();
        }
        verdict.chance = json::number(leakage, "chance"_L1);
        for (const QJsonObject& row : rows) {
            if (json::text(row, "attack"_L1) == verdict.attack && json::text(row, "target"_L1) == verdict.target) {
                verdict.judgeAccuracy = json::number(row, "judge_accuracy"_L1);
                verdict.images = json::number(row, "images"_L1);
            }
        }
        verdicts.push_back(verdict);
    }
    return verdicts;
}

} // namespace psnn
