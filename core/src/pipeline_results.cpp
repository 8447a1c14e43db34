// SPDX-License-Identifier: GPL-3.0-or-later
// results.json: the sections every lab has (model, data-free proof, config, provenance), the step
// results merged in step order, and the plain-language leakage verdicts.
#include "pipeline_internal.h"

#include "privatesnn/membership.h"
#include "privatesnn/runtime.h"
#include "privatesnn/study.h"
#include "privatesnn/text_format.h"

#include <ATen/Parallel.h>

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
    DataFreeProof proof{"teacher weights only", "synthetic images of this lab (no labels)",
                        "synthetic images of this lab, their soft labels and the teacher's outputs on them", "none", {}, {}};
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

double binomialUpperTail(int64_t k, int64_t n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    // Sum the terms in log space: n is small (tens to hundreds of images).
    double tail = 0;
    for (int64_t i = k; i <= n; ++i) {
        const double logTerm = std::lgamma(double(n) + 1) - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1)
                               + double(i) * std::log(p) + double(n - i) * std::log1p(-p);
        tail += std::exp(logTerm);
    }
    return std::min(1.0, tail);
}

std::vector<LeakageVerdict> leakageVerdicts(const std::vector<LeakageRowResult>& rows, double chance, double alpha)
{
    std::vector<LeakageVerdict> verdicts;
    const std::string level = formatPercent(1 - alpha);
    const std::string rule = "leaks when the " + level + " Clopper-Pearson interval of the independent judge's accuracy lies above chance ("
                             + formatPercent(chance) + "); protected against this attacker budget when its upper bound is at most chance + 10 "
                             "points; otherwise inconclusive";
    double plainAccuracy[3] = {-1, -1, -1}; // by attack number, for the "encryption lowered it by" sentence
    for (const LeakageRowResult& row : rows) {
        const std::string& attack = row.attack;
        const std::string& target = row.target;
        if (attack.rfind("attack ", 0) != 0 || (target != "SNN" && target != "encrypted SNN"))
            continue; // reference rows (real images, noise, the original ANN) frame the numbers
        LeakageVerdict v;
        v.attack = attack;
        v.target = target;
        v.rule = rule;
        if (!row.judgeAccuracy) {
            v.explanation = "No judge classifier was given, so leakage cannot be decided for this row.";
            verdicts.push_back(v);
            continue;
        }
        const double acc = *row.judgeAccuracy;
        const int64_t n = row.images;
        const int64_t hits = int64_t(std::llround(acc * double(n)));
        const double p = binomialUpperTail(hits, n, chance);
        const VerdictResult verdict = decideVerdict(hits, n, chance, 0.10, 1 - alpha);
        const int attackNumber = attack == "attack 2" ? 2 : 1;
        std::string text = "The judge puts " + std::to_string(hits) + " of " + std::to_string(n) + " images from " + attack
                           + " on the " + target + " in their target class (" + formatPercent(acc) + ", " + level + " interval "
                           + formatPercent(verdict.interval.low) + "–" + formatPercent(verdict.interval.high) + "; chance "
                           + formatPercent(chance) + ", one-sided binomial p = " + formatP(p) + "). ";
        if (verdict.verdict == StudyVerdict::Leaks)
            text += "The whole interval is above chance: the attack recovers what the classes look like, so this model leaks.";
        else if (verdict.verdict == StudyVerdict::Protected)
            text += "Even the interval's upper end is within 10 points of chance: protected against this attacker budget "
                    "(a stronger attacker may still succeed).";
        else
            text += "The interval is too wide to decide either way: inconclusive — "
                    + (verdict.imagesNeeded > 0 ? "about " + std::to_string(verdict.imagesNeeded) : std::string("more than 100000"))
                    + " images would be needed if the rate held.";
        if (target == "SNN")
            plainAccuracy[attackNumber] = acc;
        else if (plainAccuracy[attackNumber] >= 0) {
            const double drop = (plainAccuracy[attackNumber] - acc) * 100;
            char line[160];
            std::snprintf(line, sizeof(line), " Encryption changed the judge accuracy by %+.1f points against the unencrypted SNN.", -drop);
            text += line;
        }
        if (verdict.verdict != StudyVerdict::Inconclusive)
            v.leaks = verdict.verdict == StudyVerdict::Leaks;
        v.verdict = verdict.verdict;
        v.verdictText = verdictText(verdict);
        v.imagesNeeded = verdict.imagesNeeded;
        v.ciLow = verdict.interval.low;
        v.ciHigh = verdict.interval.high;
        v.pValue = p;
        v.judgeAccuracy = acc;
        v.images = n;
        v.explanation = text;
        verdicts.push_back(v);
    }
    return verdicts;
}

} // namespace psnn::pipeline_detail
