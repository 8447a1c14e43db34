// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline on a tiny model: every step runs, a rerun skips, a changed setting reruns only what
// depends on it, a cancelled encryption resumes to the same weights, evaluation data stays out of
// the data-free steps, and the config survives its JSON form.
#include "expect_error.h"
#include "pipeline_internal.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/ratings.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/study_stats.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// A trained tiny teacher and a folder of real evaluation images, made once for the suite.
struct PipelineTestFiles {
    test::TempDir dir;
    test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
    std::string teacher = inputs.teacher;
    std::string evalFolder = inputs.evalFolder;
    std::string otherEvalFolder = dir.file("eval2");

    PipelineTestFiles() { test::writeImageFolder(otherEvalFolder, test::bands(30, 9), loadNetwork(teacher).input); }
};

const PipelineTestFiles& pipelineTestFiles()
{
    static const PipelineTestFiles f;
    return f;
}

PipelineConfig pipelineTestConfig()
{
    return test::tinyPipelineConfig(pipelineTestFiles().teacher, pipelineTestFiles().evalFolder);
}

/// Records the steps; optionally cancels once encryption has checkpointed a given epoch.
class PipelineRecorder : public PipelineObserver, public ProgressSink {
public:
    int cancelAfterEpoch = 0;
    std::vector<std::string> started;

    ProgressSink& stepStarted(const RunItem& item, int, int) override
    {
        started.push_back(item.name());
        return *this;
    }
    void metric(const std::string& series, double x, double) override
    {
        // "train_accuracy" comes after the epoch's checkpoint is on disk.
        if (series == "train_accuracy" && cancelAfterEpoch > 0 && int(x) >= cancelAfterEpoch)
            m_cancel = true;
    }
    bool cancelled() const override { return m_cancel; }
    void image(const std::string& series, int64_t, int channels, int height, int width, const std::vector<float>& pixels) override
    {
        ++images[series];
        EXPECT_EQ(pixels.size(), size_t(channels * height * width));
        for (float v : pixels)
            ASSERT_TRUE(v >= 0 && v <= 1) << series;
    }
    std::map<std::string, int> images;
    void note(const std::string& line) override { notes.push_back(line); }
    void resultsWritten(const LabResults& written) override { results.push_back(toJson(written)); }
    std::vector<std::string> notes;
    std::vector<json> results;

private:
    bool m_cancel = false;
};

void expectSameWeights(const std::string& a, const std::string& b)
{
    const SpikingModel x = loadSpikingModel(a), y = loadSpikingModel(b);
    const auto px = x.network.parameters(), py = y.network.parameters();
    ASSERT_EQ(px.size(), py.size());
    for (size_t i = 0; i < px.size(); ++i)
        EXPECT_TRUE(at::equal(px[i], py[i])) << "parameter " << i;
}

