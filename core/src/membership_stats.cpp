// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics an auditor signs for a membership-inference attack: ROC, AUC with a bootstrap
// interval, TPR at fixed FPRs with exact intervals, advantage, per-class and misclassified slices,
// and the verdict. Plain vectors, no tensors: the planted cases of the tests check them by hand.
#include "privatesnn/membership.h"

#include "privatesnn/error.h"
#include "privatesnn/study.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <random>

namespace psnn {
namespace {

constexpr double kOnePercent = 0.01;

void checkInputs(const std::vector<double>& scores, const std::vector<uint8_t>& member)
{
    if (scores.size() != member.size())
        throw Error(ErrorCode::InvalidArgument, "Membership scores and labels differ in length.");
    const auto members = std::count(member.begin(), member.end(), uint8_t(1));
    if (members == 0 || members == int64_t(member.size()))
        throw Error(ErrorCode::InvalidArgument, "A membership ROC needs at least one member and one non-member.",
                    "Give both member and non-member records.");
    for (double s : scores)
        if (std::isnan(s))
            throw Error(ErrorCode::NumericError, "A membership score is NaN.", "Check the model's outputs for NaN.");
}

/// Indices of the records in ascending score order.
std::vector<size_t> ascending(const std::vector<double>& scores)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    return order;
}

/// Mann-Whitney AUC with per-record weights (1 for the sample itself, multiplicities for a
/// bootstrap sample), over records in ascending order; groups of tied scores count half.
double weightedAuc(const std::vector<double>& scores, const std::vector<uint8_t>& member,
                   const std::vector<size_t>& order, const std::vector<double>& weight)
{
    double below = 0, sum = 0, positives = 0, negatives = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        double pos = 0, neg = 0;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (member[order[j]] ? pos : neg) += weight[order[j]];
            ++j;
        }
        sum += pos * (below + 0.5 * neg);
        below += neg;
        positives += pos;
        negatives += neg;
        i = j;
    }
    return sum / (positives * negatives);
}

/// The value at fraction p of sorted values, interpolating between neighbours.
double quantile(const std::vector<double>& sorted, double p)
{
    const double at = p * double(sorted.size() - 1);
    const size_t low = size_t(std::floor(at));
    const size_t high = std::min(sorted.size() - 1, low + 1);
    return sorted[low] + (at - double(low)) * (sorted[high] - sorted[low]);
}

std::string percent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f %%", fraction * 100);
    return text;
}

std::string fixed(double value, int digits)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

/// Records at or above the threshold (none when there is no threshold), counted per side.
std::pair<int64_t, int64_t> flagged(const std::vector<double>& scores, const std::vector<uint8_t>& member,
                                    const std::optional<double>& threshold, const std::vector<uint8_t>& include)
{
    int64_t tp = 0, fp = 0;
    if (!threshold)
        return {0, 0};
    for (size_t i = 0; i < scores.size(); ++i)
        if (include[i] && scores[i] >= *threshold)
            ++(member[i] ? tp : fp);
    return {tp, fp};
}

} // namespace

RocCurve rocCurve(const std::vector<double>& scores, const std::vector<uint8_t>& member)
{
    checkInputs(scores, member);
    RocCurve roc;
    roc.members = std::count(member.begin(), member.end(), uint8_t(1));
    roc.nonMembers = int64_t(member.size()) - roc.members;
    std::vector<size_t> order = ascending(scores);
    std::reverse(order.begin(), order.end());
    int64_t tp = 0, fp = 0;
    auto add = [&](double threshold) {
        roc.truePositives.push_back(tp);
        roc.falsePositives.push_back(fp);
        roc.tpr.push_back(double(tp) / double(roc.members));
        roc.fpr.push_back(double(fp) / double(roc.nonMembers));
        roc.threshold.push_back(threshold);
    };
    add(std::numeric_limits<double>::infinity());
    for (size_t i = 0; i < order.size();) {
        const double s = scores[order[i]];
        while (i < order.size() && scores[order[i]] == s)
            ++(member[order[i++]] ? tp : fp);
        add(s);
    }
    return roc;
}

double rocAuc(const std::vector<double>& scores, const std::vector<uint8_t>& member)
{
    checkInputs(scores, member);
    return weightedAuc(scores, member, ascending(scores), std::vector<double>(scores.size(), 1.0));
}

