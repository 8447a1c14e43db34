// SPDX-License-Identifier: GPL-3.0-or-later
// results.json: the sections every lab has (model, data-free proof, config, provenance), the step
// results merged in step order, and the plain-language leakage verdicts.
#include "pipeline_internal.h"

#include "privatesnn/runtime.h"
#include "privatesnn/study.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <cstdio>

namespace psnn::pipeline_detail {
namespace {

using nlohmann::json;

json modelJson(const Network& net, const std::string& path, const std::string& sha)
{
    json layers = json::array();
    int64_t macs = 0;
    for (const LayerSummary& s : net.summarize()) {
        layers.push_back({{"path", s.path}, {"kind", s.kind}, {"output_shape", s.outputShape}, {"parameters", s.parameters},
                          {"macs", s.macs}});
        macs += s.macs;
    }
    return {{"path", path}, {"sha256", sha}, {"name", net.info.name}, {"class_names", net.info.classNames},
            {"input", {{"channels", net.input.channels}, {"height", net.input.height}, {"width", net.input.width}}},
            {"parameters", net.parameterCount()}, {"macs", macs}, {"layers", layers}};
}

std::string formatPercent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%.1f %%", fraction * 100);
    return text;
}

std::string formatP(double p)
{
    char text[32];
    std::snprintf(text, sizeof(text), p < 1e-4 ? "%.1e" : "%.4f", p);
    return text;
}

} // namespace

json baseResults(const Context& ctx)
{
    const PipelineConfig& c = ctx.config;
    json r = {{"schema", "privatesnn-results"}, {"version", 1}, {"profile", c.profile}, {"generated", utcNowIso8601()},
              {"lab", ctx.lab.folder()}};
    r["model"] = modelJson(ctx.teacher, ctx.teacherPath, ctx.teacherSha);
    if (ctx.judge)
        r["judge"] = {{"path", ctx.judgePath}, {"sha256", ctx.judgeSha}, {"name", ctx.judge->info.name}};
    json proof = {{"synthesize", "teacher weights only"},
                  {"convert", "synthetic images of this lab (no labels)"},
                  {"encrypt", "synthetic images of this lab, their soft labels and the teacher's outputs on them"}};
    if (ctx.eval) {
        proof["evaluation_data"] = ctx.eval->source;
        proof["evaluation_sha256"] = ctx.evalSha;
        json usedBy = json::array({"accuracy"});
        if (c.runAttacks)
            usedBy.push_back("leakage reference");
        if (c.runEncryption && c.encryptionEvalImages > 0)
            usedBy.push_back("per-epoch accuracy during encryption (measured, never trained on)");
        proof["evaluation_used_by"] = usedBy;
    } else {
        proof["evaluation_data"] = "none";
    }
    r["data_free"] = proof;
    r["config"] = json::parse(pipelineConfigToJson(c));
    r["provenance"] = {{"tool", "privatesnn " + toolVersion()},
                       {"libraries", {{"LibTorch", torchVersion()}, {"OpenCV", opencvVersion()}}},
                       {"machine", machineDescription()}, {"threads", at::get_num_threads()}, {"steps", json::array()}};
    return r;
}

json assembleResults(const Context& ctx, const std::vector<Step>& activeSteps)
{
    json r = baseResults(ctx);
    for (const Step step : activeSteps) {
        const LabStepRecord* rec = ctx.lab.record(recordName(step));
        if (!rec || rec->key != stepKey(step, planStep(step, ctx)))
            continue;
        r.merge_patch(json::parse(rec->resultsJson));
        r["provenance"]["steps"].push_back({{"step", rec->step}, {"started", rec->started}, {"finished", rec->finished},
                                            {"seconds", rec->seconds}, {"seed", rec->seed}, {"key", rec->key},
                                            {"inputs", rec->inputs}, {"outputs", rec->outputs}});
    }
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

json leakageVerdicts(const json& rows, double chance, double alpha)
{
    json verdicts = json::array();
    const std::string level = formatPercent(1 - alpha);
    const std::string rule = "leaks when the " + level + " Clopper-Pearson interval of the independent judge's accuracy lies above chance ("
                             + formatPercent(chance) + "); protected against this attacker budget when its upper bound is at most chance + 10 "
                             "points; otherwise inconclusive";
    double plainAccuracy[3] = {-1, -1, -1}; // by attack number, for the "encryption lowered it by" sentence
    for (const json& row : rows) {
        const std::string attack = row.value("attack", "");
        const std::string target = row.value("target", "");
        if (attack.rfind("attack ", 0) != 0 || (target != "SNN" && target != "encrypted SNN"))
            continue; // reference rows (real images, noise, the original ANN) frame the numbers
        json v = {{"attack", attack}, {"target", target}, {"rule", rule}};
        if (!row.contains("judge_accuracy")) {
            v["leaks"] = nullptr;
            v["verdict"] = nullptr;
            v["explanation"] = "No judge classifier was given, so leakage cannot be decided for this row.";
            verdicts.push_back(v);
            continue;
        }
        const double acc = row["judge_accuracy"].get<double>();
        const int64_t n = row.value("images", int64_t(0));
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
        v["leaks"] = verdict.verdict == StudyVerdict::Inconclusive ? json(nullptr) : json(verdict.verdict == StudyVerdict::Leaks);
        v["verdict"] = verdictKey(verdict.verdict);
        v["verdict_text"] = verdictText(verdict);
        v["images_needed"] = verdict.imagesNeeded;
        v["ci_low"] = verdict.interval.low;
        v["ci_high"] = verdict.interval.high;
        v["p_value"] = p;
        v["judge_accuracy"] = acc;
        v["images"] = n;
        v["explanation"] = text;
        verdicts.push_back(v);
    }
    return verdicts;
}

} // namespace psnn::pipeline_detail
