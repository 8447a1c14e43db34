// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy-utility study (its statistics: study_stats_test.cpp): the noise control's drift,
// the threshold-aware re-conversion against the SNN's own rates, the recommendation and the
// verdicts of both judges on hand-made frontiers, resuming after an interrupted point, and jobs +
// collect against one process.
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/attacks.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/ratings.h"
#include "privatesnn/study.h"
#include "study_internal.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/csrc/autograd/autograd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;

TEST(StudyDefences, NoiseControlMatchesTheTargetDrift)
{
    const Network teacher = test::trainedBandsTeacher();
    SpikingModel snn;
    snn.network = teacher;
    std::vector<double> target;
    for (const Layer& l : teacher.layers)
        if (l.hasWeights())
            target.push_back(0.02 * double(target.size() + 1) * double(target.size() + 1)); // 0.02, 0.08, 0.18, ...
    const SpikingModel noisy = addMatchedNoise(snn, target, 5);
    const std::vector<LayerDrift> drift = weightDrift(snn.network, noisy.network);
    ASSERT_EQ(drift.size(), target.size());
    for (size_t i = 0; i < drift.size(); ++i)
        EXPECT_NEAR(drift[i].relativeL2, target[i], 0.01 * target[i]) << drift[i].path;
    EXPECT_THROW(addMatchedNoise(snn, {0.1}, 5), Error);
}

TEST(StudyDefences, NoiseControlMatchesBiasDriftAndEachSeedHasItsOwnDirection)
{
    // The bands teacher has no biases: zero ones, as a bias-free teacher's SNN would get from
    // training, so the targets are absolute changes.
    Network teacher = test::trainedBandsTeacher();
    for (Layer& l : teacher.layers)
        if (l.hasWeights())
            l.bias = at::zeros({l.weight.size(0)});
    SpikingModel snn;
    snn.network = teacher;
    std::vector<double> weights, biases;
    for (const Layer& l : teacher.layers)
        if (l.hasWeights()) {
            weights.push_back(0.05);
            biases.push_back(l.bias.defined() ? 0.01 * double(biases.size() + 1) : 0.0);
        }
    ASSERT_GT(std::count_if(biases.begin(), biases.end(), [](double b) { return b > 0; }), 0)
        << "the teacher has no bias";
    const SpikingModel a = addMatchedNoise(snn, weights, 1, biases), b = addMatchedNoise(snn, weights, 2, biases);
    const std::vector<double> drift = biasDrift(snn.network, a.network);
    ASSERT_EQ(drift.size(), biases.size());
    for (size_t i = 0; i < drift.size(); ++i)
        EXPECT_NEAR(drift[i], biases[i], 1e-5 + 1e-4 * biases[i]);
    double squares = 0;
    for (double d : biases)
        squares += d * d;
    EXPECT_NEAR(overallBiasL2(snn.network, a.network), std::sqrt(squares), 1e-4);
    // Two seeds, same sizes, different directions: in hundreds of dimensions two random directions
    // are nearly orthogonal, one direction reused at another seed would give cosine 1.
    for (size_t i = 0; i < teacher.layers.size(); ++i) {
        if (!teacher.layers[i].hasWeights())
            continue;
        const at::Tensor da = (a.network.layers[i].weight - teacher.layers[i].weight).flatten().to(at::kDouble);
        const at::Tensor db = (b.network.layers[i].weight - teacher.layers[i].weight).flatten().to(at::kDouble);
        const double cosine = (da * db).sum().item<double>() / (da.norm().item<double>() * db.norm().item<double>());
        EXPECT_LT(std::abs(cosine), 0.5) << teacher.layers[i].path;
    }
    // A layer without a bias cannot be moved by one.
    SpikingModel noBias = snn;
    for (Layer& l : noBias.network.layers)
        l.bias = at::Tensor();
    EXPECT_THROW(addMatchedNoise(noBias, weights, 1, biases), Error);
}

TEST(StudyDefences, ThresholdAwareReconversionIsTheSnnRateFunction)
{
    SpikingModel snn = test::singleNeuron(0.7, 1.0);
    snn.timesteps = 1000;
    const at::Tensor x = at::tensor({-0.5f, 0.05f, 0.3f, 0.69f, 0.9f, 1.0f}).view({-1, 1, 1, 1});
    const at::Tensor rate = test::snnOutput(snn, x, 0).flatten() / double(snn.timesteps);
    // Its logits carry the product of the thresholds back (see the two-layer test); the rate is before it.
    const at::Tensor clipped = thresholdAwareForward(snn, x).flatten() / thresholdProduct(snn);
    for (int64_t i = 0; i < x.size(0); ++i)
        EXPECT_NEAR(clipped[i].item<double>(), rate[i].item<double>(), 1.0 / snn.timesteps + 1e-6) << "x = " << x[i].item<double>();
    // The plain re-conversion does not saturate: at x = 1 it reads 1, the SNN's rate 1 / 0.7 -> clamped to 1.
    EXPECT_NEAR(clipped[5].item<double>(), 1.0, 1e-6);
    EXPECT_NEAR(clipped[1].item<double>(), 0.05 / 0.7, 1e-6);
}

