// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/leakagetext.h"

#include "models/numberformat.h"

#include "privatesnn/settings_catalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace psnn {
namespace {

class LeakageText {
    Q_DECLARE_TR_FUNCTIONS(LeakageText)
};

/// 1, 2 or 3 for "attack 1", "attack 2", "attack 3"; 0 for another name.
int attackNumber(const std::string& attack)
{
    return attack == "attack 1" ? 1 : attack == "attack 2" ? 2 : attack == "attack 3" ? 3 : 0;
}

/// Characters that take two columns: CJK ideographs, kana, Hangul, full-width forms.
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60);
}

/// Wide punctuation that must not start a line.
bool closesLine(QChar c)
{
    return QStringLiteral("，。、；：！？）」』】").contains(c);
}

QString formatP(double p)
{
    return p < 1e-4 ? QLocale().toString(p, 'e', 1) : QLocale().toString(p, 'f', 4);
}

} // namespace

QString attackTitle(const std::string& attack)
{
    if (const int n = attackNumber(attack))
        return LeakageText::tr("attack %1").arg(n);
    if (attack == "reference")
        return LeakageText::tr("reference");
    // The study's attacks (core/src/study_runner.cpp).
    if (attack == "attack 1 (ReLU re-conversion)")
        return LeakageText::tr("attack 1 (ReLU re-conversion)");
    if (attack == "attack 1 (threshold-aware re-conversion)")
        return LeakageText::tr("attack 1 (threshold-aware re-conversion)");
    if (attack == "attack 2 (surrogate gradients)")
        return LeakageText::tr("attack 2 (surrogate gradients)");
    if (attack == "transfer control (targeted PGD)")
        return LeakageText::tr("transfer control (targeted PGD)");
    return QString::fromStdString(attack);
}

QString targetTitle(const std::string& target)
{
    if (target == "ANN")
        return LeakageText::tr("ANN");
    if (target == "SNN")
        return LeakageText::tr("SNN");
    if (target == "encrypted SNN")
        return LeakageText::tr("encrypted SNN");
    if (target == "real images")
        return LeakageText::tr("real images");
    if (target == "initial noise")
        return LeakageText::tr("initial noise");
    return QString::fromStdString(target);
}

QString sourceTitle(const std::string& attack, const std::string& target)
{
    // Whole phrases, not pieces joined here: the languages order and inflect them differently.
    if (const int n = attackNumber(attack)) {
        if (target == "ANN")
            return LeakageText::tr("attack %1 on the ANN").arg(n);
        if (target == "SNN")
            return LeakageText::tr("attack %1 on the SNN").arg(n);
        if (target == "encrypted SNN")
            return LeakageText::tr("attack %1 on the encrypted SNN").arg(n);
    }
    if (attack == "reference" && target == "real images")
        return LeakageText::tr("real images (held out)");
    if (attack == "reference" && target == "initial noise")
        return LeakageText::tr("initial noise (where the attacks start)");
    return LeakageText::tr("%1 on %2").arg(attackTitle(attack), targetTitle(target));
}

