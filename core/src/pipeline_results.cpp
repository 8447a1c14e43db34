// SPDX-License-Identifier: GPL-3.0-or-later
// results.json: the sections every lab has (model, data-free proof, config, provenance), the step
// results merged in step order, and the plain-language leakage verdicts.
#include "pipeline_internal.h"

#include "privatesnn/membership.h"
#include "privatesnn/runtime.h"
#include "privatesnn/study_stats.h"
#include "privatesnn/text_format.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace psnn::pipeline_detail {
namespace {

using nlohmann::json;

ModelResults modelResults(const Network& net, const std::string& path, const std::string& sha)
{
    ModelResults m{path, sha, net.info.name, net.info.classNames, net.input.channels, net.input.height, net.input.width,
                net.parameterCount(), 0, {}};
    for (const LayerSummary& s : net.summarize()) {
        m.layers.push_back({s.path, s.kind, s.outputShape, s.parameters, s.macs});
        *m.macs += s.macs;
    }
    return m;
}

std::string formatP(double p)
{
    char text[32];
    std::snprintf(text, sizeof(text), p < 1e-4 ? "%.1e" : "%.4f", p);
    return text;
}

} // namespace

LabResults baseResults(const Context& ctx)
{
    const PipelineConfig& c = ctx.config;
    LabResults r;
    r.profile = c.profile;
    r.generated = utcNowIso8601();
    r.lab = ctx.lab.folder();
    r.model = modelResults(ctx.teacher, ctx.teacherPath, ctx.teacherSha);
    if (ctx.judge)
        r.judge = JudgeInfo{ctx.judgePath, ctx.judgeSha, ctx.judge->info.name};
    if (ctx.judge2)
        r.secondJudge = JudgeInfo{ctx.judge2Path, ctx.judge2Sha, ctx.judge2->info.name};
    DataFreeProof proof{"teacher weights only", "synthetic images of this lab (no labels)",
                        "synthetic images of this lab, their soft labels and the teacher's outputs on them", "none", {}, {}};
    if (ctx.imported) // no ANN: the imported model's re-conversion synthesises, its own outputs teach
        proof = DataFreeProof{"the imported spiking model's weights only (its ReLU re-conversion; no ANN exists)",
                              "none: the spiking model was imported, not converted",
                              "synthetic images of this lab, their soft labels and the imported spiking model's own "
                              "outputs on them (no ANN teacher)",
                              "none",
                              {},
                              {}};
    if (ctx.eval) {
        proof.evaluationData = ctx.eval->source;
        proof.evaluationSha256 = ctx.evalSha;
        proof.evaluationUsedBy = {"accuracy"};
        if (c.runAttacks)
            proof.evaluationUsedBy.push_back("leakage reference");
        if (c.runEncryption && c.encryptionEvalImages > 0)
            proof.evaluationUsedBy.push_back("per-epoch accuracy during encryption (measured, never trained on)");
    }
    r.dataFree = proof;
    r.config = pipelineSettings(c);
    r.provenance = Provenance{"privatesnn " + toolVersion(), machineDescription(),
                              {{"LibTorch", torchVersion()}, {"OpenCV", opencvVersion()}}, at::get_num_threads(), {}};
    return r;
}

LabResults assembleResults(const Context& ctx, const std::vector<Step>& activeSteps)
{
    // Step records keep the JSON fragment each step wrote (lab.json's format); the two evaluate
    // steps fill parts of the same sections, so the fragments are merged before they are typed.
    json merged = toJson(baseResults(ctx));
    std::vector<const LabStepRecord*> used;
    for (const Step step : activeSteps) {
        const LabStepRecord* rec = ctx.lab.record(recordName(step));
        if (!rec || rec->key != stepKey(step, planStep(step, ctx)))
            continue;
        merged.merge_patch(rec->results);
        used.push_back(rec);
    }
    LabResults r = labResultsFromJson(merged);
    for (const LabStepRecord* rec : used) {
        r.provenance->steps.push_back({rec->step, rec->started, rec->finished, rec->seconds, int64_t(rec->seed), rec->key,
                                       rec->inputs, rec->outputs});
        // The steps' wall times, measured by the runner.
        if (rec->step == stepName(Step::Convert) && r.conversion)
            r.conversion->seconds = rec->seconds;
        if (rec->step == stepName(Step::Encrypt) && r.encryption)
            r.encryption->wallSeconds = rec->seconds;
    }
    // The audit is not a step: it stays in results.json while the models it attacked are the lab's.
    std::string stale;
    r.membership = currentLabMembership(ctx.lab.folder(), ctx.teacherSha, outputHash(ctx.lab, Step::Convert, kSnnFile),
                                        outputHash(ctx.lab, Step::Encrypt, kEncryptedFile), stale);
    return r;
}

