// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn ratings as a user meets it: a tiny lab's attack step leaves its images for people to
// rate, a session made elsewhere is imported only when every line checks out (the refusal names the
// line), and the summary prints each attack's human accuracy with its interval and verdict.
#include "cli_runner.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/pipeline.h"
#include "privatesnn/ratings.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>

namespace psnn {
namespace {

using test::cli;
using test::expectUserError;
using test::Outcome;

class SilentRun : public PipelineObserver {
public:
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
};

/// The tiny pipeline's lab, made once for the suite.
struct TinyRatingLab {
    test::TempDir dir;
    std::string lab;
    TinyRatingLab()
    {
        std::filesystem::create_directories(dir.file("inputs"));
        const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
        SilentRun quiet;
        lab = dir.file("lab");
        runPipeline(test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder), lab, quiet);
    }
};

const TinyRatingLab& ratingLab()
{
    static const TinyRatingLab lab;
    return lab;
}

TEST(CliRatings, TheAttackStepKeepsItsImagesAndASessionIsImportedOnlyWhenEveryLineChecksOut)
{
    const std::string lab = ratingLab().lab;
    const RatingImageSet set = collectRatingImages(lab);
    ASSERT_GE(set.images.size(), 4u);
    for (const RatingImage& image : set.images)
        EXPECT_TRUE(std::filesystem::is_regular_file(image.path)) << image.path;

    const Outcome none = cli({"ratings", "--lab", lab});
    EXPECT_EQ(none.exitCode, 0) << none.err;
    EXPECT_NE(none.out.find("Nobody has rated"), std::string::npos) << none.out;

    test::TempDir dir;
    const std::string file = dir.file("paper.csv");
    const auto line = [&](size_t i, const std::string& answer) {
        return set.images[i].id + "," + std::to_string(set.images[i].target) + "," + answer + ",2.0\n";
    };
    const std::string header = "image,target,answer,seconds\n";
    test::writeText(file, header + line(0, "0") + "lab/not-an-image,0,0,1\n");
    expectUserError(cli({"ratings", "--lab", lab, "--import", file, "--no-report"}), {"line 3", "lab/not-an-image"});
    test::writeText(file, header + line(0, "yes"));
    expectUserError(cli({"ratings", "--lab", lab, "--import", file, "--no-report"}), {"line 2", "\"yes\""});
    test::writeText(file, header + line(0, "0") + line(1, "0") + line(0, "1"));
    expectUserError(cli({"ratings", "--lab", lab, "--import", file, "--no-report"}), {"line 4", "already answered"});
    test::writeText(file, header + line(0, "0") + line(1, "0"));
    expectUserError(cli({"ratings", "--lab", lab, "--import", file, "--rater", "../up", "--no-report"}),
                    {"../up", "rater id"});
    EXPECT_FALSE(std::filesystem::exists(lab + "/ratings/paper.csv"));

    // Two right, one wrong-or-right, one "can't tell".
    const std::string wrong = std::to_string((set.images[2].target + 1) % int64_t(set.classNames.size()));
    test::writeText(file,
                    header + line(0, std::to_string(set.images[0].target))
                        + line(1, std::to_string(set.images[1].target)) + line(2, wrong) + line(3, "cant_tell"));
    const Outcome imported = cli({"ratings", "--lab", lab, "--import", file, "--no-report"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.err.find("Imported 4 answers"), std::string::npos) << imported.err;
    EXPECT_NE(imported.out.find("paper"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("exact interval"), std::string::npos) << imported.out;
    expectUserError(cli({"ratings", "--lab", lab, "--import", file, "--no-report"}), {"already has a session"});

    const Outcome json = cli({"--json", "ratings", "--lab", lab});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const nlohmann::json summary = nlohmann::json::parse(json.out);
    int64_t ratings = 0, correct = 0, cantTell = 0;
    for (const nlohmann::json& row : summary["rows"]) {
        ratings += row["ratings"].get<int64_t>();
        correct += row["correct"].get<int64_t>();
        cantTell += row["cant_tell"].get<int64_t>();
        EXPECT_LE(row["verdict_ci_low"].get<double>(), row["accuracy"].get<double>());
        EXPECT_GE(row["verdict_ci_high"].get<double>(), row["accuracy"].get<double>());
    }
    EXPECT_EQ(ratings, 4);
    EXPECT_EQ(correct, 2);
    EXPECT_EQ(cantTell, 1);
    EXPECT_EQ(summary["raters"][0]["rater"], "paper");
    EXPECT_TRUE(summary["fleiss_kappa"].is_null()); // one rater

    expectUserError(cli({"ratings", "--lab", dir.file("no-such-lab")}), {"no-such-lab", "does not exist"});
}

} // namespace
} // namespace psnn
