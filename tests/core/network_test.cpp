// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/error.h"
#include "privatesnn/network.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

using namespace psnn;

TEST(Vgg, ParsesLayerLists)
{
    EXPECT_EQ(parseVggFeatures("32,32,A,64,a"), (std::vector<int>{32, 32, 0, 64, 0}));
    EXPECT_THROW(parseVggFeatures("32,x"), Error);
    EXPECT_THROW(parseVggFeatures("32,-4"), Error);
    EXPECT_THROW(parseVggFeatures(""), Error);
}

TEST(Vgg, TeacherHasThePaperCodeLayout)
{
    const Network net = makeVgg(vggPreset("teacher"));
    // 3x3 bias-free convs, pool right after a ReLU (no dropout before a pool), 2 FC layers.
    int convs = 0, linears = 0;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const Layer& layer = net.layers[i];
        if (layer.kind == LayerKind::Conv2d) {
            ++convs;
            EXPECT_EQ(layer.weight.size(2), 3);
            EXPECT_FALSE(layer.bias.defined());
            EXPECT_EQ(layer.padding, 1);
        }
        if (layer.kind == LayerKind::Linear)
            ++linears;
        if (layer.kind == LayerKind::AvgPool2d) {
            EXPECT_EQ(net.layers[i - 1].kind, LayerKind::ReLU);
        }
    }
    EXPECT_EQ(convs, 4);
    EXPECT_EQ(linears, 2);
    EXPECT_EQ(net.numClasses(), 10);
}

TEST(Vgg, SameSeedSameWeightsOtherSeedOtherWeights)
{
    VggConfig config = vggPreset("teacher");
    const Network a = makeVgg(config);
    const Network b = makeVgg(config);
    config.seed += 1;
    const Network c = makeVgg(config);
    EXPECT_TRUE(at::equal(a.layers[0].weight, b.layers[0].weight));
    EXPECT_FALSE(at::equal(a.layers[0].weight, c.layers[0].weight));
}

TEST(Network, SummaryCountsShapesParametersAndMacs)
{
    const Network net = makeVgg(vggPreset("teacher"));
    const auto rows = net.summarize();
    ASSERT_EQ(rows.size(), net.layers.size());
    // First conv: 1 -> 16 channels, 3x3, on 28x28 with padding 1.
    EXPECT_EQ(rows[0].outputShape, (std::vector<int64_t>{16, 28, 28}));
    EXPECT_EQ(rows[0].parameters, 16 * 1 * 9);
    EXPECT_EQ(rows[0].macs, int64_t(9) * 16 * 28 * 28);
    EXPECT_EQ(rows.back().outputShape, (std::vector<int64_t>{10}));
    EXPECT_EQ(rows.back().macs, 128 * 10);
    int64_t total = 0;
    for (const auto& row : rows)
        total += row.parameters;
    EXPECT_EQ(total, net.parameterCount());
}

TEST(Network, ForwardRejectsWrongShapeWithClearError)
{
    const Network net = makeVgg(vggPreset("teacher"));
    try {
        net.forward(at::zeros({2, 3, 28, 28}));
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::ShapeMismatch);
        EXPECT_NE(std::string(e.what()).find("1x28x28"), std::string::npos);
    }
}

TEST(Network, BackwardReachesEveryWeightAndCloneIsIndependent)
{
    Network net = makeVgg(vggPreset("teacher"));
    Network copy = net.clone();
    net.setRequiresGrad(true);
    const at::Tensor x = at::rand({4, 1, 28, 28}) * 2 - 1;
    net.forward(x, true).pow(2).sum().backward();
    for (const at::Tensor& p : net.parameters()) {
        ASSERT_TRUE(p.grad().defined());
        EXPECT_TRUE(p.grad().isfinite().all().item<bool>());
        EXPECT_GT(p.grad().abs().sum().item<double>(), 0.0);
    }
    copy.layers[0].weight.add_(1.0);
    EXPECT_FALSE(at::equal(copy.layers[0].weight, net.layers[0].weight.detach()));
}

TEST(Network, FeaturesAreTheInputOfTheLastLinearLayer)
{
    const Network net = makeVgg(vggPreset("judge"));
    const at::Tensor x = at::rand({3, 1, 28, 28});
    const at::Tensor f = net.features(x);
    EXPECT_EQ(f.size(1), net.layers.back().weight.size(1));
    const at::Tensor logits = at::linear(f, net.layers.back().weight, net.layers.back().bias);
    EXPECT_TRUE(at::allclose(logits, net.forward(x), 1e-5, 1e-5));
}
