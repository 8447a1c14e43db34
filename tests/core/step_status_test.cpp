// SPDX-License-Identifier: GPL-3.0-or-later
// labStepStatus: what the GUI shows for each step is what a run would do with it (keep or recompute),
// from any working folder, and a changed setting marks exactly its step and the steps that read it.
#include "test_observers.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

namespace psnn {
namespace {

namespace fs = std::filesystem;

/// Runs fn with the working folder set to folder, and back afterwards.
template <typename Fn>
auto inFolder(const std::string& folder, Fn fn)
{
    const fs::path before = fs::current_path();
    fs::current_path(folder);
    try {
        auto result = fn();
        fs::current_path(before);
        return result;
    } catch (...) {
        fs::current_path(before);
        throw;
    }
}

/// A finished tiny lab made with a user's teacher given by a path relative to the folder it ran in.
struct FinishedStatusLab {
    test::TempDir dir;
    test::TempDir elsewhere;
    std::string lab = dir.file("lab");
    FinishedStatusLab()
    {
        fs::create_directories(dir.file("inputs"));
        const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
        fs::copy_file(inputs.teacher, dir.file("my-teacher.psnn"));
        inFolder(dir.path(), [&] {
            test::QuietObserver quiet;
            return runPipeline(test::tinyPipelineConfig("my-teacher.psnn", inputs.evalFolder), "lab", quiet);
        });
    }
};

const FinishedStatusLab& finished()
{
    static const FinishedStatusLab lab;
    return lab;
}

std::vector<Step> inState(const std::vector<StepStatus>& status, StepState state)
{
    std::vector<Step> steps;
    for (const StepStatus& s : status)
        if (s.state == state)
            steps.push_back(s.step);
    return steps;
}

/// The lab's stored config, read and checked from another working folder than the one it ran in.
std::vector<StepStatus> statusElsewhere(const std::function<void(PipelineConfig&)>& change)
{
    return inFolder(finished().elsewhere.path(), [&] {
        PipelineConfig config = *storedLabConfig(finished().lab);
        change(config);
        return labStepStatus(config, finished().lab);
    });
}

TEST(StepStatus, AFinishedLabWithAUsersTeacherIsDoneFromAnotherWorkingFolder)
{
    const std::vector<StepStatus> status = statusElsewhere([](PipelineConfig&) {});
    ASSERT_EQ(status.size(), pipelineSteps().size());
    EXPECT_EQ(inState(status, StepState::Done), pipelineSteps());
    for (const StepStatus& s : status)
        EXPECT_TRUE(s.active) << stepName(s.step);
    EXPECT_EQ(pageState(WizardPage::Report, status), StepState::Done);
}

TEST(StepStatus, AChangedSettingMarksItsStepAndTheStepsThatReadIt)
{
    const auto conversion = statusElsewhere([](PipelineConfig& c) { c.conversion.timesteps += 2; });
    EXPECT_EQ(inState(conversion, StepState::Done), std::vector<Step>{Step::Synthesize});
    EXPECT_EQ(inState(conversion, StepState::OutOfDate),
              (std::vector<Step>{Step::Convert, Step::Evaluate, Step::Encrypt, Step::EvaluateEncrypted, Step::Attack}));
    EXPECT_EQ(pageState(WizardPage::Synthesize, conversion), StepState::Done);
    EXPECT_EQ(pageState(WizardPage::Convert, conversion), StepState::OutOfDate);

    const auto measuring = statusElsewhere([](PipelineConfig& c) { c.evalBatchSize += 1; });
    EXPECT_EQ(inState(measuring, StepState::OutOfDate), (std::vector<Step>{Step::Evaluate, Step::EvaluateEncrypted}));

    const auto encryption = statusElsewhere([](PipelineConfig& c) { c.encryption.epochs += 1; });
    EXPECT_EQ(inState(encryption, StepState::OutOfDate), (std::vector<Step>{Step::Encrypt, Step::EvaluateEncrypted, Step::Attack}));

    const auto attack = statusElsewhere([](PipelineConfig& c) { c.verdictAlpha /= 2; });
    EXPECT_EQ(inState(attack, StepState::OutOfDate), std::vector<Step>{Step::Attack});
    EXPECT_EQ(pageState(WizardPage::Encrypt, attack), StepState::Done);
    EXPECT_EQ(pageState(WizardPage::Attack, attack), StepState::OutOfDate);
}

TEST(StepStatus, AStepTheConfigDropsIsInactiveAndANewFolderHasNothingRun)
{
    const auto noAttacks = statusElsewhere([](PipelineConfig& c) { c.runAttacks = false; });
    for (const StepStatus& s : noAttacks)
        EXPECT_EQ(s.active, s.step != Step::Attack) << stepName(s.step);
    EXPECT_EQ(pageState(WizardPage::Attack, noAttacks), StepState::NotRun);
    EXPECT_EQ(pageState(WizardPage::Report, noAttacks), StepState::Done); // every step it asks for is done

    test::TempDir empty;
    const auto none = labStepStatus(*storedLabConfig(finished().lab), empty.file("new-lab"));
    EXPECT_EQ(inState(none, StepState::NotRun), pipelineSteps());
    EXPECT_FALSE(fs::exists(empty.file("new-lab"))) << "a status check writes nothing";
}

TEST(StepStatus, AgreesWithWhatARunKeepsAndADamagedOutputIsOutOfDate)
{
    test::TempDir dir;
    const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
    PipelineConfig config = test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder);
    test::QuietObserver quiet;
    runPipeline(config, dir.file("lab"), quiet, Step::Convert);
    config.conversion.timesteps += 1;
    const auto status = labStepStatus(config, dir.file("lab"));
    EXPECT_EQ(inState(status, StepState::Done), std::vector<Step>{Step::Synthesize});
    EXPECT_EQ(inState(status, StepState::OutOfDate), std::vector<Step>{Step::Convert});
    const PipelineOutcome out = runPipeline(config, dir.file("lab"), quiet, Step::Convert);
    EXPECT_EQ(out.skipped, inState(status, StepState::Done));
    EXPECT_EQ(out.ran, inState(status, StepState::OutOfDate));

    // A result file changed behind the lab's back is recomputed by a run, so it is not "done".
    { std::ofstream(dir.file("lab/snn.psnn"), std::ios::app) << "x"; }
    EXPECT_EQ(stateOf(Step::Convert, labStepStatus(config, dir.file("lab"))), StepState::OutOfDate);
}

} // namespace
} // namespace psnn
