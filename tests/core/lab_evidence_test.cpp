// SPDX-License-Identifier: GPL-3.0-or-later
// A lab's state comes only from evidence: every damage a user's lab.json may suffer (with or
// without its backup) is rebuilt from the step records and the files' hashes, so no finished step
// is recomputed; a lab whose settings no record holds is refused rather than run with guessed ones.
#include "lab_state.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/sha256.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Inputs {
    test::TempDir dir;
    test::TinyLabInputs files = test::writeTinyLabInputs(dir.path());
};

const Inputs& inputs()
{
    static const Inputs i;
    return i;
}

PipelineConfig evidenceTestConfig()
{
    return test::tinyPipelineConfig(inputs().files.teacher, inputs().files.evalFolder);
}

struct NoteKeepingObserver : PipelineObserver {
    std::vector<std::string> notes;
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
    void note(const std::string& line) override { notes.push_back(line); }
};

/// SHA-256 of every file under the lab but the log, by relative path: what "nothing changed" compares.
std::map<std::string, std::string> snapshot(const std::string& lab)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(lab))
        if (entry.is_regular_file() && entry.path().filename() != "log.txt" && entry.path().filename() != "lab.lock")
            files[fs::relative(entry.path(), lab).string()] = sha256File(entry.path().string());
    return files;
}

/// A lab that ran the tiny pipeline through conversion and its measurement (three finished steps).
struct FinishedEvidenceLab {
    test::TempDir dir;
    std::string lab = dir.file("lab");
    FinishedEvidenceLab()
    {
        NoteKeepingObserver quiet;
        runPipeline(evidenceTestConfig(), lab, quiet, Step::Evaluate);
    }
    std::string file(const std::string& name) const { return lab + "/" + name; }
    /// Runs the same config again; returns the steps it ran (not kept).
    std::vector<Step> rerun() const
    {
        NoteKeepingObserver quiet;
        return runPipeline(evidenceTestConfig(), lab, quiet, Step::Evaluate).ran;
    }
    json state() const { return json::parse(test::readText(file("lab.json"))); }
};

TEST(LabEvidence, LabJsonAndBackupBothDamagedKeepsEveryStepAndTheLabsSettings)
{
    FinishedEvidenceLab f;
    const std::string synthetic = sha256File(f.file("synthetic.psnn"));
    test::writeText(f.file("lab.json"), "{\"schema\": \"privatesnn-lab\", tru");
    test::writeText(f.file("lab.json.bak"), "");
    // Before: the settings were lost, a synthesis ran with the demo profile and replaced synthetic.psnn.
    const std::optional<PipelineConfig> stored = storedLabConfig(f.lab);
    ASSERT_TRUE(stored.has_value()) << "the settings come from the newest step record";
    EXPECT_EQ(stored->teacher, inputs().files.teacher);
    EXPECT_EQ(stored->synthesis.perClass, evidenceTestConfig().synthesis.perClass);
    EXPECT_TRUE(f.rerun().empty()) << "no finished step may be recomputed";
    EXPECT_EQ(sha256File(f.file("synthetic.psnn")), synthetic);
}

TEST(LabEvidence, OpeningADamagedLabWritesNothing)
{
    FinishedEvidenceLab f;
    test::writeText(f.file("lab.json"), "[]");
    const auto before = snapshot(f.lab);
    const Lab lab = Lab::open(f.lab);
    EXPECT_FALSE(lab.recoveryNote().empty());
    EXPECT_EQ(lab.records().size(), 3u);
    EXPECT_EQ(snapshot(f.lab), before) << "the GUI opens labs to show them: it must not rewrite them";
}

TEST(LabEvidence, ValidLabJsonWithoutStepsOrWithAMistypedConfigIsRebuilt)
{
    for (const std::string damage : {"no steps", "config is a number", "models is a list"}) {
        FinishedEvidenceLab f;
        json j = f.state();
        if (damage == "no steps")
            j.erase("steps");
        else if (damage == "config is a number")
            j["config"] = 5;
        else
            j["models"] = json::array();
        test::writeText(f.file("lab.json"), j.dump());
        const Lab lab = Lab::open(f.lab);
        EXPECT_NE(lab.recoveryNote().find("damaged"), std::string::npos) << damage << ": " << lab.recoveryNote();
        // Before: "6 steps run, 0 kept", every model file rewritten.
        EXPECT_TRUE(f.rerun().empty()) << damage;
    }
}

