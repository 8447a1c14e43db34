// SPDX-License-Identifier: GPL-3.0-or-later
// The NIR importer against an independent reference: graphs in snnTorch's, Sinabs', Norse's and a
// scalar-parameter dialect, written with python3-h5py by tests/python/nir_dialects.py, whose NumPy
// simulation of NIR's semantics gives every image's spike counts per layer and its readout; the
// engine must reproduce them exactly (weights and images on a binary grid make every current exact).
// Then the lab's own export, which must re-import bit-equal, and what inspect prints.
#include "snn_engine.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/nir_import.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

using namespace psnn;
using nlohmann::json;

namespace {

/// The dialect files and the NumPy reference, made once per test binary.
const json& nirReference()
{
    static test::TempDir dir;
    static const json ref = [] {
        const std::string command = std::string("/usr/bin/python3 ") + PRIVATESNN_TEST_PYTHON_DIR + "/nir_dialects.py "
            + dir.path() + " > " + dir.file("log.txt") + " 2>&1";
        if (std::system(command.c_str()) != 0) {
            std::ifstream log(dir.file("log.txt"));
            throw std::runtime_error("nir_dialects.py failed (python3-h5py missing? scripts/setup-debian.sh): "
                                     + std::string(std::istreambuf_iterator<char>(log), {}));
        }
        return json::parse(std::ifstream(dir.file("reference.json")));
    }();
    return ref;
}

NirImportOptions optionsOf(const json& dialect)
{
    NirImportOptions o;
    const json& given = dialect.at("options");
    if (given.contains("reset"))
        o.reset = resetChoiceFromName(given.at("reset"));
    if (given.contains("dt"))
        o.dt = given.at("dt").get<double>();
    o.timesteps = dialect.at("T").get<int>();
    return o;
}

at::Tensor imagesOf(const json& dialect)
{
    const std::vector<float> values = dialect.at("images").get<std::vector<float>>();
    return at::tensor(values, at::kFloat).view(dialect.at("shape").get<std::vector<int64_t>>());
}

bool mentions(const std::vector<std::string>& lines, const std::string& text)
{
    for (const std::string& line : lines)
        if (line.find(text) != std::string::npos)
            return true;
    return false;
}

void expectDialectMatches(const std::string& name)
{
    const json& d = nirReference().at(name);
    const SpikingModel model = importNir(d.at("file"), optionsOf(d));
    const at::Tensor images = imagesOf(d);
    const int T = d.at("T");
    const std::vector<size_t> spiking = model.spikingLayers();
    double hidden = 0;
    for (int64_t n = 0; n < images.size(0); ++n) {
        at::Generator gen = at::detail::createCPUGenerator(0);
        const at::Tensor coded = encodeSteps(images.slice(0, n, n + 1), InputCoding::Direct, T, gen);
        // Every layer from the event-driven kernels, then every layer dense.
        for (const EngineRates rates : {EngineRates{2.0, 2.0}, EngineRates{-1.0, -1.0}}) {
            EngineActivity activity;
            const at::Tensor out = TimeBatchedEngine(model, rates).run(coded, &activity);
            const std::vector<double> counts = d.at("spikes")[size_t(n)].get<std::vector<double>>();
            ASSERT_EQ(counts.size(), spiking.size()) << name;
            for (size_t k = 0; k < spiking.size(); ++k)
                EXPECT_EQ(activity.outputSpikes[spiking[k]], counts[k])
                    << name << " image " << n << " layer " << model.network.layers[spiking[k]].path;
            const std::vector<float> expected = d.at("output")[size_t(n)].get<std::vector<float>>();
            const at::Tensor last = out[T - 1][0];
            ASSERT_EQ(last.numel(), int64_t(expected.size()));
            for (size_t k = 0; k < expected.size(); ++k)
                EXPECT_EQ(last[int64_t(k)].item<float>(), expected[k]) << name << " image " << n << " output " << k;
        }
        for (double c : d.at("spikes")[size_t(n)].get<std::vector<double>>())
            hidden += c;
    }
    EXPECT_GT(hidden, 0.0) << name << ": the comparison means something only if the layers fire";
}

} // namespace

TEST(NirImport, SnnTorchLeakyDialectMatchesTheNumPyReference)
{
    expectDialectMatches("snntorch");
    const SpikingModel m = importNir(nirReference().at("snntorch").at("file"));
    EXPECT_EQ(m.readout, Readout::Spikes);
    const std::vector<std::string> lines = describeSemantics(m);
    EXPECT_TRUE(mentions(lines, "reset: subtract (file metadata)"));
    EXPECT_TRUE(mentions(lines, "dt: 0.0001 (tau / r"));
    EXPECT_TRUE(mentions(lines, "leak 0.75, gain 1, threshold 0.5, reset by subtraction"));
}

TEST(NirImport, SinabsIafSqueezeWithSumPoolMatchesTheNumPyReference)
{
    expectDialectMatches("sinabs");
    const SpikingModel m = importNir(nirReference().at("sinabs").at("file"), optionsOf(nirReference().at("sinabs")));
    EXPECT_TRUE(mentions(describeSemantics(m), "reset: subtract (--reset)"));
    EXPECT_TRUE(mentions(m.importNotes, "(SumPool2d): pooled as the average, its window area 4"));
}

