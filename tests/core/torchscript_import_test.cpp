// SPDX-License-Identifier: GPL-3.0-or-later
// The fixtures come from tests/data/make_torchscript_fixtures.py; the expected logits are recomputed
// here by running the TorchScript files themselves, so the tests need no Python.
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/torchscript_import.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/script.h>
#include <torch/utils.h>

#include <functional>
#include <string>
#include <vector>

namespace {

using psnn::ErrorCode;
using psnn::LayerKind;

std::string fixture(const std::string& name) { return psnn::test::dataFile("torchscript/" + name); }

at::Tensor randomBatch(const psnn::Network& net, uint64_t seed, int64_t batch = 8)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    return at::randn({batch, net.input.channels, net.input.height, net.input.width}, gen);
}

at::Tensor scriptLogits(const std::string& file, const at::Tensor& x)
{
    torch::jit::Module module = torch::jit::load(file);
    module.eval();
    torch::NoGradGuard noGrad;
    return module.forward({x}).toTensor();
}

double maxDiff(const at::Tensor& a, const at::Tensor& b) { return (a - b).abs().max().item<double>(); }

/// Max abs logit difference between the TorchScript file and its import, over two random batches.
double importError(const std::string& name)
{
    const psnn::Network net = psnn::importTorchScript(fixture(name));
    torch::NoGradGuard noGrad;
    double worst = 0;
    for (uint64_t seed : {11u, 12u}) {
        const at::Tensor x = randomBatch(net, seed);
        worst = std::max(worst, maxDiff(scriptLogits(fixture(name), x), net.forward(x)));
    }
    return worst;
}

psnn::Error importError(const std::function<void()>& action)
{
    try {
        action();
    } catch (const psnn::Error& e) {
        return e;
    }
    ADD_FAILURE() << "no psnn::Error thrown";
    return psnn::Error(ErrorCode::Cancelled, "none");
}

std::vector<std::string> kinds(const psnn::Network& net)
{
    std::vector<std::string> out;
    for (const psnn::Layer& layer : net.layers)
        out.push_back(std::string(psnn::layerKindName(layer.kind)) + "@" + layer.path);
    return out;
}

const std::vector<std::string> kVggLayers = {
    "Conv2d@features.0", "ReLU@features.1", "AvgPool2d@features.2", "Conv2d@features.3", "ReLU@features.4",
    "Dropout@features.5", "AvgPool2d@features.6", "Conv2d@features.7", "ReLU@features.8", "AvgPool2d@features.9",
    "Flatten@flatten", "Linear@classifier.0", "ReLU@classifier.1", "Dropout@classifier.2", "Linear@classifier.3"};

} // namespace

TEST(TorchScriptImport, ScriptedAndTracedReproduceLogits)
{
    EXPECT_LT(importError("vgg_scripted.pt"), 1e-4);
    EXPECT_LT(importError("vgg_traced.pt"), 1e-4);
    EXPECT_LT(importError("stride_bias_scripted.pt"), 1e-4);
    EXPECT_LT(importError("stride_bias_traced.pt"), 1e-4);
}

TEST(TorchScriptImport, ScriptedLayersAndHyperParameters)
{
    const psnn::Network net = psnn::importTorchScript(fixture("vgg_scripted.pt"));
    EXPECT_EQ(kinds(net), kVggLayers);
    for (size_t i : {0u, 3u, 7u}) {
        EXPECT_EQ(net.layers[i].stride, 1);
        EXPECT_EQ(net.layers[i].padding, 1);
        EXPECT_FALSE(net.layers[i].bias.defined()) << net.layers[i].path;
        EXPECT_FALSE(net.layers[i].weight.requires_grad());
    }
    EXPECT_EQ(net.layers[0].weight.sizes(), (std::vector<int64_t>{4, 3, 3, 3}));
    for (size_t i : {2u, 6u, 9u}) {
        EXPECT_EQ(net.layers[i].kernel, 2);
        EXPECT_EQ(net.layers[i].stride, 2);
    }
    EXPECT_DOUBLE_EQ(net.layers[5].dropout, 0.1);
    EXPECT_DOUBLE_EQ(net.layers[13].dropout, 0.5);
    EXPECT_TRUE(net.layers[11].bias.defined());
    EXPECT_EQ(net.numClasses(), 10);
    EXPECT_NE(net.info.notes.find("Inserted a Flatten"), std::string::npos) << net.info.notes;
}

