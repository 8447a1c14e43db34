// SPDX-License-Identifier: GPL-3.0-or-later
// A session's sample: a fixed number of images per group (point x attack x model), the classes
// spread evenly, the same for a seed, and kept when the session resumes, including sessions
// recorded before samples existed.
#include "test_support.h"

#include "privatesnn/ratings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace psnn {
namespace {

namespace fs = std::filesystem;

/// The manifest of a point's folder: for each (attack, model) source, `perClass` images of each of
/// 10 classes. Only the manifests are written; sampling never reads a PNG.
void writeSampleManifest(const std::string& folder, const std::vector<std::pair<std::string, std::string>>& sources,
                         int perClass)
{
    fs::create_directories(folder);
    AttackImageManifest manifest;
    int n = 0;
    for (const auto& [attack, model] : sources)
        for (int cls = 0; cls < 10; ++cls)
            for (int k = 0; k < perClass; ++k, ++n)
                manifest.images.push_back({"img-" + std::to_string(n) + ".png", cls, attack, model, "", {}, {}});
    writeAttackImageManifest(folder + "/" + kAttackImagesManifest, manifest);
}

/// 5 groups of 50 images: the pipeline's attacks 1 and 2 on the SNN, a study point's attack 1 on
/// the SNN and on the encrypted SNN and its attack 3 on the SNN; then a small group of 10 (a second
/// point with one image per class).
void makeSampleLab(const std::string& lab)
{
    test::writeText(lab + "/results.json", R"({"schema": "privatesnn-results", "version": 3, "model": {"class_names":
        ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]}})");
    writeSampleManifest(lab + "/" + kLabAttackImagesFolder, {{"attack 1", "SNN"}, {"attack 2", "SNN"}}, 5);
    writeSampleManifest(lab + "/" + kStudyAttackImagesFolder + "/dose-1",
                        {{"attack 1", "SNN"}, {"attack 1", "encrypted SNN"}, {"attack 3", "SNN"}}, 5);
    writeSampleManifest(lab + "/" + kStudyAttackImagesFolder + "/dose-2", {{"attack 1", "SNN"}}, 1);
}