std::vector<std::pair<double, double>> aucBootstrap(const std::vector<double>& scores,
                                                    const std::vector<uint8_t>& member, int resamples, uint64_t seed,
                                                    const std::vector<double>& levels)
{
    checkInputs(scores, member);
    if (resamples < 2)
        throw Error(ErrorCode::InvalidArgument, "The AUC bootstrap needs at least 2 resamples.",
                    "Use --bootstrap 1000.");
    const std::vector<size_t> order = ascending(scores);
    std::vector<size_t> members, nonMembers;
    for (size_t i = 0; i < member.size(); ++i)
        (member[i] ? members : nonMembers).push_back(i);
    std::mt19937_64 rng(seed);
    std::vector<double> aucs;
    aucs.reserve(size_t(resamples));
    std::vector<double> weight(scores.size());
    for (int r = 0; r < resamples; ++r) {
        std::fill(weight.begin(), weight.end(), 0.0);
        for (const std::vector<size_t>* side : {&members, &nonMembers}) {
            std::uniform_int_distribution<size_t> pick(0, side->size() - 1);
            for (size_t k = 0; k < side->size(); ++k)
                weight[(*side)[pick(rng)]] += 1.0;
        }
        aucs.push_back(weightedAuc(scores, member, order, weight));
    }
    std::sort(aucs.begin(), aucs.end());
    std::vector<std::pair<double, double>> intervals;
    for (double level : levels)
        intervals.emplace_back(quantile(aucs, (1 - level) / 2), quantile(aucs, 1 - (1 - level) / 2));
    return intervals;
}

MembershipComparison aucDifference(const std::vector<double>& a, const std::vector<double>& b,
                                   const std::vector<uint8_t>& member, int resamples, uint64_t seed, double level)
{
    checkInputs(a, member);
    checkInputs(b, member);
    if (resamples < 2)
        throw Error(ErrorCode::InvalidArgument, "The AUC bootstrap needs at least 2 resamples.",
                    "Use --bootstrap 1000.");
    const std::vector<size_t> orderA = ascending(a), orderB = ascending(b);
    MembershipComparison c;
    const std::vector<double> ones(member.size(), 1.0);
    c.aucDifference = weightedAuc(b, member, orderB, ones) - weightedAuc(a, member, orderA, ones);
    std::vector<size_t> members, nonMembers;
    for (size_t i = 0; i < member.size(); ++i)
        (member[i] ? members : nonMembers).push_back(i);
    std::mt19937_64 rng(seed);
    std::vector<double> differences;
    differences.reserve(size_t(resamples));
    std::vector<double> weight(member.size());
    for (int r = 0; r < resamples; ++r) {
        std::fill(weight.begin(), weight.end(), 0.0);
        for (const std::vector<size_t>* side : {&members, &nonMembers}) {
            std::uniform_int_distribution<size_t> pick(0, side->size() - 1);
            for (size_t k = 0; k < side->size(); ++k)
                weight[(*side)[pick(rng)]] += 1.0;
        }
        // The same records (weights) for both attacks: the difference's interval is paired.
        differences.push_back(weightedAuc(b, member, orderB, weight) - weightedAuc(a, member, orderA, weight));
    }
    std::sort(differences.begin(), differences.end());
    c.low = quantile(differences, (1 - level) / 2);
    c.high = quantile(differences, 1 - (1 - level) / 2);
    return c;
}

MembershipOperatingPoint operatingPoint(const std::vector<double>& scores, const std::vector<uint8_t>& member,
                                        double targetFpr, double level)
{
    const RocCurve roc = rocCurve(scores, member);
    MembershipOperatingPoint p;
    p.targetFpr = targetFpr;
    p.nonMembers = roc.nonMembers;
    // The small epsilon keeps 0.01 x 2000 = 20 from flooring to 19 through rounding.
    p.falsePositivesAllowed = int64_t(std::floor(targetFpr * double(roc.nonMembers) + 1e-9));
    p.resolved = p.falsePositivesAllowed >= 1;
    size_t best = 0; // the point at infinity flags nobody and always qualifies
    for (size_t i = 0; i < roc.fpr.size(); ++i)
        if (roc.falsePositives[i] <= p.falsePositivesAllowed)
            best = i; // rates only grow along the curve, so the last qualifying point has the largest TPR
    if (best > 0)
        p.threshold = roc.threshold[best];
    p.truePositives = roc.truePositives[best];
    p.falsePositives = roc.falsePositives[best];
    p.tpr = roc.tpr[best];
    p.fpr = roc.fpr[best];
    const Interval tpr = clopperPearson(p.truePositives, roc.members, level);
    const Interval fpr = clopperPearson(p.falsePositives, roc.nonMembers, level);
    p.tprLow = tpr.low;
    p.tprHigh = tpr.high;
    p.fprLow = fpr.low;
    p.fprHigh = fpr.high;
    return p;
}

double membershipAdvantage(const RocCurve& roc)
{
    double best = 0;
    for (size_t i = 0; i < roc.fpr.size(); ++i)
        best = std::max(best, roc.tpr[i] - roc.fpr[i]);
    return best;
}

void thinRoc(const RocCurve& roc, std::vector<double>& fpr, std::vector<double>& tpr)
{
    fpr.clear();
    tpr.clear();
    for (size_t i = 0; i < roc.fpr.size(); ++i) {
        // At a kept FPR the curve's highest TPR is what counts (members reached before the next non-member).
        if (!fpr.empty() && fpr.back() == roc.fpr[i]) {
            tpr.back() = roc.tpr[i];
            continue;
        }
        if (roc.falsePositives[i] <= 50 || roc.fpr[i] >= fpr.back() * 1.02 || i + 1 == roc.fpr.size()) {
            fpr.push_back(roc.fpr[i]);
            tpr.push_back(roc.tpr[i]);
        }
    }
}

