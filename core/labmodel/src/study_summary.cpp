// SPDX-License-Identifier: GPL-3.0-or-later
// study.json: the field lists of the study summary, its verdict names and text.
#include "privatesnn/study_summary.h"

#include "privatesnn/error.h"

#include <cmath>
#include <fstream>

namespace psnn {

using nlohmann::json;

// The summary's view of a study: the statistics of each attack, not the per-image outcomes they
// were computed from (those stay in LAB/study/points/ID.json).

template <class F> void describeFields(F& f, StudyAttackRow& a)
{
    f("attack", a.attack);
    f("images", a.images);
    f("judge_accuracy", a.accuracy);
    f("judge_ci_low", a.interval.low);
    f("judge_ci_high", a.interval.high);
    f("bootstrap_low", a.bootstrap.low);
    f("bootstrap_high", a.bootstrap.high);
    f("judge_confidence", a.confidence);
    f("judge2_accuracy", a.accuracy2, fields::nullWhenEmpty);
    f("judge_agreement", a.agreement, fields::nullWhenEmpty);
    f("fid", a.fid);
    f("kid", a.kid);
    f("fid_normalised", a.fidNormalised);
    f("kid_normalised", a.kidNormalised);
    f("kid_se", a.kidSe);
    f("kid_normalised_se", a.kidNormalisedSe);
    f("seconds", a.seconds);
    f("design_effect", a.designEffect);
    f("seed_judge_accuracy", a.seedAccuracy);
    f("seed_judge2_accuracy", a.seedAccuracy2);
    f("mcnemar_p", a.mcnemarP);
    describeVerdict(f, a.verdict);
    f("judges", a.judgeVerdicts);
    f.retired("images_needed"); // version 1: the images at which a repeated rate would decide
}

template <class F> void describeFields(F& f, StudyPointResult& p)
{
    f("id", p.point.id);
    f("defence", p.point.defence);
    f("label", p.point.label);
    f("strength", p.point.strength);
    // The dose itself, so readers name the setting in their language (files before it have the label only).
    f("epochs", p.point.epochs);
    f("learning_rate", p.point.learningRate);
    f("matches", p.point.matches, fields::omitEmpty);
    f("layers", p.point.layers);
    f("bits", p.point.bits);
    f("label_smoothing", p.point.labelSmoothing);
    f("epsilon", p.point.epsilon);
    f("weight_relative_l2", p.relativeL2);
    f("bias_l2", p.biasL2);
    f("drift", p.drift);
    f("defence_seeds", p.point.seeds);
    f("seeds", p.seeds);
    f("ann_accuracy", p.annAccuracy);
    f("snn_accuracy", p.snnAccuracy);
    f.derived("accuracy_lost", p.accuracyLost());
    f("reconverted_ann_accuracy", p.reconvertedAccuracy);
    f("references", p.references);
    f("seconds", p.seconds);
    describeVerdict(f, p.verdict);
    f("attacks", p.attacks);
    // The strongest attack by name, so the file reads on its own.
    std::optional<std::string> strongest;
    if constexpr (!F::reads)
        if (const StudyAttackRow* a = p.strongestAttack())
            strongest = a->attack;
    f("strongest", strongest, fields::nullWhenEmpty);
    if constexpr (F::reads) {
        p.strongest = p.attacks.size(); // none, unless the name is found
        for (size_t i = 0; i < p.attacks.size(); ++i)
            if (strongest && p.attacks[i].attack == *strongest)
                p.strongest = i;
    }
}

template <class F> void describeFields(F& f, StudySummary& s)
{
    f.derived("schema", std::string(kStudySchema));
    f.derived("version", kStudyVersion);
    f("grid", s.grid);
    f("chance", s.chance);
    f("margin", s.margin);
    f("level", s.level);
    f("judges", s.judges);
    f("answer", s.answer);
    f("control_warnings", s.controlWarnings);
    f("transfer_share", s.transferShare, fields::nullWhenEmpty);
    f.derived(
        "rule",
        std::string(
            "each judge's accuracy on each attack gets its exact Clopper-Pearson interval at 1 - (1 - level) / family, "
            "the family being the point's attacks x judges (Bonferroni); leaks: the lower bound is above chance + the "
            "margin; leaks within the margin: above chance, not above chance + the margin; protected against this "
            "attacker budget: the upper bound is at most chance + the margin (and the lower at most chance); otherwise "
            "inconclusive. An attack leaks when any judge says so and is protected only when every judge says so; a "
            "point likewise over its attacks. images_for_80: the images (whole restarts x classes) at which the open "
            "verdict would reach power_target with 80 % probability if the observed rate were the true one. Over "
            "several defence seeds the counts pooled over seeds are first divided by their design effect (the pooled "
            "accuracy's variance between and within seeds, widened by t on Satterthwaite's degrees of freedom over "
            "z, against the binomial variance), so the interval accounts for both levels"));
    f("feature_extractor", s.featureExtractor);
    f("points", s.points);
    f("comparisons", s.comparisons);
    std::optional<std::string> recommended;
    if constexpr (!F::reads)
        if (s.recommended && *s.recommended < s.points.size())
            recommended = s.points[*s.recommended].point.id;
    f("recommended", recommended, fields::nullWhenEmpty);
    if constexpr (F::reads) {
        s.recommended.reset();
        for (size_t i = 0; i < s.points.size(); ++i)
            if (recommended && s.points[i].point.id == *recommended)
                s.recommended = i;
    }
}

template <class F> void describeFields(F& f, StudyComparison& c)
{
    f("first", c.first);
    f("second", c.second);
    f("attack", c.attack);
    f("difference", c.difference);
    f("ci_low", c.interval.low);
    f("ci_high", c.interval.high);
    f("p", c.p);
    f("pairs", c.pairs);
    f("first_accuracy_lost", c.firstLoss);
    f("second_accuracy_lost", c.secondLoss);
    f("equal_accuracy_loss", c.equalAccuracyLoss);
}

/// Version 1 decided each attack with judge 1 alone at 95 % (its interval was judge_ci_low/high)
/// and each point by its strongest attack; its verdict names are kept as they were.
void convertFromVersion1(StudySummary& s)
{
    s.judges = 1;
    for (StudyPointResult& p : s.points) {
        for (StudyAttackRow& a : p.attacks) {
            a.verdict.interval = a.interval;
            a.judgeVerdicts = {a.verdict};
        }
        if (const StudyAttackRow* a = p.strongestAttack())
            p.verdict = a->verdict;
    }
}

json toJson(const StudySummary& summary)
{
    return fields::toJson(summary);
}

StudySummary studySummaryFromJson(const json& j)
{
    const std::string way = "Collect the study again (privatesnn study --lab LAB --collect) to rewrite it.";
    if (!j.is_object() || j.value("schema", json()) != kStudySchema)
        throw Error(ErrorCode::BadFormat,
                    "study.json is not a PrivateSNN study summary (schema \"" + std::string(kStudySchema) + "\").",
                    way);
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int>() < 1)
        throw Error(ErrorCode::BadFormat, "study.json has no valid version (" + version.dump() + ").", way);
    if (version.get<int>() > kStudyVersion)
        throw Error(ErrorCode::Unsupported,
                    "study.json has version " + version.dump()
                        + ", written by a newer PrivateSNN Lab; this one reads up to version "
                        + std::to_string(kStudyVersion) + ".",
                    "Open the lab with the newer PrivateSNN Lab.");
    StudySummary s;
    try {
        fields::fromJson(j, s);
    } catch (const fields::FieldError& e) {
        throw Error(ErrorCode::BadFormat, std::string("study.json: ") + e.what() + ".", way);
    }
    if (version.get<int>() == 1)
        convertFromVersion1(s);
    return s;
}

std::optional<StudySummary> readStudySummary(const std::string& labFolder)
{
    std::ifstream in(labFolder + "/study/study.json", std::ios::binary);
    if (!in)
        return std::nullopt;
    json j;
    try {
        j = json::parse(in);
    } catch (const json::parse_error& e) {
        throw Error(ErrorCode::BadFormat, std::string("study.json is not valid JSON: ") + e.what(),
                    "Collect the study again (privatesnn study --lab LAB --collect) to rewrite it.");
    }
    return studySummaryFromJson(j);
}

double normaliseDistance(double value, double realReference, double noiseReference)
{
    const double span = noiseReference - realReference;
    return std::abs(span) > 0 ? (value - realReference) / span : 0.0;
}

} // namespace psnn
