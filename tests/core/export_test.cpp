// SPDX-License-Identifier: GPL-3.0-or-later
// NIR and TorchScript export. The files are also read back by Python (h5py, torch) in
// tests/python/check_export.py; these tests check what LibTorch itself can load.
#include "privatesnn/attacks.h"
#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/export_torchscript.h"
#include "test_support.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <torch/script.h>

#include <filesystem>

using psnn::test::TempDir;

namespace {

psnn::SpikingModel convertedBands(bool channelWise, double leak)
{
    psnn::ConversionSettings settings;
    settings.timesteps = 12;
    settings.coding = psnn::InputCoding::Direct;
    settings.channelWise = channelWise;
    settings.leak = leak;
    const psnn::Network teacher = psnn::test::trainedBandsTeacher();
    return psnn::convertToSnn(teacher, psnn::test::bands(20, 3).images, settings);
}

} // namespace

TEST(TorchScriptExport, SpikingModuleRunsLikeTheSimulator)
{
    TempDir dir;
    for (const bool channelWise : {false, true}) {
        const psnn::SpikingModel snn = convertedBands(channelWise, channelWise ? 0.9 : 1.0);
        const std::string path = dir.file("snn.pt");
        psnn::exportSnnTorchScript(snn, path);
        torch::jit::Module module = torch::jit::load(path);
        const at::Tensor x = psnn::test::bands(16, 5).images;
        const at::Tensor expected = psnn::test::snnOutput(snn, x, 0); // direct coding: no draws
        const at::Tensor got = module.forward({x}).toTensor();
        ASSERT_EQ(got.sizes(), expected.sizes());
        EXPECT_TRUE(at::equal(got, expected)) << "max difference " << (got - expected).abs().max().item<double>();
        EXPECT_EQ(module.attr("timesteps").toInt(), 12);
        EXPECT_EQ(module.attr("coding").toStringRef(), "direct");
        EXPECT_EQ(module.attr("reset").toStringRef(), "subtract");
        EXPECT_DOUBLE_EQ(module.attr("leak").toDouble(), snn.leak);
        const auto names = module.attr("class_names").toList();
        ASSERT_EQ(names.size(), snn.network.info.classNames.size());
        // A shorter run through simulate(x, T) matches the simulator's first steps.
        psnn::SpikingModel shorter = snn;
        shorter.timesteps = 3;
        EXPECT_TRUE(at::equal(module.run_method("simulate", x, 3).toTensor(), psnn::test::snnOutput(shorter, x, 0)));
    }
}

TEST(TorchScriptExport, ReconvertedAnnGivesTheSameLogits)
{
    TempDir dir;
    const psnn::SpikingModel snn = convertedBands(false, 1.0);
    const psnn::Network ann = psnn::reconvertToAnn(snn);
    psnn::exportNetworkTorchScript(ann, dir.file("ann.pt"));
    torch::jit::Module module = torch::jit::load(dir.file("ann.pt"));
    const at::Tensor x = psnn::test::bands(10, 6).images;
    const at::Tensor expected = ann.forward(x);
    EXPECT_TRUE(at::allclose(module.forward({x}).toTensor(), expected, 1e-5, 1e-6));
}

TEST(NirExport, WritesTheGraphInOrderAndRefusesWhatNirCannotHold)
{
    TempDir dir;
    psnn::SpikingModel snn = convertedBands(false, 1.0);
    const psnn::NirExportResult r = psnn::exportNir(snn, dir.file("snn.nir"));
    ASSERT_FALSE(r.nodes.empty());
    EXPECT_EQ(r.nodes.front(), "input (Input)");
    EXPECT_EQ(r.nodes.back(), "output (Output)");
    int neurons = 0;
    for (const auto& node : r.nodes)
        neurons += node.find("(IF)") != std::string::npos;
    EXPECT_EQ(neurons, int(snn.spikingLayers().size()));
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("subtract"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(dir.file("snn.nir")));
    EXPECT_FALSE(std::filesystem::exists(dir.file("snn.nir.part")));

    try {
        psnn::exportNir(snn, dir.file("missing/snn.nir"));
        ADD_FAILURE() << "no error for a missing folder";
    } catch (const psnn::Error& e) {
        EXPECT_EQ(e.code(), psnn::ErrorCode::FileUnwritable);
        EXPECT_NE(std::string(e.what()).find("missing/snn.nir"), std::string::npos) << e.what();
    }
    snn.leak = 1.5;
    EXPECT_THROW(psnn::exportNir(snn, dir.file("leaky.nir")), psnn::Error);
    EXPECT_FALSE(std::filesystem::exists(dir.file("leaky.nir")));
}
