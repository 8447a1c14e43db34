// SPDX-License-Identifier: GPL-3.0-or-later
// The human judge without LibTorch: the image set from the manifests, the blind order, sessions
// that survive a kill and resume, the checks on an imported session, and the statistics on
// hand-made ratings against values computed independently (comments give the computation).
#include "expect_error.h"
#include "test_support.h"

#include "privatesnn/ratings.h"
#include "privatesnn/study_stats.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace psnn {
namespace {

namespace fs = std::filesystem;

/// A lab with 3 classes, the pipeline's attack 1 on the SNN (6 images, targets 0 1 2 0 1 2) and a
/// study point "noise-1" (3 images, targets 0 1 2). The PNGs themselves are not needed here.
void makeRatingLab(const std::string& lab)
{
    fs::create_directories(lab + "/" + kLabAttackImagesFolder);
    fs::create_directories(lab + "/" + kStudyAttackImagesFolder + "/noise-1");
    test::writeText(lab + "/results.json", R"({"schema": "privatesnn-results", "version": 3,
        "model": {"class_names": ["cat", "dog", "fox"]}})");
    AttackImageManifest pipeline, point;
    for (int i = 0; i < 6; ++i)
        pipeline.images.push_back(
            {"attack-1-snn-00" + std::to_string(i) + ".png", i % 3, "attack 1", "SNN", "", {}, {}});
    for (int i = 0; i < 3; ++i)
        point.images.push_back({"attack-1-00" + std::to_string(i) + ".png", i, "attack 1", "SNN", "", {}, {}});
    writeAttackImageManifest(lab + "/" + kLabAttackImagesFolder + "/" + kAttackImagesManifest, pipeline);
    writeAttackImageManifest(lab + "/" + kStudyAttackImagesFolder + "/noise-1/" + kAttackImagesManifest, point);
}

std::string ratingLabImage(int i)
{
    return "lab/attack-1-snn-00" + std::to_string(i);
}

TEST(RatingImages, CollectsThePipelinesAndTheStudysImagesWithTargetsAndSources)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    const RatingImageSet set = collectRatingImages(dir.path());
    ASSERT_EQ(set.images.size(), 9u);
    EXPECT_EQ(set.classNames, (std::vector<std::string>{"cat", "dog", "fox"}));
    const RatingImage* image = set.find("noise-1/attack-1-002");
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->target, 2);
    EXPECT_EQ(image->point, "noise-1");
    EXPECT_EQ(image->attack, "attack 1");
    EXPECT_EQ(set.find(ratingLabImage(4))->point, kLabPoint);
    EXPECT_EQ(set.find(ratingLabImage(4))->target, 1);
    EXPECT_EQ(set.find("noise-1/missing"), nullptr);
}

TEST(RatingImages, ALabWithoutStoredImagesSaysHowToMakeThem)
{
    test::TempDir dir;
    test::expectError([&] { collectRatingImages(dir.path()); }, ErrorCode::FileNotFound,
                      {"no stored attack images", dir.path()});
}

TEST(RatingImages, AManifestNamingAFileOutsideItsFolderIsRefused)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    AttackImageManifest bad;
    bad.images.push_back({"../../results.json", 0, "attack 1", "SNN", "", {}, {}});
    writeAttackImageManifest(dir.file(std::string(kLabAttackImagesFolder) + "/" + kAttackImagesManifest), bad);
    test::expectError([&] { collectRatingImages(dir.path()); }, ErrorCode::BadFormat, {"../../results.json"});
}

TEST(RatingImages, TheBlindOrderIsAReproduciblePermutationThatMixesSources)
{
    const std::vector<size_t> order = blindOrder(100, 7);
    EXPECT_EQ(order, blindOrder(100, 7));
    EXPECT_NE(order, blindOrder(100, 8));
    EXPECT_EQ(std::set<size_t>(order.begin(), order.end()).size(), 100u);
    // Images 0-49 and 50-99 stand for two points: the first half of the order must hold both.
    int firstPoint = 0;
    for (size_t i = 0; i < 50; ++i)
        firstPoint += order[i] < 50 ? 1 : 0;
    EXPECT_GT(firstPoint, 10);
    EXPECT_LT(firstPoint, 40);
}

