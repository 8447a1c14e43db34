// SPDX-License-Identifier: GPL-3.0-or-later
// The models shipped in resources/models: present, loadable, and as accurate as their archives
// say on the real Fashion-MNIST test set.
#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>

using namespace psnn;

namespace {

bool haveFashionMnist()
{
    return std::filesystem::exists(fashionMnistDir() + "/t10k-images-idx3-ubyte.gz")
        || std::filesystem::exists(fashionMnistDir() + "/t10k-images-idx3-ubyte");
}

void checkModel(const char* file, double minimum)
{
    const Network net = loadNetwork(findBundled(file));
    ASSERT_TRUE(net.info.testAccuracy.has_value()) << file << " has no recorded accuracy";
    EXPECT_EQ(net.info.classNames, fashionMnistClassNames());
    if (!haveFashionMnist())
        GTEST_SKIP() << "Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)";
    const double accuracy = evaluateAccuracy(net, loadFashionMnist(Split::Test));
    EXPECT_GE(accuracy, minimum) << file;
    // The archive records what it measured when it was trained; the shipped weights must agree.
    EXPECT_NEAR(accuracy, *net.info.testAccuracy, 2e-3) << file; // thread counts may reorder sums
}

} // namespace

TEST(BundledModels, TeacherReachesNinetyPercent) { checkModel("models/teacher.psnn", 0.90); }

TEST(BundledModels, JudgeIsAnAccurateIndependentClassifier)
{
    checkModel("models/judge.psnn", 0.85);
    const Network teacher = loadNetwork(findBundled("models/teacher.psnn"));
    const Network judge = loadNetwork(findBundled("models/judge.psnn"));
    // A different shape: the judge never shares the teacher's weights.
    EXPECT_NE(teacher.parameterCount(), judge.parameterCount());
}

TEST(BundledModels, SecondJudgeHasAThirdShapeAndItsOwnHalfOfTheData)
{
    checkModel("models/judge2.psnn", 0.80); // 4 epochs on half the training split: short on purpose
    const Network judge2 = loadNetwork(findBundled("models/judge2.psnn"));
    EXPECT_NE(judge2.parameterCount(), loadNetwork(findBundled("models/teacher.psnn")).parameterCount());
    EXPECT_NE(judge2.parameterCount(), loadNetwork(findBundled("models/judge.psnn")).parameterCount());
    EXPECT_NE(judge2.info.notes.find("--half b"), std::string::npos) << judge2.info.notes;
}

TEST(BundledModels, SearchPathReportsWhereItLooked)
{
    try {
        findBundled("models/no-such-model.psnn");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::FileNotFound);
        EXPECT_NE(std::string(e.what()).find("no-such-model.psnn"), std::string::npos);
    }
}