QString verdictExplanation(const LeakageVerdict& v, double chance, double level, std::optional<double> plainAccuracy)
{
    if (!v.verdict || !v.judgeAccuracy || !v.images || !v.ciLow || !v.ciHigh || !v.pValue) {
        if (!v.judgeAccuracy && !v.verdict)
            return LeakageText::tr("No judge classifier was given, so leakage cannot be decided for this row.");
        return QString::fromStdString(v.explanation);
    }
    const qint64 images = *v.images;
    // With two judges the verdict rests on one of them (decidedBy), each interval at 1 - alpha / 2.
    const bool twoJudges = v.judges == 2 && v.judge2Accuracy;
    const int decider = twoJudges && v.decidedBy == 2 ? 2 : 1;
    const double deciding = decider == 2 ? *v.judge2Accuracy : *v.judgeAccuracy;
    const double testLevel = twoJudges ? 1 - (1 - level) / 2 : level;
    const qint64 hits = std::llround(deciding * double(images));
    QStringList text;
    const QString counts = twoJudges
        ? LeakageText::tr("Judge %1 puts %2 of %3 images from %4 in their target class")
              .arg(decider)
              .arg(formatLocaleCount(hits), formatLocaleCount(images), sourceTitle(v.attack, v.target))
        : LeakageText::tr("The judge puts %1 of %2 images from %3 in their target class")
              .arg(formatLocaleCount(hits), formatLocaleCount(images), sourceTitle(v.attack, v.target));
    text << LeakageText::tr("%1 (%2, %3 interval %4–%5; chance %6, one-sided binomial p = %7).")
                .arg(counts, formatLocalePercent(deciding), formatLocalePercent(testLevel, twoJudges ? 1 : 0),
                     formatLocalePercent(*v.ciLow), formatLocalePercent(*v.ciHigh), formatLocalePercent(chance),
                     formatP(*v.pValue));
    if (twoJudges)
        text << LeakageText::tr("Judge %1 puts %2 there; the verdict is the two judges' together (leaks when either "
                                "says so, protected only when both do).")
                    .arg(3 - decider)
                    .arg(formatLocalePercent(decider == 2 ? *v.judgeAccuracy : *v.judge2Accuracy));
    switch (*v.verdict) {
    case StudyVerdict::Leaks:
        text << LeakageText::tr("The whole interval is more than 10 points above chance: the attack recovers what the "
                                "classes look like, so this model leaks.");
        break;
    case StudyVerdict::LeaksWithinMargin:
        text << LeakageText::tr("The whole interval is above chance, but not more than 10 points above it: this model "
                                "leaks, possibly only a little.");
        break;
    case StudyVerdict::Protected:
        text << LeakageText::tr("Even the interval's upper end is within 10 points of chance: protected against this "
                                "attacker budget (a stronger attacker may still succeed).");
        break;
    case StudyVerdict::Inconclusive:
        text << LeakageText::tr("The interval is too wide to decide either way: inconclusive.");
        break;
    }
    if (v.powerTarget) {
        const qint64 needed = v.imagesFor80.value_or(0);
        const QString count = needed > 0 ? LeakageText::tr("about %1").arg(formatLocaleCount(needed))
                                         : LeakageText::tr("more than %1").arg(formatLocaleCount(100000));
        text << (*v.powerTarget == PowerTarget::LeaksBeyondMargin
                     ? LeakageText::tr(
                         "If the observed rate were the true one, %1 images would give 80 % power to show "
                         "it leaks beyond the margin.")
                     : LeakageText::tr(
                         "If the observed rate were the true one, %1 images would give 80 % power to bound "
                         "it within the margin."))
                    .arg(count);
    }
    if (v.target == "encrypted SNN" && plainAccuracy) {
        const double change = (*v.judgeAccuracy - *plainAccuracy) * 100;
        const QString points = (change >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change, 'f', 1);
        text << LeakageText::tr("Encryption changed the judge accuracy by %1 points against the unencrypted SNN.")
                    .arg(points);
    }
    return text.join(QLatin1Char(' '));
}

QString verdictExplanation(const LeakageResults& leakage, const LeakageVerdict& verdict, const nlohmann::json& config)
{
    double alpha = 0.05;
    if (const Setting* setting = findSetting("verdict_alpha")) {
        const nlohmann::json* value = findSettingValue(config, *setting);
        const nlohmann::json& chosen = value ? *value : setting->defaultValue;
        if (chosen.is_number())
            alpha = chosen.get<double>();
    }
    std::optional<double> plain;
    for (const LeakageRowResult& row : leakage.rows)
        if (row.attack == verdict.attack && row.target == "SNN")
            plain = row.judgeAccuracy;
    return verdictExplanation(verdict, leakage.chance, 1 - alpha, plain);
}

QString wrappedToolTip(const QString& text, int columns)
{
    // Tokens: a run of narrow characters (a word, a number), one wide character, or one space.
    QStringList lines;
    QString line;
    int used = 0;
    const auto width = [](const QString& token) {
        int w = 0;
        for (QChar c : token)
            w += isWide(c) ? 2 : 1;
        return w;
    };
    int i = 0;
    while (i < text.size()) {
        QString token;
        if (text[i] == QLatin1Char('\n')) {
            lines << line;
            line.clear();
            used = 0;
            ++i;
            continue;
        }
        if (text[i].isSpace() || isWide(text[i])) {
            token = text[i++];
        } else {
            while (i < text.size() && !text[i].isSpace() && !isWide(text[i]))
                token += text[i++];
        }
        const int w = width(token);
        const bool space = token.size() == 1 && token[0].isSpace();
        if (used + w > columns && used > 0 && !space && !closesLine(token[0])) {
            lines << line;
            line.clear();
            used = 0;
        }
        if (space && used == 0)
            continue; // no line starts with a space
        line += token;
        used += w;
    }
    if (!line.isEmpty())
        lines << line;
    for (QString& l : lines)
        l = l.trimmed().toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
}

} // namespace psnn