TEST(StudyDefences, ThresholdAwareOnTwoLayersByHand)
{
    // Two spiking layers (thresholds 0.5 and 2) and a linear readout, Poisson input.
    SpikingModel snn;
    snn.network.input = InputSpec{1, 1, 2, {0.5}, {0.5}};
    auto linear = [](std::vector<float> w, int64_t out, int64_t in, const char* path) {
        Layer l;
        l.kind = LayerKind::Linear;
        l.path = path;
        l.weight = at::tensor(w).view({out, in});
        l.bias = at::zeros({out});
        return l;
    };
    auto relu = [](const char* path) {
        Layer l;
        l.kind = LayerKind::ReLU;
        l.path = path;
        return l;
    };
    Layer flatten;
    flatten.kind = LayerKind::Flatten;
    flatten.path = "flatten";
    snn.network.layers = {flatten,    linear({1, 0, 1, 1}, 2, 2, "fc1"), relu("r1"), linear({1, -1, 2, 1}, 2, 2, "fc2"),
                          relu("r2"), linear({1, 0, 1, 1}, 2, 2, "out")};
    snn.thresholds.assign(snn.network.layers.size(), at::Tensor());
    snn.thresholds[1] = at::scalar_tensor(0.5);
    snn.thresholds[3] = at::scalar_tensor(2.0);
    snn.coding = InputCoding::Poisson;
    ASSERT_EQ(snn.spikingLayers(), (std::vector<size_t>{1, 3}));
    EXPECT_DOUBLE_EQ(thresholdProduct(snn), 1.0);

    // Unsaturated, x = (0.2, 0.1): h1 = (0.2, 0.3), r1 = (0.4, 0.6); h2 = (-0.2, 1.4), r2 = (0, 0.7);
    // out = (0, 0.7) x (0.5 x 2) = (0, 0.7) - the ReLU re-conversion's (0, 0.7) exactly.
    const at::Tensor x = at::tensor({0.2f, 0.1f}).view({1, 1, 1, 2});
    const at::Tensor y = thresholdAwareForward(snn, x);
    EXPECT_NEAR(y[0][0].item<double>(), 0.0, 1e-6);
    EXPECT_NEAR(y[0][1].item<double>(), 0.7, 1e-6);
    const at::Tensor relu2 = reconvertToAnn(snn).forward(x);
    EXPECT_NEAR(y[0][1].item<double>(), relu2[0][1].item<double>(), 1e-6);

    // The scaling is the product of the thresholds: with 0.5 and 4 the rates of layer 2 halve and
    // the product, 2, restores the ReLU re-conversion's logits.
    snn.thresholds[3] = at::scalar_tensor(4.0);
    EXPECT_DOUBLE_EQ(thresholdProduct(snn), 2.0);
    // r1 = (0.4, 0.6), h2 = (-0.2, 1.4), r2 = (0, 0.35); out = (0, 0.35) x 2 = (0, 0.7).
    EXPECT_NEAR(thresholdAwareForward(snn, x)[0][1].item<double>(), 0.7, 1e-6);

    // Saturated, and the input clamped where Poisson coding saturates: x = (3, 0) reads as (1, 0):
    // h1 = (1, 1), r1 = (1, 1) (not 2); h2 = (0, 3), r2 = (0, 0.75); out = (0, 0.75) x 2 = (0, 1.5).
    const at::Tensor big = at::tensor({3.0f, 0.0f}).view({1, 1, 1, 2});
    EXPECT_NEAR(thresholdAwareForward(snn, big)[0][1].item<double>(), 1.5, 1e-6);
    // Direct coding feeds 3 itself: h1 = (3, 3), still saturated at r1 = (1, 1), same output.
    snn.coding = InputCoding::Direct;
    EXPECT_NEAR(thresholdAwareForward(snn, big)[0][1].item<double>(), 1.5, 1e-6);
    // A gradient step at the unsaturated point is the ReLU re-conversion's, whatever the thresholds.
    snn.coding = InputCoding::Poisson;
    const at::Tensor leaf = x.clone().requires_grad_(true);
    const at::Tensor g = torch::autograd::grad({thresholdAwareForward(snn, leaf).select(1, 1).sum()}, {leaf})[0];
    const at::Tensor leaf2 = x.clone().requires_grad_(true);
    const at::Tensor g2 = torch::autograd::grad({reconvertToAnn(snn).forward(leaf2).select(1, 1).sum()}, {leaf2})[0];
    EXPECT_TRUE(at::allclose(g, g2, 1e-5, 1e-6)) << g << g2;

    // Leaky neurons: refused, with the way out named.
    snn.leak = 0.9;
    EXPECT_THROW(thresholdAwareForward(snn, x), Error);
}

