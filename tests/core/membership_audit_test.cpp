// SPDX-License-Identifier: GPL-3.0-or-later
// The membership audit on planted cases: a model that memorised its small training set leaks
// (AUC far above 0.5, TPR at 1 % FPR above 1 %, through its converted SNN too); a model scored on
// two halves of the same unseen data does not (AUC within chance's interval); the reference
// models survive a run stopped mid-training and are reused, not retrained; and the audit's data
// sampling refuses data it cannot audit, naming why.
#include "test_support.h"

#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/membership.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

constexpr int64_t kClasses = 3;

/// Images of pure noise with random labels: nothing to generalise, everything to memorise.
Dataset noise(int64_t n, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    Dataset d;
    d.images = (at::rand({n, 1, 8, 8}, gen) * 2 - 1);
    d.labels = at::randint(0, kClasses, {n}, gen);
    d.classNames = {"a", "b", "c"};
    return d;
}

Network mlp(uint64_t seed)
{
    VggConfig c;
    c.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    c.hiddenFc = {128};
    c.classes = int(kClasses);
    c.fcDropout = 0.0;
    c.bias = true;
    c.seed = seed;
    Network net = makeVgg(c);
    net.info.classNames = {"a", "b", "c"};
    return net;
}

AnnTrainConfig memorising(int epochs)
{
    AnnTrainConfig t;
    t.epochs = epochs;
    t.batchSize = 32;
    t.learningRate = 5e-3;
    t.weightDecay = 0;
    t.horizontalFlip = false;
    t.maxShift = 0;
    return t;
}

MembershipConfig smallAudit()
{
    MembershipConfig c;
    c.sampling.perSet = 150;
    c.sampling.population = 100;
    c.sampling.pool = 200;
    c.references.count = 2;
    c.references.training = memorising(40);
    c.bootstrap = 300;
    c.sweepPoints = 3;
    c.batch = 100;
    return c;
}

const MembershipRow& row(const MembershipResults& r, const std::string& target, const std::string& readout,
                         const std::string& attack)
{
    const MembershipRow* found = r.find(target, readout, attack);
    if (!found)
        throw std::runtime_error("no row " + target + "/" + readout + "/" + attack);
    return *found;
}

