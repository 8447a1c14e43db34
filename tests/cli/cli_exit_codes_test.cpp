// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user meets it: hostile files and out-of-range settings end with exit 2 and
// a message naming the cause (never a signal or exit 3), a locked lab is refused naming its
// holder, a lab re-run without flags resumes the settings it was made with, and --set takes any
// catalogue setting with the catalogue's range.
#include "cli_runner.h"
#include "hostile_files.h"
#include "study_internal.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace psnn {
namespace {

using test::cli;
using test::expectUserError;
using test::Outcome;
using test::slurp;
using test::start;

TEST(CliExitCodes, TimestepsOutsideTheirRangeAreRefusedNotIgnoredOrRun)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    saveNetwork(dir.file("ann.psnn"), test::tinyConvNet());
    expectUserError(cli({"evaluate", "--snn", dir.file("snn.psnn"), "-T", "-5"}), {"-T = -5", "1 to 10000"});
    expectUserError(cli({"evaluate", "--snn", dir.file("snn.psnn"), "-T", "2000000000"}), {"-T = 2000000000"});
    expectUserError(cli({"convert", "--model", dir.file("ann.psnn"), "-T", "1000000000", "--out", dir.file("x.psnn")}),
                    {"-T = 1000000000"});
    expectUserError(cli({"evaluate", "--snn", dir.file("snn.psnn"), "--batch", "0"}), {"--batch = 0"});
}

TEST(CliData, AnImageFolderOfAnotherSizeIsRefusedUnlessResizedAndItsLabelMappingIsStated)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn()); // 1 x 8 x 8, classes a, b, c
    const InputSpec spec = test::tinyConvNet().input;
    std::filesystem::create_directories(dir.file("data/c"));
    std::filesystem::create_directories(dir.file("data/A"));
    saveImagePng(dir.file("data/c/wide.png"), at::zeros({1, 8, 10}), spec);
    saveImagePng(dir.file("data/A/fits.png"), at::zeros({1, 8, 8}), spec);
    const std::vector<std::string> evaluate{"evaluate", "--snn", dir.file("snn.psnn"), "--data", dir.file("data"), "-T", "2"};
    expectUserError(cli(evaluate), {dir.file("data/c/wide.png"), "10x8", "8x8", "--resize"});
    std::vector<std::string> resized = evaluate;
    resized.push_back("--resize");
    const Outcome ok = cli(resized);
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_NE(ok.out.find("labels matched by name to 2 of the model's 3 classes"), std::string::npos) << ok.out;
    EXPECT_NE(ok.out.find("1 images resized to 8x8"), std::string::npos) << ok.out;
}

TEST(CliExitCodes, HostileModelFilesExitTwoWithTheirCause)
{
    test::TempDir dir;
    const auto snnWith = [&](const std::string& name, const std::function<void(test::RawArchive&)>& edit) {
        saveSpikingModel(dir.file(name), test::tinyConvSnn());
        test::RawArchive raw = test::readRawArchive(dir.file(name));
        edit(raw);
        test::writeRawArchive(dir.file(name), raw);
        return dir.file(name);
    };
    expectUserError(cli({"evaluate", "--snn", snnWith("t0.psnn", [](auto& r) { r.header["meta"]["snn"]["timesteps"] = 0; })}), {"T = 0"});
    expectUserError(cli({"evaluate", "--snn", snnWith("tbig.psnn", [](auto& r) { r.header["meta"]["snn"]["timesteps"] = int64_t(1) << 40; })}),
                    {"1099511627776"});
    expectUserError(cli({"evaluate", "--snn", snnWith("tneg.psnn", [](auto& r) { r.header["meta"]["snn"]["timesteps"] = -0.5; })}),
                    {"-0.5"});
    expectUserError(cli({"evaluate", "--snn", snnWith("stride.psnn", [](auto& r) { r.header["meta"]["layers"][2]["stride"] = 0; })}),
                    {"stride"});
    expectUserError(cli({"evaluate", "--snn", snnWith("shape.psnn", [](auto& r) {
                             for (auto& e : r.header["tensors"])
                                 if (e["name"] == "layer.4.weight")
                                     e["shape"] = {int64_t(1) << 40};
                         })}),
                    {"does not match"});
    test::writeOversizedTorchScript(dir.file("big.pt"));
    expectUserError(cli({"inspect", dir.file("big.pt")}), {"claims the shape"});
    test::writeBytes(dir.file("empty.psnn"), {});
    expectUserError(cli({"inspect", dir.file("empty.psnn")}), {"empty"});
}