TEST(TorchScriptImport, TracedMatchesScriptedLayerForLayer)
{
    const psnn::Network scripted = psnn::importTorchScript(fixture("vgg_scripted.pt"));
    const psnn::Network traced = psnn::importTorchScript(fixture("vgg_traced.pt"));
    ASSERT_EQ(kinds(traced), kVggLayers);
    for (size_t i = 0; i < traced.layers.size(); ++i) {
        const psnn::Layer& a = scripted.layers[i];
        const psnn::Layer& b = traced.layers[i];
        EXPECT_EQ(a.stride, b.stride) << a.path;
        EXPECT_EQ(a.padding, b.padding) << a.path;
        EXPECT_EQ(a.kernel, b.kernel) << a.path;
        EXPECT_DOUBLE_EQ(a.dropout, b.dropout) << a.path;
        EXPECT_EQ(a.weight.defined(), b.weight.defined()) << a.path;
        if (a.weight.defined()) {
            EXPECT_TRUE(a.weight.equal(b.weight)) << a.path;
        }
    }
}

TEST(TorchScriptImport, StrideBiasAndExplicitFlatten)
{
    for (const char* name : {"stride_bias_scripted.pt", "stride_bias_traced.pt"}) {
        SCOPED_TRACE(name);
        const psnn::Network net = psnn::importTorchScript(fixture(name));
        EXPECT_EQ(kinds(net), (std::vector<std::string>{"Conv2d@features.0", "ReLU@features.1", "AvgPool2d@features.2",
                                                        "Conv2d@features.3", "ReLU@features.4", "Flatten@flatten",
                                                        "Dropout@classifier.0", "Linear@classifier.1"}));
        EXPECT_EQ(net.layers[0].stride, 2);
        EXPECT_EQ(net.layers[0].padding, 1);
        EXPECT_TRUE(net.layers[0].bias.defined());
        EXPECT_EQ(net.layers[3].stride, 1);
        EXPECT_EQ(net.layers[3].padding, 0);
        EXPECT_TRUE(net.layers[3].bias.defined());
        EXPECT_EQ(net.info.notes.find("Inserted a Flatten"), std::string::npos);
    }
    // The traced fixture's dropout records no op, so its p is unknown: 0, with a note saying so.
    EXPECT_DOUBLE_EQ(psnn::importTorchScript(fixture("stride_bias_scripted.pt")).layers[6].dropout, 0.25);
    const psnn::Network traced = psnn::importTorchScript(fixture("stride_bias_traced.pt"));
    EXPECT_DOUBLE_EQ(traced.layers[6].dropout, 0.0);
    EXPECT_NE(traced.info.notes.find("dropout probability of classifier.0"), std::string::npos) << traced.info.notes;
}

TEST(TorchScriptImport, FoldsBatchNormIntoConvolutions)
{
    for (const char* name : {"vgg_bn_scripted.pt", "vgg_bn_traced.pt"}) {
        SCOPED_TRACE(name);
        EXPECT_LT(importError(name), 1e-4);
        const psnn::Network net = psnn::importTorchScript(fixture(name));
        // BatchNorm2d layers vanish; the paths stay those of the convolutions they were folded into.
        EXPECT_EQ(kinds(net),
                  (std::vector<std::string>{"Conv2d@features.0", "ReLU@features.2", "AvgPool2d@features.3", "Conv2d@features.4",
                                            "ReLU@features.6", "Dropout@features.7", "AvgPool2d@features.8", "Conv2d@features.9",
                                            "ReLU@features.11", "AvgPool2d@features.12", "Flatten@flatten", "Linear@classifier.0",
                                            "ReLU@classifier.1", "Dropout@classifier.2", "Linear@classifier.3"}));
        EXPECT_TRUE(net.layers[0].bias.defined());
        EXPECT_NE(net.info.notes.find("features.1 into features.0"), std::string::npos) << net.info.notes;
    }
}

