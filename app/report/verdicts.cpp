// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

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
        verdict.leaks = entry.leaks;
        verdict.verdictKey = QString::fromStdString(entry.verdict.value_or(std::string()));
        if (entry.imagesNeeded)
            verdict.imagesNeeded = double(*entry.imagesNeeded);
        verdict.rule = QString::fromStdString(entry.rule);
        verdict.pValue = entry.pValue;
        verdict.explanation = QString::fromStdString(entry.explanation);
        if (verdict.verdictKey.isEmpty() && verdict.leaks && !*verdict.leaks) {
            // Labs written before the three-way verdict stored a binomial test that failed to reject
            // as "leaks": false; that is no evidence of protection, and its sentence said otherwise.
            verdict.leaks.reset();
            verdict.verdictKey = u"inconclusive"_s;
            verdict.explanation.clear();
        }
        verdict.chance = leakage.chance;
        for (const LeakageRowResult& row : leakage.rows) {
            if (row.attack == entry.attack && row.target == entry.target) {
                verdict.judgeAccuracy = row.judgeAccuracy;
                verdict.images = double(row.images);
            }
        }
        verdicts.push_back(verdict);
    }
    return verdicts;
}

} // namespace psnn
