// SPDX-License-Identifier: GPL-3.0-or-later
// Models from other frameworks through the command: NIR graphs (--snn) and ONNX models, what
// inspect prints about them, the import flags and their refusals, and damaged files through the
// command (exit 0 or 2, never a signal or exit 3).
#include "cli_runner.h"
#include "hostile_files.h"
#include "nir_test_files.h"
#include "onnx_test_files.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/conversion.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/snn_archive.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace psnn {
namespace {

using test::cli;
using test::expectUserError;
using test::Outcome;

int cliFuzzCount()
{
    const char* env = std::getenv("PRIVATESNN_CLI_FUZZ_COUNT");
    return env && *env ? std::atoi(env) : 12;
}

TEST(CliImport, InspectPrintsTheSemanticsOfANirGraphAndTheirSources)
{
    test::TempDir dir;
    exportNir(test::tinyConvSnn(), dir.file("lab.nir"));
    const Outcome o = cli({"inspect", dir.file("lab.nir"), "--reset", "v_reset", "-T", "7"});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    for (const char* line :
         {"Spiking model", "Semantics:", "format: NIR graph version 1.0.7", "reset: v_reset (--reset)",
          "dt: 1 (file metadata)", "T: 7 (-T)", "input coding: poisson (file metadata)",
          "readout: membrane (file metadata)", "features_0"})
        EXPECT_NE(o.out.find(line), std::string::npos) << line << " missing in:\n" << o.out;
    const Outcome json = cli({"--json", "inspect", dir.file("lab.nir")});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const nlohmann::json j = nlohmann::json::parse(json.out);
    EXPECT_TRUE(j.at("spiking").get<bool>());
    EXPECT_EQ(j.at("timesteps").get<int>(), 10);
    EXPECT_EQ(j.at("semantics").at(1).get<std::string>(), "reset: subtract (file metadata)");
}

TEST(CliImport, AnImportedGraphIsEvaluatedAndKeptAsAnArchive)
{
    test::TempDir dir;
    exportNir(test::tinyConvSnn(), dir.file("lab.nir"));
    const Outcome kept = cli({"inspect", dir.file("lab.nir"), "--dt", "2", "--out", dir.file("kept.psnn")});
    ASSERT_EQ(kept.exitCode, 0) << kept.err;
    const SpikingModel back = loadSpikingModel(dir.file("kept.psnn"));
    EXPECT_FALSE(back.importNotes.empty());
    EXPECT_NE(back.importNotes[2].find("dt: 2 (--dt)"), std::string::npos) << back.importNotes[2];
    test::writeImageFolder(dir.file("data"), test::bands(12, 3), test::tinyConvNet().input);
    const Outcome evaluated = cli({"--json", "evaluate", "--snn", dir.file("kept.psnn"), "--data", dir.file("data"),
                                   "--labels-as-is", "-T", "3"});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err;
    const nlohmann::json j = nlohmann::json::parse(evaluated.out);
    EXPECT_EQ(j.at("timesteps").get<int>(), 3);
    EXPECT_EQ(j.at("images").get<int>(), 12);
    EXPECT_NE(j.at("semantics").dump().find("dt: 2 (--dt)"), std::string::npos) << j.at("semantics").dump();
}

TEST(CliImport, RunAuditsAnImportedGraphAndSaysThereIsNoAnn)
{
    test::TempDir dir;
    std::filesystem::create_directories(dir.file("inputs"));
    const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
    ConversionSettings s;
    s.timesteps = 4;
    s.coding = InputCoding::Direct;
    exportNir(convertToSnn(loadNetwork(inputs.teacher), test::bands(30, 4).images, s), dir.file("model.nir"));
    nlohmann::json config = pipelineSettings(test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder));
    config["teacher"] = ""; // the imported graph stands for the conversion of a teacher
    std::ofstream(dir.file("tiny.json")) << config.dump(2);
    const Outcome run = cli({"run", "--snn", dir.file("model.nir"), "--config", dir.file("tiny.json"), "--lab",
                             dir.file("lab"), "--no-report"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("imported SNN"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("ANN -1"), std::string::npos) << "no ANN accuracy to print: " << run.out;
}

TEST(CliImport, ImportFlagsForAModelThatStatesItsOwnSemanticsAreRefused)
{
    test::TempDir dir;
    saveSpikingModel(dir.file("snn.psnn"), test::tinyConvSnn());
    expectUserError(cli({"evaluate", "--snn", dir.file("snn.psnn"), "--reset", "zero"}),
                    {"is not a NIR graph", "--reset"});
    saveNetwork(dir.file("ann.psnn"), test::tinyConvNet());
    expectUserError(cli({"inspect", dir.file("ann.psnn"), "--dt", "0.001"}), {"is an ANN", "--dt"});
    const Outcome badChoice = cli({"evaluate", "--snn", dir.file("snn.psnn"), "--reset", "sometimes"});
    EXPECT_EQ(badChoice.exitCode, 1) << badChoice.err;
}

TEST(CliImport, AnOnnxModelIsInspectedAsAnAnn)
{
    test::TempDir dir;
    test::writeOnnx(dir.file("tiny.onnx"), test::tinyOnnxModel());
    const Outcome o = cli({"--json", "inspect", dir.file("tiny.onnx")});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    const nlohmann::json j = nlohmann::json::parse(o.out);
    EXPECT_EQ(j.at("input"), (nlohmann::json{1, 8, 8}));
    EXPECT_EQ(j.at("layers").size(), 5u);
    test::writeOnnx(dir.file("pooled.onnx"), [] {
        onnx::ModelProto m = test::tinyOnnxModel();
        test::onnxNode(m, "pool").set_op_type("MaxPool");
        return m;
    }());
    expectUserError(cli({"inspect", dir.file("pooled.onnx")}), {"'pool' (MaxPool)", "max pooling"});
}

TEST(CliFuzz, DamagedNirGraphsAndOnnxModelsThroughTheCommandExitTwo)
{
    // Byte-mutated NIR and ONNX files given to `inspect`: exit 0 or 2, never a signal or exit 3.
    // PRIVATESNN_CLI_FUZZ_COUNT sets the count per format (each run starts the program).
    test::TempDir dir;
    exportNir(test::tinyConvSnn(), dir.file("base.nir"));
    std::string onnx;
    test::tinyOnnxModel().SerializeToString(&onnx);
    const std::string nir = test::slurp(dir.file("base.nir"));
    std::mt19937_64 rng(20261226);
    for (int i = 0; i < cliFuzzCount(); ++i)
        for (const std::string* original : {&nir, static_cast<const std::string*>(&onnx)}) {
            std::string b = *original;
            for (int k = 1 + int(rng() % 4); k > 0; --k) {
                const size_t at = 1 + size_t(rng() % (b.size() - 1));
                b[at] = char(rng());
            }
            const std::string path = dir.file(original == &nir ? "m.nir" : "m.onnx");
            std::ofstream(path, std::ios::binary | std::ios::trunc) << b;
            const Outcome o = cli({"inspect", path});
            ASSERT_EQ(o.signal, 0) << "input " << i << ": " << o.err;
            ASSERT_TRUE(o.exitCode == 0 || o.exitCode == 2)
                << path << " input " << i << ": exit " << o.exitCode << ": " << o.err;
        }
}

} // namespace
} // namespace psnn