// The real end of the distance scale: perClass images of each class held out, none of them in the
// reference set, the two together every image once; a class with fewer gives what it has.
TEST(StudyReferences, HeldOutImagesAreNeverReferences)
{
    std::vector<int64_t> labelList;
    for (int i = 0; i < 60; ++i)
        labelList.push_back(i % 3 == 2 && i >= 12 ? 0 : i % 3); // class 2 has only 4 images
    const at::Tensor labels = at::tensor(labelList, at::kLong);
    const HeldOutSplit split = holdOutPerClass(labels, {0, 1, 2}, 5, 7);
    std::set<int64_t> held, reference;
    for (int64_t i = 0; i < split.heldOut.numel(); ++i)
        held.insert(split.heldOut[i].item<int64_t>());
    for (int64_t i = 0; i < split.reference.numel(); ++i)
        reference.insert(split.reference[i].item<int64_t>());
    for (int64_t i : held)
        EXPECT_EQ(reference.count(i), 0u) << "image " << i << " is in both sets";
    EXPECT_EQ(held.size() + reference.size(), labelList.size());
    std::map<int64_t, int> perClass;
    for (int64_t i : held)
        ++perClass[labelList[size_t(i)]];
    EXPECT_EQ(perClass[0], 5);
    EXPECT_EQ(perClass[1], 5);
    EXPECT_EQ(perClass[2], 4);
    // Another seed, other images: the split is drawn, not the first ones of each class.
    const HeldOutSplit other = holdOutPerClass(labels, {0, 1, 2}, 5, 8);
    EXPECT_FALSE(at::equal(other.heldOut, split.heldOut));
}

TEST(StudyAttack, Algorithm4AccumulatesGOverIterations)
{
    Network net;
    net.input = InputSpec{1, 1, 1, {0.5}, {0.5}};
    net.layers = {test::layerOf(LayerKind::Flatten, "flatten"), test::scalarLinear(1, "out")};
    AttackConfig c = paperAttackConfig(1);
    c.restarts = 1;
    c.iterations = 10;
    c.stepSize = 1e-4;
    c.blurEvery = 0;
    c.weightDecay = 0;
    c.quantize = false;
    const double reset = classRepresentation(net, c).images.item<double>();
    c.accumulateGradient = true;
    const double accumulated = classRepresentation(net, c).images.item<double>();
    // dy/dx = 1: a reset G moves N steps, an accumulated one 1 + 2 + ... + N = 55 steps.
    EXPECT_NEAR(accumulated - reset, 1e-4 * (55 - 10), 1e-6);
    EXPECT_TRUE(paperAttackConfig(2).accumulateGradient);
    EXPECT_FALSE(paperAttackConfig(1).accumulateGradient);
}

/// 0/1 outcomes of 100 images (10 classes x 10 restarts) of which `hits` were recognised.
std::vector<int> outcomes(int hits)
{
    std::vector<int> correct;
    for (int i = 0; i < 100; ++i)
        correct.push_back(i % 10 < hits / 10 || (i / 10 == 9 && i % 10 < hits % 10) ? 1 : 0);
    return correct;
}

/// A point with one attack whose judge recognised `hits` of 100 images (10 classes x 10).
StudyPointResult handMade(const std::string& defence, int epochs, double snnAccuracy, int hits, double l2 = 0)
{
    StudyPointResult p;
    p.point.id = defence + std::to_string(epochs);
    p.point.defence = defence;
    p.point.label = defence + " " + std::to_string(epochs);
    p.point.epochs = epochs;
    p.annAccuracy = 0.9;
    p.snnAccuracy = snnAccuracy;
    p.relativeL2 = l2;
    StudyAttackRow a;
    a.attack = "attack 1";
    for (int i = 0; i < 100; ++i)
        a.labels.push_back(i / 10);
    a.correct = outcomes(hits);
    p.attacks.push_back(a);
    return p;
}

TEST(StudyFrontier, RecommendsTheCheapestProtectedSetting)
{
    StudySummary s;
    s.points = {handMade("encryption", 0, 0.88, 90), handMade("encryption", 20, 0.87, 60, 0.04),
                handMade("encryption", 200, 0.70, 8, 3.0), handMade("noise", 200, 0.80, 9, 3.0)};
    summariseStudy(s, 500, 1);
    EXPECT_EQ(s.points[0].attacks[0].verdict.verdict, StudyVerdict::Leaks);
    EXPECT_EQ(s.points[2].attacks[0].verdict.verdict, StudyVerdict::Protected);
    ASSERT_TRUE(s.recommended);
    EXPECT_EQ(*s.recommended, 3u); // protected at 10 points lost, the encryption point at 20
    EXPECT_NE(s.answer.find("noise"), std::string::npos);
    EXPECT_NE(s.answer.find("at a cost of 10.0 points"), std::string::npos) << s.answer;
    EXPECT_NE(s.answer.find("rest on one judge"), std::string::npos) << s.answer;
    EXPECT_EQ(s.judges, 1);
    // Paired against the undefended point: 90 -> 60 recognised, all of the 60 among the 90.
    EXPECT_NEAR(s.points[1].attacks[0].mcnemarP, mcnemarExact(30, 0), 1e-12);
    EXPECT_EQ(s.points[0].attacks[0].mcnemarP, 1.0);
}