TEST(Pipeline, RunsEveryStepAndWritesTheResults)
{
    test::TempDir dir;
    PipelineRecorder observer;
    const PipelineOutcome out = runPipeline(pipelineTestConfig(), dir.file("lab"), observer);
    EXPECT_EQ(out.ran, pipelineSteps());
    EXPECT_TRUE(out.skipped.empty());

    const json r = test::readJson(dir.file("lab/results.json"));
    EXPECT_EQ(r["schema"], "privatesnn-results");
    EXPECT_EQ(r["synthesis"]["images"], 18);
    EXPECT_EQ(r["synthesis"]["class_similarity"].size(), 3u);
    const json& curve = r["synthesis"]["loss_curve"];
    ASSERT_GE(curve.size(), 2u); // [step, loss] pairs over the whole synthesis
    EXPECT_LT(curve.back()[1].get<double>(), curve.front()[1].get<double>());
    EXPECT_EQ(r["conversion"]["thresholds"].size(), 3u); // two convs and the hidden FC spike
    EXPECT_EQ(r["accuracy"]["eval_images"], 30);
    EXPECT_EQ(r["accuracy"]["converted_per_step"].size(), 6u);
    EXPECT_GT(r["accuracy"]["ann"].get<double>(), 0.6); // the bands are easy: well above chance (1/3)
    EXPECT_TRUE(r["accuracy"].contains("encrypted"));
    EXPECT_EQ(r["encryption"]["epochs"].size(), 3u);
    // The whole step, timed by the runner, includes the training time the step reports itself.
    EXPECT_GE(r["encryption"]["wall_seconds"].get<double>(), r["encryption"]["seconds"].get<double>());
    EXPECT_EQ(r["activity"]["converted"].size(), 3u);
    EXPECT_GT(r["energy"]["converted"]["snn_pj"].get<double>(), 0);
    // Attack 1 on ANN, SNN, encrypted SNN, attack 2 on SNN and encrypted SNN, plus two reference rows.
    EXPECT_EQ(r["leakage"]["rows"].size(), 7u);
    EXPECT_EQ(r["leakage"]["verdicts"].size(), 4u);
    // A user's judge without a second one: the verdicts rest on it alone, and say so.
    EXPECT_FALSE(r.contains("second_judge"));
    for (const json& v : r["leakage"]["verdicts"]) {
        EXPECT_EQ(v["judges"], 1);
        EXPECT_FALSE(v.contains("judge2_accuracy"));
    }
    EXPECT_TRUE(fs::exists(dir.file("lab/" + r["leakage"]["grid"].get<std::string>())));
    for (const json& s : r["synthesis"]["samples"])
        EXPECT_TRUE(fs::exists(dir.file("lab/" + s["file"].get<std::string>())));
    EXPECT_EQ(r["provenance"]["steps"].size(), 6u);
    // Every figure the report prints is written: the T of each SNN row, the conversion's time.
    EXPECT_EQ(r["version"], kResultsVersion);
    const LabResults typed = labResultsFromJson(r);
    EXPECT_EQ(typed.accuracy->convertedTimesteps, 6);
    EXPECT_EQ(typed.accuracy->encryptedTimesteps, typed.encryption->timesteps);
    ASSERT_TRUE(typed.conversion->seconds.has_value());
    EXPECT_EQ(*typed.conversion->seconds, typed.provenance->find("convert")->seconds);
    EXPECT_GT(*typed.conversion->seconds, 0);
    EXPECT_EQ(typed.activity->inputTimesteps, typed.accuracy->encryptedTimesteps); // the last evaluation's window
    EXPECT_EQ(toJson(typed), r); // the file is exactly what the typed model writes
    EXPECT_FALSE(fs::exists(dir.file("lab/encrypt.ckpt"))); // removed once the encrypted model is saved
    EXPECT_EQ(Lab::open(dir.file("lab")).records().size(), 6u);
    EXPECT_EQ(observer.images["synthesis"], 18); // every synthetic image, live
    EXPECT_GT(observer.images["attack 1"], 0);
    EXPECT_GT(observer.images["attack 2"], 0);
    // Steps reach the observer once, through stepStarted; the lab's log keeps its own line.
    for (const std::string& note : observer.notes)
        EXPECT_NE(note.rfind("Step ", 0), 0u) << note;
    std::ifstream log(dir.file("lab/log.txt"));
    const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("Step encrypt started"), std::string::npos);
}

