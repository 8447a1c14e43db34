// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/studyfrontier.h"

#include "models/leakagetext.h"
#include "models/numberformat.h"

#include "privatesnn/study_caveat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

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

QString pointVerdict(const StudySummary& study, const StudyPointResult& point)
{
    const QString verdict = translatedVerdict(point.verdict);
    if (!tooFewImagesForVerdict(study, point))
        return verdict;
    return StudyText::tr("%1 (too few images for a verdict: %n per attack)", nullptr, int(verdictImages(point)))
        .arg(verdict);
}

QString tooFewImagesNote(const StudySummary& study)
{
    if (std::none_of(study.points.begin(), study.points.end(),
                     [&](const StudyPointResult& p) { return tooFewImagesForVerdict(study, p); }))
        return {};
    return StudyText::tr("Too few images for verdicts: this study attacked its points with fewer than 100 images each "
                         "(the quick grid), so its intervals are too wide to decide. Run the default grid for "
                         "verdicts.");
}

namespace {

/// 1e-3, 5e-2: a learning rate as the grid names it.
QString rate(double value)
{
    if (value <= 0)
        return QStringLiteral("0");
    int exponent = int(std::floor(std::log10(value) + 1e-9));
    double mantissa = value / std::pow(10.0, exponent);
    if (std::abs(mantissa - std::round(mantissa)) < 1e-6)
        return QStringLiteral("%1e%2").arg(qRound(mantissa)).arg(exponent);
    return QStringLiteral("%1e%2").arg(QLocale().toString(mantissa, 'g', 2)).arg(exponent);
}

/// The paper's encryption (§5.1): lr 1e-4 for 20 epochs.
bool isPaperDose(const StudyPoint& p)
{
    return p.epochs == 20 && std::abs(p.learningRate - 1e-4) < 1e-12;
}

QString interval(double accuracy, const Interval& i)
{
    return StudyText::tr("%1 [%2, %3]")
        .arg(formatLocalePercent(accuracy), formatLocalePercent(i.low), formatLocalePercent(i.high));
}

} // namespace

namespace {

/// A study.json written before it kept the dose has the label only (epochs 0 at a non-zero strength).
/// The later defences and controls came with their dose fields, and two of them train nothing.
bool doseUnknown(const StudyPoint& p)
{
    const bool early = p.defence == "encryption" || p.defence == "noise" || p.defence == "reinit";
    return early && p.epochs == 0 && p.strength != 0;
}

/// The point with its dose: its own, or from an older study.json's label, which core writes ending in
/// "lr 1e-3, 5 epochs" for every point but the undefended one.
StudyPoint withDose(StudyPoint p)
{
    if (!doseUnknown(p))
        return p;
    static const QRegularExpression dose(QStringLiteral("lr ([0-9.eE+-]+), (\\d+) epochs"));
    const QRegularExpressionMatch m = dose.match(QString::fromStdString(p.label));
    if (m.hasMatch()) {
        p.learningRate = m.captured(1).toDouble();
        p.epochs = m.captured(2).toInt();
    }
    return p;
}

} // namespace

QString pointSetting(const StudyPoint& given)
{
    const StudyPoint p = withDose(given);
    if (doseUnknown(p))
        return QString::fromStdString(p.label);
    const QString dose = isPaperDose(p)
        ? StudyText::tr("paper: lr %1, %n epochs", nullptr, p.epochs).arg(rate(p.learningRate))
        : StudyText::tr("lr %1, %n epochs", nullptr, p.epochs).arg(rate(p.learningRate));
    if (p.defence == "encryption")
        return p.epochs == 0 ? StudyText::tr("none (converted SNN)") : dose;
    if (p.defence == "noise")
        return StudyText::tr("Gaussian noise matched to %1").arg(dose);
    if (p.defence == "reinit")
        return StudyText::tr("distillation from a random init, lr %1, %n epochs", nullptr, p.epochs)
            .arg(rate(p.learningRate));
    if (p.defence == "early-layers")
        // No "(s)" in a source text: without a translation it is what English readers see.
        return (p.layers == 1 ? StudyText::tr("first weight layer re-initialised and distilled, the rest frozen")
                              : StudyText::tr("first %1 weight layers re-initialised and distilled, the rest frozen")
                                    .arg(p.layers))
            + StudyText::tr(", lr %1, %n epochs", nullptr, p.epochs).arg(rate(p.learningRate));
    if (p.defence == "label-smoothing")
        return StudyText::tr("label smoothing %1").arg(QLocale().toString(p.labelSmoothing, 'g', 2))
            + StudyText::tr(", lr %1, %n epochs", nullptr, p.epochs).arg(rate(p.learningRate));
    if (p.defence == "quantisation")
        return StudyText::tr("%1-bit weights (per layer, symmetric)").arg(p.bits);
    if (p.defence == "transfer-control")
        return StudyText::tr("real images of other classes, targeted PGD within %1 of the pixel range")
            .arg(QLocale().toString(p.epsilon, 'g', 3));
    if (p.defence == "random-control")
        return StudyText::tr("random weights of the same shape, converted like the real network");
    return QString::fromStdString(p.label);
}