TEST(StudyFrontier, SaysPlainlyWhenNothingProtects)
{
    StudySummary s;
    s.points = {handMade("encryption", 0, 0.88, 90), handMade("encryption", 20, 0.87, 85, 0.04),
                handMade("reinit", 10, 0.60, 15, 1.4)};
    summariseStudy(s, 500, 1);
    EXPECT_FALSE(s.recommended);
    EXPECT_EQ(s.points[2].attacks[0].verdict.verdict, StudyVerdict::Inconclusive);
    EXPECT_EQ(s.answer.rfind("No setting explored is protected", 0), 0u) << s.answer;
    EXPECT_NE(s.answer.find("30.0 points"), std::string::npos) << s.answer;
}

TEST(StudyFrontier, BothJudgesDecideAtTheFamilysLevel)
{
    // Three attacks, two judges: judge 1 sees chance everywhere, judge 2 recognises 40 % of one
    // attack's images. The point leaks; without judge 2 it would be protected.
    StudyPointResult p = handMade("noise", 200, 0.8, 5, 3.0);
    p.attacks.push_back(p.attacks[0]);
    p.attacks.push_back(p.attacks[0]);
    p.attacks[1].attack = "attack 2";
    p.attacks[2].attack = "attack 3";
    for (StudyAttackRow& a : p.attacks)
        a.correct2 = outcomes(5);
    p.attacks[2].correct2 = outcomes(40);
    StudySummary s;
    s.points = {handMade("encryption", 0, 0.88, 90), p};
    s.points[0].attacks[0].correct2 = outcomes(80);
    summariseStudy(s, 200, 1);
    const StudyPointResult& q = s.points[1];
    EXPECT_EQ(s.judges, 2);
    ASSERT_EQ(q.attacks[0].judgeVerdicts.size(), 2u);
    EXPECT_EQ(q.attacks[0].verdict.verdict, StudyVerdict::Protected); // both judges: 5 of 100
    EXPECT_EQ(q.attacks[2].judgeVerdicts[0].verdict, StudyVerdict::Protected);
    EXPECT_EQ(q.attacks[2].judgeVerdicts[1].verdict, StudyVerdict::Leaks);
    EXPECT_EQ(q.attacks[2].verdict.verdict, StudyVerdict::Leaks);
    EXPECT_EQ(q.verdict.verdict, StudyVerdict::Leaks);
    // Each test at 1 - 0.05 / 6: the point's 3 attacks x 2 judges; the undefended point has 1 x 2.
    EXPECT_EQ(q.attacks[0].verdict.family, 6);
    EXPECT_EQ(s.points[0].attacks[0].verdict.family, 2);
    const Interval corrected = q.attacks[0].judgeVerdicts[0].interval;
    EXPECT_NEAR(corrected.high, clopperPearson(5, 100, 1 - 0.05 / 6).high, 1e-12);
    EXPECT_LT(q.attacks[0].interval.high, corrected.high); // the frontier's 95 % interval is the plain one
    EXPECT_FALSE(s.recommended);
    EXPECT_EQ(s.answer.find("rest on one judge"), std::string::npos) << s.answer;
    // Judge 2 agreeing with judge 1 makes it protected, at the family's level.
    s.points[1].attacks[2].correct2 = outcomes(5);
    summariseStudy(s, 200, 1);
    EXPECT_EQ(s.points[1].verdict.verdict, StudyVerdict::Protected);
    ASSERT_TRUE(s.recommended);
    EXPECT_EQ(*s.recommended, 1u);
}

TEST(StudyGrid, TakesTheSecondJudgeSetting)
{
    const PipelineConfig c = withSettings(demoProfile(), {{"study", {{"second_judge", "none"}}}});
    EXPECT_EQ(c.studySecondJudge, "none");
    EXPECT_EQ(studyGrid("quick", c).secondJudge, "none");
    EXPECT_EQ(pipelineSettings(c)["study"]["second_judge"], "none");
    // Without one of its own the study takes the lab's second judge, which run's verdicts use.
    const PipelineConfig lab = withSettings(demoProfile(), {{"second_judge", "/models/j2.psnn"}});
    EXPECT_EQ(lab.secondJudge, "/models/j2.psnn");
    EXPECT_EQ(studyGrid("quick", lab).secondJudge, "/models/j2.psnn");
    EXPECT_EQ(studyGrid("quick", withSettings(lab, {{"study", {{"second_judge", "none"}}}})).secondJudge, "none");
    EXPECT_THROW(withSettings(demoProfile(), {{"study", {{"second_judges", "none"}}}}), Error);
}

