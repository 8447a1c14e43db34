// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile but ordinary inputs, one row each: every loader must refuse them with a psnn::Error that
// names the cause (and gives a way out) before it allocates or runs anything, never crash, hang or
// load them as if they were fine.
#include "hostile_files.h"
#include "test_support.h"

#include "privatesnn/archive.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/dataset.h"
#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/output_path.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <limits>

using namespace psnn;
using psnn::test::RawArchive;

namespace {

using test::HostileCase;

std::ostream& operator<<(std::ostream& out, const HostileCase& c) { return out << c.name; }

/// The tiny SNN saved, its header changed by edit, re-signed, then loaded.
std::function<void(const test::TempDir&)> editedSnn(std::function<void(RawArchive&)> edit)
{
    return [edit](const test::TempDir& dir) {
        const std::string path = dir.file("model.psnn");
        saveSpikingModel(path, test::tinyConvSnn());
        RawArchive raw = test::readRawArchive(path);
        edit(raw);
        test::writeRawArchive(path, raw);
        loadSpikingModel(path);
    };
}

nlohmann::json& tensorEntry(RawArchive& raw, const std::string& name)
{
    for (auto& entry : raw.header["tensors"])
        if (entry["name"] == name)
            return entry;
    throw std::runtime_error("no tensor " + name);
}

std::function<void(const test::TempDir&)> snnWith(std::function<void(SpikingModel&)> change)
{
    return [change](const test::TempDir& dir) {
        SpikingModel snn = test::tinyConvSnn();
        change(snn);
        saveSpikingModel(dir.file("model.psnn"), snn); // saving does not validate; loading must
        loadSpikingModel(dir.file("model.psnn"));
    };
}

std::vector<HostileCase> hostileCases()
{
    return {
        {"SnnTimestepsZero",
         editedSnn([](RawArchive& r) { r.header["meta"]["snn"]["timesteps"] = 0; }),
         ErrorCode::BadFormat,
         {"T = 0", "1 to"}},
        {"SnnTimesteps2Pow40",
         editedSnn([](RawArchive& r) { r.header["meta"]["snn"]["timesteps"] = int64_t(1) << 40; }),
         ErrorCode::BadFormat,
         {"1099511627776"}},
        {"SnnTimestepsNegativeFraction",
         editedSnn([](RawArchive& r) { r.header["meta"]["snn"]["timesteps"] = -0.5; }),
         ErrorCode::BadFormat,
         {"T = -0.5"}},
        {"SnnThresholdNaN",
         snnWith([](SpikingModel& s) { s.thresholds[0] = at::scalar_tensor(test::kNaN); }),
         ErrorCode::NumericError,
         {"features.0", "threshold", "nan"}},
        {"SnnThresholdZero",
         snnWith([](SpikingModel& s) { s.thresholds[0] = at::scalar_tensor(0.0); }),
         ErrorCode::NumericError,
         {"features.0", "threshold", "must be positive"}},
        {"SnnLeakNaN", snnWith([](SpikingModel& s) { s.leak = test::kNaN; }), ErrorCode::BadFormat, {"leak"}},
        {"WeightNaN",
         snnWith([](SpikingModel& s) { s.network.layers[4].weight[1][2] = test::kNaN; }),
         ErrorCode::NumericError,
         {"classifier", "weight", "nan", "element 20"}},
        {"PoolStrideZero",
         editedSnn([](RawArchive& r) { r.header["meta"]["layers"][2]["stride"] = 0; }),
         ErrorCode::BadFormat,
         {"layer 2", "stride", "0"}},
        {"PoolKernelNegative",
         editedSnn([](RawArchive& r) { r.header["meta"]["layers"][2]["kernel"] = -3; }),
         ErrorCode::BadFormat,
         {"layer 2", "kernel", "-3"}},
        {"ConvStrideHuge",
         editedSnn([](RawArchive& r) { r.header["meta"]["layers"][0]["stride"] = int64_t(1) << 40; }),
         ErrorCode::BadFormat,
         {"stride"}},
        {"TensorNegativeShape",
         editedSnn([](RawArchive& r) { tensorEntry(r, "layer.4.bias")["shape"] = {-3}; }),
         ErrorCode::BadFormat,
         {"layer.4.bias", "negative dimension -3"}},
        {"TensorShape2Pow40",
         editedSnn([](RawArchive& r) { tensorEntry(r, "layer.4.weight")["shape"] = {int64_t(1) << 40}; }),
         ErrorCode::BadFormat,
         {"layer.4.weight", "does not match"}},
        {"TensorShapeOverflowsInt64",
         editedSnn([](RawArchive& r) {
             tensorEntry(r, "layer.4.weight")["shape"] = {int64_t(1) << 40, int64_t(1) << 40, int64_t(1) << 40};
         }),
         ErrorCode::BadFormat,
         {"layer.4.weight"}},
        {"WeightShapeBreaksChain",
         snnWith([](SpikingModel& s) {
             s.network.layers[4].weight = at::zeros({3, 17});
         }),
         ErrorCode::ShapeMismatch,
         {"classifier", "17 inputs", "18"}},
        {"InputSizeZero",
         editedSnn([](RawArchive& r) { r.header["meta"]["input"]["height"] = 0; }),
         ErrorCode::BadFormat,
         {"'height' is 0"}},
        {"IntegerWeights",
         editedSnn([](RawArchive& r) {
             auto& e = tensorEntry(r, "layer.4.bias");
             e["dtype"] = "uint8";
             e["shape"] = {int64_t(e["bytes"])};
         }),
         ErrorCode::BadFormat,
         {"classifier", "not a floating-point tensor"}},
        {"EmptyModelFile",
         [](const test::TempDir& dir) {
             test::writeBytes(dir.file("empty.psnn"), {});
             loadAnyModel(dir.file("empty.psnn"));
         },
         ErrorCode::Truncated,
         {"empty.psnn", "empty"}},
        {"EmptyTorchScriptFile",
         [](const test::TempDir& dir) {
             test::writeBytes(dir.file("empty.pt"), {});
             importTorchScript(dir.file("empty.pt"));
         },
         ErrorCode::Truncated,
         {"empty.pt", "empty"}},
        {"TorchScriptShapeBeyondStorage",
         [](const test::TempDir& dir) {
             test::writeOversizedTorchScript(dir.file("big.pt"));
             importTorchScript(dir.file("big.pt"));
         },
         ErrorCode::BadFormat,
         {"fc.weight", "claims the shape", "16 bytes"}},
        {"TorchScriptNaNWeight",
         [](const test::TempDir& dir) {
             at::Tensor weight = at::ones({3, 4});
             weight[2][1] = test::kNaN;
             test::writeLinearTorchScript(dir.file("nan.pt"), weight);
             importTorchScript(dir.file("nan.pt"));
         },
         ErrorCode::NumericError,
         {"'fc'", "weight", "nan", "element 9"}},
        {"IdxDimensionsOverflow",
         [](const test::TempDir& dir) {
             // 2^8 x 2^28 x 2^28 bytes wraps round to 0 in 64 bits, so the empty data "matches".
             test::writeBytes(dir.file("images"), test::idxFile({1u << 8, 1u << 28, 1u << 28}, {}));
             test::writeBytes(dir.file("labels"), test::idxFile({1u << 8}, std::vector<uint8_t>(256, 0)));
             readIdx(dir.file("images"), dir.file("labels"));
         },
         ErrorCode::Truncated,
         {"268435456", "announce more data"}},
        // Issue 29: inputs that used to be lost, read forever or give a wrong number without a word.
        {"ArchiveNamingTooFewClasses",
         editedSnn([](RawArchive& r) {
             r.header["meta"]["info"]["class_names"] = {"a", "b"};
         }),
         ErrorCode::BadFormat,
         {"names 2 classes", "3 outputs"}},
        {"DamagedArchiveSignature",
         [](const test::TempDir& dir) {
             test::writeBytes(dir.file("model.psnn"), {'P', 'S', 'N', 'X', 'A', 'R', 'C', '1', '\n', '{'});
             loadAnyModel(dir.file("model.psnn"));
         },
         ErrorCode::BadFormat,
         {"model.psnn", "not a valid PrivateSNN archive"}},
        {"ConfigFromDevZero",
         [](const test::TempDir&) { readJsonFile("/dev/zero", "config file"); },
         ErrorCode::FileUnreadable,
         {"/dev/zero", "not a regular file"}},
        {"ConfigLeakageIsANumber",
         [](const test::TempDir&) { pipelineConfigFromText(R"({"leakage": 10001})", demoProfile()); },
         ErrorCode::BadFormat,
         {"'leakage' is 10001"}},
        {"ConfigTimestepsAsText",
         [](const test::TempDir&) { pipelineConfigFromText(R"({"conversion": {"timesteps": "10"}})", demoProfile()); },
         ErrorCode::InvalidArgument,
         {"conversion.timesteps", "from 1 to 10000"}},
        {"ConfigSeedBeyond64Bits",
         [](const test::TempDir&) {
             validatePipelineConfig(pipelineConfigFromText(R"({"seed": 18446744073709551616})", demoProfile()));
         },
         ErrorCode::InvalidArgument,
         {"seed"}},
        {"OutputIsACharacterDevice",
         [](const test::TempDir&) { checkOutputPath("/dev/full", OutputKind::Nir, true); },
         ErrorCode::FileUnwritable,
         {"/dev/full", "character device"}},
        {"IdxClassesTxtWithMoreNamesThanTheModel",
         [](const test::TempDir& dir) {
             test::writeBytes(dir.file("t10k-images-idx3-ubyte"),
                              test::idxFile({2, 8, 8}, std::vector<uint8_t>(128, 7)));
             test::writeBytes(dir.file("t10k-labels-idx1-ubyte"), test::idxFile({2}, {0, 1}));
             std::ofstream(dir.file("classes.txt")) << "a\nb\nc\nd\n";
             Network net = test::tinyConvNet();
             net.info.classNames = {"a", "b", "c"};
             loadDataSpec("idx:" + dir.path() + ":test", net);
         },
         ErrorCode::ShapeMismatch,
         {"names 4 classes", "only 3"}},
    };
}

std::vector<HostileCase> allHostileCases()
{
    std::vector<HostileCase> cases = hostileCases();
    for (const auto& more : {test::hostileNirCases(), test::hostileOnnxCases()})
        cases.insert(cases.end(), more.begin(), more.end());
    return cases;
}

class HostileFile : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileFile, IsRefusedWithItsCause)
{
    const HostileCase& c = GetParam();
    test::TempDir dir;
    try {
        c.load(dir);
        ADD_FAILURE() << "the hostile input was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(int(e.code()), int(c.code)) << e.what();
        for (const std::string& text : c.mentions)
            EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << "'" << text << "' missing in: " << e.what();
        EXPECT_FALSE(e.hint().empty()) << e.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Table, HostileFile, ::testing::ValuesIn(allHostileCases()),
                         [](const ::testing::TestParamInfo<HostileCase>& info) { return info.param.name; });

TEST(HostileFile, ValidTinyModelsStillLoad)
{
    // The table's files are these with one thing broken: the unbroken ones must load.
    test::TempDir dir;
    saveSpikingModel(dir.file("ok.psnn"), test::tinyConvSnn());
    const SpikingModel snn = loadSpikingModel(dir.file("ok.psnn"));
    EXPECT_EQ(snn.timesteps, 10);
    saveNetwork(dir.file("ann.psnn"), test::tinyConvNet());
    EXPECT_EQ(loadAnyModel(dir.file("ann.psnn")).numClasses(), 3);
}

TEST(SimulationLimits, TimestepsAndBatchOutsideTheirRangeAreRefusedNamingTheSetting)
{
    for (const int64_t T : {int64_t(-5), int64_t(0), int64_t(2000000000), kMaxTimesteps + 1}) {
        try {
            checkTimesteps(T, "-T");
            ADD_FAILURE() << "T = " << T << " was accepted";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("-T = " + std::to_string(T)), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("1 to 10000"), std::string::npos) << e.what();
        }
    }
    EXPECT_NO_THROW(checkTimesteps(1, "-T"));
    EXPECT_NO_THROW(checkTimesteps(kMaxTimesteps, "-T"));
    EXPECT_THROW(checkBatchSize(0, "--batch"), Error);
    EXPECT_NO_THROW(checkBatchSize(100, "--batch"));
}

TEST(SimulationLimits, EstimateGrowsWithTheRunAndRefusesBeyondTheMachine)
{
    const Network net = test::tinyConvNet();
    const SimulationEstimate small = estimateSimulation(net, 100, 10, 50);
    const SimulationEstimate longer = estimateSimulation(net, 100, 1000, 50);
    EXPECT_GT(longer.macs, 99 * small.macs);
    EXPECT_GT(small.bytes, 0);
    // Surrogate gradients keep every step: 10000 steps of 10^6 images cannot fit anywhere.
    const SimulationEstimate huge = estimateSimulation(net, 1000000, 10000, 1000000, true);
    ASSERT_GT(huge.availableBytes, 0) << "MemAvailable is read from /proc/meminfo";
    try {
        refuseOverMemory(huge, "The attack", "Use fewer images.");
        ADD_FAILURE() << "an estimate of " << huge.bytes << " bytes was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(int(e.code()), int(ErrorCode::OutOfMemory));
        EXPECT_NE(std::string(e.what()).find("GB"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(refuseOverMemory(small, "The evaluation", "-"));
}

} // namespace