TEST(MembershipAudit, AModelThatMemorisedItsMembersLeaksThroughTheAnnAndTheConvertedSnn)
{
    const Dataset members = noise(300, 1), nonMembers = noise(300, 2);
    Network target = mlp(5);
    trainAnn(target, members, nullptr, memorising(150), nullProgress());
    ConversionSettings cs;
    cs.timesteps = 24;
    cs.coding = InputCoding::Direct;
    const SpikingModel snn = convertToSnn(target, nonMembers.images.slice(0, 0, 100), cs);

    const MembershipConfig config = smallAudit();
    const MembershipData data = sampleMembershipData(members, nonMembers, kClasses, config.sampling);
    test::TempDir dir;
    const MembershipAudit audit =
        runMembershipAudit(target, {{"ANN", "ann", "x", &target, nullptr}, {"SNN", "snn", "y", nullptr, &snn}}, data,
                           config, dir.file("refs"), "refs/", {"a", "b", "c"}, nullProgress());
    const MembershipResults& r = audit.results;
    // ANN: loss, LiRA, RMIA on the logits; SNN: the same on the membrane and on the spike counts.
    ASSERT_EQ(r.rows.size(), 3u + 6u);
    for (const char* attack : {"loss", "LiRA", "RMIA"}) {
        const MembershipRow& ann = row(r, "ANN", "logits", attack);
        EXPECT_GT(ann.auc, 0.85) << attack;
        EXPECT_GT(ann.aucLow, 0.5) << attack;
        const MembershipOperatingPoint& one = ann.operatingPoints.at(1);
        EXPECT_DOUBLE_EQ(one.targetFpr, 0.01);
        EXPECT_EQ(one.falsePositivesAllowed, 1); // 1 % of 150 non-members
        EXPECT_GT(one.tpr, 0.01) << attack;
        EXPECT_GT(one.tprLow, 0.01) << attack;
        EXPECT_EQ(ann.verdict, MembershipVerdict::Leaks) << attack;
        EXPECT_FALSE(ann.operatingPoints.at(0).resolved); // 0.1 % of 150 is not one false positive
        EXPECT_GT(ann.memberAccuracy, 0.9);               // memorised
        EXPECT_LT(ann.nonMemberAccuracy, 0.5);            // chance is 1/3
        EXPECT_EQ(ann.perClass.size(), 3u);
        ASSERT_EQ(ann.slices.size(), 2u);
        EXPECT_EQ(ann.slices[0].name, "misclassified");
        EXPECT_EQ(ann.slices[0].members + ann.slices[1].members, 150);
    }
    EXPECT_GT(row(r, "SNN", "membrane", "loss").auc, 0.75);
    EXPECT_EQ(row(r, "SNN", "membrane", "loss").timesteps, 24);
    EXPECT_GT(row(r, "SNN", "spike counts", "RMIA").auc, 0.6);
    EXPECT_EQ(r.targets.at(0).verdict, MembershipVerdict::Leaks);
    EXPECT_EQ(r.targets.at(1).verdict, MembershipVerdict::Leaks);
    // The T sweep: 3 points of the membrane readout per attack, ending at T; LiRA and RMIA from the
    // same two reference models.
    ASSERT_EQ(r.sweep.size(), 9u);
    EXPECT_EQ(r.sweep.back().timesteps, 24);
    EXPECT_EQ(r.sweep.front().timesteps, 8);
    EXPECT_EQ(r.references.size(), 2u);
    EXPECT_EQ(audit.scores.columns.size(), r.rows.size());
    EXPECT_EQ(audit.scores.columns[0].size(), 300u);

    // Conversion's effect per attack, paired on the same records: ANN -> SNN only (no encrypted target).
    ASSERT_EQ(r.comparisons.size(), 3u);
    for (const MembershipComparison& c : r.comparisons) {
        EXPECT_EQ(c.from, "ANN");
        EXPECT_EQ(c.to, "SNN");
        EXPECT_NEAR(c.aucDifference, row(r, "SNN", "membrane", c.attack).auc - row(r, "ANN", "logits", c.attack).auc,
                    1e-12);
        EXPECT_LE(c.low, c.aucDifference);
        EXPECT_GE(c.high, c.aucDifference);
    }

    const std::vector<std::string> files = writeMembershipFiles(dir.file("out/membership"), audit);
    EXPECT_EQ(files.size(), 8u);
    const std::optional<MembershipResults> back = readMembershipResults(dir.file("out"));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->rows.size(), r.rows.size());
    EXPECT_DOUBLE_EQ(back->rows[2].auc, r.rows[2].auc);
    // Still current while every attacked model keeps its hash; stale once one changed.
    std::string stale;
    EXPECT_TRUE(currentLabMembership(dir.file("out"), "x", "y", "", stale).has_value()) << stale;
    EXPECT_FALSE(currentLabMembership(dir.file("out"), "x", "other", "", stale).has_value());
    EXPECT_NE(stale.find("another SNN"), std::string::npos) << stale;
}