// ---- the runner on the tiny bands teacher -------------------------------------------------------

struct StudyTestFiles {
    test::TempDir dir;
    test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
};

const StudyTestFiles& studyTestFiles()
{
    static const StudyTestFiles f;
    return f;
}

PipelineConfig studyTestConfig()
{
    return test::tinyPipelineConfig(studyTestFiles().inputs.teacher, studyTestFiles().inputs.evalFolder);
}

StudyConfig tinyStudy(const PipelineConfig& config)
{
    PipelineConfig seeded = config;
    seeded.defenceSeeds = 2; // two defence seeds: enough to pool, quick to run
    StudyConfig s = studyGrid("quick", seeded, {"study.defence_seeds"});
    for (StudyPoint& p : s.points)
        p.epochs = std::min(p.epochs, 1);
    for (AttackConfig* a : {&s.attack1, &s.attack2}) {
        a->restarts = 2;
        a->iterations = 3;
    }
    s.kidSubsets = 3;
    s.bootstrapResamples = 100;
    s.secondJudge = studyTestFiles().inputs.teacher;
    return s;
}

/// Counts points; optionally cancels the point with this index (as Ctrl-C or a kill would stop it).
class Counter : public StudyObserver, public PipelineObserver, public ProgressSink {
public:
    int cancelAt = -1;
    std::vector<std::string> ran, kept;
    std::vector<int> started;
    ProgressSink& stepStarted(const RunItem&, int, int) override { return m_quiet; }
    ProgressSink& pointStarted(const StudyPoint&, int index, int) override
    {
        started.push_back(index);
        // Sticky, as a user's cancel is: with two jobs at a time, the point numbered cancelAt may be
        // opened for a job that finished unshown, and the next point opened at once, before either
        // job asked (a flag reset there made the run finish uncancelled now and then under load).
        m_cancel = m_cancel || index == cancelAt;
        return *this;
    }
    void pointFinished(const StudyPointResult& r, bool wasKept) override { (wasKept ? kept : ran).push_back(r.point.id); }
    bool cancelled() const override { return m_cancel; }

private:
    bool m_cancel = false;
    struct Quiet : ProgressSink {
    } m_quiet;
};