std::vector<size_t> everyImage(const RatingImageSet& set)
{
    std::vector<size_t> all(set.images.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return all;
}

std::vector<std::string> idsOf(const std::vector<const RatingImage*>& images)
{
    std::vector<std::string> ids;
    for (const RatingImage* image : images)
        ids.push_back(image->id);
    return ids;
}

TEST(RatingSample, EachGroupGivesItsShareWithItsClassesSpreadAndEveryClassAboutEquallyOften)
{
    test::TempDir dir;
    makeSampleLab(dir.path());
    const RatingImageSet set = collectRatingImages(dir.path());
    ASSERT_EQ(set.images.size(), 260u);
    for (const size_t perGroup : {1u, 4u, 7u, 12u}) {
        const std::vector<size_t> sample = sampleRatingImages(set, everyImage(set), perGroup, 17);
        // 6 groups; all of a group smaller than perGroup is in (the 10 of dose-2, and 50 at most).
        EXPECT_EQ(sample.size(), 5 * perGroup + std::min<size_t>(perGroup, 10));
        EXPECT_EQ(sample.size(), ratingSampleSize(set, perGroup));
        EXPECT_EQ(std::set<size_t>(sample.begin(), sample.end()).size(), sample.size()) << "no image twice";
        std::map<std::string, std::map<int64_t, size_t>> perGroupClass;
        std::map<int64_t, size_t> perClass;
        for (const size_t i : sample) {
            ++perGroupClass[ratingGroupKey(set.images[i])][set.images[i].target];
            ++perClass[set.images[i].target];
        }
        EXPECT_EQ(perGroupClass.size(), 6u) << "every group is sampled";
        for (const auto& [group, classes] : perGroupClass) {
            size_t lo = SIZE_MAX, hi = 0, total = 0;
            for (int cls = 0; cls < 10; ++cls) {
                const size_t n = classes.count(cls) ? classes.at(cls) : 0;
                lo = std::min(lo, n);
                hi = std::max(hi, n);
                total += n;
            }
            EXPECT_LE(hi - lo, 1u) << "classes within a group differ by one image at most (" << perGroup << ")";
            EXPECT_EQ(total, std::min<size_t>(perGroup, group.find("dose-2") == 0 ? 10 : 50));
        }
        size_t lo = SIZE_MAX, hi = 0;
        for (int cls = 0; cls < 10; ++cls) {
            lo = std::min(lo, perClass[cls]);
            hi = std::max(hi, perClass[cls]);
        }
        EXPECT_LE(hi - lo, 1u) << "over the session every class comes up about as often (" << perGroup << ")";
    }
    EXPECT_EQ(sampleRatingImages(set, everyImage(set), 0, 17).size(), 260u) << "0 = every image";
}

TEST(RatingSample, TheSameSeedGivesTheSameSampleInTheSameOrderAndAnotherSeedAnother)
{
    test::TempDir dir;
    makeSampleLab(dir.path());
    const RatingImageSet set = collectRatingImages(dir.path());
    const std::vector<size_t> a = sampleRatingImages(set, everyImage(set), 4, 5);
    EXPECT_EQ(a, sampleRatingImages(set, everyImage(set), 4, 5));
    const std::vector<size_t> b = sampleRatingImages(set, everyImage(set), 4, 6);
    EXPECT_NE(std::set<size_t>(a.begin(), a.end()), std::set<size_t>(b.begin(), b.end()));
    // Blind: the order is not the groups' order (the first 4 images are not all of one group).
    std::set<std::string> firstGroups;
    for (size_t k = 0; k < 8; ++k)
        firstGroups.insert(ratingGroupKey(set.images[a[k]]));
    EXPECT_GT(firstGroups.size(), 1u);
}

TEST(RatingSample, AResumedSessionKeepsItsSampleAndANewPointJoinsItSampledAlike)
{
    test::TempDir dir;
    makeSampleLab(dir.path());
    std::vector<std::string> started;
    {
        RatingSession session(dir.path(), "class-1", collectRatingImages(dir.path()), 23, 4);
        EXPECT_EQ(session.perGroup(), 4u);
        EXPECT_EQ(session.total(), 24u); // 6 groups, 4 each
        started = idsOf(session.order());
        for (int i = 0; i < 5; ++i)
            session.answer(session.current()->target, 1.0);
    }
    // Another seed and "every image" are ignored: the recorded sample goes on.
    RatingSession resumed(dir.path(), "class-1", collectRatingImages(dir.path()), 99, 0);
    EXPECT_EQ(resumed.perGroup(), 4u);
    EXPECT_EQ(resumed.seed(), 23u);
    EXPECT_EQ(idsOf(resumed.order()), started);
    EXPECT_EQ(resumed.done(), 5u);
    EXPECT_EQ(resumed.current()->id, started[5]);

    // A study point added later: 4 of its 50 join the session, after the recorded ones.
    writeSampleManifest(dir.file(std::string(kStudyAttackImagesFolder) + "/dose-3"), {{"attack 1", "SNN"}}, 5);
    const RatingSession grown(dir.path(), "class-1", collectRatingImages(dir.path()), 99, 0);
    const std::vector<std::string> ids = idsOf(grown.order());
    ASSERT_EQ(ids.size(), 28u);
    EXPECT_TRUE(std::equal(started.begin(), started.end(), ids.begin()));
    for (size_t k = 24; k < 28; ++k)
        EXPECT_EQ(ids[k].rfind("dose-3/", 0), 0u) << ids[k];
    EXPECT_EQ(idsOf(RatingSession(dir.path(), "class-1", collectRatingImages(dir.path()), 7, 2).order()), ids)
        << "and the grown sample is recorded";
}

TEST(RatingSample, AnOrderRecordedBeforeSamplesExistedStillRatesEveryImageInItsOrder)
{
    test::TempDir dir;
    makeSampleLab(dir.path());
    const RatingImageSet set = collectRatingImages(dir.path());
    // The order file as sessions wrote it before: no "per_group"; every image, here in reverse.
    nlohmann::json old = {{"schema", "privatesnn-rating-order"}, {"version", 1}, {"rater", "old"}, {"seed", 8}};
    old["order"] = nlohmann::json::array();
    for (auto it = set.images.rbegin(); it != set.images.rend(); ++it)
        old["order"].push_back(it->id);
    fs::create_directories(dir.file(kRatingsFolder));
    test::writeText(dir.file(std::string(kRatingsFolder) + "/old.order.json"), old.dump());
    const RatingSession session(dir.path(), "old", set, 1, 4);
    EXPECT_EQ(session.perGroup(), 0u);
    EXPECT_EQ(session.total(), 260u);
    EXPECT_EQ(session.order().front()->id, set.images.back().id);
    EXPECT_EQ(session.order().back()->id, set.images.front().id);
}

} // namespace
} // namespace psnn