TEST(RatingSession, EveryAnswerIsOnDiskSoAKilledSessionResumesAtTheImageItStoppedOn)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    std::vector<std::string> shown;
    {
        RatingSession session(dir.path(), "rater-1", collectRatingImages(dir.path()), 42);
        EXPECT_EQ(session.total(), 9u);
        for (int i = 0; i < 3; ++i) {
            shown.push_back(session.current()->id);
            session.answer(session.current()->target, 2.5);
        }
        shown.push_back(session.current()->id); // on screen when the "kill" comes
    } // nothing is written when the session ends: what is on disk is what a kill leaves
    const std::vector<RatingAnswer> onDisk = readRatingAnswers(ratingSessionPath(dir.path(), "rater-1"));
    ASSERT_EQ(onDisk.size(), 3u);
    EXPECT_EQ(onDisk[2].image, shown[2]);
    EXPECT_DOUBLE_EQ(onDisk[2].seconds, 2.5);

    // A later seed is ignored: the recorded order goes on.
    RatingSession resumed(dir.path(), "rater-1", collectRatingImages(dir.path()), 99);
    EXPECT_EQ(resumed.seed(), 42u);
    EXPECT_EQ(resumed.done(), 3u);
    EXPECT_EQ(resumed.current()->id, shown[3]);
    EXPECT_TRUE(resumed.undo());
    EXPECT_EQ(resumed.current()->id, shown[2]);
    EXPECT_EQ(readRatingAnswers(ratingSessionPath(dir.path(), "rater-1")).size(), 2u);
    resumed.answer(std::nullopt, 1.0);
    const std::vector<RatingAnswer> after = readRatingAnswers(ratingSessionPath(dir.path(), "rater-1"));
    ASSERT_EQ(after.size(), 3u);
    EXPECT_FALSE(after[2].answer.has_value()); // "can't tell"
    EXPECT_FALSE(after[2].correct());
}

TEST(RatingSession, AClassroomAnswersInAnyOrderAndACorrectionReplacesTheAnswer)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    RatingSession session(dir.path(), "class-1", collectRatingImages(dir.path()), 4);
    const std::vector<const RatingImage*> order = session.order();
    session.answerImage(order[2]->id, order[2]->target, 3.0); // the teacher skipped two images
    session.answerImage(order[0]->id, std::nullopt, 1.0);
    session.answerImage(order[0]->id, (order[0]->target + 1) % 3, 2.0); // corrected
    EXPECT_EQ(session.done(), 2u);
    EXPECT_EQ(session.current()->id, order[1]->id) << "the first unanswered image";
    ASSERT_NE(session.answerFor(order[0]->id), nullptr);
    EXPECT_FALSE(session.answerFor(order[0]->id)->correct());
    EXPECT_EQ(session.answerFor(order[1]->id), nullptr);
    const std::vector<RatingAnswer> onDisk = readRatingAnswers(ratingSessionPath(dir.path(), "class-1"));
    ASSERT_EQ(onDisk.size(), 2u);
    EXPECT_EQ(onDisk[0].image, order[2]->id);
    EXPECT_TRUE(onDisk[0].correct());
    EXPECT_EQ(onDisk[1].image, order[0]->id);
    ASSERT_TRUE(onDisk[1].answer.has_value());
    EXPECT_DOUBLE_EQ(onDisk[1].seconds, 2.0);
    test::expectError([&] { session.answerImage("lab/none", 0, 1.0); }, ErrorCode::InvalidArgument, {"lab/none"});
    test::expectError([&] { session.answerImage(order[1]->id, 3, 1.0); }, ErrorCode::InvalidArgument, {"3"});
    EXPECT_EQ(readRatingAnswers(ratingSessionPath(dir.path(), "class-1")).size(), 2u) << "a refusal writes nothing";
}