TEST(LabEvidence, AMalformedStepResultIsTakenFromItsRecordFileElseOnlyThatStepIsRedone)
{
    FinishedEvidenceLab f;
    json j = f.state();
    for (json& step : j["steps"])
        if (step["step"] == "convert")
            step["results"]["conversion"] = "not a section";
    test::writeText(f.file("lab.json"), j.dump());
    EXPECT_TRUE(f.rerun().empty()) << "the record in steps/convert.json is intact";

    j = f.state();
    for (json& step : j["steps"])
        if (step["step"] == "convert")
            step["results"]["conversion"] = "not a section";
    test::writeText(f.file("lab.json"), j.dump());
    test::writeText(f.file("lab.json.bak"), j.dump());
    test::writeText(f.file("steps/convert.json"), "{");
    const std::vector<Step> ran = f.rerun();
    ASSERT_FALSE(ran.empty());
    EXPECT_EQ(ran.front(), Step::Convert) << "synthesis is kept: only the step without a readable record is redone";
}

TEST(LabEvidence, ADeletedOrChangedModelFileRedoesItsStepAndWhatReadsIt)
{
    for (const bool deleted : {true, false}) {
        FinishedEvidenceLab f;
        const std::string synthetic = sha256File(f.file("synthetic.psnn"));
        if (deleted)
            fs::remove(f.file("snn.psnn"));
        else
            test::writeText(f.file("snn.psnn"), "changed by hand");
        const std::vector<Step> ran = f.rerun();
        EXPECT_EQ(ran, (std::vector<Step>{Step::Convert, Step::Evaluate})) << (deleted ? "deleted" : "changed");
        EXPECT_EQ(sha256File(f.file("synthetic.psnn")), synthetic);
    }
}

TEST(LabEvidence, ALabWhoseSettingsNoRecordHoldsIsRefusedAndLeftAsItWas)
{
    FinishedEvidenceLab f;
    // A lab written before step records kept the lab's settings, then lab.json and its backup lost.
    for (const auto& entry : fs::directory_iterator(f.file("steps"))) {
        json record = json::parse(test::readText(entry.path().string()));
        record.erase("lab_config");
        record.erase("lab_models");
        test::writeText(entry.path().string(), record.dump());
    }
    test::writeText(f.file("lab.json"), "garbage");
    test::writeText(f.file("lab.json.bak"), "garbage");
    const Lab lab = Lab::open(f.lab);
    EXPECT_TRUE(lab.settingsLost());
    EXPECT_NE(lab.recoveryNote().find("could not be recovered"), std::string::npos) << lab.recoveryNote();
    EXPECT_FALSE(storedLabConfig(f.lab).has_value());

    const auto before = snapshot(f.lab);
    PipelineConfig guessed = evidenceTestConfig();
    guessed.synthesis.steps += 1; // what a run with another profile would bring
    NoteKeepingObserver quiet;
    try {
        runPipeline(guessed, f.lab, quiet, Step::Evaluate);
        ADD_FAILURE() << "a run with other settings must be refused";
    } catch (const Error& e) {
        const std::string text = std::string(e.what()) + " | " + e.hint();
        EXPECT_NE(text.find("settings of the lab"), std::string::npos) << text;
        EXPECT_NE(text.find("synthesize"), std::string::npos) << text;
        EXPECT_NE(text.find("--config FILE"), std::string::npos) << text;
    }
    EXPECT_EQ(snapshot(f.lab), before) << "a refused run changes nothing";
    // The lab's own settings given again: every step is kept, and the lab knows its settings again.
    EXPECT_TRUE(f.rerun().empty());
    EXPECT_FALSE(Lab::open(f.lab).settingsLost());
}

TEST(LabEvidence, StrictRecordReaderNamesTheField)
{
    const auto fails = [](const json& j, const std::string& mention) {
        try {
            lab_state::readRecord(j, "steps/x.json");
            ADD_FAILURE() << "accepted " << j.dump();
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
        }
    };
    const json good = {
        {"step", "convert"}, {"key", "k"}, {"outputs", {{"snn.psnn", "abc"}}}, {"results", json::object()}};
    EXPECT_NO_THROW(lab_state::readRecord(good, "x"));
    json j = good;
    j["step"] = "paint";
    fails(j, "paint");
    j = good;
    j["outputs"]["snn.psnn"] = 3;
    fails(j, "snn.psnn");
    j = good;
    j["seed"] = -1;
    fails(j, "seed");
    j = good;
    j["results"] = {{"accuracy", {{"ann", "high"}}}};
    fails(j, "results");
}

} // namespace
} // namespace psnn