TEST(StudyRunner, ResumesAfterAnInterruptedPoint)
{
    test::TempDir dir;
    const PipelineConfig config = studyTestConfig();
    const StudyConfig study = tinyStudy(config);
    ASSERT_GE(study.points.size(), 4u);
    const std::vector<StudyJob> jobs = studyJobs(study);
    Counter first;
    first.cancelAt = 2;
    EXPECT_THROW(runStudyPoints(config, study, dir.file("lab"), {}, first, first), Error);
    ASSERT_EQ(first.ran.size(), 2u);
    const std::string done0 = test::readText(dir.file("lab/study/points/" + jobs[0].id() + ".json"));
    EXPECT_FALSE(fs::exists(dir.file("lab/study/points/" + jobs[2].id() + ".json")));

    Counter second;
    const std::vector<std::string> ran = runStudyPoints(config, study, dir.file("lab"), {}, second, second);
    EXPECT_EQ(second.kept, first.ran); // finished jobs are not recomputed
    EXPECT_EQ(ran.size(), jobs.size() - 2);
    EXPECT_EQ(test::readText(dir.file("lab/study/points/" + jobs[0].id() + ".json")), done0);

    std::vector<std::string> missing;
    const StudySummary s = collectStudy(config, study, dir.file("lab"), &missing);
    EXPECT_TRUE(missing.empty());
    ASSERT_EQ(s.points.size(), study.points.size());
    EXPECT_EQ(s.points[0].relativeL2, 0.0);
    EXPECT_GT(s.points[1].relativeL2, 0.0);
    size_t attackRows = 0, imageSets = 0, defended = 0;
    for (const StudyPointResult& p : s.points) {
        // The transfer control's one "attack" is its adversarial examples; every other point has three.
        EXPECT_EQ(p.attacks.size(), p.point.defence == "transfer-control" ? 1u : 3u) << p.point.id;
        attackRows += p.attacks.size();
        // Each seed's own values beside the pooled ones; the undefended point, k-bit weights and the
        // controls are one network each.
        const bool oneNetwork = (p.point.defence == "encryption" && p.point.epochs == 0)
            || p.point.defence == "quantisation" || p.point.defence == "transfer-control";
        EXPECT_EQ(int(p.seeds.size()), oneNetwork ? 1 : 2) << p.point.id;
        imageSets += p.attacks.size() * p.seeds.size();
        defended += isStudyControl(p.point.defence) ? 0 : 1;
        for (const StudyAttackRow& a : p.attacks) {
            EXPECT_EQ(a.images, 6 * int64_t(p.seeds.size())); // 3 classes x 2 restarts per seed
            ASSERT_EQ(a.seedAccuracy.size(), p.seeds.size());
            double mean = 0;
            for (double v : a.seedAccuracy)
                mean += v / double(a.seedAccuracy.size());
            EXPECT_NEAR(a.accuracy, mean, 1e-12);
            EXPECT_GE(a.designEffect, 1.0);
            EXPECT_LE(a.bootstrap.low, a.accuracy);
            EXPECT_GE(a.bootstrap.high, a.accuracy);
            EXPECT_LE(a.interval.low, a.accuracy);
            EXPECT_GE(a.interval.high, a.accuracy);
            ASSERT_TRUE(a.accuracy2.has_value());
            EXPECT_GE(*a.accuracy2, 0.0);
            EXPECT_EQ(a.judgeVerdicts.size(), 2u); // both judges decide
            EXPECT_EQ(a.verdict.family, int(2 * p.attacks.size())); // attacks x 2 judges
            if (a.verdict.powerTarget && a.verdict.imagesFor80 > 0) {
                EXPECT_EQ(a.verdict.imagesFor80 % 3, 0); // whole restarts of the 3 classes
            }
        }
    }
    // The noise control copies its encryption point's per-layer weight drift and its bias drift
    // (within 1 %), seed by seed; the seeds are different networks.
    for (const StudyPointResult& p : s.points) {
        if (p.point.defence != "noise")
            continue;
        for (const StudyPointResult& e : s.points) {
            if (e.point.id != p.point.matches)
                continue;
            for (size_t l = 0; l < p.drift.size(); ++l) {
                EXPECT_NEAR(p.drift[l].relativeL2, e.drift[l].relativeL2, 0.01 * e.drift[l].relativeL2 + 1e-9);
            }
            ASSERT_EQ(p.seeds.size(), e.seeds.size());
            for (size_t k = 0; k < p.seeds.size(); ++k) {
                EXPECT_NEAR(p.seeds[k].relativeL2, e.seeds[k].relativeL2, 0.01 * e.seeds[k].relativeL2 + 1e-9);
                EXPECT_NEAR(p.seeds[k].biasL2, e.seeds[k].biasL2, 0.01 * e.seeds[k].biasL2 + 1e-9);
            }
            EXPECT_NE(e.seeds[0].relativeL2, e.seeds[1].relativeL2); // two seeds, two networks
        }
    }
    // Paired comparisons: each defended point against none, each noise point against its encryption.
    size_t againstNone = 0, noiseAgainstEncryption = 0;
    for (const StudyComparison& c : s.comparisons) {
        EXPECT_LE(c.interval.low, c.difference);
        EXPECT_GE(c.interval.high, c.difference);
        EXPECT_GE(c.p, 0.0);
        EXPECT_LE(c.p, 1.0);
        againstNone += c.second == s.points[0].point.id ? 1 : 0;
        noiseAgainstEncryption += c.first.rfind("encryption-", 0) == 0 && c.second.rfind("noise-", 0) == 0 ? 1 : 0;
    }
    EXPECT_EQ(againstNone, 3 * (defended - 1)) << "every defence but none itself; the controls defend nothing";
    EXPECT_EQ(noiseAgainstEncryption, 3u * 2u); // 2 noise points x 3 attacks
    // The real end of the distance scale is held out of the reference set.
    EXPECT_EQ(s.points[0].references.heldOutImages, 6); // 3 classes x 2 restarts
    EXPECT_GT(s.points[0].references.referenceImages, 0);
    EXPECT_NE(s.featureExtractor.find("judge"), std::string::npos);
    const std::string csv = test::readText(dir.file("lab/study/study.csv"));
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "defence,strength,weight_relative_l2,snn_accuracy,reconverted_ann_accuracy,attack,"
              "judge_accuracy,judge_ci_low,judge_ci_high,images,fid,verdict,too_few_images");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), long(1 + attackRows));
    // Six images per attack are far below a verdict's 100: every row says its verdict rests on too few.
    std::istringstream rows(csv);
    std::string row;
    std::getline(rows, row);
    while (std::getline(rows, row))
        EXPECT_EQ(row.substr(row.rfind(',')), ",1") << row;

    // Every attack image is kept for people to rate; once some are rated, study.csv gains the
    // human columns (accuracy, interval, ratings), empty for the attacks nobody rated.
    const RatingImageSet images = collectRatingImages(dir.file("lab"));
    EXPECT_EQ(images.images.size(), imageSets * 6); // each job's own images
    // Each image keeps the second judge's class (the teacher here) for the classroom's reveal.
    for (const RatingImage& image : images.images) {
        ASSERT_TRUE(image.judge2.has_value()) << image.id;
        EXPECT_GE(*image.judge2, 0);
        EXPECT_LT(*image.judge2, int64_t(images.classNames.size()));
    }
    RatingSession session(dir.file("lab"), "tester", images, 1);
    for (int i = 0; i < 4; ++i)
        session.answer(session.current()->target, 1.0);
    collectStudy(config, study, dir.file("lab"));
    std::istringstream rated(test::readText(dir.file("lab/study/study.csv")));
    std::string line;
    std::getline(rated, line);
    EXPECT_NE(line.find(",verdict,too_few_images,human_accuracy,human_ci_low,human_ci_high,human_ratings"),
              std::string::npos)
        << line;
    int64_t ratings = 0;
    while (std::getline(rated, line))
        if (line.back() != ',')
            ratings += std::stoll(line.substr(line.rfind(',') + 1));
    EXPECT_EQ(ratings, 4);

    // A changed setting makes the stored points stale: collect says so instead of mixing them in.
    StudyConfig changed = study;
    changed.attack1.iterations = 4;
    missing.clear();
    collectStudy(config, changed, dir.file("lab"), &missing);
    EXPECT_EQ(missing.size(), jobs.size());
}