TEST(RatingImages, EachJudgesClassComesFromTheManifestAndOlderManifestsHaveNone)
{
    test::TempDir dir;
    makeRatingLab(dir.path()); // manifests without judges, as labs before the classroom view hold
    const std::string path = dir.file(std::string(kLabAttackImagesFolder) + "/" + kAttackImagesManifest);
    AttackImageManifest manifest = readAttackImageManifest(path);
    EXPECT_FALSE(manifest.images[0].judge1.has_value());
    manifest.images[0].judge1 = 2;
    manifest.images[0].judge2 = 0;
    manifest.images[1].judge1 = 1;
    writeAttackImageManifest(path, manifest);
    EXPECT_NE(test::readText(path).find("\"judge2_class\": 0"), std::string::npos);
    const RatingImageSet set = collectRatingImages(dir.path());
    const RatingImage* first = set.find(ratingLabImage(0));
    EXPECT_EQ(first->judge1, std::optional<int64_t>(2));
    EXPECT_EQ(first->judge2, std::optional<int64_t>(0));
    EXPECT_EQ(set.find(ratingLabImage(1))->judge1, std::optional<int64_t>(1));
    EXPECT_FALSE(set.find(ratingLabImage(1))->judge2.has_value());
    EXPECT_FALSE(set.find("noise-1/attack-1-000")->judge1.has_value());
}

TEST(RatingSession, RaterIdsMustBeSafeFileNames)
{
    for (const std::string& bad :
         std::vector<std::string>{"", "../x", "a b", "-x", "a/b", std::string(41, 'a'), "x.order"})
        EXPECT_FALSE(raterIdProblem(bad).empty()) << bad;
    for (const std::string& good : std::vector<std::string>{"rater-1", "AB", "x_2.tablet"})
        EXPECT_TRUE(raterIdProblem(good).empty()) << good;
    test::TempDir dir;
    makeRatingLab(dir.path());
    test::expectError([&] { RatingSession(dir.path(), "../escape", collectRatingImages(dir.path()), 1); },
                      ErrorCode::InvalidArgument, {"../escape"});
    EXPECT_FALSE(fs::exists(dir.file("escape.csv")));
}

TEST(RatingImport, ASessionMadeElsewhereIsMergedAfterEveryLineIsChecked)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    const std::string file = dir.file("paper.csv");
    const auto refused = [&](const std::string& body, const std::vector<std::string>& mentions) {
        test::writeText(file, "image,target,answer,seconds\n" + body);
        test::expectError([&] { importRatingSession(dir.path(), "paper", file); }, ErrorCode::BadFormat, mentions);
        EXPECT_FALSE(fs::exists(ratingSessionPath(dir.path(), "paper")));
    };
    refused(ratingLabImage(0) + ",0,0,1\nlab/nope,0,0,1\n", {"line 3", "lab/nope", "not one of this lab's"});
    refused(ratingLabImage(0) + ",0,maybe,1\n", {"line 2", "maybe"});
    refused(ratingLabImage(0) + ",0,3,1\n", {"line 2", "not a class"});
    refused(ratingLabImage(0) + ",0,0,1\n" + ratingLabImage(0) + ",0,1,1\n", {"line 3", "already answered"});
    refused(ratingLabImage(1) + ",2,1,1\n", {"line 2", "made for class 1"});
    refused(ratingLabImage(1) + ",1,1\n", {"line 2", "3 columns"});

    test::writeText(file,
                    "image,target,answer,seconds\r\n" + ratingLabImage(0) + ",0,0,3.5\r\n" + ratingLabImage(1)
                        + ",1,cant_tell,0\r\n");
    EXPECT_EQ(importRatingSession(dir.path(), "paper", file), 2u);
    EXPECT_EQ(ratingSessions(dir.path()), std::vector<std::string>{"paper"});
    test::expectError([&] { importRatingSession(dir.path(), "paper", file); }, ErrorCode::InvalidArgument,
                      {"already has a session", "paper"});
}