TEST(NirImport, NorseLifResetToVResetMatchesTheNumPyReference)
{
    expectDialectMatches("norse");
    const SpikingModel m = importNir(nirReference().at("norse").at("file"), optionsOf(nirReference().at("norse")));
    EXPECT_EQ(m.readout, Readout::Membrane);
    const std::vector<std::string> lines = describeSemantics(m);
    EXPECT_TRUE(mentions(lines, "dt: 0.001 (--dt)"));
    EXPECT_TRUE(mentions(lines, "reset to -0.125"));
    EXPECT_TRUE(mentions(lines, "integrates without firing"));
    EXPECT_TRUE(mentions(m.importNotes, "dilation 2"));
    // Without --dt, Norse's tau of 5 ms at the default dt = 1 is refused, not run as a leak below zero.
    try {
        importNir(nirReference().at("norse").at("file"));
        FAIL() << "imported with dt = 1";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Unsupported);
        EXPECT_NE(std::string(e.what()).find("'lif' (LIF)"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.hint()).find("--dt"), std::string::npos) << e.hint();
    }
}

TEST(NirImport, IfWithScalarParametersMatchesTheNumPyReference)
{
    expectDialectMatches("if_scalar");
    const SpikingModel m = importNir(nirReference().at("if_scalar").at("file"));
    EXPECT_TRUE(mentions(describeSemantics(m), "reset: v_reset (NIR's IF and LIF; the file does not say"));
    EXPECT_TRUE(mentions(describeSemantics(m), "threshold 0.75, reset to 0"));
}

TEST(NirImport, LabExportReimportsBitEqual)
{
    test::TempDir dir;
    const Network teacher = test::trainedBandsTeacher();
    const at::Tensor images = test::bands(40, 5).images;
    for (const double leak : {1.0, 0.875})
        for (const bool channelWise : {false, true})
            for (const bool sumPool : {false, true}) {
                ConversionSettings settings;
                settings.leak = leak;
                settings.channelWise = channelWise;
                settings.timesteps = 12;
                settings.coding = InputCoding::Direct;
                SpikingModel snn = convertToSnn(teacher, images, settings);
                snn.network.info.classNames = {"top", "middle", "bottom"};
                const std::string path = dir.file("lab.nir");
                exportNir(snn, path, NirExportOptions{sumPool});
                const SpikingModel back = importNir(path);
                const std::string what = "leak " + std::to_string(leak) + (channelWise ? " channel-wise" : "")
                    + (sumPool ? " sum-pool" : "");
                EXPECT_TRUE(back.neurons.empty()) << what << ": the lab's own neurons run on the lab's kernels";
                EXPECT_EQ(back.leak, snn.leak) << what;
                EXPECT_EQ(back.timesteps, snn.timesteps) << what;
                EXPECT_EQ(back.coding, snn.coding) << what;
                EXPECT_EQ(back.readout, Readout::Membrane) << what;
                EXPECT_EQ(back.network.input.mean, snn.network.input.mean) << what;
                EXPECT_EQ(back.network.input.std, snn.network.input.std) << what;
                EXPECT_EQ(back.network.info.classNames, snn.network.info.classNames) << what;
                std::vector<const Layer*> weights, weightsBack;
                for (const Layer& l : snn.network.layers)
                    if (l.hasWeights())
                        weights.push_back(&l);
                for (const Layer& l : back.network.layers)
                    if (l.hasWeights())
                        weightsBack.push_back(&l);
                ASSERT_EQ(weights.size(), weightsBack.size()) << what;
                for (size_t k = 0; k < weights.size(); ++k) {
                    EXPECT_TRUE(at::equal(weights[k]->weight, weightsBack[k]->weight)) << what << " layer " << k;
                    EXPECT_EQ(weights[k]->bias.defined(), weightsBack[k]->bias.defined()) << what;
                    if (weights[k]->bias.defined())
                        EXPECT_TRUE(at::equal(weights[k]->bias, weightsBack[k]->bias)) << what << " layer " << k;
                }
                const std::vector<size_t> spiking = snn.spikingLayers(), spikingBack = back.spikingLayers();
                ASSERT_EQ(spiking.size(), spikingBack.size());
                for (size_t k = 0; k < spiking.size(); ++k) {
                    // One value or one per channel, in either form.
                    const auto both = at::broadcast_tensors(
                        {snn.thresholds[spiking[k]].reshape({-1}), back.thresholds[spikingBack[k]].reshape({-1})});
                    EXPECT_TRUE(at::equal(both[0], both[1])) << what << " threshold of layer " << k;
                }
                at::Generator gen = at::detail::createCPUGenerator(3);
                const at::Tensor coded = encodeSteps(test::bands(16, 9).images, InputCoding::Direct, 12, gen);
                EXPECT_TRUE(at::equal(TimeBatchedEngine(snn).run(coded), TimeBatchedEngine(back).run(coded))) << what;
            }
}

TEST(NirImport, InspectStatesEveryAssumption)
{
    const SpikingModel m = importNir(nirReference().at("if_scalar").at("file"));
    const std::vector<std::string> lines = describeSemantics(m);
    for (const char* key : {"format: NIR graph version 1.0.7", "reset:", "dt:", "input coding: direct (default",
                            "readout: membrane (default", "T: 100 (default", "input normalisation"})
        EXPECT_TRUE(mentions(lines, key)) << key;
}