TEST(StudyRunner, JobsAndCollectEqualOneProcess)
{
    test::TempDir dir;
    const PipelineConfig config = studyTestConfig();
    const StudyConfig study = tinyStudy(config);
    Counter one;
    runStudyPoints(config, study, dir.file("single"), {}, one, one);
    collectStudy(config, study, dir.file("single"));

    // Jobs: the lab prepared once, then each point on its own, in reverse order (noise before the
    // encryption point it copies), each as if in a separate process.
    Counter prep;
    runPipeline(config, dir.file("jobs"), prep, Step::Convert);
    const std::vector<std::string> commands = studyJobCommands(study, dir.file("jobs"), "cfg.json");
    const std::vector<StudyJob> jobs = studyJobs(study);
    ASSERT_EQ(commands.size(), jobs.size()); // one line per (point, seed)
    for (auto it = jobs.rbegin(); it != jobs.rend(); ++it) {
        EXPECT_NE(commands[size_t(jobs.rend() - it - 1)].find("--point " + it->id()), std::string::npos);
        Counter job;
        EXPECT_EQ(runStudyPoints(config, study, dir.file("jobs"), {it->id()}, job, job, false),
                  std::vector<std::string>{it->id()});
    }
    collectStudy(config, study, dir.file("jobs"));
    EXPECT_EQ(test::readText(dir.file("jobs/study/study.csv")), test::readText(dir.file("single/study/study.csv")));

    // Two jobs at a time in one process (study --jobs 2, one LibTorch thread each, as the single run
    // had): the same table; every noise job waited for its twin and copied it; the observer heard
    // one job at a time, each started once and finished once, numbered in order.
    Counter two;
    EXPECT_EQ(runStudyPoints(config, study, dir.file("two"), {}, two, two, true, 2).size(), jobs.size());
    collectStudy(config, study, dir.file("two"));
    EXPECT_EQ(test::readText(dir.file("two/study/study.csv")), test::readText(dir.file("single/study/study.csv")));
    const std::string log = test::readText(dir.file("two/log.txt"));
    EXPECT_EQ(log.find("trains its encryption twin"), std::string::npos) << log;
    EXPECT_NE(log.find("copies the finished encryption twin"), std::string::npos) << log;
    ASSERT_EQ(two.started.size(), jobs.size());
    for (size_t i = 0; i < two.started.size(); ++i)
        EXPECT_EQ(two.started[i], int(i));
    EXPECT_EQ(std::set<std::string>(two.ran.begin(), two.ran.end()).size(), study.points.size());
    EXPECT_EQ(two.ran.size(), jobs.size());
    EXPECT_THROW(runStudyPoints(config, study, dir.file("jobs"), {"no-such-point"}, prep, prep, false), Error);
}

// Cancelling the job shown stops the job running beside it too; what finished is kept whole.
TEST(StudyRunner, CancellingTwoJobsAtATimeStopsBothAndKeepsWhatFinished)
{
    test::TempDir dir;
    const PipelineConfig config = studyTestConfig();
    const StudyConfig study = tinyStudy(config);
    Counter counter;
    counter.cancelAt = 1;
    try {
        runStudyPoints(config, study, dir.file("lab"), {}, counter, counter, true, 2);
        ADD_FAILURE() << "the run was not cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(int(e.code()), int(ErrorCode::Cancelled)) << e.what();
    }
    const size_t jobs = studyJobs(study).size();
    size_t finished = 0;
    for (const auto& entry : fs::directory_iterator(dir.file("lab/study/points"))) {
        const std::string name = entry.path().filename().string();
        EXPECT_EQ(name.find(".part"), std::string::npos) << name;
        if (entry.path().extension() == ".json") {
            EXPECT_TRUE(study_detail::readPoint(entry.path().string())) << name;
            ++finished;
        }
    }
    EXPECT_LT(finished, jobs) << "the cancel stopped the run before its end";
    EXPECT_EQ(counter.ran.size(), finished);
}

