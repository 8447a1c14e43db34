// SPDX-License-Identifier: GPL-3.0-or-later
// A lab never loses or mixes work: one writer at a time, a damaged lab.json rebuilt from the step
// records and output hashes, no half-written file after a full disk, model paths that survive a
// change of working folder or a moved model, and settings remembered between runs.
#include "file_bytes.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/sha256.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>
#include <iterator>

#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct SafetyTestFiles {
    test::TempDir dir;
    test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
};

const SafetyTestFiles& safetyTestFiles()
{
    static const SafetyTestFiles f;
    return f;
}

PipelineConfig safetyTestConfig(const std::string& teacher)
{
    return test::tinyPipelineConfig(teacher, safetyTestFiles().inputs.evalFolder);
}

struct Notes : PipelineObserver {
    std::vector<std::string> notes;
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
    void note(const std::string& line) override { notes.push_back(line); }
    bool mentions(const std::string& text) const
    {
        for (const std::string& n : notes)
            if (n.find(text) != std::string::npos)
                return true;
        return false;
    }
};

std::string errorOf(const std::function<void()>& run, ErrorCode expected)
{
    try {
        run();
    } catch (const Error& e) {
        EXPECT_EQ(int(e.code()), int(expected)) << e.what();
        EXPECT_FALSE(e.hint().empty());
        return std::string(e.what()) + " | " + e.hint();
    }
    ADD_FAILURE() << "no psnn::Error";
    return {};
}

TEST(LabLock, SecondWriterIsRefusedNamingTheHolder)
{
    test::TempDir dir;
    const std::string lab = dir.file("lab");
    const LabLock held = LabLock::acquire(lab, "privatesnn run --lab first");
    const std::string text = errorOf([&] {
        Notes notes;
        runPipeline(safetyTestConfig(safetyTestFiles().inputs.teacher), lab, notes, Step::Synthesize);
    }, ErrorCode::FileUnwritable);
    EXPECT_NE(text.find("in use by process " + std::to_string(getpid())), std::string::npos) << text;
    EXPECT_NE(text.find("privatesnn run --lab first"), std::string::npos) << text;
    const auto holder = LabLock::holder(lab);
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, long(getpid()));
    EXPECT_FALSE(fs::exists(fs::path(lab) / "synthetic.psnn")) << "the second run must not have written anything";
}

TEST(LabLock, IsReleasedWithItsHolderAndAStaleRecordIsTakenOver)
{
    test::TempDir dir;
    const std::string lab = dir.file("lab");
    { const LabLock first = LabLock::acquire(lab, "first"); }
    EXPECT_FALSE(LabLock::holder(lab).has_value());
    // What kill -9 leaves: the record of a process that no longer holds the lock.
    std::ofstream(fs::path(lab) / "lab.lock") << R"({"pid": 999999, "host": "elsewhere", "command": "privatesnn run", "since": "x"})";
    const LabLock second = LabLock::acquire(lab, "second");
    ASSERT_TRUE(second.tookOverFrom().has_value());
    EXPECT_EQ(second.tookOverFrom()->pid, 999999);
    // The lab folder holding only the lock is still an empty, new lab.
    EXPECT_NO_THROW(Lab::open(lab));
}

TEST(LabState, DamagedLabJsonIsRebuiltFromStepRecordsAndOutputHashes)
{
    test::TempDir dir;
    const std::string folder = dir.file("lab");
    {
        Lab lab = Lab::open(folder);
        lab.setConfig({{"profile", "demo"}, {"seed", 3}});
        for (const std::string step : {"synthesize", "convert"}) {
            lab.writeText(step + ".bin", "output of " + step);
            LabStepRecord r;
            r.step = step;
            r.key = "key-" + step;
            r.outputs[step + ".bin"] = sha256File(lab.path(step + ".bin"));
            lab.store(r);
        }
    }
    EXPECT_TRUE(test::readJson(folder + "/lab.json.bak").is_object()) << "the previous lab.json is kept";
    std::ofstream(folder + "/lab.json", std::ios::trunc) << R"({"schema": "privatesnn-lab", "steps": [tru)";
    std::ofstream(folder + "/convert.bin", std::ios::trunc) << "changed by hand";

    const Lab rebuilt = Lab::open(folder);
    ASSERT_NE(rebuilt.record("synthesize"), nullptr);
    EXPECT_EQ(rebuilt.record("synthesize")->key, "key-synthesize");
    EXPECT_EQ(rebuilt.record("convert"), nullptr) << "an output whose hash changed is not kept";
    EXPECT_NE(rebuilt.recoveryNote().find("output hashes: synthesize"), std::string::npos) << rebuilt.recoveryNote();
    EXPECT_NE(rebuilt.recoveryNote().find("to recompute: convert"), std::string::npos) << rebuilt.recoveryNote();
    EXPECT_EQ(rebuilt.config().value("seed", 0), 3);
    // Opening writes nothing; the rebuilt state is written by the next change (a run's first save).
    Lab again = Lab::open(folder);
    EXPECT_FALSE(again.recoveryNote().empty());
    again.setConfig(again.config());
    const Lab saved = Lab::open(folder);
    EXPECT_TRUE(saved.recoveryNote().empty());
    EXPECT_NE(saved.record("synthesize"), nullptr);
}

