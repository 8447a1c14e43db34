// SPDX-License-Identifier: GPL-3.0-or-later
// Study point files are checked before they are merged: a hand-edited or damaged point is named,
// never counted (issue 29, case 8: an edited accuracy of 0.99 was printed as a "protected" point).
#include "study_internal.h"
#include "study_point_check.h"

#include <gtest/gtest.h>

#include <functional>

namespace psnn::study_detail {
namespace {

using nlohmann::json;

json wholePoint()
{
    StudyPointResult r;
    r.key = "k";
    r.point.id = "encryption-1";
    r.point.defence = "encryption";
    r.annAccuracy = 0.9;
    r.snnAccuracy = 0.85;
    r.reconvertedAccuracy = 0.8;
    r.relativeL2 = 0.02;
    StudyAttackRow a;
    a.attack = "attack 1";
    a.labels = {0, 1, 2, 0};
    a.correct = {1, 0, 1, 1};
    a.correct2 = {1, 1, 0, 1};
    a.images = 4;
    a.confidence = 0.7;
    r.attacks.push_back(a);
    return pointToJson(r);
}

TEST(StudyPointFile, AWholePointPassesAndAnEditIsCaughtByItsHash)
{
    const json good = wholePoint();
    EXPECT_EQ(pointProblem(good), "");
    json edited = good;
    edited["snn_accuracy"] = 0.99;
    EXPECT_NE(pointProblem(edited).find("edited by hand"), std::string::npos) << pointProblem(edited);
    json older = good;
    older["version"] = 1;
    signPoint(older);
    EXPECT_NE(pointProblem(older).find("another version"), std::string::npos);
}

TEST(StudyPointFile, EveryNumberIsCheckedEvenWithAValidHash)
{
    // Re-signed edits: what a damaged writer or a careful forger would leave.
    const auto problemAfter = [](const std::function<void(json&)>& edit) {
        json j = wholePoint();
        edit(j);
        signPoint(j);
        return pointProblem(j);
    };
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["correct"][0] = 1000; }).find("correct[0] is 1000"),
              std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["correct"][1] = -1; }).find("correct[1] is -1"),
              std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["correct"][1] = 1.5; }).find("correct[1] is 1.5"),
              std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["snn_accuracy"] = 1.5; }).find("snn_accuracy is 1.5"), std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["labels"].push_back(1); }).find("different lengths"),
              std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["images"] = 100; }).find("images is not"), std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j["attacks"][0]["confidence"] = "high"; }).find("confidence"),
              std::string::npos);
    EXPECT_NE(problemAfter([](json& j) { j.erase("attacks"); }).find("attacks"), std::string::npos);
    EXPECT_EQ(problemAfter([](json& j) { j["attacks"][0]["correct2"] = json::array(); }), "")
        << "no second judge is allowed";
}

} // namespace
} // namespace psnn::study_detail
