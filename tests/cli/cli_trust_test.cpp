// SPDX-License-Identifier: GPL-3.0-or-later
// The command line never loses a user's work, never hangs on a hostile input and never gives a
// silently wrong number: one test per case a hostile user found (issue 29). Each fails with the
// CLI before that work (run them with PRIVATESNN_CLI_UNDER_TEST=<older privatesnn> to see it).
#include "cli_runner.h"
#include "hostile_files.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::cli;
using test::expectUserError;
using test::Outcome;
using test::slurp;
using namespace std::chrono_literals;

void spit(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

/// PRIVATESNN_CLI_FUZZ_COUNT, else the count CI affords for this fuzzer.
int fuzzCount(int ciCount)
{
    const char* env = std::getenv("PRIVATESNN_CLI_FUZZ_COUNT");
    return env && *env ? std::atoi(env) : ciCount;
}

/// One to four random byte changes, truncations or deletions of a file's text.
std::string mutated(std::string s, std::mt19937_64& rng)
{
    for (int k = 1 + int(rng() % 4); k > 0 && !s.empty(); --k) {
        const size_t at = size_t(rng() % s.size());
        switch (rng() % 3) {
        case 0:
            s[at] = char(rng());
            break;
        case 1:
            s.resize(at);
            break;
        default:
            s.erase(at, size_t(rng() % 40));
            break;
        }
    }
    return s;
}

/// A fuzzed run's outcome: a user error or success, never a signal or an internal error (exit 3).
void expectAnswer(const Outcome& o, int input)
{
    ASSERT_EQ(o.signal, 0) << "input " << input << ": " << o.err;
    ASSERT_TRUE(o.exitCode == 0 || o.exitCode == 2) << "input " << input << ": exit " << o.exitCode << ": " << o.err;
}

/// The settings of `settings` whose values differ from `base`, section by section.
json changedSettings(const json& settings, const json& base)
{
    json out = json::object();
    for (const auto& [key, value] : settings.items()) {
        const auto old = base.find(key);
        if (old != base.end() && value.is_object() && old->is_object()) {
            json inner = changedSettings(value, *old);
            if (!inner.empty())
                out[key] = std::move(inner);
        } else if (old == base.end() || *old != value) {
            out[key] = value;
        }
    }
    return out;
}

/// A tiny lab made by `run` from a config file (teacher and evaluation images of tests/support).
struct TinyLab {
    test::TempDir dir;
    std::string lab = dir.file("lab");
    std::string config = dir.file("tiny.json");
    TinyLab()
    {
        fs::create_directories(dir.file("inputs"));
        const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
        // Only what differs from the demo profile, as a user writes a config: an older CLI run
        // through PRIVATESNN_CLI_UNDER_TEST then reads it too (it refuses settings it does not know).
        const json tiny = pipelineSettings(test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder));
        spit(config, changedSettings(tiny, pipelineSettings(demoProfile())).dump(2));
        const Outcome made = cli({"run", "--lab", lab, "--config", config, "--no-report"});
        EXPECT_EQ(made.exitCode, 0) << made.err;
    }
    std::string file(const std::string& name) const { return lab + "/" + name; }
};

