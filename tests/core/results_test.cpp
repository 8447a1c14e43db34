// SPDX-License-Identifier: GPL-3.0-or-later
// results.json's typed model: every section survives toJson -> fromJson unchanged, a version 1
// lab still opens (converted), and a broken or newer file is refused with the section and way out.
#include "privatesnn/error.h"
#include "privatesnn/results.h"
#include "privatesnn/steps.h"

#include <gtest/gtest.h>

namespace psnn {
namespace {

using nlohmann::json;

/// Every field of every section set, to values unlike the defaults.
LabResults fullResults()
{
    LabResults r;
    r.profile = "demo";
    r.generated = "2026-12-01T10:00:00Z";
    r.lab = "/labs/a";
    r.model = {"teacher.psnn", "ab12", "vgg", {"cat", "dog"}, 1, 28, 28, 1234, 5678,
               {{"features.0", "Conv2d", {4, 28, 28}, 40, 28224}, {"classifier.1", "Linear", {2}, 18, 16}}};
    r.judge = JudgeInfo{"judge.psnn", "cd34", "judge"};
    r.dataFree = DataFreeProof{"weights", "synthetic", "synthetic + soft labels", "mnist:test", "ef56", {"accuracy", "leakage reference"}};
    r.synthesis = SynthesisResults{20, 10, 50, 3.5, 0.9, 1.25, 31.4, {{1, 0.5}, {0.5, 1}}, {{0, "a.png"}, {1, "b.png"}}, {{1, 2.5}, {50, 0.75}}};
    r.conversion = ConversionResults{6, 0.9, "p99.9", "channel", 20, 1.75, {{"features.0", 1.5, 4}, {"classifier.1", 2.25, 1}}};
    r.accuracy = AccuracyResults{30, 0.9, 0.85, 0.8, 6, 4, {0.5, 0.85}, {0.4, 0.8}};
    r.activity = ActivityResults{22.9, 6, {{"features.0", 0.6, 0.1}}, {{"features.0", 0.3, 0.075}}};
    r.energy = EnergyResults{100.5, 4.6, 0.9, "per inference",
                             NetworkEnergy{50.25, {{"features.0", 28224, 0.5, 100.5, 50.25}}},
                             NetworkEnergy{40.125, {{"features.0", 28224, 0.25, 100.5, 40.125}}}};
    r.encryption =
        EncryptionResults{4,
                          3,
                          20,
                          12.5,
                          1,
                          {0.5, 2, 1e-3, 8, "hard", "membrane", 1.5, true},
                          0.7,
                          {{1, 1e-3, 0.5, 0.25, 0.75, 0.6, 0.65, 4.25}, {2, 5e-4, 0.4, 0.2, 0.6, 0.7, -1, 4}},
                          {{"features.0", 0.99, 0.05}},
                          1 << 20,
                          14.25};
    LeakageVerdict decided{"attack 1", "SNN",        "rule",       "text", true, StudyVerdict::Leaks,
                           "leaks",    std::nullopt, std::nullopt, 30,     0.7,  0.95,
                           1e-6,       0.9};
    LeakageVerdict undecided;
    undecided.attack = "attack 2";
    undecided.target = "SNN";
    undecided.explanation = "No judge";
    r.leakage = LeakageResults{"judge penultimate layer", 30, 0.5,
                               {{"attack 1", "SNN", 30, 45.5, 0.0125, 0.002, 2.5, 0.9, 0.8}, {"attack 2", "SNN", 30, 50, 0.02, 0.003, 1, {}, {}}},
                               "images/leakage_grid.png", {decided, undecided}};
    r.config = {{"seed", 7}, {"profile", "demo"}};
    r.provenance = Provenance{"privatesnn 1.0", "x86_64", {{"LibTorch", "2.1"}}, 2,
                              {{"convert", "t0", "t1", 1.75, 7, "key", {{"teacher", "ab12"}}, {{"snn.psnn", "99"}}}}};
    return r;
}

TEST(Results, EverySectionRoundTrips)
{
    const json written = toJson(fullResults());
    const LabResults read = labResultsFromJson(written);
    EXPECT_EQ(toJson(read), written);
    EXPECT_EQ(parseLabResults(written.dump()).encryption->settings.readout, "membrane");
    // Each section alone, through its own binding.
    EXPECT_EQ(json(written["synthesis"].get<SynthesisResults>()), written["synthesis"]);
    EXPECT_EQ(json(written["conversion"].get<ConversionResults>()), written["conversion"]);
    EXPECT_EQ(json(written["accuracy"].get<AccuracyResults>()), written["accuracy"]);
    EXPECT_EQ(json(written["activity"].get<ActivityResults>()), written["activity"]);
    EXPECT_EQ(json(written["energy"].get<EnergyResults>()), written["energy"]);
    EXPECT_EQ(json(written["encryption"].get<EncryptionResults>()), written["encryption"]);
    EXPECT_EQ(json(written["leakage"].get<LeakageResults>()), written["leakage"]);
    EXPECT_EQ(json(written["provenance"].get<Provenance>()), written["provenance"]);
    EXPECT_EQ(json(written["model"].get<ModelResults>()), written["model"]);
    EXPECT_EQ(json(written["data_free"].get<DataFreeProof>()), written["data_free"]);
    EXPECT_EQ(json(written["judge"].get<JudgeInfo>()), written["judge"]);
    // Undecided verdicts say so with null, as readers of the file expect.
    EXPECT_TRUE(written["leakage"]["verdicts"][1]["leaks"].is_null());
    EXPECT_FALSE(read.leakage->verdicts[1].leaks.has_value());
    EXPECT_EQ(read.accuracy->encryptedTimesteps, 4);
    EXPECT_EQ(*read.conversion->seconds, 1.75);
}

TEST(Results, MissingFieldsStayEmpty)
{
    const LabResults r = parseLabResults(R"({"schema": "privatesnn-results", "version": 2, "model": {"name": "m"},
                                             "conversion": {"timesteps": 8}, "accuracy": {"ann": 0.5}})");
    EXPECT_EQ(r.model.name, "m");
    EXPECT_EQ(r.conversion->timesteps, 8);
    EXPECT_FALSE(r.conversion->seconds.has_value());
    EXPECT_FALSE(r.accuracy->converted.has_value());
    EXPECT_FALSE(r.encryption.has_value());
}

TEST(Results, VersionOneLabOpensConverted)
{
    // What version 1 wrote: no conversion.seconds (the step record had it), and the hand-made
    // files' single accuracy.timesteps.
    const json v1 = {{"schema", "privatesnn-results"},
                     {"version", 1},
                     {"model", {{"name", "teacher"}}},
                     {"conversion", {{"timesteps", 32}, {"images", 100}}},
                     {"accuracy", {{"ann", 0.9}, {"converted", 0.88}, {"timesteps", 32}}},
                     {"activity", {{"input_rate", 22.9}}},
                     {"provenance", {{"steps", json::array({{{"step", "convert"}, {"seconds", 12.5}}})}}}};
    const LabResults r = labResultsFromJson(v1);
    EXPECT_EQ(r.version, 1);
    ASSERT_TRUE(r.conversion->seconds.has_value());
    EXPECT_EQ(*r.conversion->seconds, 12.5);
    EXPECT_EQ(r.accuracy->convertedTimesteps, 32);
    EXPECT_FALSE(r.accuracy->encryptedTimesteps.has_value()); // no encrypted row to label
    EXPECT_EQ(r.activity->inputTimesteps, 32);
    EXPECT_EQ(toJson(r)["version"], kResultsVersion);
}

TEST(Results, AnAccuracyThatWasNotMeasuredStaysAbsent)
{
    // Version 1 wrote -1 for "no evaluation during training"; it must not print as -100 %.
    json v1 = {{"schema", "privatesnn-results"}, {"version", 1}, {"model", {{"name", "teacher"}}},
               {"encryption", {{"timesteps", 30}, {"accuracy_before", -1}}}};
    EXPECT_FALSE(labResultsFromJson(v1).encryption->accuracyBefore.has_value());
    v1["encryption"]["accuracy_before"] = 0.83;
    EXPECT_EQ(labResultsFromJson(v1).encryption->accuracyBefore, 0.83);
}

TEST(Results, LabsBeforeTheThreeWayVerdictAreReadAsWhatTheyShowed)
{
    // Such labs stored only "leaks"; false meant a binomial test that failed to reject, which is no
    // evidence of protection, and its sentence claimed otherwise.
    json old = {{"schema", "privatesnn-results"},
                {"version", 2},
                {"model", {{"name", "teacher"}}},
                {"leakage",
                 {{"verdicts",
                   {{{"attack", "attack 1"}, {"leaks", true}, {"explanation", "leaks"}},
                    {{"attack", "attack 2"}, {"leaks", false}, {"explanation", "no leak"}},
                    {{"attack", "attack 2"}, {"leaks", nullptr}, {"explanation", "no judge"}}}}}}};
    const std::vector<LeakageVerdict> v = labResultsFromJson(old).leakage->verdicts;
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(v[0].verdict, StudyVerdict::Leaks);
    EXPECT_EQ(v[0].leaks, true);
    EXPECT_EQ(v[1].verdict, StudyVerdict::Inconclusive);
    EXPECT_FALSE(v[1].leaks.has_value());
    EXPECT_TRUE(v[1].explanation.empty());
    EXPECT_FALSE(v[2].verdict.has_value());
    EXPECT_EQ(v[2].explanation, "no judge");
    // Written back, the verdict travels by name.
    EXPECT_EQ(toJson(labResultsFromJson(old))["leakage"]["verdicts"][1]["verdict"], "inconclusive");
    old["leakage"]["verdicts"][0]["verdict"] = "maybe";
    EXPECT_THROW(labResultsFromJson(old), Error);
}

TEST(Results, FourVerdictsWithTheirPowerFigureAndOlderImagesNeeded)
{
    json lab = {{"schema", "privatesnn-results"},
                {"version", kResultsVersion},
                {"model", {{"name", "teacher"}}},
                {"leakage",
                 {{"verdicts",
                   {{{"attack", "attack 1"},
                     {"leaks", true},
                     {"verdict", "leaks_within_margin"},
                     {"power_target", "leaks_beyond_margin"},
                     {"images_for_80", 230}},
                    {{"attack", "attack 2"},
                     {"leaks", nullptr},
                     {"verdict", "inconclusive"},
                     {"power_target", "within_margin"},
                     {"images_for_80", 0}}}}}}};
    std::vector<LeakageVerdict> v = labResultsFromJson(lab).leakage->verdicts;
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].verdict, StudyVerdict::LeaksWithinMargin);
    EXPECT_EQ(v[0].powerTarget, PowerTarget::LeaksBeyondMargin);
    EXPECT_EQ(v[0].imagesFor80, 230);
    EXPECT_EQ(v[1].powerTarget, PowerTarget::WithinMargin);
    EXPECT_EQ(v[1].imagesFor80, 0); // more than 100000, not "unknown"
    const json back = toJson(labResultsFromJson(lab))["leakage"]["verdicts"];
    for (size_t i = 0; i < 2; ++i)
        for (const char* key : {"verdict", "power_target", "images_for_80", "leaks"})
            EXPECT_EQ(back[i][key], lab["leakage"]["verdicts"][i][key]) << key;
    // Version 2 wrote the images at which a repeated rate would decide; it is read and dropped.
    lab["version"] = 2;
    lab["leakage"]["verdicts"] = {{{"attack", "attack 1"}, {"verdict", "inconclusive"}, {"images_needed", 177}}};
    v = labResultsFromJson(lab).leakage->verdicts;
    EXPECT_EQ(v[0].verdict, StudyVerdict::Inconclusive);
    EXPECT_FALSE(v[0].powerTarget.has_value());
    EXPECT_FALSE(toJson(labResultsFromJson(lab))["leakage"]["verdicts"][0].contains("images_needed"));
}