TEST(TorchScriptImport, InfersInputSizeAndFillsInfo)
{
    const std::string file = fixture("vgg_scripted.pt");
    const psnn::Network net = psnn::importTorchScript(file);
    EXPECT_EQ(net.input.channels, 3);
    EXPECT_EQ(net.input.height, 16);
    EXPECT_EQ(net.input.width, 16);
    EXPECT_NE(net.info.notes.find("16x16 inferred"), std::string::npos) << net.info.notes;
    EXPECT_EQ(net.info.name, "vgg_scripted");
    EXPECT_EQ(net.info.sourceFile, file);
    EXPECT_EQ(net.info.sourceSha256, psnn::sha256File(file));
    EXPECT_FALSE(net.info.created.empty());
    EXPECT_EQ(net.info.toolVersion, psnn::toolVersion());
    ASSERT_EQ(net.info.classNames.size(), 10u);
    EXPECT_EQ(net.info.classNames.front(), "class 0");
    EXPECT_EQ(net.info.classNames.back(), "class 9");

    const psnn::Network mnist = psnn::importTorchScript(fixture("stride_bias_traced.pt"));
    EXPECT_EQ(mnist.input.channels, 1);
    EXPECT_EQ(mnist.input.height, 28);
    EXPECT_EQ(mnist.input.width, 28);
}

TEST(TorchScriptImport, AppliesOptions)
{
    psnn::ImportOptions options;
    options.height = 16;
    options.width = 16;
    options.mean = {0.4914, 0.4822, 0.4465};
    options.std = {0.247, 0.243, 0.261};
    for (int i = 0; i < 10; ++i)
        options.classNames.push_back("c" + std::to_string(i));
    const psnn::Network net = psnn::importTorchScript(fixture("vgg_scripted.pt"), options);
    EXPECT_EQ(net.input.mean, options.mean);
    EXPECT_EQ(net.input.std, options.std);
    EXPECT_EQ(net.info.classNames, options.classNames);
    EXPECT_EQ(net.info.notes.find("inferred"), std::string::npos);

    options.classNames.pop_back();
    EXPECT_EQ(importError([&] { psnn::importTorchScript(fixture("vgg_scripted.pt"), options); }).code(),
              ErrorCode::InvalidArgument);
    options.classNames.clear();
    options.height = options.width = 12; // 12 -> 6 -> 3 -> 1: too few features for the first Linear
    EXPECT_EQ(importError([&] { psnn::importTorchScript(fixture("vgg_scripted.pt"), options); }).code(),
              ErrorCode::ShapeMismatch);
    options.height = options.width = 16;
    options.mean = {0.5, 0.5};
    EXPECT_EQ(importError([&] { psnn::importTorchScript(fixture("vgg_scripted.pt"), options); }).code(),
              ErrorCode::InvalidArgument);
}

TEST(TorchScriptImport, RejectsUnconvertibleModulesByPath)
{
    const psnn::Error maxPool = importError([] { psnn::importTorchScript(fixture("vgg_maxpool.pt")); });
    EXPECT_EQ(maxPool.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(maxPool.what()).find("'features.2'"), std::string::npos) << maxPool.what();
    EXPECT_NE(std::string(maxPool.what()).find("MaxPool2d"), std::string::npos) << maxPool.what();
    EXPECT_NE(maxPool.hint().find("AvgPool2d"), std::string::npos) << maxPool.hint();

    const psnn::Error sigmoid = importError([] { psnn::importTorchScript(fixture("vgg_sigmoid.pt")); });
    EXPECT_EQ(sigmoid.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(sigmoid.what()).find("'classifier.1'"), std::string::npos) << sigmoid.what();
    EXPECT_NE(std::string(sigmoid.what()).find("Sigmoid"), std::string::npos) << sigmoid.what();
    EXPECT_NE(sigmoid.hint().find("ReLU"), std::string::npos) << sigmoid.hint();

    // Traced convolutions keep these options only as ops and constants of their recorded forward.
    const psnn::Error reflect = importError([] { psnn::importTorchScript(fixture("conv_reflect_traced.pt")); });
    EXPECT_EQ(reflect.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(reflect.what()).find("'features.0'"), std::string::npos) << reflect.what();
    EXPECT_NE(std::string(reflect.what()).find("aten::pad"), std::string::npos) << reflect.what();
    const psnn::Error grouped = importError([] { psnn::importTorchScript(fixture("conv_grouped_traced.pt")); });
    EXPECT_EQ(grouped.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(grouped.what()).find("'features.0' is a grouped convolution (groups=2)"), std::string::npos)
        << grouped.what();

    const psnn::Error frozen = importError([] { psnn::importTorchScript(fixture("vgg_frozen.pt")); });
    EXPECT_EQ(frozen.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(frozen.what()).find("freeze"), std::string::npos) << frozen.what();
}

