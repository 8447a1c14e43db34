// SPDX-License-Identifier: GPL-3.0-or-later
// study.json as typed values: the summary survives toJson -> studySummaryFromJson unchanged, keeps
// the strongest attack and the recommendation by name, and refuses what it cannot read by field.
#include "privatesnn/error.h"
#include "privatesnn/study_summary.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

using nlohmann::json;

StudyAttackRow attack(const std::string& name, double accuracy, StudyVerdict verdict)
{
    StudyAttackRow a;
    a.attack = name;
    a.images = 100;
    a.accuracy = accuracy;
    a.interval = {accuracy - 0.1, accuracy + 0.1};
    a.bootstrap = {accuracy - 0.2, accuracy + 0.2};
    a.confidence = 0.5;
    a.fid = 12.5;
    a.kid = 0.25;
    a.fidNormalised = 0.5;
    a.kidNormalised = 0.75;
    a.mcnemarP = 0.03;
    a.verdict.verdict = verdict;
    a.verdict.interval = {accuracy - 0.15, accuracy + 0.15};
    a.verdict.family = 4;
    if (verdict == StudyVerdict::Inconclusive) {
        a.verdict.powerTarget = PowerTarget::WithinMargin;
        a.verdict.imagesFor80 = 400;
    }
    a.judgeVerdicts = {a.verdict, a.verdict};
    a.judgeVerdicts[1].interval.low -= 0.01;
    return a;
}

StudySummary summary()
{
    StudySummary s;
    s.grid = "quick";
    s.chance = 0.1;
    s.margin = 0.1;
    s.judges = 2;
    s.answer = "one sentence";
    StudyPointResult none;
    none.point = {"encryption-0", "encryption", "none", 0, 0, 0, ""};
    none.annAccuracy = 0.9;
    none.snnAccuracy = 0.88;
    none.reconvertedAccuracy = 0.8;
    none.drift = {{"features.0", 1.0, 0.0}};
    none.attacks = {attack("attack 1", 0.9, StudyVerdict::Leaks), attack("attack 2", 0.5, StudyVerdict::Inconclusive)};
    none.attacks[0].accuracy2 = 0.85;
    none.attacks[0].agreement = 0.95;
    none.references = {1, 2, 3, 4};
    none.verdict = none.attacks[0].verdict;
    none.seconds = 12;
    StudyPointResult noise = none;
    noise.point = {"noise-1", "noise", "matched", 2, 0, 0, ""};
    noise.snnAccuracy = 0.7;
    noise.attacks = {attack("attack 1", 0.12, StudyVerdict::Protected),
                     attack("attack 2", 0.15, StudyVerdict::Protected)};
    noise.strongest = 1;
    noise.verdict = noise.attacks[1].verdict;
    s.points = {none, noise};
    s.recommended = 1;
    return s;
}

TEST(StudySummary, RoundTripsThroughStudyJson)
{
    const json written = toJson(summary());
    EXPECT_EQ(written["schema"], kStudySchema);
    EXPECT_EQ(written["recommended"], "noise-1");
    EXPECT_EQ(written["points"][1]["strongest"], "attack 2");
    EXPECT_NEAR(written["points"][1]["accuracy_lost"].get<double>(), 0.2, 1e-12);
    EXPECT_EQ(written["version"], kStudyVersion);
    EXPECT_EQ(kStudyVersion, 4); // the controls (s5-ctrl's 3) and the seeds (s5-study's 3) together
    EXPECT_EQ(written["judges"], 2);
    EXPECT_EQ(written["points"][0]["attacks"][1]["verdict"], "inconclusive");
    EXPECT_EQ(written["points"][0]["attacks"][1]["verdict_text"],
              "inconclusive — ≈ 400 images for 80 % power to bound it within the margin");
    EXPECT_EQ(written["points"][0]["attacks"][1]["power_target"], "within_margin");
    EXPECT_NEAR(written["points"][0]["attacks"][1]["test_level"].get<double>(), 1 - 0.05 / 4, 1e-12);
    EXPECT_TRUE(written["points"][0]["attacks"][0]["power_target"].is_null()); // decided
    EXPECT_EQ(written["points"][0]["attacks"][0]["judges"].size(), 2u);
    EXPECT_EQ(written["points"][1]["verdict"], "protected");
    EXPECT_TRUE(written["points"][0]["attacks"][1]["judge2_accuracy"].is_null()); // no second judge
    EXPECT_EQ(written["points"][0]["attacks"][0]["judge2_accuracy"], 0.85);
    EXPECT_FALSE(
        written["points"][0]["attacks"][0].contains("correct")); // per-image outcomes stay in the points' files

    const StudySummary read = studySummaryFromJson(written);
    EXPECT_EQ(toJson(read), written);
    ASSERT_TRUE(read.recommended.has_value());
    EXPECT_EQ(*read.recommended, 1u);
    ASSERT_NE(read.points[1].strongestAttack(), nullptr);
    EXPECT_EQ(read.points[1].strongestAttack()->attack, "attack 2");
    EXPECT_EQ(read.points[0].attacks[0].verdict.verdict, StudyVerdict::Leaks);
    EXPECT_EQ(read.points[0].attacks[1].verdict.imagesFor80, 400);
    EXPECT_EQ(read.points[0].attacks[1].verdict.powerTarget, PowerTarget::WithinMargin);
    EXPECT_EQ(read.points[0].attacks[0].verdict.family, 4);
    ASSERT_EQ(read.points[0].attacks[0].judgeVerdicts.size(), 2u);
    EXPECT_NEAR(read.points[0].attacks[0].judgeVerdicts[1].interval.low, 0.74, 1e-12);
    EXPECT_EQ(read.points[1].verdict.verdict, StudyVerdict::Protected);
    EXPECT_FALSE(read.points[0].attacks[1].accuracy2.has_value());
    EXPECT_EQ(read.points[0].drift[0].path, "features.0");
}