std::vector<LeakageVerdict> leakageVerdicts(const std::vector<LeakageRowResult>& rows, double chance, double alpha,
                                            const LeakageStudyConfig& attacks)
{
    std::vector<LeakageVerdict> verdicts;
    const std::string level = formatPercent(1 - alpha);
    const std::string rule = "leaks when the " + level
        + " Clopper-Pearson interval of the independent judge's accuracy lies more "
          "than 10 points above chance ("
        + formatPercent(chance)
        + "); leaks within the margin when it lies "
          "above chance, but not more than 10 points above it; protected against this attacker budget when its upper "
          "bound is at most 10 points above chance; otherwise inconclusive";
    double plainAccuracy[4] = {-1, -1, -1, -1}; // by attack number, for the "encryption lowered it by" sentence
    for (const LeakageRowResult& row : rows) {
        const std::string& attack = row.attack;
        const std::string& target = row.target;
        if (attack.rfind("attack ", 0) != 0 || (target != "SNN" && target != "encrypted SNN"))
            continue; // reference rows (real images, noise, the original ANN) frame the numbers
        LeakageVerdict v;
        v.attack = attack;
        v.target = target;
        v.rule = row.judge2Accuracy ? rule
                + "; with two judges each judge's interval is at 1 - alpha / 2 "
                  "(Bonferroni), and the row leaks when either judge's does, is protected "
                  "only when both are"
                                    : rule;
        if (!row.judgeAccuracy) {
            v.explanation = "No judge classifier was given, so leakage cannot be decided for this row.";
            verdicts.push_back(v);
            continue;
        }
        const double acc = *row.judgeAccuracy;
        const int64_t n = row.images;
        const int attackNumber = attack == "attack 3" ? 3 : attack == "attack 2" ? 2 : 1;
        // The power figure counts in whole restarts: one more adds an image of every class attacked.
        const int64_t restarts = (attackNumber == 3       ? attacks.attack3
                                      : attackNumber == 2 ? attacks.attack2
                                                          : attacks.attack1)
                                     .restarts;
        VerdictRule verdictRule;
        verdictRule.chance = chance;
        verdictRule.level = 1 - alpha;
        // Leaks when either judge says so: a claim on the stronger of two needs both at alpha / 2.
        verdictRule.family = row.judge2Accuracy ? 2 : 1;
        verdictRule.unit = restarts > 0 && n % restarts == 0 ? std::max<int64_t>(1, n / restarts) : 1;
        std::vector<double> accuracies{acc};
        if (row.judge2Accuracy)
            accuracies.push_back(*row.judge2Accuracy);
        std::vector<VerdictResult> parts;
        for (const double a : accuracies)
            parts.push_back(decideVerdict(int64_t(std::llround(a * double(n))), n, verdictRule));
        const VerdictResult verdict = combineVerdicts(parts);
        // Which judge's interval the combined verdict rests on (combineVerdicts keeps that part's;
        // of equal parts, the first).
        size_t decider = 0;
        while (decider + 1 < parts.size()
               && (parts[decider].interval.low != verdict.interval.low
                   || parts[decider].interval.high != verdict.interval.high))
            ++decider;
        const int64_t hits = int64_t(std::llround(accuracies[decider] * double(n)));
        const double p = binomialTailAtLeast(hits, n, chance);
        const std::string judgeName = parts.size() == 1 ? "The judge" : "Judge " + std::to_string(decider + 1);
        std::string text = judgeName + " puts " + std::to_string(hits) + " of " + std::to_string(n) + " images from "
            + attack + " on the " + target + " in their target class (" + formatPercent(accuracies[decider]) + ", "
            + formatPercent(verdictRule.testLevel()) + " interval " + formatPercent(verdict.interval.low) + "–"
            + formatPercent(verdict.interval.high) + "; chance " + formatPercent(chance)
            + ", one-sided binomial p = " + formatP(p) + "). ";
        if (parts.size() == 2)
            text += "Judge " + std::to_string(2 - decider) + " puts " + formatPercent(accuracies[1 - decider])
                + " there; the verdict is the two judges' together (leaks when either says so, protected only "
                  "when both do, each interval at 1 - alpha / 2). ";
        if (verdict.verdict == StudyVerdict::Leaks)
            text += "The whole interval is more than 10 points above chance: the attack recovers what the classes look "
                    "like, so this model leaks.";
        else if (verdict.verdict == StudyVerdict::LeaksWithinMargin)
            text +=
                "The whole interval is above chance, but not more than 10 points above it: this model leaks, possibly "
                "only a little.";
        else if (verdict.verdict == StudyVerdict::Protected)
            text += "Even the interval's upper end is within 10 points of chance: protected against this attacker budget "
                    "(a stronger attacker may still succeed).";
        else
            text += "The interval is too wide to decide either way: inconclusive.";
        if (verdict.powerTarget)
            text += std::string(" If the observed rate were the true one, ")
                + (verdict.imagesFor80 > 0 ? "about " + std::to_string(verdict.imagesFor80)
                                           : std::string("more than 100000"))
                + " images would give 80 % power to "
                + (*verdict.powerTarget == PowerTarget::LeaksBeyondMargin ? "show it leaks beyond the margin."
                                                                          : "bound it within the margin.");
        if (target == "SNN")
            plainAccuracy[attackNumber] = acc;
        else if (plainAccuracy[attackNumber] >= 0) {
            const double drop = (plainAccuracy[attackNumber] - acc) * 100;
            char line[160];
            std::snprintf(line, sizeof(line), " Encryption changed the judge accuracy by %+.1f points against the unencrypted SNN.", -drop);
            text += line;
        }
        if (verdict.verdict != StudyVerdict::Inconclusive)
            v.leaks = verdict.verdict != StudyVerdict::Protected;
        v.verdict = verdict.verdict;
        v.verdictText = verdictText(verdict);
        v.powerTarget = verdict.powerTarget;
        if (verdict.powerTarget)
            v.imagesFor80 = verdict.imagesFor80;
        v.ciLow = verdict.interval.low;
        v.ciHigh = verdict.interval.high;
        v.pValue = p;
        v.judgeAccuracy = acc;
        v.judge2Accuracy = row.judge2Accuracy;
        v.judges = int(parts.size());
        if (parts.size() == 2)
            v.decidedBy = int(decider) + 1;
        v.images = n;
        v.explanation = text;
        verdicts.push_back(v);
    }
    return verdicts;
}

} // namespace psnn::pipeline_detail