std::string membershipVerdictRule(double alpha)
{
    return "Per target, with A attacks and readouts on it and level 1 - " + fixed(alpha, 2)
        + " / (2 A) for each test (Bonferroni over the attacks and the two tests): leaks when the AUC's stratified "
          "bootstrap interval lies above 0.5, or when the exact (Clopper-Pearson) lower bound of the TPR at the 1 % "
          "FPR "
          "threshold exceeds the exact upper bound of that threshold's FPR; otherwise no evidence of leakage at this "
          "attacker budget (never \"private\": a test that fails to reject proves nothing).";
}

MembershipRow measureAttack(const std::vector<double>& scores, const RowInputs& in)
{
    const RocCurve roc = rocCurve(scores, in.member);
    MembershipRow row;
    row.auc = rocAuc(scores, in.member);
    const auto intervals = aucBootstrap(scores, in.member, in.bootstrap, in.seed, {in.level, in.verdictLevel});
    row.aucLow = intervals[0].first;
    row.aucHigh = intervals[0].second;
    row.advantage = membershipAdvantage(roc);
    row.operatingPoints.push_back(operatingPoint(scores, in.member, 0.001, in.level));
    row.operatingPoints.push_back(operatingPoint(scores, in.member, kOnePercent, in.level));
    const MembershipOperatingPoint& one = row.operatingPoints.back();
    thinRoc(roc, row.rocFpr, row.rocTpr);

    for (size_t c = 0; c < in.classNames.size(); ++c) {
        std::vector<uint8_t> include(scores.size());
        for (size_t i = 0; i < scores.size(); ++i)
            include[i] = in.labels[i] == int64_t(c);
        MembershipClassFigure f;
        f.cls = int64_t(c);
        f.name = in.classNames[c];
        for (size_t i = 0; i < scores.size(); ++i)
            if (include[i])
                ++(in.member[i] ? f.members : f.nonMembers);
        if (f.members == 0 && f.nonMembers == 0)
            continue;
        std::tie(f.truePositives, f.falsePositives) = flagged(scores, in.member, one.threshold, include);
        if (f.members > 0) {
            const Interval ci = clopperPearson(f.truePositives, f.members, in.level);
            f.tpr = double(f.truePositives) / double(f.members);
            f.tprLow = ci.low;
            f.tprHigh = ci.high;
        }
        f.fpr = f.nonMembers > 0 ? double(f.falsePositives) / double(f.nonMembers) : 0.0;
        row.perClass.push_back(f);
    }

    if (!in.correct.empty()) {
        for (const bool wrong : {true, false}) {
            MembershipSlice slice;
            slice.name = wrong ? "misclassified" : "correct";
            std::vector<uint8_t> include(scores.size());
            std::vector<double> sliceScores;
            std::vector<uint8_t> sliceMember;
            for (size_t i = 0; i < scores.size(); ++i) {
                include[i] = (in.correct[i] == 0) == wrong;
                if (!include[i])
                    continue;
                ++(in.member[i] ? slice.members : slice.nonMembers);
                sliceScores.push_back(scores[i]);
                sliceMember.push_back(in.member[i]);
            }
            if (slice.members > 0 && slice.nonMembers > 0)
                slice.auc = rocAuc(sliceScores, sliceMember);
            std::tie(slice.truePositives, slice.falsePositives) = flagged(scores, in.member, one.threshold, include);
            row.slices.push_back(slice);
        }
    }

    // The verdict's two tests at the corrected level.
    const double aucLowV = intervals[1].first;
    const Interval tprV = clopperPearson(one.truePositives, roc.members, in.verdictLevel);
    const Interval fprV = clopperPearson(one.falsePositives, roc.nonMembers, in.verdictLevel);
    const std::string level = fixed(in.verdictLevel * 100, 2) + " %";
    if (aucLowV > 0.5) {
        row.verdict = MembershipVerdict::Leaks;
        row.verdictReason = "AUC " + fixed(row.auc, 3) + ": its " + level + " bootstrap interval starts at "
            + fixed(aucLowV, 3) + ", above 0.5";
    } else if (tprV.low > fprV.high) {
        row.verdict = MembershipVerdict::Leaks;
        row.verdictReason = "TPR " + percent(one.tpr) + " at the 1 % FPR threshold: its " + level
            + " exact lower bound " + percent(tprV.low) + " exceeds the FPR's upper bound " + percent(fprV.high);
    } else {
        row.verdict = MembershipVerdict::NoEvidence;
        row.verdictReason = "the AUC's " + level + " bootstrap interval starts at " + fixed(aucLowV, 3)
            + " (not above 0.5) and the TPR at 1 % FPR has lower bound " + percent(tprV.low)
            + ", not above the FPR's upper bound " + percent(fprV.high);
    }
    return row;
}

} // namespace psnn