TEST(StudySummary, ReadsVersion2WithOneSeedPerPoint)
{
    // A version 2 file has no seeds, comparisons, KID standard errors or feature extractor, and no
    // controls or later defences' doses.
    json j = toJson(summary());
    j["version"] = 2;
    j.erase("feature_extractor");
    j.erase("comparisons");
    j.erase("control_warnings");
    j.erase("transfer_share");
    for (json& p : j["points"]) {
        for (const char* key : {"seeds", "defence_seeds", "bias_l2", "layers", "bits", "label_smoothing", "epsilon"})
            p.erase(key);
        p["references"].erase("held_out_images");
        p["references"].erase("reference_images");
        for (json& a : p["attacks"])
            for (const char* key :
                 {"kid_se", "kid_normalised_se", "design_effect", "seed_judge_accuracy", "seed_judge2_accuracy"})
                a.erase(key);
    }
    const StudySummary read = studySummaryFromJson(j);
    ASSERT_EQ(read.points.size(), summary().points.size());
    EXPECT_TRUE(read.points[0].seeds.empty());
    EXPECT_EQ(read.points[0].point.seeds, 1);
    EXPECT_TRUE(read.comparisons.empty());
    EXPECT_TRUE(read.featureExtractor.empty());
    EXPECT_EQ(read.points[0].attacks[0].verdict.verdict, StudyVerdict::Leaks);
    EXPECT_DOUBLE_EQ(read.points[0].attacks[0].designEffect, 1.0);
    EXPECT_TRUE(read.controlWarnings.empty());
    EXPECT_FALSE(read.transferShare.has_value());
}

// Two lines of work each wrote a version 3: one with the controls and later defences, one with the
// defence seeds. Both read, each keeping what it has and defaulting what it lacks.
TEST(StudySummary, ReadsBothKindsOfVersion3)
{
    StudySummary both = summary();
    both.transferShare = 0.25;
    both.controlWarnings = {"judge 1 scores the random network above chance"};
    both.points[1].point.bits = 4;
    both.points[1].seeds = {StudySeedResult{0, 0.7, 0.6, 0.1, 0.01, {0.12, 0.15}},
                            StudySeedResult{1, 0.72, 0.61, 0.11, 0.02, {0.1, 0.14}}};
    both.points[1].point.seeds = 2;
    both.featureExtractor = "judge (penultimate layer)";
    const json written = toJson(both);

    json controls = written; // the controls' version 3: no seeds
    controls["version"] = 3;
    controls.erase("feature_extractor");
    controls.erase("comparisons");
    for (json& p : controls["points"])
        for (const char* key : {"seeds", "defence_seeds", "bias_l2"})
            p.erase(key);
    const StudySummary fromControls = studySummaryFromJson(controls);
    ASSERT_TRUE(fromControls.transferShare.has_value());
    EXPECT_DOUBLE_EQ(*fromControls.transferShare, 0.25);
    EXPECT_EQ(fromControls.controlWarnings, both.controlWarnings);
    EXPECT_EQ(fromControls.points[1].point.bits, 4);
    EXPECT_TRUE(fromControls.points[1].seeds.empty());
    EXPECT_EQ(fromControls.points[1].point.seeds, 1);

    json seeds = written; // the seeds' version 3: no controls
    seeds["version"] = 3;
    seeds.erase("control_warnings");
    seeds.erase("transfer_share");
    for (json& p : seeds["points"])
        for (const char* key : {"layers", "bits", "label_smoothing", "epsilon"})
            p.erase(key);
    const StudySummary fromSeeds = studySummaryFromJson(seeds);
    EXPECT_FALSE(fromSeeds.transferShare.has_value());
    EXPECT_TRUE(fromSeeds.controlWarnings.empty());
    EXPECT_EQ(fromSeeds.points[1].point.bits, 0);
    ASSERT_EQ(fromSeeds.points[1].seeds.size(), 2u);
    EXPECT_DOUBLE_EQ(fromSeeds.points[1].seeds[1].snnAccuracy, 0.72);
    EXPECT_EQ(fromSeeds.points[1].point.seeds, 2);
    EXPECT_EQ(fromSeeds.featureExtractor, both.featureExtractor);
}