QString pointShortLabel(const StudyPoint& given)
{
    const StudyPoint p = withDose(given);
    if (doseUnknown(p) && p.defence != "reinit")
        return (p.defence == "noise" ? StudyText::tr("noise ×%1") : StudyText::tr("×%1"))
            .arg(QLocale().toString(p.strength, 'g', 2));
    if (p.defence == "encryption")
        return p.epochs == 0 ? StudyText::tr("none")
            : isPaperDose(p) ? StudyText::tr("paper dose")
                             : StudyText::tr("lr %1").arg(rate(p.learningRate));
    if (p.defence == "noise")
        return isPaperDose(p) ? StudyText::tr("noise, paper dose")
                              : StudyText::tr("noise %1").arg(rate(p.learningRate));
    if (p.defence == "reinit")
        return StudyText::tr("reinit");
    if (p.defence == "early-layers")
        return p.layers == 1 ? StudyText::tr("first layer") : StudyText::tr("first %1 layers").arg(p.layers);
    if (p.defence == "label-smoothing")
        return StudyText::tr("smoothing %1").arg(QLocale().toString(p.labelSmoothing, 'g', 2));
    if (p.defence == "quantisation")
        return StudyText::tr("%1-bit").arg(p.bits);
    if (p.defence == "transfer-control")
        return StudyText::tr("transfer control");
    if (p.defence == "random-control")
        return StudyText::tr("random network");
    return QString::fromStdString(p.id);
}

QString pointDetails(const StudySummary& study, const StudyPointResult& p)
{
    QStringList lines{StudyText::tr("%1: %2").arg(defenceTitle(p.point.defence), pointSetting(p.point)),
                      StudyText::tr("SNN accuracy %1, %2 points lost against the ANN")
                          .arg(formatLocalePercent(p.snnAccuracy), QLocale().toString(p.accuracyLost() * 100, 'f', 1)),
                      StudyText::tr("Weight change (relative L2): %1").arg(QLocale().toString(p.relativeL2, 'g', 3))};
    if (const StudyAttackRow* a = p.strongestAttack()) {
        lines << StudyText::tr("Strongest attack: %1, judge accuracy %2")
                     .arg(attackTitle(a->attack), interval(a->accuracy, a->interval));
        // The headline distance; a study.json before KID's standard error has none to give.
        const QLocale locale;
        lines << (a->kidNormalisedSe > 0
                      ? StudyText::tr("Normalised KID %1 ± %2 (0: held-out real images, 1: the attacks' initial noise)")
                            .arg(locale.toString(a->kidNormalised, 'f', 2), locale.toString(a->kidNormalisedSe, 'f', 2))
                      : StudyText::tr("Normalised KID %1 (0: real images, 1: the attacks' initial noise)")
                            .arg(locale.toString(a->kidNormalised, 'f', 2)));
        lines << StudyText::tr("Verdict: %1").arg(pointVerdict(study, p));
    } else {
        lines << StudyText::tr("Not attacked.");
    }
    return lines.join(QLatin1Char('\n'));
}