TEST(Results, RefusesWhatItCannotRead)
{
    auto codeOf = [](const std::string& text) {
        try {
            parseLabResults(text);
        } catch (const Error& e) {
            EXPECT_FALSE(e.hint().empty()) << e.what();
            return std::make_pair(e.code(), std::string(e.what()));
        }
        return std::make_pair(ErrorCode::Cancelled, std::string("accepted"));
    };
    EXPECT_EQ(codeOf("{").first, ErrorCode::BadFormat);
    EXPECT_EQ(codeOf(R"({"schema": "other", "version": 2, "model": {}})").first, ErrorCode::BadFormat);
    EXPECT_EQ(codeOf(R"({"schema": "privatesnn-results", "version": 2})").first, ErrorCode::BadFormat);
    const auto newer = codeOf(R"({"schema": "privatesnn-results", "version": )" + std::to_string(kResultsVersion + 1)
                              + R"(, "model": {}})");
    EXPECT_EQ(newer.first, ErrorCode::Unsupported);
    EXPECT_NE(newer.second.find("newer"), std::string::npos);
    const auto wrongType = codeOf(R"({"schema": "privatesnn-results", "version": 2, "model": {},
                                     "conversion": {"timesteps": "eight"}})");
    EXPECT_EQ(wrongType.first, ErrorCode::BadFormat);
    EXPECT_NE(wrongType.second.find("\"conversion\""), std::string::npos) << wrongType.second;
    const auto notObject = codeOf(R"({"schema": "privatesnn-results", "version": 2, "model": {}, "energy": [1]})");
    EXPECT_NE(notObject.second.find("\"energy\""), std::string::npos) << notObject.second;
}

TEST(Steps, TravelInJsonByName)
{
    // `privatesnn --json run` lists the steps that ran and were kept: names, not enum numbers.
    const json steps = std::vector<Step>{Step::Synthesize, Step::EvaluateEncrypted};
    EXPECT_EQ(steps, json({"synthesize", "evaluate_encrypted"}));
    EXPECT_EQ(steps.get<std::vector<Step>>(), (std::vector<Step>{Step::Synthesize, Step::EvaluateEncrypted}));
    EXPECT_THROW(json("measure").get<Step>(), Error);
    EXPECT_THROW(json(2).get<Step>(), Error);
}

} // namespace
} // namespace psnn