TEST(TorchScriptImport, VerificationRejectsResidualForward)
{
    const psnn::Error residual = importError([] { psnn::importTorchScript(fixture("residual.pt")); });
    EXPECT_EQ(residual.code(), ErrorCode::Unsupported);
    EXPECT_NE(std::string(residual.what()).find("does not reproduce its forward"), std::string::npos) << residual.what();
    EXPECT_NE(std::string(residual.what()).find("residual.pt"), std::string::npos) << residual.what();
}

TEST(TorchScriptImport, BadFilesGiveBadFormatOrFileNotFound)
{
    psnn::test::TempDir dir;
    const std::string garbage = dir.file("garbage.pt");
    psnn::test::writeBytes(garbage, std::vector<uint8_t>(300, 0x5a));
    const psnn::Error bad = importError([&] { psnn::importTorchScript(garbage); });
    EXPECT_EQ(bad.code(), ErrorCode::BadFormat);
    EXPECT_NE(std::string(bad.what()).find(garbage), std::string::npos) << bad.what();
    EXPECT_EQ(importError([&] { psnn::loadAnyModel(garbage); }).code(), ErrorCode::BadFormat);

    const psnn::Error stateDict = importError([] { psnn::importTorchScript(fixture("state_dict.pt")); });
    EXPECT_EQ(stateDict.code(), ErrorCode::BadFormat);
    EXPECT_NE(stateDict.hint().find("torch.jit.script"), std::string::npos);

    const std::string missing = dir.file("missing.pt");
    const psnn::Error notFound = importError([&] { psnn::importTorchScript(missing); });
    EXPECT_EQ(notFound.code(), ErrorCode::FileNotFound);
    EXPECT_NE(std::string(notFound.what()).find(missing), std::string::npos) << notFound.what();
    EXPECT_EQ(importError([&] { psnn::loadAnyModel(missing); }).code(), ErrorCode::FileNotFound);
}

TEST(TorchScriptImport, ImportedNetworkTrainsWithFiniteGradients)
{
    psnn::Network net = psnn::importTorchScript(fixture("vgg_bn_traced.pt"));
    net.setRequiresGrad(true);
    const at::Tensor x = randomBatch(net, 3);
    const at::Tensor labels = at::arange(8, at::kLong) % 10;
    at::cross_entropy_loss(net.forward(x, true), labels).backward();
    for (const psnn::Layer& layer : net.layers) {
        if (!layer.weight.defined())
            continue;
        ASSERT_TRUE(layer.weight.grad().defined()) << layer.path;
        EXPECT_TRUE(layer.weight.grad().isfinite().all().item<bool>()) << layer.path;
        EXPECT_GT(layer.weight.grad().abs().sum().item<double>(), 0.0) << layer.path;
    }
}

TEST(TorchScriptImport, ArchiveRoundTripAndLoadAnyModel)
{
    psnn::test::TempDir dir;
    const std::string file = fixture("vgg_bn_scripted.pt");
    const psnn::Network imported = psnn::importTorchScript(file);
    psnn::saveNetwork(dir.file("model.psnn"), imported);
    const psnn::Network restored = psnn::loadNetwork(dir.file("model.psnn"));
    EXPECT_EQ(kinds(restored), kinds(imported));
    EXPECT_EQ(restored.info.sourceSha256, imported.info.sourceSha256);
    EXPECT_EQ(restored.info.notes, imported.info.notes);

    torch::NoGradGuard noGrad;
    const at::Tensor x = randomBatch(imported, 5);
    EXPECT_TRUE(restored.forward(x).equal(imported.forward(x)));

    const psnn::Network viaArchive = psnn::loadAnyModel(dir.file("model.psnn"));
    const psnn::Network viaScript = psnn::loadAnyModel(file);
    EXPECT_TRUE(viaArchive.forward(x).equal(imported.forward(x)));
    EXPECT_TRUE(viaScript.forward(x).equal(imported.forward(x)));
    EXPECT_LT(maxDiff(viaScript.forward(x), scriptLogits(file, x)), 1e-4);
}