TEST(LabState, MissingLabJsonWithRecordsIsRebuiltNotTreatedAsForeignFolder)
{
    test::TempDir dir;
    const std::string folder = dir.file("lab");
    {
        Lab lab = Lab::open(folder);
        lab.writeText("out.bin", "x");
        LabStepRecord r;
        r.step = "synthesize";
        r.key = "k";
        r.outputs["out.bin"] = sha256File(lab.path("out.bin"));
        lab.store(r);
    }
    fs::remove(folder + "/lab.json");
    const Lab lab = Lab::open(folder);
    EXPECT_NE(lab.record("synthesize"), nullptr);
}

/// Runs write in a child process whose `folder` is a 16 kB tmpfs of its own (a private mount
/// namespace; unprivileged through a user namespace), and returns what it reported through a pipe:
/// a real full disk, since a write through a planted link is refused before it starts.
std::string onFullDisk(const std::string& folder, const std::function<std::string()>& write)
{
    int channel[2];
    if (pipe(channel) != 0)
        return "pipe failed";
    const pid_t pid = fork();
    if (pid == 0) {
        close(channel[0]);
        std::string report;
        if (unshare(CLONE_NEWNS) != 0 && unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            report = std::string("no mount namespace: ") + std::strerror(errno);
        else if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
                 || mount("tmpfs", folder.c_str(), "tmpfs", 0, "size=16k,mode=1777") != 0)
            report = std::string("no tmpfs: ") + std::strerror(errno);
        else
            report = write();
        [[maybe_unused]] const ssize_t sent = ::write(channel[1], report.data(), report.size());
        _exit(0);
    }
    close(channel[1]);
    std::string report;
    char buffer[4096];
    for (ssize_t got; (got = read(channel[0], buffer, sizeof(buffer))) > 0;)
        report.append(buffer, size_t(got));
    close(channel[0]);
    waitpid(pid, nullptr, 0);
    return report;
}

TEST(AtomicWrite, FullDiskIsNamedAndLeavesNoPartFile)
{
    test::TempDir dir;
    const std::string disk = dir.file("disk");
    fs::create_directories(disk);
    const std::string report = onFullDisk(disk, [&] {
        const std::string target = disk + "/results.json";
        std::string text;
        try {
            writeFileAtomically(target, std::string(100000, 'x'));
            return std::string("written");
        } catch (const Error& e) {
            text = std::string(e.what()) + " | " + e.hint();
        }
        std::error_code ec;
        if (fs::exists(fs::symlink_status(target + ".part", ec)))
            text += " | .part left behind";
        if (fs::exists(target, ec))
            text += " | target exists";
        return text;
    });
    EXPECT_NE(report.find("is full"), std::string::npos) << report;
    EXPECT_NE(report.find("Free some space"), std::string::npos) << report;
    EXPECT_EQ(report.find(".part left behind"), std::string::npos) << report;
    EXPECT_EQ(report.find("target exists"), std::string::npos) << report;
}

TEST(AtomicWrite, APlantedLinkAsTheTemporaryFileIsRefusedNotWrittenThrough)
{
    test::TempDir dir;
    std::ofstream(dir.file("thesis.tex")) << "a user's file";
    fs::create_symlink(dir.file("thesis.tex"), dir.file("results.json.part"));
    const std::string text =
        errorOf([&] { writeFileAtomically(dir.file("results.json"), "{}"); }, ErrorCode::FileUnwritable);
    EXPECT_NE(text.find("results.json.part"), std::string::npos) << text;
    std::ifstream in(dir.file("thesis.tex"));
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), "a user's file");
}

TEST(LabPaths, PartFilesOfAKilledWriteAreRemovedWhenARunStarts)
{
    test::TempDir dir;
    const std::string lab = dir.file("lab");
    Notes notes;
    runPipeline(safetyTestConfig(safetyTestFiles().inputs.teacher), lab, notes, Step::Synthesize);
    std::ofstream(lab + "/snn.psnn.part") << "half";
    runPipeline(safetyTestConfig(safetyTestFiles().inputs.teacher), lab, notes, Step::Synthesize);
    EXPECT_FALSE(fs::exists(lab + "/snn.psnn.part"));
}