TEST(RatingSheet, AFilledSheetBecomesTheRatersSessionThroughThePrintedOrder)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    const std::string file = dir.file("sheet.csv");
    test::writeText(file, "number,answer\n1,0\n");
    test::expectError([&] { importRatingSheet(dir.path(), "class-7b", file); }, ErrorCode::InvalidArgument,
                      {"No rating sheet was printed", "class-7b"});
    const RatingImageSet set = collectRatingImages(dir.path());
    std::vector<std::string> ids; // the sheet's numbering
    {
        const RatingSession sheet(dir.path(), "class-7b", set, 11); // printing records the order
        for (const RatingImage* image : sheet.order())
            ids.push_back(image->id);
        ASSERT_EQ(ids.size(), 9u);
    }
    const auto refused = [&](const std::string& body, const std::vector<std::string>& mentions) {
        test::writeText(file, "number,answer\n" + body);
        test::expectError([&] { importRatingSheet(dir.path(), "class-7b", file); }, ErrorCode::BadFormat, mentions);
    };
    refused("10,1\n", {"line 2", "\"10\"", "1 to 9"});
    refused("1,1\n1,2\n", {"line 3", "already answered"});
    refused("2,3\n", {"line 2", "\"3\""});
    refused("2\n", {"line 2", "two columns"});
    EXPECT_FALSE(fs::exists(ratingSessionPath(dir.path(), "class-7b")));

    // Image 3 right, image 1 "can't tell", image 5 wrong; answered out of order.
    const int64_t target3 = set.find(ids[2])->target, target5 = set.find(ids[4])->target;
    test::writeText(file,
                    "number,answer\r\n3," + std::to_string(target3) + "\r\n1,?\r\n5,"
                        + std::to_string((target5 + 1) % 3) + "\r\n");
    EXPECT_EQ(importRatingSheet(dir.path(), "class-7b", file), 3u);
    const std::vector<RatingAnswer> answers = readRatingAnswers(ratingSessionPath(dir.path(), "class-7b"), &set);
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0].image, ids[0]);
    EXPECT_FALSE(answers[0].answer);
    EXPECT_EQ(answers[1].image, ids[2]);
    EXPECT_TRUE(answers[1].correct());
    EXPECT_EQ(answers[2].image, ids[4]);
    EXPECT_FALSE(answers[2].correct());
    test::expectError([&] { importRatingSheet(dir.path(), "class-7b", file); }, ErrorCode::InvalidArgument,
                      {"already has answers"});
}

TEST(RatingStats, FleissKappaMatchesHandComputedValues)
{
    // 3 raters, 2 categories: P_i = 1, 1/3, 1, 1/3 -> P = 2/3; shares 1/2, 1/2 -> Pe = 1/2;
    // kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3.
    const std::optional<double> k = fleissKappa({{3, 0}, {2, 1}, {0, 3}, {1, 2}});
    ASSERT_TRUE(k);
    EXPECT_NEAR(*k, 1.0 / 3, 1e-12);
    EXPECT_NEAR(*fleissKappa({{2, 0}, {0, 2}}), 1.0, 1e-12); // perfect agreement
    EXPECT_FALSE(fleissKappa({{2, 0}, {2, 0}}));             // one category only: undefined
    EXPECT_FALSE(fleissKappa({{2, 0}}));                     // one image
    EXPECT_THROW(fleissKappa({{2, 0}, {1, 0}}), Error);      // raters differ between images
}