TEST(MembershipAudit, TwoHalvesOfTheSameUnseenDataLookAlikeToEveryAttack)
{
    Network target = mlp(6);
    trainAnn(target, noise(300, 10), nullptr, memorising(60), nullProgress());
    // "Members" and "non-members" are both data the target never saw.
    const Dataset unseen = noise(600, 11);
    const MembershipConfig config = smallAudit();
    const MembershipData data =
        sampleMembershipData(unseen.slice(0, 300), unseen.slice(300, 600), kClasses, config.sampling);
    test::TempDir dir;
    const MembershipAudit audit = runMembershipAudit(target, {{"ANN", "ann", "x", &target, nullptr}}, data, config,
                                                     dir.file("refs"), "refs/", {"a", "b", "c"}, nullProgress());
    // Chance's interval: under "no membership signal" the AUC of 150 + 150 records has standard
    // deviation sqrt((n1 + n2 + 1) / (12 n1 n2)) (Mann-Whitney); 99.9 % of null AUCs lie within 3.29 of them.
    const double sd = std::sqrt((150.0 + 150.0 + 1.0) / (12.0 * 150.0 * 150.0));
    ASSERT_EQ(audit.results.rows.size(), 3u);
    for (const MembershipRow& r : audit.results.rows) {
        EXPECT_LT(std::abs(r.auc - 0.5), 3.29 * sd) << r.attack << ": AUC " << r.auc;
        EXPECT_EQ(r.verdict, MembershipVerdict::NoEvidence) << r.attack << ": " << r.verdictReason;
    }
    EXPECT_EQ(audit.results.targets.at(0).verdict, MembershipVerdict::NoEvidence);
}

/// Cancels as soon as the first reference model's record is on disk: a run stopped mid-training.
class StopAfterFirstModel : public ProgressSink {
public:
    explicit StopAfterFirstModel(std::string record) : m_record(std::move(record)) { }
    bool cancelled() const override { return std::filesystem::exists(m_record); }

private:
    std::string m_record;
};

/// Counts training batches, so a test can tell a trained model from a cached one.
class CountingSink : public ProgressSink {
public:
    void metric(const std::string& series, double, double) override
    {
        batches += series.find("loss") != std::string::npos;
    }
    int batches = 0;
};

