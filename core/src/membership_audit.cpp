// SPDX-License-Identifier: GPL-3.0-or-later
// The membership audit: every target queried on the same records, every readout attacked by the
// loss attack, offline LiRA and offline RMIA against the same reference models, then measured.
#include "privatesnn/membership.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <chrono>
#include <ctime>

namespace psnn {
namespace {

/// What the attacks need of one model's readout on the audit records x and population samples z.
struct ModelReadout {
    at::Tensor logProbX; ///< log Pr(y | x) under the calibrated readout
    at::Tensor phiX;     ///< LiRA's logit-scaled confidence
    at::Tensor probZ;    ///< Pr(y | z)
    double scale = 1;
};

/// outputs x scale as logits; scale 1 for an ANN's own logits.
ModelReadout readoutOf(const at::Tensor& outputsX, const at::Tensor& labelsX, const at::Tensor& outputsZ,
                       const at::Tensor& labelsZ, double scale)
{
    ModelReadout r;
    r.scale = scale;
    r.logProbX = trueClassLogProb(outputsX, labelsX, scale);
    r.phiX = logitScaledConfidence(outputsX, labelsX, scale);
    r.probZ = trueClassLogProb(outputsZ, labelsZ, scale).exp();
    return r;
}

std::vector<double> toDoubleVector(const at::Tensor& t)
{
    const at::Tensor c = t.to(at::kDouble).contiguous();
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

/// The reference models' readouts, stacked K x N for the attacks.
struct References {
    at::Tensor phiX, probX, probZ;
};

/// The attacks this many reference models allow: LiRA needs two to estimate a spread.
std::vector<std::string> attacksFor(int references)
{
    std::vector<std::string> attacks{"loss"};
    if (references >= 2)
        attacks.push_back("LiRA");
    if (references >= 1)
        attacks.push_back("RMIA");
    return attacks;
}

at::Tensor attackScores(const std::string& attack, const ModelReadout& target, const References& refs,
                        const MembershipConfig& c)
{
    if (attack == "loss")
        return target.logProbX;
    if (attack == "LiRA")
        return liraScores(target.phiX, refs.phiX);
    return rmiaScores(target.logProbX.exp(), refs.probX, target.probZ, refs.probZ, c.rmiaA, c.rmiaGamma);
}

/// t values of the sweep: sweepPoints evenly spaced steps ending at T.
std::vector<int64_t> sweepSteps(int64_t T, int points)
{
    std::vector<int64_t> steps;
    for (int i = 1; i <= points; ++i) {
        const int64_t t = std::max<int64_t>(1, (T * i + points / 2) / points);
        if (steps.empty() || steps.back() != t)
            steps.push_back(t);
    }
    return steps;
}

/// Does conversion, encryption, or both change what each attack finds? Paired AUC differences
/// between the targets' deployed readouts (the ANN's logits, the SNNs' summed membrane).
void compareTargets(MembershipAudit& audit, const MembershipConfig& config)
{
    const MembershipResults& res = audit.results;
    auto column = [&](const std::string& target, const std::string& readout,
                      const std::string& attack) -> const std::vector<double>* {
        for (size_t i = 0; i < res.rows.size(); ++i)
            if (res.rows[i].target == target && res.rows[i].readout == readout && res.rows[i].attack == attack)
                return &audit.scores.columns[i];
        return nullptr;
    };
    const std::vector<std::pair<std::string, std::string>> targets{
        {"ANN", "logits"}, {"SNN", "membrane"}, {"encrypted SNN", "membrane"}};
    const std::vector<std::pair<size_t, size_t>> pairs{{0, 1}, {1, 2}, {0, 2}};
    std::vector<MembershipComparison> comparisons;
    for (const std::string attack : {"loss", "LiRA", "RMIA"})
        for (const auto& [from, to] : pairs) {
            const std::vector<double>* a = column(targets[from].first, targets[from].second, attack);
            const std::vector<double>* b = column(targets[to].first, targets[to].second, attack);
            if (!a || !b)
                continue;
            MembershipComparison c =
                aucDifference(*a, *b, audit.scores.member, config.bootstrap, config.seed + 17, 1 - config.alpha);
            c.attack = attack;
            c.from = targets[from].first;
            c.fromReadout = targets[from].second;
            c.to = targets[to].first;
            c.toReadout = targets[to].second;
            comparisons.push_back(c);
        }
    audit.results.comparisons = std::move(comparisons);
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

MembershipAudit runMembershipAudit(const Network& teacher, const std::vector<MembershipTargetModel>& targets,
                                   const MembershipData& data, const MembershipConfig& config,
                                   const std::string& referenceFolder, const std::string& labPrefix,
                                   const std::vector<std::string>& classNames, ProgressSink& progress,
                                   const MembershipListener& listener)
{
    if (targets.empty())
        throw Error(ErrorCode::InvalidArgument, "Nothing to audit: no target model.",
                    "Run the lab first (privatesnn run).");
    const auto started = std::chrono::steady_clock::now();
    const double cpuStarted = cpuSeconds();

    MembershipAudit audit;
    MembershipResults& res = audit.results;
    res.generated = utcNowIso8601();
    res.tool = "privatesnn " + toolVersion();
    res.members = data.members;
    res.nonMembers = data.nonMembers;
    res.population = data.populationImages.size(0);
    res.pool = data.poolImages.size(0);
    res.auditSha256 = data.auditSha256;
    res.referenceCount = config.references.count;
    res.referenceEpochs = config.references.training.epochs;
    res.repeats = config.repeats;
    res.bootstrap = config.bootstrap;
    res.seed = int64_t(config.seed);
    res.rmiaA = config.rmiaA;
    res.rmiaGamma = config.rmiaGamma;
    res.alpha = config.alpha;
    res.classNames = classNames;
    res.notes = data.notes;
    res.verdictRule = membershipVerdictRule(config.alpha);
    if (config.references.count < 2)
        res.notes.push_back(
            "LiRA needs two reference models to estimate a spread; with one only the loss attack and RMIA run.");

    // Reference models: half of the progress bar, as training dominates the audit.
    const double referenceShare = 0.5;
    StageProgress referenceStage(progress, 0.0, referenceShare, "");
    const ReferenceSet refSet =
        referenceModels(teacher, data, config.references, referenceFolder, labPrefix, referenceStage);
    res.references = refSet.records;
    res.referenceSeconds = refSet.seconds;
    References refs;
    {
        std::vector<at::Tensor> phi, px, pz;
        for (const Network& ref : refSet.models) {
            const ModelReadout r = readoutOf(annOutputs(ref, data.images, config.batch, nullProgress()), data.labels,
                                             annOutputs(ref, data.populationImages, config.batch, nullProgress()),
                                             data.populationLabels, 1.0);
            phi.push_back(r.phiX);
            px.push_back(r.logProbX.exp());
            pz.push_back(r.probZ);
        }
        refs.phiX = at::stack(phi);
        refs.probX = at::stack(px);
        refs.probZ = at::stack(pz);
    }

    const std::vector<std::string> attacks = attacksFor(config.references.count);
    RowInputs inputs;
    inputs.member = data.member;
    inputs.labels.assign(data.labels.data_ptr<int64_t>(), data.labels.data_ptr<int64_t>() + data.labels.numel());
    inputs.classNames = classNames;
    inputs.bootstrap = config.bootstrap;
    inputs.seed = config.seed;
    audit.scores.labels = data.labels;
    audit.scores.member = data.member;
    const int64_t nz = data.populationImages.size(0);
    const at::Tensor everything = at::cat({data.populationImages, data.images}); // z first, then x: one SNN pass
    // The SNN readouts are the teacher's logits at another scale: fitted on the population samples
    // only, which are no one's training data.
    const at::Tensor teacherZ = annOutputs(teacher, data.populationImages, config.batch, nullProgress());

    for (size_t ti = 0; ti < targets.size(); ++ti) {
        const MembershipTargetModel& target = targets[ti];
        const double span = (1 - referenceShare) / double(targets.size());
        StageProgress stage(progress, referenceShare + span * double(ti), referenceShare + span * double(ti + 1),
                            target.name);
        MembershipTarget info;
        info.name = target.name;
        info.file = target.file;
        info.sha256 = target.sha256;
        // (readout name, outputs on x, outputs on z, scale) at the full T, and the SNN trace for the sweep.
        std::vector<std::tuple<std::string, at::Tensor, at::Tensor, double>> readouts;
        at::Tensor trace;
        double countThreshold = 0;
        if (target.ann) {
            const at::Tensor out = annOutputs(*target.ann, everything, config.batch, stage);
            readouts.emplace_back("logits", out.slice(0, nz), out.slice(0, 0, nz), 1.0);
        } else {
            info.timesteps = target.snn->timesteps;
            trace =
                snnMembraneTrace(*target.snn, everything, config.repeats, config.seed + 101 * ti, config.batch, stage);
            const at::Tensor membrane = membraneAt(trace, info.timesteps);
            readouts.emplace_back("membrane", membrane.slice(0, nz), membrane.slice(0, 0, nz),
                                  fitReadoutScale(membrane.slice(0, 0, nz), teacherZ));
            if (config.spikeCounts) {
                countThreshold = outputThreshold(trace.narrow(2, 0, nz), target.snn->conversion.scale);
                const at::Tensor counts = spikeCountsAt(trace, info.timesteps, countThreshold);
                readouts.emplace_back("spike counts", counts.slice(0, nz), counts.slice(0, 0, nz),
                                      fitReadoutScale(counts.slice(0, 0, nz), teacherZ));
            }
        }
        const int tests = int(readouts.size() * attacks.size());
        inputs.level = 1 - config.alpha;
        inputs.verdictLevel = 1 - config.alpha / (2.0 * tests);
        info.verdict = MembershipVerdict::NoEvidence;
        for (const auto& [readoutName, outX, outZ, scale] : readouts) {
            const ModelReadout r = readoutOf(outX, data.labels, outZ, data.populationLabels, scale);
            const at::Tensor correct = outX.argmax(1).eq(data.labels);
            inputs.correct.assign(correct.data_ptr<bool>(), correct.data_ptr<bool>() + correct.numel());
            const double memberAcc = correct.slice(0, 0, data.members).to(at::kDouble).mean().item<double>();
            const double nonMemberAcc = correct.slice(0, data.members).to(at::kDouble).mean().item<double>();
            for (const std::string& attack : attacks) {
                throwIfCancelled(progress, "Membership audit");
                const std::vector<double> scores = toDoubleVector(attackScores(attack, r, refs, config));
                MembershipRow row = measureAttack(scores, inputs);
                row.target = target.name;
                row.readout = readoutName;
                row.attack = attack;
                row.timesteps = info.timesteps;
                row.repeats = target.ann ? 1 : config.repeats;
                row.scale = r.scale;
                row.memberAccuracy = memberAcc;
                row.nonMemberAccuracy = nonMemberAcc;
                if (row.verdict == MembershipVerdict::Leaks && info.verdict != MembershipVerdict::Leaks) {
                    info.verdict = MembershipVerdict::Leaks;
                    info.verdictReason = attack + " on the " + readoutName + ": " + row.verdictReason;
                }
                res.rows.push_back(row);
                audit.scores.columns.push_back(scores);
                if (listener)
                    listener(res); // a page draws the ROCs as they arrive
            }
        }
        if (info.verdict != MembershipVerdict::Leaks)
            info.verdictReason = "none of its " + std::to_string(tests) + " attacks and readouts passed either test";
        res.targets.push_back(info);

        // The T sweep of the membrane readout, from the same simulation pass.
        if (trace.defined()) {
            for (const int64_t t : sweepSteps(info.timesteps, config.sweepPoints)) {
                const at::Tensor membrane = membraneAt(trace, t);
                const at::Tensor outX = membrane.slice(0, nz), outZ = membrane.slice(0, 0, nz);
                const ModelReadout r =
                    readoutOf(outX, data.labels, outZ, data.populationLabels, fitReadoutScale(outZ, teacherZ));
                const at::Tensor correct = outX.argmax(1).eq(data.labels).to(at::kDouble);
                for (const std::string& attack : attacks) {
                    throwIfCancelled(progress, "Membership audit");
                    const std::vector<double> scores = toDoubleVector(attackScores(attack, r, refs, config));
                    MembershipSweepPoint p;
                    p.target = target.name;
                    p.readout = "membrane";
                    p.attack = attack;
                    p.timesteps = t;
                    p.memberAccuracy = correct.slice(0, 0, data.members).mean().item<double>();
                    p.nonMemberAccuracy = correct.slice(0, data.members).mean().item<double>();
                    p.auc = rocAuc(scores, data.member);
                    const auto ci =
                        aucBootstrap(scores, data.member, config.bootstrap, config.seed, {1 - config.alpha});
                    p.aucLow = ci[0].first;
                    p.aucHigh = ci[0].second;
                    const MembershipOperatingPoint op = operatingPoint(scores, data.member, 0.01, 1 - config.alpha);
                    p.tprAtOnePercent = op.tpr;
                    p.tprLow = op.tprLow;
                    p.tprHigh = op.tprHigh;
                    res.sweep.push_back(p);
                }
            }
        }
        if (config.spikeCounts && trace.defined())
            res.notes.push_back(target.name + ": output spike counts from IF output neurons with threshold "
                                + std::to_string(countThreshold)
                                + " (the largest per-step output current on the population samples x "
                                + std::to_string(target.snn->conversion.scale) + ").");
    }
    compareTargets(audit, config);
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    res.threads = at::get_num_threads();
    res.cpuSeconds = cpuSeconds() - cpuStarted;
    return audit;
}

} // namespace psnn