TEST(RatingStats, AccuracyIntervalKappaAndVerdictOnHandMadeRatings)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    const RatingImageSet set = collectRatingImages(dir.path());
    const auto rate = [&](int i, std::optional<int64_t> answer) {
        return RatingAnswer{ratingLabImage(i), i % 3, answer, 1.0};
    };
    // ann: 5 of 6 right, one "can't tell"; also rates the study point: 1 of 3 right.
    std::vector<RatingAnswer> ann{rate(0, 0), rate(1, 1), rate(2, 2), rate(3, 0), rate(4, 1), rate(5, std::nullopt)};
    ann.push_back({"noise-1/attack-1-000", 0, 0, 1.0});
    ann.push_back({"noise-1/attack-1-001", 1, 2, 1.0});
    ann.push_back({"noise-1/attack-1-002", 2, std::nullopt, 1.0});
    // bob: 4 of 6 right (image 4 wrong, image 5 "can't tell").
    const std::vector<RatingAnswer> bob{rate(0, 0), rate(1, 1), rate(2, 2),
                                        rate(3, 0), rate(4, 2), rate(5, std::nullopt)};
    const RatingsSummary s = summariseRatings(set, {{"ann", ann}, {"bob", bob}}, HumanVerdictRule{0.10, 0.95});

    EXPECT_EQ(s.classes, 3);
    EXPECT_NEAR(s.chance, 1.0 / 3, 1e-12);
    ASSERT_EQ(s.raters.size(), 2u);
    EXPECT_EQ(s.raters[0].rater, "ann");
    EXPECT_EQ(s.raters[0].images, 9);
    EXPECT_EQ(s.raters[0].correct, 6);
    EXPECT_EQ(s.raters[0].cantTell, 2);
    EXPECT_EQ(s.raters[1].images, 6);

    ASSERT_EQ(s.rows.size(), 2u);
    const HumanRow& lab = s.rows[0]; // the pipeline's attacks come first
    EXPECT_EQ(lab.point, kLabPoint);
    EXPECT_EQ(lab.images, 6);
    EXPECT_EQ(lab.ratings, 12);
    EXPECT_EQ(lab.correct, 9);
    EXPECT_EQ(lab.cantTell, 2);
    EXPECT_DOUBLE_EQ(lab.accuracy, 0.75);
    // Clopper-Pearson for 9 of 12 by bisection on direct binomial sums (python3, math.comb):
    // lower = p with P(X >= 9) = 0.025 -> 0.428142; upper = p with P(X <= 9) = 0.025 -> 0.945139.
    EXPECT_NEAR(lab.verdict.interval.low, 0.428142, 1e-5);
    EXPECT_NEAR(lab.verdict.interval.high, 0.945139, 1e-5);
    // Chance 1/3 < 0.428 <= 1/3 + 0.10: people recognise the classes, by less than the margin.
    EXPECT_TRUE(lab.leaksToPeople);
    EXPECT_EQ(lab.verdict.verdict, StudyVerdict::LeaksWithinMargin);

    const HumanRow& point = s.rows[1];
    EXPECT_EQ(point.point, "noise-1");
    EXPECT_EQ(point.correct, 1);
    EXPECT_EQ(point.ratings, 3);
    // 1 of 3: (0.008404, 0.905701) holds chance: no claim either way.
    EXPECT_NEAR(point.verdict.interval.low, 0.008404, 1e-5);
    EXPECT_NEAR(point.verdict.interval.high, 0.905701, 1e-5);
    EXPECT_FALSE(point.leaksToPeople);
    EXPECT_EQ(point.verdict.verdict, StudyVerdict::Inconclusive);
    ASSERT_TRUE(s.point("noise-1"));
    EXPECT_DOUBLE_EQ(s.point("noise-1")->accuracy, 1.0 / 3);
    EXPECT_FALSE(s.point("noise")) << "a prefix of a point is not its seed";

    // Kappa over the 6 images both rated (categories cat, dog, fox, can't tell):
    // per image P_i = 1, 1, 1, 1, 0, 1 -> P = 5/6; shares 4/12, 3/12, 3/12, 2/12 -> Pe = 38/144;
    // kappa = (120 - 38) / (144 - 38) = 41/53.
    EXPECT_EQ(s.kappaImages, 6);
    ASSERT_TRUE(s.fleissKappa);
    EXPECT_NEAR(*s.fleissKappa, 41.0 / 53, 1e-12);
}

