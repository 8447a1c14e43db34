// SPDX-License-Identifier: GPL-3.0-or-later
// The ONNX importer against real exporters: tests/python/onnx_models.py writes the bundled teacher
// through torch.onnx.export (and the same module as TorchScript) and a BatchNormalization graph
// through onnx.helper, with the logits torch and NumPy compute; the imported network must give them.
#include "onnx_test_files.h"
#include "test_support.h"

#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/onnx_import.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/utils.h>

#include <cstdlib>
#include <fstream>

using namespace psnn;
using nlohmann::json;

namespace {

/// The exported models and their logits, made once per test binary.
const json& onnxReference()
{
    static test::TempDir dir;
    static const json ref = [] {
        const std::string command = std::string("/usr/bin/python3 ") + PRIVATESNN_TEST_PYTHON_DIR + "/onnx_models.py "
            + dir.path() + " " + PRIVATESNN_TEACHER + " > " + dir.file("log.txt") + " 2>&1";
        if (std::system(command.c_str()) != 0) {
            std::ifstream log(dir.file("log.txt"));
            throw std::runtime_error("onnx_models.py failed (python3-torch or python3-onnx missing? "
                                     "scripts/setup-debian.sh): "
                                     + std::string(std::istreambuf_iterator<char>(log), {}));
        }
        return json::parse(std::ifstream(dir.file("reference.json")));
    }();
    return ref;
}

at::Tensor tensorOf(const json& values, const json& shape)
{
    const std::vector<double> v = values.get<std::vector<double>>();
    return at::tensor(v, at::kDouble).view(shape.get<std::vector<int64_t>>());
}

/// Max |logit difference| between the imported network and the exporter's own result.
double maxDifference(const std::string& name, const Network& net)
{
    torch::NoGradGuard noGrad;
    const json& m = onnxReference().at(name);
    const at::Tensor x = tensorOf(m.at("images"), m.at("shape")).to(at::kFloat);
    const at::Tensor expected = tensorOf(m.at("logits"), json{x.size(0), -1});
    const at::Tensor got = net.forward(x).to(at::kDouble);
    EXPECT_EQ(got.sizes(), expected.sizes()) << name;
    return (got - expected).abs().max().item<double>();
}

} // namespace

TEST(OnnxImport, TorchExportOfTheBundledTeacherGivesTheSameLogits)
{
    const Network net = importOnnx(onnxReference().at("teacher").at("file"));
    const double diff = maxDifference("teacher", net);
    std::printf("[onnx] teacher: max |logit difference| to torch %.3g\n", diff);
    EXPECT_LE(diff, 1e-5);
    // The same layers and weights as the archive the module was built from.
    const Network archive = loadNetwork(PRIVATESNN_TEACHER);
    std::vector<at::Tensor> a, b;
    for (const Layer& l : archive.layers)
        if (l.hasWeights())
            a.push_back(l.weight);
    for (const Layer& l : net.layers)
        if (l.hasWeights())
            b.push_back(l.weight);
    ASSERT_EQ(a.size(), b.size());
    for (size_t k = 0; k < a.size(); ++k)
        EXPECT_TRUE(at::equal(a[k], b[k])) << "weight layer " << k;
    EXPECT_EQ(net.input.channels, archive.input.channels);
    EXPECT_EQ(net.input.height, archive.input.height);
    EXPECT_NE(net.info.notes.find("written by pytorch"), std::string::npos) << net.info.notes;
}

TEST(OnnxImport, TeacherEqualsItsTorchScriptTwin)
{
    torch::NoGradGuard noGrad;
    const Network onnx = importOnnx(onnxReference().at("teacher").at("file"));
    const Network script = loadAnyModel(onnxReference().at("teacher").at("twin"));
    at::Generator gen = at::detail::createCPUGenerator(3);
    const at::Tensor x = at::rand({32, onnx.input.channels, onnx.input.height, onnx.input.width}, gen) * 2 - 1;
    EXPECT_TRUE(at::equal(onnx.forward(x), script.forward(x)));
}

TEST(OnnxImport, BatchNormalizationMatMulAndGlobalPoolingFromOnnxHelper)
{
    const Network net = loadAnyModel(onnxReference().at("batchnorm").at("file")); // found by content, as the CLI does
    const double diff = maxDifference("batchnorm", net);
    std::printf("[onnx] batchnorm graph: max |logit difference| to NumPy (float64) %.3g\n", diff);
    EXPECT_LE(diff, 1e-5);
    EXPECT_NE(net.info.notes.find("Folded BatchNormalization bn"), std::string::npos) << net.info.notes;
    std::vector<std::string> kinds;
    for (const Layer& l : net.layers)
        kinds.push_back(layerKindName(l.kind));
    EXPECT_EQ(kinds, (std::vector<std::string>{"Conv2d", "ReLU", "AvgPool2d", "Flatten", "Linear"}));
}

TEST(OnnxImport, TinyModelMatchesAHandComputation)
{
    torch::NoGradGuard noGrad;
    test::TempDir dir;
    const onnx::ModelProto model = test::tinyOnnxModel();
    test::writeOnnx(dir.file("tiny.onnx"), model);
    const Network net = loadAnyModel(dir.file("tiny.onnx"));
    auto init = [&](int k) {
        const auto& t = model.graph().initializer(k);
        std::vector<int64_t> dims(t.dims().begin(), t.dims().end());
        return at::tensor(std::vector<float>(t.float_data().begin(), t.float_data().end())).view(dims);
    };
    at::Generator gen = at::detail::createCPUGenerator(4);
    const at::Tensor x = at::rand({3, 1, 8, 8}, gen);
    const at::Tensor h = at::avg_pool2d(at::relu(at::conv2d(x, init(0), init(1))), {2, 2}, {2, 2}).flatten(1);
    EXPECT_TRUE(at::allclose(net.forward(x), at::linear(h, init(2), init(3)), 1e-6, 1e-6));
}