TEST(CliTrust, OutNamingAFifoOrAForeignFileIsNeverReplaced)
{
    test::TempDir dir;
    saveNetwork(dir.file("ann.psnn"), test::tinyConvNet());
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    ASSERT_EQ(mkfifo(dir.file("fifo").c_str(), 0644), 0);
    // Case 1: the temporary file + rename replaced a device or FIFO with a regular file, exit 0.
    expectUserError(cli({"convert", "--model", dir.file("ann.psnn"), "-T", "2", "--out", dir.file("fifo")}),
                    {"FIFO", dir.file("fifo")});
    expectUserError(cli({"export", "--snn", dir.file("snn.psnn"), "--format", "nir", "--out", dir.file("fifo")}),
                    {"FIFO"});
    EXPECT_TRUE(fs::is_fifo(dir.file("fifo")));
    spit(dir.file("thesis.pt"), "a user's own file");
    expectUserError(
        cli({"export", "--snn", dir.file("snn.psnn"), "--format", "torchscript", "--out", dir.file("thesis.pt")}),
        {"thesis.pt", "--force"});
    EXPECT_EQ(slurp(dir.file("thesis.pt")), "a user's own file");
    const Outcome forced = cli({"export", "--snn", dir.file("snn.psnn"), "--format", "torchscript", "--out",
                                dir.file("thesis.pt"), "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    // A file this tool exported is its own to replace.
    const Outcome again =
        cli({"export", "--snn", dir.file("snn.psnn"), "--format", "torchscript", "--out", dir.file("thesis.pt")});
    EXPECT_EQ(again.exitCode, 0) << again.err;
}

TEST(CliTrust, ALabWithLabJsonAndItsBackupDamagedResumesItsOwnSettings)
{
    TinyLab t;
    const std::string synthetic = sha256File(t.file("synthetic.psnn"));
    spit(t.file("lab.json"), "{");
    spit(t.file("lab.json.bak"), "nonsense");
    // Case 2: "rebuilt ... to recompute: none", then a synthesis with the demo profile overwrote synthetic.psnn.
    const Outcome o = cli({"run", "--lab", t.lab, "--no-report"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_NE(o.out.find("0 steps run"), std::string::npos) << o.out << o.err;
    EXPECT_EQ(sha256File(t.file("synthetic.psnn")), synthetic);
}

TEST(CliTrust, ALabJsonWithoutStepsOrWithAMistypedConfigKeepsEveryModel)
{
    for (const std::string damage : {"steps", "config"}) {
        TinyLab t;
        const std::string snn = sha256File(t.file("snn.psnn"));
        json state = json::parse(slurp(t.file("lab.json")));
        if (damage == "steps")
            state.erase("steps");
        else
            state["config"] = 5;
        spit(t.file("lab.json"), state.dump());
        // Case 3: "6 steps run, 0 kept", every model file rewritten.
        const Outcome o = cli({"run", "--lab", t.lab, "--no-report"});
        EXPECT_EQ(o.exitCode, 0) << damage << ": " << o.err;
        EXPECT_NE(o.out.find("0 steps run"), std::string::npos) << damage << ": " << o.out;
        EXPECT_EQ(sha256File(t.file("snn.psnn")), snn) << damage;
    }
}

TEST(CliTrust, AMalformedStepResultInLabJsonIsRecovered)
{
    TinyLab t;
    json state = json::parse(slurp(t.file("lab.json")));
    for (json& step : state["steps"])
        step["results"] = {{"accuracy", {{"ann", "high"}}}};
    spit(t.file("lab.json"), state.dump());
    // Case 11: exit 2 blaming results.json with a hint to run the command that had just failed.
    const Outcome o = cli({"run", "--lab", t.lab, "--no-report"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_NE(o.out.find("0 steps run"), std::string::npos) << o.out;
}

TEST(CliTrust, HostileInputsEndQuicklyInsteadOfHanging)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    // Case 4: read /dev/zero forever (+125 MB/s). Case 5: hundreds of OpenMP threads, never done.
    expectUserError(cli({"run", "--lab", dir.file("lab"), "--config", "/dev/zero", "--print-config"}, 20s),
                    {"/dev/zero", "regular file"});
    expectUserError(cli({"--threads", "100000", "evaluate", "--snn", dir.file("snn.psnn")}, 20s), {"100000"});
}

TEST(CliTrust, NumbersOutsideTheirRangeAreRefused)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    // Case 10: seed 2^64 became seed 0; --count -1 ran every image; --e-mac nan printed NaN energies.
    expectUserError(cli({"run", "--lab", dir.file("lab"), "--print-config", "--set", "seed=18446744073709551616"}),
                    {"18446744073709551616", "18446744073709551615"});
    const Outcome count = cli({"evaluate", "--snn", dir.file("snn.psnn"), "--count", "-1"});
    EXPECT_EQ(count.exitCode, 1) << count.err;
    EXPECT_NE(count.err.find("0 or more"), std::string::npos) << count.err;
    const Outcome energy = cli({"evaluate", "--snn", dir.file("snn.psnn"), "--e-mac", "nan"});
    EXPECT_EQ(energy.exitCode, 1) << energy.err;
    EXPECT_NE(energy.err.find("finite"), std::string::npos) << energy.err;
    const Outcome env = cli({"evaluate", "--snn", dir.file("snn.psnn")}, 2min, {"PRIVATESNN_THREADS=abc"});
    expectUserError(env, {"PRIVATESNN_THREADS", "'abc'"});
}

TEST(CliTrust, ConfigSectionsOfTheWrongTypeNameTheirRange)
{
    test::TempDir dir;
    spit(dir.file("number.json"), R"({"leakage": 10001})");
    // Case 12: exit 3, "cannot use erase() with number".
    expectUserError(cli({"run", "--lab", dir.file("lab"), "--config", dir.file("number.json"), "--print-config"}),
                    {"'leakage' is 10001", "section"});
    spit(dir.file("text.json"), R"({"conversion": {"timesteps": "10"}})");
    // Case 13: quoted the int range (-2147483648 to 2147483647), not the setting's.
    expectUserError(cli({"run", "--lab", dir.file("lab"), "--config", dir.file("text.json"), "--print-config"}),
                    {"conversion.timesteps", "from 1 to 10000"});
}

TEST(CliTrust, AModelNamingTooFewClassesIsRefused)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    test::RawArchive raw = test::readRawArchive(dir.file("snn.psnn"));
    raw.header["meta"]["info"]["class_names"] = {"a", "b"}; // three outputs
    test::writeRawArchive(dir.file("snn.psnn"), raw);
    // Images the model takes, so that only the names can stop the evaluation.
    for (const std::string folder : {"a", "b"}) {
        fs::create_directories(dir.file("data/" + folder));
        saveImagePng(dir.file("data/" + folder + "/x.png"), at::zeros({1, 8, 8}), test::tinyConvNet().input);
    }
    // Case 6: a .psnn with 3 class names on 10 outputs evaluated (while run --class-names a,b is refused).
    expectUserError(cli({"evaluate", "--snn", dir.file("snn.psnn"), "--data", dir.file("data"), "-T", "2"}),
                    {"names 2 classes", "3 outputs"});
}

TEST(CliTrust, ImageFolderLabelsFollowNamesAndSkippedFilesAreNamed)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn()); // classes a, b, c
    const InputSpec spec = test::tinyConvNet().input;
    for (const std::string folder : {"A", "b", "z"})
        fs::create_directories(dir.file("data/" + folder));
    for (const std::string folder : {"A", "b", "z"})
        saveImagePng(dir.file("data/" + folder + "/x.png"), at::zeros({1, 8, 8}), spec);
    const std::vector<std::string> evaluate{"evaluate", "--snn", dir.file("snn.psnn"), "--data", dir.file("data"),
                                            "-T",       "2"};
    // Case 7: a folder that matches no class turned every label into sorted order, with only a warning.
    expectUserError(cli(evaluate), {"'z'", "--class-map", "--labels-as-is"});
    fs::rename(dir.file("data/z"), dir.file("data/C"));
    // Case 13: a PNG whose name is not UTF-8 was called "damaged".
    saveImagePng(dir.file("data/b/\xff\xfe.png"), at::zeros({1, 8, 8}), spec);
    // Case 10: animated GIFs (OpenCV reads no GIF) were left out without a word.
    spit(dir.file("data/C/anim.gif"), "GIF89a");
    const Outcome o = cli(evaluate);
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_NE(o.out.find("1 files skipped"), std::string::npos) << o.out;
    std::vector<std::string> asJson{"--json"};
    asJson.insert(asJson.end(), evaluate.begin(), evaluate.end());
    const Outcome json = cli(asJson);
    EXPECT_EQ(json.exitCode, 0) << json.err;
    EXPECT_NE(o.out.find(".gif"), std::string::npos) << o.out;
}

TEST(CliTrust, StudyGridSettingsGivenByTheUserAreAppliedNotDropped)
{
    TinyLab t;
    // Case 9: the quick grid set its own iterations over --set without a word.
    const Outcome o =
        cli({"study", "--lab", t.lab, "--grid", "quick", "--emit-jobs", "--set", "leakage.attack1.iterations=7"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_NE(o.err.find("Applied over the 'quick' grid: leakage.attack1.iterations"), std::string::npos) << o.err;
}

TEST(CliTrust, TheSecondJudgeReachesEveryStudyJob)
{
    TinyLab t;
    // --second-judge is the setting study.second_judge: each job --emit-jobs prints must use it too.
    const Outcome o = cli({"study", "--lab", t.lab, "--grid", "quick", "--emit-jobs", "--second-judge", "none"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    std::istringstream lines(o.out);
    int jobs = 0;
    for (std::string line; std::getline(lines, line);) {
        ++jobs;
        EXPECT_NE(line.find("--set 'study.second_judge=none'"), std::string::npos) << line;
    }
    EXPECT_GT(jobs, 1);
    const Outcome missing =
        cli({"study", "--lab", t.lab, "--grid", "quick", "--emit-jobs", "--second-judge", t.file("missing.psnn")});
    EXPECT_EQ(missing.exitCode, 1) << missing.err; // a bad command line, refused before anything runs
    EXPECT_NE(missing.err.find("--second-judge"), std::string::npos) << missing.err;
}

TEST(CliTrust, RunTakesASecondJudgeAsTheLabsSetting)
{
    test::TempDir dir;
    saveNetwork(dir.file("judge2.psnn"), test::tinyConvNet());
    const Outcome o =
        cli({"run", "--lab", dir.file("lab"), "--second-judge", dir.file("judge2.psnn"), "--print-config"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_NE(o.out.find("\"second_judge\": \"" + dir.file("judge2.psnn") + "\""), std::string::npos) << o.out;
    const Outcome missing = cli({"run", "--lab", dir.file("lab"), "--second-judge", dir.file("missing.psnn")});
    EXPECT_EQ(missing.exitCode, 1) << missing.err;
    EXPECT_NE(missing.err.find("--second-judge"), std::string::npos) << missing.err;
}

TEST(CliTrust, AHandEditedStudyPointIsNamedNotMerged)
{
    TinyLab t;
    const Outcome study = cli({"study", "--lab", t.lab, "--grid", "quick", "--no-report"});
    ASSERT_EQ(study.exitCode, 0) << study.err;
    // The table it prints has a header row, and a quick grid's verdicts carry the caveat the GUI, the
    // report and study.csv give (no people's column: nobody has rated).
    const size_t judgeColumn = study.out.find("Judge [95 % interval]");
    ASSERT_NE(judgeColumn, std::string::npos) << study.out;
    const size_t lineStart =
        study.out.rfind('\n', judgeColumn) == std::string::npos ? 0 : study.out.rfind('\n', judgeColumn) + 1;
    const std::string header = study.out.substr(lineStart, study.out.find('\n', judgeColumn) - lineStart);
    EXPECT_EQ(header.rfind("Defence", 0), 0u) << header;
    EXPECT_EQ(header.find("People"), std::string::npos) << header;
    EXPECT_NE(study.out.find("(too few images for a verdict: "), std::string::npos) << study.out;
    const std::string point = t.file("study/points/encryption-1-s0.json");
    json j = json::parse(slurp(point));
    j["snn_accuracy"] = 0.99;
    for (json& attack : j["attacks"])
        for (json& c : attack["correct"])
            c = 0;
    spit(point, j.dump(1));
    // Case 8: --collect printed this point as 99 % accurate and "protected".
    expectUserError(cli({"study", "--lab", t.lab, "--grid", "quick", "--collect", "--no-report"}),
                    {"encryption-1", point, "edited by hand"});
    j["attacks"][0]["correct"][0] = 1000;
    j.erase("content_sha256");
    spit(point, j.dump(1));
    // Case 13: a point with correct = 1000 failed without naming the file.
    expectUserError(cli({"study", "--lab", t.lab, "--grid", "quick", "--collect", "--no-report"}), {point});
}

TEST(CliFuzz, DamagedLabJsonThroughTheCommandNeverCostsAFinishedStep)
{
    // The command a user runs on a lab whose lab.json and backup were mutated: exit 0 or 2, never a
    // signal or exit 3, and never a rewritten model. PRIVATESNN_CLI_FUZZ_COUNT sets the count (each
    // run starts the program: about a second).
    TinyLab t;
    const std::string synthetic = sha256File(t.file("synthetic.psnn")), snn = sha256File(t.file("snn.psnn"));
    const std::string state = slurp(t.file("lab.json")), backup = slurp(t.file("lab.json.bak"));
    const int count = fuzzCount(12);
    std::mt19937_64 rng(20261206);
    for (int i = 0; i < count; ++i) {
        for (const std::string* original : {&state, &backup}) {
            spit(t.file(original == &state ? "lab.json" : "lab.json.bak"), mutated(*original, rng));
        }
        const Outcome o = cli({"run", "--lab", t.lab, "--no-report"});
        expectAnswer(o, i);
        ASSERT_EQ(sha256File(t.file("synthetic.psnn")), synthetic) << "input " << i << ": " << o.err;
        ASSERT_EQ(sha256File(t.file("snn.psnn")), snn) << "input " << i << ": " << o.err;
    }
}

TEST(CliFuzz, MutatedConfigFilesGetAnAnswer)
{
    // A --config file damaged any way: the settings print or the file is refused naming the cause.
    test::TempDir dir;
    const std::string config = dir.file("config.json");
    const std::string original = pipelineConfigText(demoProfile());
    std::mt19937_64 rng(7);
    const int count = fuzzCount(40);
    int refused = 0;
    for (int i = 0; i < count; ++i) {
        spit(config, mutated(original, rng));
        const Outcome o = cli({"run", "--lab", dir.file("lab"), "--config", config, "--print-config"});
        expectAnswer(o, i);
        refused += o.exitCode == 2 ? 1 : 0;
    }
    EXPECT_GT(refused, 0) << "no mutation was refused: the fuzzer did not reach the reader";
    EXPECT_FALSE(fs::exists(dir.file("lab/lab.json"))) << "--print-config wrote a lab";
}

TEST(CliFuzz, MutatedStudyPointsAreNamedOrMergedButNeverCostAFinishedFile)
{
    // A point file damaged any way: --collect merges it only when it is intact, else names it; no
    // finished model of the lab or of another point changes.
    TinyLab t;
    ASSERT_EQ(cli({"study", "--lab", t.lab, "--grid", "quick", "--no-report"}).exitCode, 0);
    const std::string point = t.file("study/points/encryption-1-s0.json");
    const std::string original = slurp(point);
    std::map<std::string, std::string> hashes;
    for (const auto& entry : fs::recursive_directory_iterator(t.lab))
        if (entry.is_regular_file() && entry.path().extension() == ".psnn")
            hashes[entry.path().string()] = sha256File(entry.path().string());
    std::mt19937_64 rng(11);
    const int count = fuzzCount(12);
    for (int i = 0; i < count; ++i) {
        const std::string text = mutated(original, rng);
        spit(point, text);
        const Outcome o = cli({"study", "--lab", t.lab, "--grid", "quick", "--collect", "--no-report"});
        expectAnswer(o, i);
        if (o.exitCode == 0) { // merged: only a change of layout (the content hash covers the values)
            const json read = json::parse(text, nullptr, false);
            EXPECT_TRUE(!read.is_discarded() && read == json::parse(original))
                << "input " << i << ": a changed point was merged";
        }
        for (const auto& [file, hash] : hashes)
            ASSERT_EQ(sha256File(file), hash) << "input " << i << ": " << file;
    }
}

} // namespace
} // namespace psnn