/// A lab folder whose lab.json says it ran the tiny pipeline with this teacher and finished synthesis.
void writeFinishedLab(const std::string& folder, const std::string& teacher)
{
    Lab lab = Lab::open(folder);
    lab.setConfig(pipelineSettings(test::tinyPipelineConfig(teacher, "none")));
    LabStepRecord r;
    r.step = "synthesize";
    r.key = "k";
    lab.store(r);
}

TEST(CliLab, RunIntoALockedLabExitsTwoNamingTheHolder)
{
    test::TempDir dir;
    const LabLock held = LabLock::acquire(dir.file("lab"), "privatesnn run --lab mine");
    const Outcome o = cli({"run", "--lab", dir.file("lab"), "--no-report", "--eval-data", "none"});
    expectUserError(o, {"in use by process " + std::to_string(getpid()), "privatesnn run --lab mine"});
}

TEST(CliLab, RunWithoutFlagsResumesTheLabsOwnSettings)
{
    test::TempDir dir;
    saveNetwork(dir.file("teacher.psnn"), test::tinyConvNet());
    writeFinishedLab(dir.file("lab"), dir.file("teacher.psnn"));
    const Outcome o = cli({"run", "--lab", dir.file("lab"), "--print-config"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    const auto config = nlohmann::json::parse(o.out);
    EXPECT_EQ(config["teacher"], dir.file("teacher.psnn")) << "the lab's teacher, not the bundled one";
    EXPECT_EQ(config["synthesis"]["per_class"], test::tinyPipelineConfig("", "").synthesis.perClass);
}

TEST(CliLab, FlagChangingADataFreeInputIsRefusedNamingWhatWouldBeRecomputed)
{
    test::TempDir dir;
    saveNetwork(dir.file("teacher.psnn"), test::tinyConvNet());
    Network other = test::tinyConvNet();
    other.layers[4].weight = other.layers[4].weight * 2;
    saveNetwork(dir.file("other.psnn"), other);
    writeFinishedLab(dir.file("lab"), dir.file("teacher.psnn"));
    const Outcome o = cli({"run", "--lab", dir.file("lab"), "--teacher", dir.file("other.psnn"), "--no-report"});
    expectUserError(o, {"teacher", "other.psnn", "recompute synthesize", "--rerun-from synthesize", "--new"});
    const Outcome late = cli({"run", "--lab", dir.file("lab"), "--teacher", dir.file("other.psnn"), "--rerun-from", "encrypt"});
    expectUserError(late, {"--rerun-from encrypt is too late"});
}

TEST(CliSettings, SetChangesAnySettingOfTheRunAndIsReadLikeAConfigFile)
{
    test::TempDir dir;
    const Outcome o = cli({"run", "--lab", dir.file("lab"), "--print-config", "--set", "conversion.scale=0.5", "--set",
                           "leakage.attack1.classes=0,3", "--set", "encryption.dropout=false", "--set", "synthesis.per_class=7"});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    const auto config = nlohmann::json::parse(o.out);
    EXPECT_EQ(config["conversion"]["scale"], 0.5);
    EXPECT_EQ(config["leakage"]["attack1"]["classes"], nlohmann::json::array({0, 3}));
    EXPECT_EQ(config["encryption"]["dropout"], false);
    EXPECT_EQ(config["synthesis"]["per_class"], 7);
    EXPECT_EQ(config["synthesis"]["steps"], demoProfile().synthesis.steps) << "what --set does not name keeps the profile's value";
}

TEST(CliSettings, SetRefusesUnknownKeysBadValuesAndSettingsOfOtherStepsWithTheWayOut)
{
    test::TempDir dir;
    const std::string lab = dir.file("lab");
    expectUserError(cli({"run", "--lab", lab, "--print-config", "--set", "conversion.scael=0.5"}),
                    {"Unknown setting 'conversion.scael'", "conversion.scale", "privatesnn settings"});
    expectUserError(cli({"run", "--lab", lab, "--print-config", "--set", "conversion.scale=0"}),
                    {"'conversion.scale' is 0", "more than 0 to 1e+06"});
    expectUserError(cli({"run", "--lab", lab, "--print-config", "--set", "conversion.timesteps=2.5"}),
                    {"conversion.timesteps", "a whole number from 1 to 10000"});
    expectUserError(cli({"run", "--lab", lab, "--print-config", "--set", "encryption.readout=mean"}),
                    {"encryption.readout", "matched, sum or rate"});
    expectUserError(cli({"synthesize", "--out", dir.file("images"), "--set", "conversion.scale=0.5"}),
                    {"does not use the setting 'conversion.scale'", "convert step"});
    expectUserError(cli({"attack", "--snn", dir.file("none.psnn"), "--out", dir.file("a"), "--set", "leakage.attack2.restarts=2"}),
                    {"attack --scenario 1", "leakage.attack2.restarts"});
    EXPECT_FALSE(std::filesystem::exists(dir.file("images"))) << "nothing may run with a refused setting";
}

TEST(CliSettings, DedicatedOptionsTakeTheCataloguesRange)
{
    test::TempDir dir;
    // Core allows any threshold scale above 0; the option used to as well, the GUI only 0.01 to 10.
    const Outcome scale = cli({"convert", "--scale", "0", "--out", dir.file("x.psnn")});
    EXPECT_EQ(scale.exitCode, 1) << scale.err;
    EXPECT_NE(scale.err.find("more than 0 to 1e+06"), std::string::npos) << scale.err;
    const Outcome perClass = cli({"synthesize", "--per-class", "2000000", "--out", dir.file("images")});
    EXPECT_EQ(perClass.exitCode, 1) << perClass.err;
    EXPECT_NE(perClass.err.find("a whole number from 1 to 1e+06"), std::string::npos) << perClass.err;
}

TEST(CliSettings, SettingsListsTheWholeCatalogue)
{
    const Outcome text = cli({"settings"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("conversion.scale  (real, default 0.7; step: convert)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("allowed: more than 0 to 1e+06"), std::string::npos);
    const Outcome json = cli({"--json", "settings"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto rows = nlohmann::json::parse(json.out);
    ASSERT_EQ(rows.size(), settingsCatalogue().size());
    for (size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i]["key"], settingsCatalogue()[i].key);
        EXPECT_EQ(rows[i]["default"], settingsCatalogue()[i].defaultValue);
    }
}

/// A tiny teacher and evaluation folder under dir/inputs and a config using them in dir/tiny.json.
test::TinyLabInputs writeTinyStudyConfig(const test::TempDir& dir)
{
    std::filesystem::create_directories(dir.file("inputs"));
    const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
    std::ofstream(dir.file("tiny.json")) << pipelineConfigText(
        test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder));
    return inputs;
}

TEST(CliStudy, AStudyKilledWithSigkillLosesOnlyThePointInProgress)
{
    test::TempDir dir;
    writeTinyStudyConfig(dir);
    const std::vector<std::string> args{"study",          "--lab", dir.file("lab"), "--config", dir.file("tiny.json"),
                                        "--grid",         "quick", "--no-report",   "--point",  "encryption-0-s0",
                                        "encryption-1-s0"};
    const std::string first = dir.file("lab/study/points/encryption-0-s0.json");
    const std::string second = dir.file("lab/study/points/encryption-1-s0.json");
    // --emit-jobs prepares the lab (synthesis, conversion), which --point needs.
    const Outcome prepared = cli({"study", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--grid", "quick", "--emit-jobs"});
    ASSERT_EQ(prepared.exitCode, 0) << prepared.err;
    const pid_t pid = start(args, dir.file("out"), dir.file("err"));
    // kill -9 once the second point has finished its first epoch (its checkpoint appears): stopped at
    // once with SIGSTOP so that it cannot finish in between, then killed; no handler, no clean-up runs.
    const std::string checkpoint = dir.file("lab/study/points/encryption-1-s0.ckpt");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (!std::filesystem::exists(checkpoint) && std::chrono::steady_clock::now() < deadline
           && waitpid(pid, nullptr, WNOHANG) == 0)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    kill(pid, SIGSTOP);
    const bool midPoint = std::filesystem::exists(checkpoint) && !std::filesystem::exists(second);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the study ended before it could be killed: " << slurp(dir.file("err"));
    ASSERT_TRUE(midPoint) << "not stopped inside the second point: " << slurp(dir.file("err"));
    ASSERT_TRUE(std::filesystem::exists(first)) << slurp(dir.file("err"));
    const std::string kept = slurp(first);

    // The same command again: keeps the finished point and finishes the other.
    const Outcome again = cli(args);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(slurp(first), kept) << "a finished point was recomputed";
    EXPECT_TRUE(std::filesystem::exists(second));
    const std::string log = slurp(dir.file("lab/log.txt"));
    EXPECT_EQ(log.find("Study job encryption-0-s0 started", log.find("Study job encryption-1-s0 started")),
              std::string::npos)
        << "encryption-0 ran again after the kill";
}

TEST(CliStudy, EmittedJobsRunIndependentlyUnderGnuParallel)
{
    ASSERT_EQ(std::system("command -v parallel > /dev/null"), 0)
        << "GNU parallel is not installed: scripts/setup-debian.sh installs it (apt-get install parallel).";
    test::TempDir dir;
    writeTinyStudyConfig(dir);
    // Three seeds (the quick grid's own is one): noise jobs of every seed copy their own twins.
    const Outcome emitted = cli({"study", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--grid",
                                 "quick", "--set", "study.defence_seeds=3", "--emit-jobs"});
    ASSERT_EQ(emitted.exitCode, 0) << emitted.err;
    // Every line but the last (--collect) is one (point, seed); run them two at a time, in an order
    // that starts noise jobs beside the encryption jobs they copy.
    std::istringstream lines(emitted.out);
    std::vector<std::string> jobs;
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("privatesnn ", 0) == 0 && line.find("--collect") == std::string::npos)
            jobs.push_back(std::string(PRIVATESNN_CLI) + line.substr(std::string("privatesnn").size()));
    ASSERT_GE(jobs.size(), 10u);
    std::reverse(jobs.begin(), jobs.end());
    {
        std::ofstream list(dir.file("jobs.txt"));
        for (const std::string& job : jobs)
            list << job << "\n";
    }
    const int ran = std::system(
        ("parallel -j2 --halt now,fail=1 < '" + dir.file("jobs.txt") + "' > '" + dir.file("parallel.out") + "' 2>&1")
            .c_str());
    ASSERT_EQ(ran, 0) << slurp(dir.file("parallel.out"));
    const Outcome collected = cli({"study", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--grid",
                                   "quick", "--set", "study.defence_seeds=3", "--collect", "--no-report"});
    ASSERT_EQ(collected.exitCode, 0) << collected.err;

    // No job read another's unfinished output: nothing half-written is left, and every noise job's
    // drift is exactly its encryption twin's as that twin's own job measured it (a partial, stale or
    // other-seed twin would give another drift).
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("lab/study/points")))
        EXPECT_EQ(entry.path().filename().string().find(".part"), std::string::npos) << entry.path();
    const std::string log = slurp(dir.file("lab/log.txt"));
    int noiseJobs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.file("lab/study/points"))) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("noise-", 0) != 0 || entry.path().extension() != ".json")
            continue;
        ++noiseJobs;
        const std::string twinName = "encryption-" + name.substr(6);
        const auto noise = study_detail::readPoint(entry.path().string());
        const auto twin = study_detail::readPoint(dir.file("lab/study/points/" + twinName));
        ASSERT_TRUE(noise && twin) << name;
        ASSERT_EQ(noise->drift.size(), twin->drift.size());
        for (size_t l = 0; l < twin->drift.size(); ++l)
            EXPECT_NEAR(noise->drift[l].relativeL2, twin->drift[l].relativeL2, 1e-3 * twin->drift[l].relativeL2 + 1e-9)
                << name << " layer " << l;
        const std::string job = name.substr(0, name.size() - 5);
        EXPECT_TRUE(log.find("Study job " + job + " copies the finished encryption twin") != std::string::npos
                    || log.find("Study job " + job + " trains its encryption twin") != std::string::npos)
            << job << " did not say where its twin came from";
    }
    EXPECT_EQ(noiseJobs, 6); // 2 noise points x 3 seeds
}