TEST(Pipeline, RerunSkipsFinishedStepsAndAChangeRerunsOnlyWhatDependsOnIt)
{
    test::TempDir dir;
    PipelineRecorder first;
    PipelineConfig config = pipelineTestConfig();
    const PipelineOutcome out = runPipeline(config, dir.file("lab"), first);
    const json before = test::readJson(dir.file("lab/results.json"));
    // One results.json per step that ran, the last one already final: no extra write at the end.
    EXPECT_EQ(first.results.size(), pipelineSteps().size());
    ASSERT_FALSE(first.results.empty());
    EXPECT_EQ(first.results.back(), toJson(out.results));
    EXPECT_EQ(first.results.back(), before) << "the observer hears what results.json holds";

    PipelineRecorder again;
    const PipelineOutcome same = runPipeline(config, dir.file("lab"), again);
    EXPECT_TRUE(same.ran.empty());
    EXPECT_EQ(same.skipped, pipelineSteps());
    EXPECT_EQ(again.results.size(), 1u); // only kept steps: written once, at the end
    EXPECT_EQ(test::readJson(dir.file("lab/results.json"))["accuracy"], before["accuracy"]);

    config.encryption.epochs = 2;
    PipelineRecorder changed;
    const PipelineOutcome partly = runPipeline(config, dir.file("lab"), changed);
    EXPECT_EQ(partly.skipped, (std::vector<Step>{Step::Synthesize, Step::Convert, Step::Evaluate}));
    EXPECT_EQ(partly.ran, (std::vector<Step>{Step::Encrypt, Step::EvaluateEncrypted, Step::Attack}));
    EXPECT_EQ(test::readJson(dir.file("lab/results.json"))["encryption"]["epochs"].size(), 2u);

    // A second judge is an input of the attack step only. The teacher again: both judges are one
    // network, so each row's two accuracies must agree (the second judge sees the same images in
    // the same input space).
    config.secondJudge = pipelineTestFiles().teacher;
    PipelineRecorder judged;
    const PipelineOutcome twice = runPipeline(config, dir.file("lab"), judged);
    EXPECT_EQ(twice.ran, (std::vector<Step>{Step::Attack}));
    const json r = test::readJson(dir.file("lab/results.json"));
    EXPECT_EQ(r["second_judge"]["sha256"], r["judge"]["sha256"]);
    for (const json& row : r["leakage"]["rows"])
        EXPECT_DOUBLE_EQ(row["judge2_accuracy"].get<double>(), row["judge_accuracy"].get<double>()) << row["attack"];
    for (const json& v : r["leakage"]["verdicts"]) {
        EXPECT_EQ(v["judges"], 2);
        EXPECT_EQ(v["decided_by_judge"], 1); // equal parts: the first holds the interval
        EXPECT_NE(v["rule"].get<std::string>().find("1 - alpha / 2"), std::string::npos);
    }
    // The attack images record both judges' classes, for the classroom's reveal.
    const json manifest =
        test::readJson(dir.file("lab/" + std::string(kLabAttackImagesFolder) + "/" + kAttackImagesManifest));
    ASSERT_FALSE(manifest["images"].empty());
    EXPECT_TRUE(manifest["images"][0].contains("judge2_class")) << manifest["images"][0];

    // A second judge of other classes is refused before anything runs, naming it.
    Network twoClasses = loadNetwork(pipelineTestFiles().teacher);
    auto last = std::find_if(twoClasses.layers.rbegin(), twoClasses.layers.rend(),
                             [](const Layer& l) { return l.weight.defined(); });
    ASSERT_NE(last, twoClasses.layers.rend());
    last->weight = last->weight.narrow(0, 0, 2).clone();
    if (last->bias.defined() && last->bias.numel() > 0)
        last->bias = last->bias.narrow(0, 0, 2).clone();
    twoClasses.info.classNames.resize(2);
    saveNetwork(dir.file("two-classes.psnn"), twoClasses);
    config.secondJudge = dir.file("two-classes.psnn");
    PipelineRecorder mismatched;
    test::expectError([&] { runPipeline(config, dir.file("lab"), mismatched); }, ErrorCode::ShapeMismatch,
                      {"The second judge has 2 classes"});
    EXPECT_TRUE(mismatched.started.empty());

    config.secondJudge = pipelineTestFiles().teacher;
    config.judge = "none";
    PipelineRecorder refused;
    test::expectError([&] { runPipeline(config, dir.file("lab"), refused); }, ErrorCode::InvalidArgument,
                      {"without a judge"});
}

TEST(Pipeline, StopsAfterTheNamedStepAndLeavesStaleResultsOutOfTheReport)
{
    test::TempDir dir;
    PipelineConfig config = pipelineTestConfig();
    PipelineRecorder full;
    runPipeline(config, dir.file("lab"), full);
    EXPECT_TRUE(test::readJson(dir.file("lab/results.json")).contains("encryption"));

    config.synthesis.steps = 10; // new images: everything after synthesis is out of date
    PipelineRecorder partial;
    const PipelineOutcome out = runPipeline(config, dir.file("lab"), partial, Step::Convert);
    EXPECT_EQ(out.ran, (std::vector<Step>{Step::Synthesize, Step::Convert}));
    EXPECT_EQ(partial.started, (std::vector<std::string>{"synthesize", "convert"})); // the observer hears names
    const json r = test::readJson(dir.file("lab/results.json"));
    EXPECT_TRUE(r.contains("conversion"));
    EXPECT_FALSE(r.contains("encryption"));
    EXPECT_FALSE(r.contains("leakage"));
    EXPECT_NE(Lab::open(dir.file("lab")).record("encrypt"), nullptr); // kept on disk, just not reported
}

