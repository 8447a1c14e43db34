// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline on an imported spiking model (PipelineConfig::snn): every step runs without an ANN,
// the convert step imports instead of converting, encryption distils from the model's own outputs,
// and how the model is read is part of every step's key.
#include "test_observers.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/lab.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/snn_archive.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace psnn {
namespace {

using nlohmann::json;

/// The tiny teacher converted and exported as NIR: an SNN the lab did not convert in this run.
struct ImportFiles {
    test::TempDir dir;
    test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
    std::string nir = dir.file("model.nir");
    ImportFiles()
    {
        ConversionSettings s;
        s.timesteps = 6;
        s.coding = InputCoding::Direct;
        SpikingModel snn = convertToSnn(loadNetwork(inputs.teacher), test::bands(30, 4).images, s);
        exportNir(snn, nir);
    }
};

const ImportFiles& importFiles()
{
    static const ImportFiles f;
    return f;
}

PipelineConfig importConfig()
{
    PipelineConfig c = test::tinyPipelineConfig(importFiles().inputs.teacher, importFiles().inputs.evalFolder);
    c.teacher.clear();
    c.snn = importFiles().nir;
    c.snnImport.reset = "v_reset"; // NIR's own IF: neurons the lab's kernels do not have
    return c;
}

} // namespace

TEST(PipelineImport, AnImportedNirGraphRunsEveryStepWithoutAnAnn)
{
    test::TempDir dir;
    test::NoteRecorder quiet;
    const PipelineOutcome out = runPipeline(importConfig(), dir.file("lab"), quiet);
    EXPECT_EQ(out.ran, pipelineSteps());
    // A NIR graph has no Dropout layers: the run says that encryption's dropout has nothing to act on.
    EXPECT_TRUE(std::any_of(quiet.notes.begin(), quiet.notes.end(),
                            [](const std::string& n) { return n.find("no Dropout layers") != std::string::npos; }));
    const json r = test::readJson(dir.file("lab/results.json"));
    EXPECT_EQ(r["conversion"]["imported"], importFiles().nir);
    EXPECT_NE(r["conversion"]["semantics"].dump().find("reset: v_reset"), std::string::npos) << r["conversion"].dump();
    EXPECT_EQ(r["conversion"]["timesteps"], 6);
    EXPECT_FALSE(r["accuracy"].contains("ann")); // no ANN exists to measure
    EXPECT_TRUE(r["accuracy"].contains("converted"));
    EXPECT_TRUE(r["accuracy"].contains("encrypted"));
    EXPECT_EQ(r["encryption"]["epochs"].size(), 3u);
    EXPECT_NE(r["data_free"]["convert"].get<std::string>().find("imported"), std::string::npos);
    EXPECT_NE(r["data_free"]["encrypt"].get<std::string>().find("own outputs"), std::string::npos);
    for (const json& row : r["leakage"]["rows"])
        EXPECT_EQ(row["target"].get<std::string>().find("ANN"), std::string::npos) << row.dump();
    EXPECT_GE(r["leakage"]["rows"].size(), 4u);
    const SpikingModel kept = loadSpikingModel(dir.file("lab/snn.psnn"));
    EXPECT_FALSE(kept.neurons.empty()); // the imported neurons, as read
    const SpikingModel trained = loadSpikingModel(dir.file("lab/encrypted.psnn"));
    EXPECT_EQ(trained.neurons.size(), kept.neurons.size());
}

TEST(PipelineImport, HowTheModelIsReadIsPartOfEveryStepsKey)
{
    test::TempDir dir;
    test::QuietObserver quiet;
    PipelineConfig config = importConfig();
    config.runEncryption = false;
    config.runAttacks = false;
    runPipeline(config, dir.file("lab"), quiet);
    EXPECT_TRUE(runPipeline(config, dir.file("lab"), quiet).ran.empty());
    config.snnImport.dt = 2; // another time step: another model
    const PipelineOutcome again = runPipeline(config, dir.file("lab"), quiet);
    EXPECT_EQ(again.ran, (std::vector<Step>{Step::Synthesize, Step::Convert, Step::Evaluate}));
    config.teacher = importFiles().inputs.teacher;
    EXPECT_THROW(runPipeline(config, dir.file("lab"), quiet), Error); // a teacher and an imported model
}

} // namespace psnn