TEST(CliStudy, AStudyWithoutConfigResumesTheLabsSettings)
{
    test::TempDir dir;
    const test::TinyLabInputs inputs = writeTinyStudyConfig(dir);
    const Outcome made = cli({"study", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--grid", "quick", "--emit-jobs"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    // Again without --config, as the printed jobs and a user coming back do: the lab's own teacher
    // and settings, so its synthesis and conversion are kept, not redone with the bundled defaults.
    const Outcome again = cli({"study", "--lab", dir.file("lab"), "--grid", "quick", "--emit-jobs"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const std::string log = slurp(dir.file("lab/log.txt"));
    const std::string started = "Step synthesize started";
    EXPECT_EQ(log.find(started, log.find(started) + 1), std::string::npos) << log;
    EXPECT_EQ(nlohmann::json::parse(slurp(dir.file("lab/lab.json")))["config"]["teacher"], inputs.teacher);
}

// Two jobs at a time on worker threads, then the report: the jobs' translated progress lines must
// not make Qt take a worker for the main thread (it warned and crashed once that thread had ended).
TEST(CliStudy, TwoJobsAtATimeEndWithTheReportWritten)
{
    test::TempDir dir;
    writeTinyStudyConfig(dir);
    const Outcome made =
        cli({"study", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--grid", "quick", "--emit-jobs"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    const Outcome o = cli({"--threads", "2", "study", "--lab", dir.file("lab"), "--grid", "quick", "--jobs", "2"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_EQ(o.err.find("QApplication was not created in the main() thread"), std::string::npos) << o.err;
    EXPECT_TRUE(std::filesystem::exists(dir.file("lab/report/report.html"))) << o.out;
}

// The command links no Qt Widgets (tests/cli/check_no_widgets.cmake), so its reports come from the
// privatesnn-report program beside it: the files must appear and the writer's errors reach the user.
TEST(CliReport, RunWritesTheReportThroughTheReportWriterProgram)
{
    test::TempDir dir;
    writeTinyStudyConfig(dir);
    const Outcome o = cli({"run", "--lab", dir.file("lab"), "--config", dir.file("tiny.json")});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    for (const char* file : {"report.html", "report.pdf", "report.json"}) {
        const std::string path = dir.file("lab/report/") + file;
        EXPECT_GT(std::filesystem::file_size(path), 0u) << path;
        EXPECT_NE(o.out.find(path), std::string::npos) << "not printed: " << path << "\n" << o.out;
    }
    EXPECT_FALSE(std::filesystem::is_empty(dir.file("lab/report/plots"))) << "the plots need Qt Widgets, in the writer";
}

TEST(CliReport, TheReportWritersErrorsAndVersionsReachTheUser)
{
    test::TempDir dir;
    std::filesystem::create_directories(dir.file("empty"));
    const char* previous = std::getenv("PRIVATESNN_CLI_UNDER_TEST");
    setenv("PRIVATESNN_CLI_UNDER_TEST", PRIVATESNN_REPORT_WRITER, 1);
    const Outcome missing = cli({dir.file("empty"), dir.file("out")});
    const Outcome usage = cli({"only-one-argument"});
    if (previous)
        setenv("PRIVATESNN_CLI_UNDER_TEST", previous, 1);
    else
        unsetenv("PRIVATESNN_CLI_UNDER_TEST");
    EXPECT_EQ(missing.exitCode, 2) << missing.err;
    EXPECT_NE(missing.err.find("results.json"), std::string::npos) << missing.err;
    EXPECT_EQ(usage.exitCode, 1);
    EXPECT_NE(usage.err.find("Usage: privatesnn-report"), std::string::npos) << usage.err;

    const Outcome version = cli({"--version"});
    EXPECT_EQ(version.exitCode, 0) << version.err;
    EXPECT_NE(version.out.find("reports: Qt "), std::string::npos) << version.out;
    EXPECT_NE(version.out.find("QCustomPlot "), std::string::npos) << version.out;
}

TEST(CliRun, JsonNamesTheStepsThatRanAndThoseKept)
{
    test::TempDir dir;
    writeTinyStudyConfig(dir);
    const std::vector<std::string> args{
        "--json", "run", "--lab", dir.file("lab"), "--config", dir.file("tiny.json"), "--no-report"};
    const Outcome first = cli(args);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const nlohmann::json ran = nlohmann::json::parse(first.out)["ran"];
    EXPECT_EQ(ran, nlohmann::json({"synthesize", "convert", "evaluate", "encrypt", "evaluate_encrypted", "attack"}));
    const Outcome again = cli(args);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const nlohmann::json second = nlohmann::json::parse(again.out);
    EXPECT_TRUE(second["ran"].empty());
    EXPECT_EQ(second["skipped"], ran);
    EXPECT_EQ(second["results"]["schema"], "privatesnn-results");
}

} // namespace
} // namespace psnn