TEST(StudyRunner, NoiseJobRefusesAStaleTwinAndTrainsItsOwn)
{
    test::TempDir dir;
    PipelineConfig config = studyTestConfig();
    StudyConfig study = tinyStudy(config);
    Counter prep;
    runPipeline(config, dir.file("lab"), prep, Step::Convert);
    // The encryption job leaves its model, named by its key, for the noise control.
    Counter enc;
    runStudyPoints(config, study, dir.file("lab"), {"encryption-1-s0"}, enc, enc, false);
    std::vector<std::string> twins;
    for (const auto& e : fs::directory_iterator(dir.file("lab/study/points")))
        if (e.path().extension() == ".psnn")
            twins.push_back(e.path().filename().string());
    ASSERT_EQ(twins.size(), 1u);
    EXPECT_EQ(twins[0].rfind("encryption-1-s0-", 0), 0u) << twins[0];

    // A settings change (the encryption's batch size) makes that twin stale: the noise job must not
    // copy it, but train the current twin itself and write it beside the stale one.
    config.encryption.batchSize = config.encryption.batchSize + 1;
    study = tinyStudy(config);
    Counter noise;
    runStudyPoints(config, study, dir.file("lab"), {"noise-1-s0"}, noise, noise, false);
    const std::string log = test::readText(dir.file("lab/log.txt"));
    EXPECT_NE(log.find("noise-1-s0 trains its encryption twin encryption-1-s0 itself"), std::string::npos) << log;
    size_t count = 0;
    for (const auto& e : fs::directory_iterator(dir.file("lab/study/points")))
        count += e.path().extension() == ".psnn" ? 1 : 0;
    EXPECT_EQ(count, 2u);
    // The current encryption job then gives the same drift the noise job matched: it used no stale model.
    Counter enc2;
    runStudyPoints(config, study, dir.file("lab"), {"encryption-1-s0", "encryption-1-s1", "noise-1-s1"}, enc2, enc2,
                   false);
    EXPECT_NE(test::readText(dir.file("lab/log.txt")).find("noise-1-s1 copies the finished encryption twin"),
              std::string::npos);
    const auto noisePoint = study_detail::readPoint(dir.file("lab/study/points/noise-1-s0.json"));
    const auto encPoint = study_detail::readPoint(dir.file("lab/study/points/encryption-1-s0.json"));
    ASSERT_TRUE(noisePoint && encPoint);
    ASSERT_EQ(noisePoint->drift.size(), encPoint->drift.size());
    for (size_t l = 0; l < encPoint->drift.size(); ++l)
        EXPECT_NEAR(noisePoint->drift[l].relativeL2, encPoint->drift[l].relativeL2,
                    0.01 * encPoint->drift[l].relativeL2 + 1e-9);
    EXPECT_NEAR(noisePoint->biasL2, encPoint->biasL2, 0.01 * encPoint->biasL2 + 1e-9);
}

TEST(StudyGrid, EveryTrainedOrNoisedPointHasThreeSeedsByDefault)
{
    // The quick grid is a preview with one network per point unless the user asks for seeds.
    for (const StudyPoint& p : studyGrid("quick", demoProfile()).points)
        EXPECT_EQ(p.seeds, 1) << p.id;
    EXPECT_EQ(studyGridKeys("quick").back(), "study.defence_seeds");
    const std::vector<std::string> defaultKeys = studyGridKeys("default");
    EXPECT_EQ(std::count(defaultKeys.begin(), defaultKeys.end(), "study.defence_seeds"), 0);
    for (const char* grid : {"default", "quick"}) {
        const StudyConfig study = studyGrid(grid, demoProfile(), {"study.defence_seeds"});
        size_t seeded = 0;
        for (const StudyPoint& p : study.points) {
            const bool trained = p.epochs > 0 || p.defence == "noise" || p.defence == "random-control";
            EXPECT_EQ(p.seeds, trained ? 3 : 1) << grid << " " << p.id;
            seeded += trained ? 1 : 0;
        }
        EXPECT_GT(seeded, 0u);
        const std::vector<StudyJob> jobs = studyJobs(study);
        EXPECT_EQ(jobs.size(), 3 * seeded + (study.points.size() - seeded));
        std::set<std::string> ids;
        for (const StudyJob& j : jobs)
            ids.insert(j.id());
        EXPECT_EQ(ids.size(), jobs.size()); // each (point, seed) its own file
        EXPECT_EQ(studyJobCommands(study, "LAB", "").size(), jobs.size());
    }
    const PipelineConfig one = withSettings(demoProfile(), {{"study", {{"defence_seeds", 1}}}});
    for (const StudyPoint& p : studyGrid("quick", one).points)
        EXPECT_EQ(p.seeds, 1);
    const PipelineConfig none = withSettings(demoProfile(), {{"study", {{"defence_seeds", 0}}}});
    EXPECT_THROW(studyGrid("default", none), Error);
    EXPECT_THROW(studyGrid("quick", none, {"study.defence_seeds"}), Error);
}

} // namespace
} // namespace psnn