TEST(MembershipAudit, ReferenceModelsSurviveAStoppedRunAndAreReusedNotRetrained)
{
    const Network target = mlp(7);
    MembershipConfig config = smallAudit();
    config.references.count = 3;
    config.references.training = memorising(5);
    const MembershipData data = sampleMembershipData(noise(300, 20), noise(300, 21), kClasses, config.sampling);
    test::TempDir dir;
    const std::string folder = dir.file("refs");

    StopAfterFirstModel stop(folder + "/ref-0.json");
    try {
        referenceModels(target, data, config.references, folder, "refs/", stop);
        FAIL() << "the run was not stopped";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    EXPECT_TRUE(std::filesystem::exists(folder + "/ref-0.psnn"));
    EXPECT_FALSE(std::filesystem::exists(folder + "/ref-1.psnn"));
    EXPECT_FALSE(std::filesystem::exists(folder + "/ref-1.json"));

    CountingSink resumed;
    const ReferenceSet second = referenceModels(target, data, config.references, folder, "refs/", resumed);
    ASSERT_EQ(second.records.size(), 3u);
    EXPECT_TRUE(second.records[0].reused);
    EXPECT_FALSE(second.records[1].reused);
    EXPECT_FALSE(second.records[2].reused);
    EXPECT_EQ(second.records[0].file, "refs/ref-0.psnn");
    // Two models trained: 5 epochs of ceil(100 / 32) = 4 batches each; model 0 came from the cache.
    EXPECT_EQ(resumed.batches, 2 * 5 * 4);
    EXPECT_EQ(second.records[1].trainImages, 100);

    CountingSink again;
    const ReferenceSet third = referenceModels(target, data, config.references, folder, "refs/", again);
    EXPECT_EQ(again.batches, 0);
    for (size_t k = 0; k < 3; ++k) {
        EXPECT_TRUE(third.records[k].reused);
        EXPECT_TRUE(third.models[k].layers[1].weight.equal(second.models[k].layers[1].weight));
    }
    // Models 0 and 1 share a permutation and train on its two halves, model 2 on another one's.
    EXPECT_FALSE(second.models[0].layers[1].weight.equal(second.models[1].layers[1].weight));

    // A damaged cached file is trained again, never trusted; other training settings are not the same model.
    std::ofstream(folder + "/ref-1.psnn", std::ios::app) << "x";
    CountingSink damaged;
    const ReferenceSet fourth = referenceModels(target, data, config.references, folder, "refs/", damaged);
    EXPECT_TRUE(fourth.records[0].reused);
    EXPECT_FALSE(fourth.records[1].reused);
    EXPECT_EQ(damaged.batches, 5 * 4);
    config.references.training.epochs = 6;
    CountingSink longer;
    referenceModels(target, data, config.references, folder, "refs/", longer);
    EXPECT_EQ(longer.batches, 3 * 6 * 4);
}

void expectRefused(const Dataset& members, const Dataset& nonMembers, const MembershipSampling& s,
                   const std::vector<std::string>& mentions)
{
    try {
        sampleMembershipData(members, nonMembers, kClasses, s);
        ADD_FAILURE() << "accepted; expected an error mentioning " << mentions.front();
    } catch (const Error& e) {
        const std::string said = std::string(e.what()) + " " + e.hint(); // the cause and the way out
        for (const std::string& m : mentions)
            EXPECT_NE(said.find(m), std::string::npos) << said;
        EXPECT_FALSE(e.hint().empty());
    }
}

TEST(MembershipData, SamplesBalancedDisjointSetsAndRefusesWhatItCannotAudit)
{
    MembershipSampling s;
    s.perSet = 150;
    s.population = 100;
    s.pool = 200;
    const Dataset members = noise(300, 30), nonMembers = noise(300, 31);
    const MembershipData d = sampleMembershipData(members, nonMembers, kClasses, s);
    EXPECT_EQ(d.members, 150);
    EXPECT_EQ(d.nonMembers, 150);
    EXPECT_EQ(d.member.size(), 300u);
    EXPECT_EQ(d.populationImages.size(0), 100);
    EXPECT_EQ(d.poolImages.size(0), 200);
    // Class-balanced alike: 50 of each class on both sides.
    for (int64_t c = 0; c < kClasses; ++c) {
        EXPECT_EQ(d.labels.slice(0, 0, 150).eq(c).sum().item<int64_t>(), 50);
        EXPECT_EQ(d.labels.slice(0, 150).eq(c).sum().item<int64_t>(), 50);
    }
    // Seeded: the same sample again; another seed, another sample.
    EXPECT_EQ(sampleMembershipData(members, nonMembers, kClasses, s).auditSha256, d.auditSha256);
    MembershipSampling other = s;
    other.seed = 1;
    EXPECT_NE(sampleMembershipData(members, nonMembers, kClasses, other).auditSha256, d.auditSha256);

    expectRefused(members, members, s, {"also in the member data"});
    expectRefused(members, Dataset{}, s, {"non-member data holds no images"});
    MembershipSampling big = s;
    big.perSet = 3000;
    expectRefused(members, nonMembers, big, {"class-balanced sample of 3000"});
    MembershipSampling hugePool = s;
    hugePool.pool = 100000;
    expectRefused(members, nonMembers, hugePool, {"pool", "--pool"});
    Dataset wrongSize = nonMembers;
    wrongSize.images = at::zeros({300, 1, 9, 9});
    expectRefused(members, wrongSize, s, {"differ in size"});
    Dataset badLabels = nonMembers;
    badLabels.labels = badLabels.labels + 5;
    expectRefused(members, badLabels, s, {"label", "3 classes"});
    // A handful of shared images (real data sets have some) are dropped, not fatal, and said so.
    Dataset overlapping = nonMembers;
    overlapping.images = overlapping.images.clone();
    overlapping.images[0].copy_(members.images[7]);
    MembershipSampling smallerPool = s;
    smallerPool.pool = 150; // one held-out image fewer leaves one fewer for the pool
    const MembershipData dropped = sampleMembershipData(members, overlapping, kClasses, smallerPool);
    ASSERT_FALSE(dropped.notes.empty());
    EXPECT_NE(dropped.notes[0].find("1 non-member images"), std::string::npos);
}

} // namespace
} // namespace psnn
