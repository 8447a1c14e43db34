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

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
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

TEST(StudyDefences, ThresholdAwareReconversionIsTheSnnRateFunction)
{
    SpikingModel snn = test::singleNeuron(0.7, 1.0);
    snn.timesteps = 1000;
    const at::Tensor x = at::tensor({-0.5f, 0.05f, 0.3f, 0.69f, 0.9f, 1.0f}).view({-1, 1, 1, 1});
    const at::Tensor rate = test::snnOutput(snn, x, 0).flatten() / double(snn.timesteps);
    const at::Tensor clipped = thresholdAwareForward(snn, x).flatten();
    for (int64_t i = 0; i < x.size(0); ++i)
        EXPECT_NEAR(clipped[i].item<double>(), rate[i].item<double>(), 1.0 / snn.timesteps + 1e-6) << "x = " << x[i].item<double>();
    // The plain re-conversion does not saturate: at x = 1 it reads 1, the SNN's rate 1 / 0.7 -> clamped to 1.
    EXPECT_NEAR(clipped[5].item<double>(), 1.0, 1e-6);
    EXPECT_NEAR(clipped[1].item<double>(), 0.05 / 0.7, 1e-6);
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
    EXPECT_EQ(c.secondJudge, "none");
    EXPECT_EQ(studyGrid("quick", c).secondJudge, "none");
    EXPECT_EQ(pipelineSettings(c)["study"]["second_judge"], "none");
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
    StudyConfig s = studyGrid("quick", config);
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
    ProgressSink& stepStarted(const RunItem&, int, int) override { return m_quiet; }
    ProgressSink& pointStarted(const StudyPoint&, int index, int) override
    {
        m_cancel = index == cancelAt;
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
    Counter first;
    first.cancelAt = 2;
    EXPECT_THROW(runStudyPoints(config, study, dir.file("lab"), {}, first, first), Error);
    ASSERT_EQ(first.ran.size(), 2u);
    const std::string done0 = test::readText(dir.file("lab/study/points/" + study.points[0].id + ".json"));
    EXPECT_FALSE(fs::exists(dir.file("lab/study/points/" + study.points[2].id + ".json")));

    Counter second;
    const std::vector<std::string> ran = runStudyPoints(config, study, dir.file("lab"), {}, second, second);
    EXPECT_EQ(second.kept, first.ran); // finished points are not recomputed
    EXPECT_EQ(ran.size(), study.points.size() - 2);
    EXPECT_EQ(test::readText(dir.file("lab/study/points/" + study.points[0].id + ".json")), done0);

    std::vector<std::string> missing;
    const StudySummary s = collectStudy(config, study, dir.file("lab"), &missing);
    EXPECT_TRUE(missing.empty());
    ASSERT_EQ(s.points.size(), study.points.size());
    EXPECT_EQ(s.points[0].relativeL2, 0.0);
    EXPECT_GT(s.points[1].relativeL2, 0.0);
    for (const StudyPointResult& p : s.points) {
        EXPECT_EQ(p.attacks.size(), 3u);
        for (const StudyAttackRow& a : p.attacks) {
            EXPECT_EQ(a.images, 6); // 3 classes x 2 restarts
            EXPECT_LE(a.interval.low, a.accuracy);
            EXPECT_GE(a.interval.high, a.accuracy);
            ASSERT_TRUE(a.accuracy2.has_value());
            EXPECT_GE(*a.accuracy2, 0.0);
            EXPECT_EQ(a.judgeVerdicts.size(), 2u); // both judges decide
            EXPECT_EQ(a.verdict.family, 6);        // 3 attacks x 2 judges
            if (a.verdict.powerTarget && a.verdict.imagesFor80 > 0) {
                EXPECT_EQ(a.verdict.imagesFor80 % 3, 0); // whole restarts of the 3 classes
            }
        }
    }
    // The noise control copies its encryption point's per-layer drift (within 1 %).
    for (const StudyPointResult& p : s.points) {
        if (p.point.defence != "noise")
            continue;
        for (const StudyPointResult& e : s.points) {
            if (e.point.id != p.point.matches)
                continue;
            for (size_t l = 0; l < p.drift.size(); ++l) {
                EXPECT_NEAR(p.drift[l].relativeL2, e.drift[l].relativeL2, 0.01 * e.drift[l].relativeL2 + 1e-9);
            }
        }
    }
    const std::string csv = test::readText(dir.file("lab/study/study.csv"));
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "defence,strength,weight_relative_l2,snn_accuracy,reconverted_ann_accuracy,attack,"
              "judge_accuracy,judge_ci_low,judge_ci_high,images,fid,verdict,too_few_images");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), long(1 + 3 * study.points.size()));
    // Six images per attack are far below a verdict's 100: every row says its verdict rests on too few.
    std::istringstream rows(csv);
    std::string row;
    std::getline(rows, row);
    while (std::getline(rows, row))
        EXPECT_EQ(row.substr(row.rfind(',')), ",1") << row;

    // Every attack image is kept for people to rate; once some are rated, study.csv gains the
    // human columns (accuracy, interval, ratings), empty for the attacks nobody rated.
    const RatingImageSet images = collectRatingImages(dir.file("lab"));
    EXPECT_EQ(images.images.size(), study.points.size() * 3 * 6);
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
    EXPECT_EQ(missing.size(), study.points.size());
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
    ASSERT_EQ(commands.size(), study.points.size());
    for (auto it = study.points.rbegin(); it != study.points.rend(); ++it) {
        EXPECT_NE(commands[size_t(study.points.rend() - it - 1)].find("--point " + it->id), std::string::npos);
        Counter job;
        EXPECT_EQ(runStudyPoints(config, study, dir.file("jobs"), {it->id}, job, job, false), std::vector<std::string>{it->id});
    }
    collectStudy(config, study, dir.file("jobs"));
    EXPECT_EQ(test::readText(dir.file("jobs/study/study.csv")), test::readText(dir.file("single/study/study.csv")));
    EXPECT_THROW(runStudyPoints(config, study, dir.file("jobs"), {"no-such-point"}, prep, prep, false), Error);
}

} // namespace
} // namespace psnn