TEST(LabPaths, ModelPathsAreStoredAbsoluteWithTheirHashes)
{
    test::TempDir dir;
    fs::copy_file(safetyTestFiles().inputs.teacher, dir.file("teacher.psnn"));
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    Notes notes;
    try {
        runPipeline(safetyTestConfig("teacher.psnn"), "lab", notes, Step::Synthesize);
    } catch (...) {
        fs::current_path(before);
        throw;
    }
    fs::current_path(before);
    const json state = test::readJson(dir.file("lab/lab.json"));
    const std::string stored = state["config"]["teacher"];
    EXPECT_TRUE(fs::path(stored).is_absolute()) << stored;
    EXPECT_TRUE(fs::equivalent(stored, dir.file("teacher.psnn")));
    EXPECT_EQ(state["models"]["teacher"]["sha256"], sha256File(dir.file("teacher.psnn")));
    // Resumed from another working folder, the lab finds its teacher and keeps its work.
    const std::optional<PipelineConfig> resumed = storedLabConfig(dir.file("lab"));
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->teacher, stored);
    const PipelineOutcome out = runPipeline(*resumed, dir.file("lab"), notes, Step::Synthesize);
    EXPECT_EQ(out.skipped, std::vector<Step>{Step::Synthesize});
}

TEST(LabPaths, MovedModelIsFoundByHashNextToTheLabElseRefusedWithTheWayOut)
{
    test::TempDir dir;
    fs::create_directories(dir.file("models"));
    fs::copy_file(safetyTestFiles().inputs.teacher, dir.file("models/teacher.psnn"));
    const std::string lab = dir.file("labs/one");
    Notes notes;
    runPipeline(safetyTestConfig(dir.file("models/teacher.psnn")), lab, notes, Step::Synthesize);
    fs::rename(dir.file("models/teacher.psnn"), dir.file("labs/teacher-copy.psnn"));

    const PipelineConfig stored = *storedLabConfig(lab);
    const PipelineOutcome out = runPipeline(stored, lab, notes, Step::Synthesize);
    EXPECT_TRUE(notes.mentions("same SHA-256")) << "the move is reported";
    EXPECT_EQ(out.skipped, std::vector<Step>{Step::Synthesize}) << "the moved model is the same model";
    EXPECT_TRUE(fs::equivalent(storedLabConfig(lab)->teacher, dir.file("labs/teacher-copy.psnn")));

    fs::remove(dir.file("labs/teacher-copy.psnn"));
    const std::string text = errorOf([&] { runPipeline(*storedLabConfig(lab), lab, notes, Step::Synthesize); }, ErrorCode::FileNotFound);
    EXPECT_NE(text.find("teacher-copy.psnn"), std::string::npos) << text;
    EXPECT_NE(text.find("--rerun-from"), std::string::npos) << text;
}

TEST(LabSettings, DataFreeChangesNameTheSettingAndWhatWouldBeRecomputed)
{
    test::TempDir dir;
    const std::string lab = dir.file("lab");
    const PipelineConfig config = safetyTestConfig(safetyTestFiles().inputs.teacher);
    Notes notes;
    runPipeline(config, lab, notes, Step::Convert);

    EXPECT_TRUE(dataFreeChanges(config, lab).steps.empty());
    PipelineConfig evalOnly = config;
    evalOnly.evalImages = 7; // measurement only: nothing data-free changes
    EXPECT_TRUE(dataFreeChanges(evalOnly, lab).steps.empty());

    PipelineConfig longer = config;
    longer.conversion.timesteps += 5;
    const LabChanges c = dataFreeChanges(longer, lab);
    EXPECT_EQ(c.firstStep, Step::Convert);
    EXPECT_NE(c.describe().find("conversion.timesteps"), std::string::npos) << c.describe();
    EXPECT_EQ(std::count(c.steps.begin(), c.steps.end(), Step::Synthesize), 0);
    EXPECT_EQ(std::count(c.steps.begin(), c.steps.end(), Step::Convert), 1);

    PipelineConfig otherTeacher = config;
    otherTeacher.teacher = "";
    EXPECT_EQ(dataFreeChanges(otherTeacher, lab).firstStep, Step::Synthesize);

    // --rerun-from recomputes from the named step and keeps what comes before it.
    const PipelineOutcome out = runPipeline(config, lab, notes, Step::Convert, Step::Convert);
    EXPECT_EQ(out.skipped, std::vector<Step>{Step::Synthesize});
    EXPECT_EQ(out.ran, std::vector<Step>{Step::Convert});
}

TEST(LabPaths, EvaluationDataOfAnotherSizeIsRefusedWithBothSizes)
{
    test::TempDir dir;
    PipelineConfig config = safetyTestConfig(safetyTestFiles().inputs.teacher);
    config.evalData = "fashion-mnist:test"; // 1x28x28 images; the tiny teacher takes 1x8x8
    config.evalImages = 10;
    Notes notes;
    const std::string text = errorOf([&] { runPipeline(config, dir.file("lab"), notes); }, ErrorCode::ShapeMismatch);
    EXPECT_NE(text.find("1x28x28"), std::string::npos) << text;
    EXPECT_NE(text.find("1x8x8"), std::string::npos) << text;
}

} // namespace
} // namespace psnn