TEST(Pipeline, EvaluationDataNeverReachesTheDataFreeSteps)
{
    test::TempDir dir;
    PipelineRecorder first;
    PipelineConfig config = pipelineTestConfig();
    runPipeline(config, dir.file("lab"), first);
    const Lab lab = Lab::open(dir.file("lab"));
    const std::string synthetic = lab.record("synthesize")->outputs.at("synthetic.psnn");
    const std::string encrypted = lab.record("encrypt")->outputs.at("encrypted.psnn");

    config.evalData = pipelineTestFiles().otherEvalFolder; // other real images: only the measuring steps may change
    PipelineRecorder second;
    const PipelineOutcome out = runPipeline(config, dir.file("lab"), second);
    EXPECT_EQ(out.skipped, (std::vector<Step>{Step::Synthesize, Step::Convert, Step::Encrypt}));
    EXPECT_EQ(out.ran, (std::vector<Step>{Step::Evaluate, Step::EvaluateEncrypted, Step::Attack}));
    const Lab after = Lab::open(dir.file("lab"));
    EXPECT_EQ(after.record("synthesize")->outputs.at("synthetic.psnn"), synthetic);
    EXPECT_EQ(after.record("encrypt")->outputs.at("encrypted.psnn"), encrypted);
    const json proof = test::readJson(dir.file("lab/results.json"))["data_free"];
    EXPECT_EQ(proof["evaluation_data"].get<std::string>().find(pipelineTestFiles().otherEvalFolder), 0u);
}