QString studyAnswer(const StudySummary& study, const std::function<QString(double)>& givenPercent)
{
    const auto percent = [&](double fraction) {
        return givenPercent ? givenPercent(fraction) : formatLocalePercent(fraction);
    };
    double worst = 0;
    for (const StudyPointResult& p : study.points)
        if (!isStudyControl(p.point.defence)) // a control defends nothing
            worst = std::max(worst, p.accuracyLost());
    const QLocale locale;
    QString text;
    if (study.recommended && *study.recommended < study.points.size()) {
        const StudyPointResult& p = study.points[*study.recommended];
        if (const StudyAttackRow* a = p.strongestAttack())
            text = StudyText::tr("The weakest setting protected against this attacker budget is %1 (%2): every "
                                 "attack's interval, for every judge, ends at most %3 points above chance (highest "
                                 "upper bound %4, family-wise over %5 tests); its strongest attack, %6, reaches %7 "
                                 "judge accuracy, at a cost of %8 points of accuracy against the ANN.")
                       .arg(defenceTitle(p.point.defence), pointSetting(p.point),
                            locale.toString(study.margin * 100, 'f', 0), percent(p.verdict.interval.high),
                            locale.toString(p.verdict.family), attackTitle(a->attack), percent(a->accuracy),
                            locale.toString(p.accuracyLost() * 100, 'f', 1));
    }
    if (text.isEmpty())
        text = StudyText::tr("No setting explored is protected against this attacker budget: at every point some "
                             "attack's interval (family-wise over the point's attacks and judges) reaches above chance "
                             "+ %1 points or lies above chance (largest accuracy loss explored: %2 points).")
                   .arg(locale.toString(study.margin * 100, 'f', 0), locale.toString(worst * 100, 'f', 1));
    if (study.judges < 2)
        text += QLatin1Char(' ')
            + StudyText::tr("The verdicts rest on one judge: no second judge was given (setting study.second_judge).");
    return text;
}

std::vector<FrontierControl> frontierControls(const StudySummary& study)
{
    std::vector<FrontierControl> controls;
    for (size_t row = 0; row < study.points.size(); ++row) {
        const StudyPointResult& p = study.points[row];
        if (const StudyAttackRow* a = p.strongestAttack(); a && isStudyControl(p.point.defence))
            controls.push_back({defenceTitle(p.point.defence), // the title says it is a control
                                {p.accuracyLost() * 100, a->accuracy * 100, a->interval.low * 100,
                                 a->interval.high * 100, pointShortLabel(p.point), pointDetails(study, p), int(row)}});
    }
    return controls;
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
                           .arg(QString::number(j + 1), attackTitle(a.attack), formatLocalePercent(accuracy),
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
            if (*study.transferShare <= 0) // a share below zero would read as a quantity; it is "none"
                return StudyText::tr("Transfer control: the judge puts %1 of real images of other classes, nudged "
                                     "toward a class within the budget, into that class: no more than chance, so "
                                     "adversarial transfer alone buys nothing above chance here.")
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
    for (size_t row = 0; row < study.points.size(); ++row) {
        const StudyPointResult& p = study.points[row];
        const StudyAttackRow* a = p.strongestAttack();
        if (!a)
            continue;
        if (isStudyControl(p.point.defence)) // reference marks (frontierControls), not a defence's path
            continue;
        const auto known = std::find(defences.begin(), defences.end(), p.point.defence);
        if (known == defences.end()) {
            defences.push_back(p.point.defence);
            curves.push_back(FrontierCurve{defenceTitle(p.point.defence), {}});
        }
        FrontierCurve& curve =
            curves[size_t(std::find(defences.begin(), defences.end(), p.point.defence) - defences.begin())];
        curve.points.push_back({p.accuracyLost() * 100, a->accuracy * 100, a->interval.low * 100,
                                a->interval.high * 100, pointShortLabel(p.point), pointDetails(study, p), int(row)});
    }
    if (!human)
        return curves;
    const size_t judged = curves.size();
    for (size_t d = 0; d < judged; ++d) {
        FrontierCurve people{StudyText::tr("%1 — people").arg(curves[d].name), {}, false, true, int(d)};
        for (size_t row = 0; row < study.points.size(); ++row) {
            const StudyPointResult& p = study.points[row];
            const std::optional<HumanPoint> h =
                p.point.defence == defences[d] ? human->point(p.point.id) : std::nullopt;
            if (!h)
                continue;
            const QString details = StudyText::tr("%1\nPeople: %2 over %n ratings", nullptr, int(h->ratings))
                                        .arg(pointDetails(study, p), interval(h->accuracy, h->interval));
            people.points.push_back({p.accuracyLost() * 100, h->accuracy * 100, h->interval.low * 100,
                                     h->interval.high * 100, QString(), details, int(row)});
        }
        if (!people.points.empty())
            curves.push_back(people);
    }
    return curves;
}

} // namespace psnn
