// SPDX-License-Identifier: GPL-3.0-or-later
// The membership statistics and scores against numbers worked out by hand: ROC points with ties,
// the Mann-Whitney AUC, TPR at a fixed FPR with its exact interval and the non-members behind it,
// the advantage, LiRA's global-variance z-score, RMIA's population fraction, the readout scale,
// and membership.json's round trip and its refusal of mistyped fields.
#include "privatesnn/error.h"
#include "privatesnn/membership.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace psnn {
namespace {

// Members 0.9 0.8 0.6 0.3; non-members 0.7 0.6 0.2 0.1 (one tie at 0.6).
const std::vector<double> kScores{0.9, 0.8, 0.6, 0.3, 0.7, 0.6, 0.2, 0.1};
const std::vector<uint8_t> kMember{1, 1, 1, 1, 0, 0, 0, 0};

TEST(MembershipStats, RocStepsThroughTiesTogether)
{
    const RocCurve roc = rocCurve(kScores, kMember);
    // Thresholds inf, 0.9, 0.8, 0.7, 0.6 (member and non-member at once), 0.3, 0.2, 0.1.
    const std::vector<double> fpr{0, 0, 0, 0.25, 0.5, 0.5, 0.75, 1};
    const std::vector<double> tpr{0, 0.25, 0.5, 0.5, 0.75, 1, 1, 1};
    ASSERT_EQ(roc.fpr.size(), fpr.size());
    for (size_t i = 0; i < fpr.size(); ++i) {
        EXPECT_DOUBLE_EQ(roc.fpr[i], fpr[i]) << i;
        EXPECT_DOUBLE_EQ(roc.tpr[i], tpr[i]) << i;
    }
    EXPECT_TRUE(std::isinf(roc.threshold[0]));
    EXPECT_DOUBLE_EQ(roc.threshold[4], 0.6);
    EXPECT_DOUBLE_EQ(membershipAdvantage(roc), 0.5);
}

TEST(MembershipStats, AucCountsPairsAndTiesHalf)
{
    // 16 pairs: 0.9 and 0.8 beat all 4 (8), 0.6 beats 2 and ties 1 (2.5), 0.3 beats 2: 12.5 / 16.
    EXPECT_DOUBLE_EQ(rocAuc(kScores, kMember), 12.5 / 16);
    EXPECT_DOUBLE_EQ(rocAuc({1, 1, 1, 1}, {1, 1, 0, 0}), 0.5);
    EXPECT_DOUBLE_EQ(rocAuc({0.1, 0.2, 0.8, 0.9}, {1, 1, 0, 0}), 0.0);
    EXPECT_THROW(rocAuc({0.1, 0.2}, {1, 1}), Error); // no non-member
    EXPECT_THROW(rocAuc({0.1, std::nan("")}, {1, 0}), Error);
}

TEST(MembershipStats, OperatingPointTakesTheLargestTprWithinTheFprAndAnExactInterval)
{
    // 1 false positive allowed of 4 (25 %): threshold 0.7 flags 0.9, 0.8 (members) and 0.7.
    const MembershipOperatingPoint p = operatingPoint(kScores, kMember, 0.25);
    EXPECT_EQ(p.falsePositivesAllowed, 1);
    EXPECT_TRUE(p.resolved);
    ASSERT_TRUE(p.threshold.has_value());
    EXPECT_DOUBLE_EQ(*p.threshold, 0.7);
    EXPECT_EQ(p.truePositives, 2);
    EXPECT_EQ(p.falsePositives, 1);
    EXPECT_DOUBLE_EQ(p.tpr, 0.5);
    // Clopper-Pearson 95 % for 2 of 4: [0.0676, 0.9324] (tables).
    EXPECT_NEAR(p.tprLow, 0.0676, 5e-4);
    EXPECT_NEAR(p.tprHigh, 0.9324, 5e-4);
    // 1 of 4: [0.0063, 0.8059].
    EXPECT_NEAR(p.fprLow, 0.0063, 5e-4);
    EXPECT_NEAR(p.fprHigh, 0.8059, 5e-4);

    // 10 % of 4 non-members is not one false positive: unresolved, the threshold flags no non-member.
    const MembershipOperatingPoint q = operatingPoint(kScores, kMember, 0.10);
    EXPECT_EQ(q.falsePositivesAllowed, 0);
    EXPECT_FALSE(q.resolved);
    EXPECT_EQ(q.falsePositives, 0);
    EXPECT_DOUBLE_EQ(q.tpr, 0.5);
    EXPECT_DOUBLE_EQ(q.fprLow, 0.0);
}

TEST(MembershipStats, ZeroPointOnePercentNeedsAThousandNonMembers)
{
    std::vector<double> scores;
    std::vector<uint8_t> member;
    for (int i = 0; i < 999; ++i) {
        scores.push_back(i);
        member.push_back(0);
    }
    scores.push_back(5000);
    member.push_back(1);
    EXPECT_FALSE(operatingPoint(scores, member, 0.001).resolved);
    scores.push_back(-1);
    member.push_back(0); // the 1000th non-member
    const MembershipOperatingPoint p = operatingPoint(scores, member, 0.001);
    EXPECT_TRUE(p.resolved);
    EXPECT_EQ(p.falsePositivesAllowed, 1);
    EXPECT_EQ(p.nonMembers, 1000);
    // 20 of 2000 at 1 %: the floor must not round 0.01 x 2000 down to 19.
    std::vector<uint8_t> oneMember(2001, 0);
    oneMember[0] = 1;
    EXPECT_EQ(operatingPoint(std::vector<double>(2001, 0.0), oneMember, 0.01).falsePositivesAllowed, 20);
}

TEST(MembershipStats, BootstrapIntervalBracketsTheAucAndCollapsesWhenSeparated)
{
    const auto separated = aucBootstrap({0.9, 0.8, 0.7, 0.1, 0.2, 0.3}, {1, 1, 1, 0, 0, 0}, 200, 1, {0.95});
    EXPECT_DOUBLE_EQ(separated[0].first, 1.0);
    EXPECT_DOUBLE_EQ(separated[0].second, 1.0);
    at::Generator gen = at::detail::createCPUGenerator(4);
    const at::Tensor s = at::randn({400}, gen);
    std::vector<double> scores(400);
    std::vector<uint8_t> member(400);
    for (int i = 0; i < 400; ++i) {
        member[size_t(i)] = i < 200;
        scores[size_t(i)] = s[i].item<double>() + (i < 200 ? 0.5 : 0.0); // AUC about Phi(0.5 / sqrt 2) = 0.64
    }
    const double auc = rocAuc(scores, member);
    const auto ci = aucBootstrap(scores, member, 1000, 2, {0.95, 0.99});
    EXPECT_LT(ci[0].first, auc);
    EXPECT_GT(ci[0].second, auc);
    EXPECT_LE(ci[1].first, ci[0].first); // the wider level is wider
    EXPECT_GE(ci[1].second, ci[0].second);
    // Standard error of an AUC of 0.64 with 200 + 200 records is about 0.027: a 95 % interval near +- 0.053.
    EXPECT_NEAR(ci[0].second - ci[0].first, 0.106, 0.03);
}

TEST(MembershipStats, ThinnedRocKeepsTheLowFprPointsAndTheEnds)
{
    std::vector<double> scores;
    std::vector<uint8_t> member;
    for (int i = 0; i < 3000; ++i) {
        scores.push_back(double((i * 7919) % 3000));
        member.push_back(i % 2);
    }
    const RocCurve roc = rocCurve(scores, member);
    std::vector<double> fpr, tpr;
    thinRoc(roc, fpr, tpr);
    EXPECT_LT(fpr.size(), 400u);
    EXPECT_DOUBLE_EQ(fpr.front(), 0.0);
    EXPECT_DOUBLE_EQ(fpr.back(), 1.0);
    EXPECT_DOUBLE_EQ(tpr.back(), 1.0);
    int lowFpr = 0;
    for (double f : fpr)
        lowFpr += f > 0 && f <= 50.0 / 1500;
    EXPECT_EQ(lowFpr, 50); // every point up to 50 false positives
    for (size_t i = 1; i < fpr.size(); ++i)
        EXPECT_GT(fpr[i], fpr[i - 1]);
}

TEST(MembershipAttacks, LiraIsAZScoreAgainstTheReferencesWithOneGlobalSpread)
{
    const at::Tensor refs = at::tensor({1.0, 2.0, 3.0, 3.0, 2.0, 1.0}, at::kDouble).view({2, 3});
    const at::Tensor target = at::tensor({2.0, 3.0, 0.0}, at::kDouble);
    // Means 2, 2, 2; per-record variances 2, 0, 2 -> global variance 4/3.
    const at::Tensor z = liraScores(target, refs);
    const double sigma = std::sqrt(4.0 / 3);
    EXPECT_NEAR(z[0].item<double>(), 0.0, 1e-12);
    EXPECT_NEAR(z[1].item<double>(), 1 / sigma, 1e-12);
    EXPECT_NEAR(z[2].item<double>(), -2 / sigma, 1e-12);
    EXPECT_THROW(liraScores(target, refs.slice(0, 0, 1)), Error); // one reference has no spread
}

TEST(MembershipAttacks, RmiaIsTheFractionOfPopulationSamplesItBeatsByGamma)
{
    // a = 0: Pr(x) = (Pr_ref + 1) / 2. x: ratios 0.9 / 0.75 = 1.2 and 0.5 / 0.75 = 0.667.
    // z: 0.5 / 0.75 = 0.667, 0.2 / 0.6 = 0.333, 0.8 / 0.9 = 0.889.
    const at::Tensor px = at::tensor({0.9, 0.5}, at::kDouble);
    const at::Tensor refX = at::tensor({0.5, 0.5}, at::kDouble).view({1, 2});
    const at::Tensor pz = at::tensor({0.5, 0.2, 0.8}, at::kDouble);
    const at::Tensor refZ = pz.view({1, 3});
    const at::Tensor g1 = rmiaScores(px, refX, pz, refZ, 0.0, 1.0);
    EXPECT_DOUBLE_EQ(g1[0].item<double>(), 1.0);
    EXPECT_DOUBLE_EQ(g1[1].item<double>(), 2.0 / 3); // 0.667 >= 0.667 counts
    const at::Tensor g15 = rmiaScores(px, refX, pz, refZ, 0.0, 1.5);
    EXPECT_DOUBLE_EQ(g15[0].item<double>(), 2.0 / 3); // 1.2 / 1.5 = 0.8: beats 0.667 and 0.333
    EXPECT_DOUBLE_EQ(g15[1].item<double>(), 1.0 / 3); // 0.444: beats 0.333
    // a = 1: Pr(x) = Pr_ref, so a record the references find as easy as the target scores low.
    const at::Tensor a1 = rmiaScores(px, px.view({1, 2}), pz, refZ, 1.0, 1.0);
    EXPECT_DOUBLE_EQ(a1[0].item<double>(), 1.0); // every ratio is 1
    EXPECT_THROW(rmiaScores(px, refX, pz, refZ, 1.5, 1.0), Error);
}

TEST(MembershipAttacks, ReadoutScaleUndoesAScaleAndIgnoresAPerRecordShift)
{
    at::Generator gen = at::detail::createCPUGenerator(9);
    const at::Tensor logits = at::randn({50, 4}, gen, at::kDouble);
    // An SNN's summed membrane: the logits at 7 times the scale, plus a per-record offset a softmax ignores.
    const at::Tensor membrane = logits * 7 + at::randn({50, 1}, gen, at::kDouble) * 3;
    EXPECT_NEAR(fitReadoutScale(membrane, logits), 1.0 / 7, 1e-12);
    EXPECT_NEAR(fitReadoutScale(logits, logits), 1.0, 1e-12);
    // A silent SNN, or one that ranks the classes backwards, keeps its own scale.
    EXPECT_DOUBLE_EQ(fitReadoutScale(at::zeros({50, 4}, at::kDouble), logits), 1.0);
    EXPECT_DOUBLE_EQ(fitReadoutScale(-logits, logits), 1.0);
    EXPECT_THROW(fitReadoutScale(logits.slice(0, 0, 10), logits), Error);
}

TEST(MembershipAttacks, LogitScaledConfidenceIsLogOddsOfTheTrueClass)
{
    const at::Tensor out = at::tensor({2.0, 0.0, -1.0, 50.0, 0.0, 0.0}, at::kDouble).view({2, 3});
    const at::Tensor labels = at::tensor({0, 0}, at::kLong);
    const at::Tensor phi = logitScaledConfidence(out, labels, 0.5);
    const double p = std::exp(1.0) / (std::exp(1.0) + 1 + std::exp(-0.5));
    EXPECT_NEAR(phi[0].item<double>(), std::log(p / (1 - p)), 1e-12);
    EXPECT_NEAR(phi[1].item<double>(), 25 - std::log(2.0), 1e-9); // p rounds to 1 in double; phi does not
    EXPECT_NEAR(trueClassLogProb(out, labels, 0.5)[0].item<double>(), std::log(p), 1e-12);
}

TEST(MembershipStats, PairedAucDifferenceIsExactAndItsIntervalPaired)
{
    // b is a (kScores) with the tie broken towards the member: 12.5 / 16 -> 13 / 16.
    std::vector<double> b = kScores;
    b[2] = 0.65;
    const MembershipComparison c = aucDifference(kScores, b, kMember, 500, 3, 0.95);
    EXPECT_DOUBLE_EQ(c.aucDifference, 0.5 / 16);
    // Each resample moves both AUCs together; only the one pair (0.6 member, 0.6 non-member) differs,
    // so every resampled difference lies in [0, 1/4] and the interval does too.
    EXPECT_GE(c.low, 0.0);
    EXPECT_LE(c.high, 0.25 + 1e-12);
    // The same scores twice differ by exactly nothing, in every resample.
    const MembershipComparison same = aucDifference(kScores, kScores, kMember, 200, 1, 0.95);
    EXPECT_DOUBLE_EQ(same.aucDifference, 0.0);
    EXPECT_DOUBLE_EQ(same.low, 0.0);
    EXPECT_DOUBLE_EQ(same.high, 0.0);
}

TEST(MembershipStats, VerdictLeaksOnlyWhenATestRejectsAndSaysWhich)
{
    RowInputs in;
    in.member.assign(400, 0);
    std::fill(in.member.begin(), in.member.begin() + 200, uint8_t(1));
    in.labels.assign(400, 0);
    in.classNames = {"only"};
    in.bootstrap = 400;
    in.verdictLevel = 1 - 0.05 / 6;
    std::vector<double> separated(400), mixed(400);
    for (int i = 0; i < 400; ++i) {
        separated[size_t(i)] = i < 200 ? 1000 + i : i; // every member above every non-member
        mixed[size_t(i)] = double((i * 37) % 400);     // a permutation: no order between the two sets
    }
    const MembershipRow leaks = measureAttack(separated, in);
    EXPECT_EQ(leaks.verdict, MembershipVerdict::Leaks);
    EXPECT_DOUBLE_EQ(leaks.auc, 1.0);
    EXPECT_NE(leaks.verdictReason.find("above 0.5"), std::string::npos) << leaks.verdictReason;
    EXPECT_DOUBLE_EQ(leaks.advantage, 1.0);
    ASSERT_EQ(leaks.perClass.size(), 1u);
    EXPECT_EQ(leaks.perClass[0].truePositives, 200); // at the 1 % threshold (2 false positives allowed) all members
    const MembershipRow none = measureAttack(mixed, in);
    EXPECT_EQ(none.verdict, MembershipVerdict::NoEvidence) << none.verdictReason;
    EXPECT_LT(std::abs(none.auc - 0.5), 0.1);
    EXPECT_NE(none.verdictReason.find("not above 0.5"), std::string::npos) << none.verdictReason;
}

TEST(MembershipResultsFile, RoundTripsAndNamesAMistypedField)
{
    MembershipResults r;
    r.members = 3;
    r.classNames = {"a", "b"};
    MembershipRow row;
    row.target = "SNN";
    row.readout = "membrane";
    row.attack = "RMIA";
    row.auc = 0.61;
    row.operatingPoints.push_back(MembershipOperatingPoint{});
    row.operatingPoints.back().threshold = 0.25;
    row.rocFpr = {0, 1};
    row.rocTpr = {0, 1};
    row.verdict = MembershipVerdict::Leaks;
    r.rows.push_back(row);
    const nlohmann::json written = toJson(r);
    EXPECT_EQ(written["schema"], kMembershipSchema);
    EXPECT_EQ(written["rows"][0]["verdict"], "leaks");
    EXPECT_EQ(written["rows"][0]["verdict_text"], "leaks");
    const MembershipResults back = membershipResultsFromJson(written);
    EXPECT_EQ(back.members, 3);
    ASSERT_NE(back.find("SNN", "membrane", "RMIA"), nullptr);
    EXPECT_DOUBLE_EQ(back.rows[0].auc, 0.61);
    EXPECT_DOUBLE_EQ(*back.rows[0].operatingPoints[0].threshold, 0.25);
    EXPECT_EQ(back.rows[0].verdict, MembershipVerdict::Leaks);
    EXPECT_EQ(membershipVerdictText(MembershipVerdict::NoEvidence), "no evidence of leakage at this attacker budget");

    nlohmann::json mistyped = written;
    mistyped["rows"][0]["auc"] = "x";
    try {
        membershipResultsFromJson(mistyped);
        FAIL() << "a text AUC was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("rows[0].auc"), std::string::npos) << e.what();
    }
    nlohmann::json unknownVerdict = written;
    unknownVerdict["rows"][0]["verdict"] = "private";
    EXPECT_THROW(membershipResultsFromJson(unknownVerdict), Error);
    EXPECT_THROW(membershipResultsFromJson(nlohmann::json{{"schema", "privatesnn-results"}}), Error);
    nlohmann::json newer = written;
    newer["version"] = kMembershipVersion + 1;
    try {
        membershipResultsFromJson(newer);
        FAIL() << "a newer version was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Unsupported);
    }
}

} // namespace
} // namespace psnn