TEST(Pipeline, CancelledEncryptionResumesToTheWeightsOfAnUninterruptedRun)
{
    test::TempDir dir;
    const PipelineConfig config = pipelineTestConfig();
    PipelineRecorder whole;
    runPipeline(config, dir.file("whole"), whole);

    PipelineRecorder interrupted;
    interrupted.cancelAfterEpoch = 2;
    try {
        runPipeline(config, dir.file("cut"), interrupted);
        FAIL() << "the pipeline should have been cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    EXPECT_TRUE(fs::exists(dir.file("cut/encrypt.ckpt")));
    EXPECT_EQ(Lab::open(dir.file("cut")).records().size(), 3u); // synthesize, convert, evaluate were kept
    EXPECT_TRUE(test::readJson(dir.file("cut/results.json")).contains("conversion"));

    PipelineRecorder resumed;
    const PipelineOutcome out = runPipeline(config, dir.file("cut"), resumed);
    EXPECT_EQ(out.skipped, (std::vector<Step>{Step::Synthesize, Step::Convert, Step::Evaluate}));
    EXPECT_EQ(test::readJson(dir.file("cut/results.json"))["encryption"]["resumed_from_epoch"], 2);
    expectSameWeights(dir.file("whole/encrypted.psnn"), dir.file("cut/encrypted.psnn"));
}

TEST(PipelineConfig, JsonRoundTripKeepsEverySettingAndRefusesUnknownKeys)
{
    PipelineConfig c = paperProfile();
    c.synthesis.steps = 77;
    c.conversion.scale = 0.6;
    c.conversion.coding = InputCoding::Direct;
    c.encryption.ceTarget = CeTarget::Soft;
    c.encryption.readout = LogitReadout::Sum;
    c.encryption.surrogate.scale = 0.3;
    c.leakage.attack2.classes = {1, 4};
    c.evalData = "cifar10:/x/test_batch.bin";
    const PipelineConfig back = pipelineConfigFromText(pipelineConfigText(c), demoProfile());
    EXPECT_EQ(pipelineConfigText(back), pipelineConfigText(c));
    EXPECT_EQ(back.conversion.coding, InputCoding::Direct);
    EXPECT_EQ(back.encryption.readout, LogitReadout::Sum);
    EXPECT_EQ(back.leakage.attack2.classes, (std::vector<int64_t>{1, 4}));

    const PipelineConfig partial = pipelineConfigFromText(R"({"encryption": {"epochs": 3}})", demoProfile());
    EXPECT_EQ(partial.encryption.epochs, 3);
    EXPECT_EQ(partial.synthesis.perClass, demoProfile().synthesis.perClass);

    // A setting that was retired (gradient checkpointing) is read from older labs and dropped.
    const PipelineConfig older =
        pipelineConfigFromText(R"({"encryption": {"epochs": 3, "recompute_chunk": 5}})", demoProfile());
    EXPECT_EQ(older.encryption.epochs, 3);
    EXPECT_EQ(pipelineConfigText(older).find("recompute_chunk"), std::string::npos);

    EXPECT_THROW(pipelineConfigFromText(R"({"encryption": {"epoch": 3}})", demoProfile()), Error);
    EXPECT_THROW(pipelineConfigFromText(R"({"synthesis": {"steps": "many"}})", demoProfile()), Error);
    EXPECT_THROW(pipelineConfigFromText(R"({"encryption": {"readout": "mean"}})", demoProfile()), Error);
    EXPECT_THROW(pipelineConfigFromText("{not json", demoProfile()), Error);
    EXPECT_THROW(profileByName("fast"), Error);
}

TEST(Lab, RefusesAFolderThatHoldsOtherFiles)
{
    test::TempDir dir;
    fs::create_directories(dir.file("mine"));
    std::ofstream(dir.file("mine/notes.txt")) << "keep me";
    EXPECT_THROW(Lab::open(dir.file("mine")), Error);
    EXPECT_TRUE(fs::exists(dir.file("mine/notes.txt")));
    std::ofstream(dir.file("mine/lab.json")) << R"({"schema": "privatesnn-lab", "version": 99})";
    EXPECT_THROW(Lab::open(dir.file("mine")), Error);
}

TEST(Verdicts, AttackThreeIsJudgedWithItsOwnRestartsAndComparedWithItsOwnPlainRow)
{
    const json rows =
        json::array({{{"attack", "attack 1"}, {"target", "SNN"}, {"images", 30}, {"judge_accuracy", 0.5}},
                     {{"attack", "attack 3"}, {"target", "SNN"}, {"images", 70}, {"judge_accuracy", 0.9}},
                     {{"attack", "attack 3"}, {"target", "encrypted SNN"}, {"images", 70}, {"judge_accuracy", 0.6}}});
    LeakageStudyConfig attacks;
    attacks.attack1.restarts = 3;
    attacks.attack3.restarts = 7; // 70 images: 10 classes x 7 restarts
    const json v = pipeline_detail::leakageVerdicts(rows.get<std::vector<LeakageRowResult>>(), 0.1, 0.05, attacks);
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(v[1]["attack"], "attack 3");
    EXPECT_EQ(v[1]["verdict"], "leaks");
    // Against attack 3's own unencrypted row (90 %), not attack 1's (50 %).
    EXPECT_NE(v[2]["explanation"].get<std::string>().find("-30.0 points"), std::string::npos) << v[2]["explanation"];
}

TEST(Verdicts, TwoJudgesDecideTogetherEachAtHalfTheErrorRate)
{
    auto row = [](const char* attack, const char* target, double judge1, std::optional<double> judge2) {
        LeakageRowResult r{attack, target, 200, 0, 0, 0, std::nullopt, judge1, std::nullopt, judge2};
        return r;
    };
    LeakageStudyConfig attacks;
    attacks.attack1.restarts = 20; // 200 images: 10 classes x 20 restarts
    attacks.attack2.restarts = 20;
    // 30 of 200: the 95 % interval (one judge) starts above chance, the 97.5 % one (two) does not.
    const std::vector<LeakageVerdict> v = pipeline_detail::leakageVerdicts(
        {row("attack 1", "SNN", 0.15, std::nullopt), row("attack 2", "SNN", 0.10, 0.15),
         row("attack 1", "encrypted SNN", 0.10, 0.09), row("attack 2", "encrypted SNN", 0.10, 0.30)},
        0.1, 0.05, attacks);
    ASSERT_EQ(v.size(), 4u);
    EXPECT_EQ(v[0].verdict, StudyVerdict::LeaksWithinMargin);
    EXPECT_EQ(v[0].judges, 1);
    EXPECT_NEAR(*v[0].ciLow, clopperPearson(30, 200, 0.95).low, 1e-12);
    EXPECT_EQ(v[1].verdict, StudyVerdict::Inconclusive);
    EXPECT_EQ(v[1].judges, 2);
    EXPECT_EQ(v[1].decidedBy, 2); // the open part holds the interval
    EXPECT_NEAR(*v[1].ciLow, clopperPearson(30, 200, 0.975).low, 1e-12);
    EXPECT_NE(v[1].explanation.find("97.5 % interval"), std::string::npos) << v[1].explanation;
    // Protected only when both judges are.
    EXPECT_EQ(v[2].verdict, StudyVerdict::Protected);
    EXPECT_EQ(v[2].leaks, false);
    // Leaks when either judge's interval does: judge 2 here, judge 1 at chance.
    EXPECT_EQ(v[3].verdict, StudyVerdict::Leaks);
    EXPECT_EQ(v[3].decidedBy, 2);
    EXPECT_NEAR(*v[3].ciLow, clopperPearson(60, 200, 0.975).low, 1e-12);
    EXPECT_DOUBLE_EQ(*v[3].judge2Accuracy, 0.30);
    EXPECT_DOUBLE_EQ(*v[3].judgeAccuracy, 0.10);
    EXPECT_NE(v[3].explanation.find("Judge 2 puts 60 of 200"), std::string::npos) << v[3].explanation;
}

TEST(Verdicts, PlainLanguageWithFourOutcomesAndPower)
{
    const json rows =
        json::array({{{"attack", "attack 1"}, {"target", "SNN"}, {"images", 30}, {"judge_accuracy", 0.9}},
                     {{"attack", "attack 1"}, {"target", "encrypted SNN"}, {"images", 30}, {"judge_accuracy", 0.1}},
                     {{"attack", "attack 2"}, {"target", "encrypted SNN"}, {"images", 200}, {"judge_accuracy", 0.05}},
                     {{"attack", "attack 2"}, {"target", "SNN"}, {"images", 1000}, {"judge_accuracy", 0.15}},
                     {{"attack", "reference"}, {"target", "real images"}, {"images", 30}, {"judge_accuracy", 0.9}}});
    LeakageStudyConfig attacks;
    attacks.attack1.restarts = 3; // 30 images: 10 classes x 3 restarts
    attacks.attack2.restarts = 20;
    const json v = pipeline_detail::leakageVerdicts(rows.get<std::vector<LeakageRowResult>>(), 0.1, 0.05, attacks);
    ASSERT_EQ(v.size(), 4u);
    EXPECT_TRUE(v[0]["leaks"].get<bool>());
    EXPECT_EQ(v[0]["verdict"], "leaks");
    EXPECT_FALSE(v[0].contains("power_target")); // decided: nothing more to show
    // 3 of 30 at chance: the 95 % interval reaches 27 %, so no verdict either way, and how many
    // images (whole restarts of the 10 classes) would bound it within the margin with 80 % power.
    EXPECT_TRUE(v[1]["leaks"].is_null());
    EXPECT_EQ(v[1]["verdict"], "inconclusive");
    EXPECT_EQ(v[1]["power_target"], "within_margin");
    VerdictRule rule;
    rule.chance = 0.1;
    rule.unit = 10;
    EXPECT_EQ(v[1]["images_for_80"].get<int64_t>(), imagesFor80Power(PowerTarget::WithinMargin, 0.1, rule));
    EXPECT_EQ(v[1]["images_for_80"].get<int64_t>() % 10, 0);
    EXPECT_NE(v[1]["explanation"].get<std::string>().find("-80.0 points"), std::string::npos);
    EXPECT_FALSE(v[2]["leaks"].get<bool>());
    EXPECT_EQ(v[2]["verdict_text"], "protected against this attacker budget");
    // 150 of 1000: above chance, within the margin: a leak all the same.
    EXPECT_EQ(v[3]["verdict"], "leaks_within_margin");
    EXPECT_TRUE(v[3]["leaks"].get<bool>());
    EXPECT_NE(v[3]["explanation"].get<std::string>().find("possibly only a little"), std::string::npos);
}

} // namespace
} // namespace psnn