TEST(RatingStats, TheLabsSessionsAreReadWithTheirChecks)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    EXPECT_FALSE(readRatingsSummary(dir.path()));
    fs::create_directories(dir.file(kRatingsFolder));
    test::writeText(ratingSessionPath(dir.path(), "ann"),
                    "image,target,answer,seconds\n" + ratingLabImage(0) + ",0,0,1.0\n" + ratingLabImage(1)
                        + ",1,0,2.0\n");
    const std::optional<RatingsSummary> s = readRatingsSummary(dir.path());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->imagesAvailable, 9);
    ASSERT_EQ(s->rows.size(), 1u);
    EXPECT_EQ(s->rows[0].correct, 1);
    EXPECT_FALSE(s->fleissKappa); // one rater
}

TEST(RatingStats, AnswersAboutImagesARunMadeAgainAreKeptButNeverCounted)
{
    test::TempDir dir;
    makeRatingLab(dir.path());
    {
        RatingSession session(dir.path(), "ann", collectRatingImages(dir.path()), 3);
        session.answer(session.current()->target, 1.0);
        session.answer(session.current()->target, 1.0);
    }
    const std::vector<RatingAnswer> before = readRatingAnswers(ratingSessionPath(dir.path(), "ann"));
    // The attack runs again: every pipeline image is new, so its id (with the file's hash) is too.
    const std::string manifestPath = dir.file(std::string(kLabAttackImagesFolder) + "/" + kAttackImagesManifest);
    AttackImageManifest manifest = readAttackImageManifest(manifestPath);
    for (AttackImageEntry& e : manifest.images)
        e.sha256 = "0123456789abcdef";
    writeAttackImageManifest(manifestPath, manifest);
    const RatingImageSet set = collectRatingImages(dir.path());
    EXPECT_NE(set.find("lab/attack-1-snn-000-01234567"), nullptr);
    int onLab = 0;
    for (const RatingAnswer& a : before)
        onLab += a.image.rfind("lab/", 0) == 0 ? 1 : 0;

    const std::optional<RatingsSummary> s = readRatingsSummary(dir.path());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->staleAnswers, onLab);
    int64_t counted = 0;
    for (const HumanRow& row : s->rows)
        counted += row.ratings;
    EXPECT_EQ(counted, 2 - onLab);

    RatingSession resumed(dir.path(), "ann", set, 3);
    EXPECT_EQ(resumed.stale(), size_t(onLab));
    EXPECT_EQ(resumed.done(), size_t(2 - onLab));
    resumed.answer(std::nullopt, 1.0);
    EXPECT_EQ(readRatingAnswers(ratingSessionPath(dir.path(), "ann")).size(), 3u) << "the old answers stay in the file";
}

} // namespace
} // namespace psnn

// A study with defence seeds keeps one image folder per seed: a point's people pool every seed's
// ratings (not only seed 0's), and a point whose id merely starts alike is not one of its seeds.
namespace psnn {

TEST(RatingsSummary, PoolsAPointsSeedFolders)
{
    RatingsSummary s;
    const auto part = [](const std::string& point, int64_t correct, int64_t ratings) {
        HumanPoint p;
        p.point = point;
        p.correct = correct;
        p.ratings = ratings;
        p.accuracy = double(correct) / double(ratings);
        return p;
    };
    s.points = {part("noise-1-s0", 3, 4), part("noise-1-s1", 1, 4), part("noise-1-s2", 0, 4), part("noise-12-s0", 4, 4),
                part("noise-1-sX", 4, 4)};
    const std::optional<HumanPoint> pooled = s.point("noise-1");
    ASSERT_TRUE(pooled);
    EXPECT_EQ(pooled->ratings, 12);
    EXPECT_EQ(pooled->correct, 4);
    EXPECT_DOUBLE_EQ(pooled->accuracy, 4.0 / 12);
    const Interval exact = clopperPearson(4, 12, 0.95);
    EXPECT_DOUBLE_EQ(pooled->interval.low, exact.low);
    EXPECT_DOUBLE_EQ(pooled->interval.high, exact.high);
    EXPECT_EQ(s.point("noise-12")->ratings, 4);
    EXPECT_FALSE(s.point("noise-2"));
}

} // namespace psnn