TEST(StudySummary, ANameThatMatchesNothingLeavesNoneChosen)
{
    json j = toJson(summary());
    j["recommended"] = "reinit-0";
    j["points"][0]["strongest"] = nullptr;
    const StudySummary s = studySummaryFromJson(j);
    EXPECT_FALSE(s.recommended.has_value());
    EXPECT_EQ(s.points[0].strongestAttack(), nullptr);
}

TEST(StudySummary, RefusesWhatItCannotReadNamingTheField)
{
    auto message = [](const json& j) {
        try {
            studySummaryFromJson(j);
        } catch (const Error& e) {
            EXPECT_FALSE(e.hint().empty());
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    json j = toJson(summary());
    j["points"][1]["attacks"][0]["judge_accuracy"] = "high";
    EXPECT_NE(message(j).find("points[1].attacks[0].judge_accuracy"), std::string::npos) << message(j);
    j = toJson(summary());
    j["points"][0]["attacks"][0]["verdict"] = "safe";
    EXPECT_NE(message(j).find("\"leaks\", \"leaks_within_margin\", \"protected\" or \"inconclusive\""),
              std::string::npos)
        << message(j);
    j = toJson(summary());
    j["schema"] = "privatesnn-results";
    EXPECT_NE(message(j).find("not a PrivateSNN study"), std::string::npos);
    j = toJson(summary());
    j["version"] = kStudyVersion + 1;
    EXPECT_NE(message(j).find("newer"), std::string::npos);
}

TEST(StudySummary, ReadsVersionOneAsItDecided)
{
    // Version 1: judge 1 alone at 95 % (judge_ci_*), images_needed instead of a power figure, the
    // point decided by its strongest attack, three verdict names.
    const json v1 = {{"schema", kStudySchema},
                     {"version", 1},
                     {"chance", 0.1},
                     {"margin", 0.1},
                     {"points",
                      {{{"id", "noise-4"},
                        {"defence", "noise"},
                        {"strongest", "attack 1"},
                        {"attacks",
                         {{{"attack", "attack 1"},
                           {"images", 100},
                           {"judge_accuracy", 0.15},
                           {"judge_ci_low", 0.086},
                           {"judge_ci_high", 0.235},
                           {"verdict", "inconclusive"},
                           {"images_needed", 177}},
                          {{"attack", "attack 2"},
                           {"images", 100},
                           {"judge_accuracy", 0.1},
                           {"judge_ci_low", 0.049},
                           {"judge_ci_high", 0.176},
                           {"verdict", "protected"},
                           {"images_needed", 0}}}}}}}};
    const StudySummary s = studySummaryFromJson(v1);
    ASSERT_EQ(s.points.size(), 1u);
    const StudyPointResult& p = s.points[0];
    EXPECT_EQ(s.judges, 1);
    EXPECT_EQ(p.verdict.verdict, StudyVerdict::Inconclusive); // the strongest attack's
    EXPECT_EQ(p.verdict.interval.high, 0.235);
    EXPECT_FALSE(p.verdict.powerTarget); // version 1 had no power figure: none is made up
    ASSERT_EQ(p.attacks[1].judgeVerdicts.size(), 1u);
    EXPECT_EQ(p.attacks[1].judgeVerdicts[0].verdict, StudyVerdict::Protected);
    EXPECT_EQ(p.attacks[1].verdict.interval.low, 0.049);
    EXPECT_EQ(toJson(s)["version"], kStudyVersion); // written back in the new form
    EXPECT_FALSE(toJson(s)["points"][0]["attacks"][0].contains("images_needed"));
}

TEST(StudySummary, ReadsTheLabsFileOrSaysThereIsNone)
{
    const test::TempDir dir;
    const std::filesystem::path lab = dir.file("lab");
    EXPECT_FALSE(readStudySummary(lab.string()).has_value());
    std::filesystem::create_directories(lab / "study");
    std::ofstream(lab / "study" / "study.json") << toJson(summary()).dump(1);
    const std::optional<StudySummary> read = readStudySummary(lab.string());
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->points.size(), 2u);
    std::ofstream(lab / "study" / "study.json") << "{";
    EXPECT_THROW(readStudySummary(lab.string()), Error);
}

} // namespace
} // namespace psnn
