// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/conversion.h"
#include "privatesnn/dataset.h"
#include "privatesnn/error.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/snn_evaluation.h"
#include "privatesnn/vgg.h"
#include "spike_packing.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <type_traits>

using namespace psnn;

namespace {

Network smallVgg()
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0, 6, 0};
    config.hiddenFc = {12};
    config.classes = 3;
    config.seed = 4;
    return makeVgg(config);
}

ConversionSettings quickSettings()
{
    ConversionSettings s;
    s.timesteps = 12;
    s.batchSize = 7;
    s.seed = 9;
    return s;
}

at::Tensor images(int64_t n) { return at::rand({n, 1, 8, 8}, at::detail::createCPUGenerator(2)) * 2 - 1; }

void expectSameThresholds(const SpikingModel& a, const SpikingModel& b)
{
    ASSERT_EQ(a.thresholds.size(), b.thresholds.size());
    for (size_t i = 0; i < a.thresholds.size(); ++i) {
        ASSERT_EQ(a.thresholds[i].defined(), b.thresholds[i].defined()) << "layer " << i;
        if (a.thresholds[i].defined()) {
            EXPECT_TRUE(at::allclose(a.thresholds[i], b.thresholds[i], 1e-6, 1e-6)) << "layer " << i;
        }
    }
}

} // namespace

// The conversion API takes an image tensor, not a Dataset: labels cannot reach it.
static_assert(!std::is_invocable_v<decltype(&convertToSnn), const Network&, const Dataset&, const ConversionSettings&, ProgressSink&>);

TEST(Conversion, FirstThresholdIsTheMaximumInputCurrentTimesScale)
{
    const Network ann = smallVgg();
    ConversionSettings s = quickSettings();
    s.coding = InputCoding::Direct; // with analog input the current is the same at every step
    s.scale = 0.7;
    const at::Tensor x = images(10);
    const SpikingModel snn = convertToSnn(ann, x, s);
    const double maxCurrent = applyLayer(ann.layers[0], x, false).max().item<double>();
    EXPECT_NEAR(snn.thresholds[0].item<double>(), 0.7 * maxCurrent, 1e-5);
    EXPECT_EQ(snn.spikingLayers().size(), 3u); // two convs and the hidden FC
    EXPECT_FALSE(snn.thresholds[snn.outputLayer()].defined());
}

TEST(Conversion, LinearTimeMethodMatchesTheQuadraticLoop)
{
    const Network ann = smallVgg();
    const at::Tensor x = images(17); // not a multiple of the batch size
    for (int variant = 0; variant < 3; ++variant) {
        ConversionSettings s = quickSettings();
        s.channelWise = variant == 1;
        if (variant == 2) {
            s.mode = ThresholdMode::Percentile;
            s.percentile = 99.0;
        }
        expectSameThresholds(convertToSnn(ann, x, s), convertToSnnNaive(ann, x, s));
    }
}

TEST(SpikePacking, RoundTripsEveryBitAtOneBitPerSpike)
{
    at::Generator gen = at::detail::createCPUGenerator(4);
    // 5 x 3 x 7 x 7: 147 spikes per image, not a multiple of 8, so the last byte is padded.
    for (const std::vector<int64_t>& shape : {std::vector<int64_t>{5, 3, 7, 7}, std::vector<int64_t>{2, 16}, std::vector<int64_t>{1, 1}}) {
        const at::Tensor spikes = at::rand(shape, gen) > 0.5;
        const PackedSpikes packed = packSpikes(spikes);
        const int64_t perImage = spikes.numel() / shape[0];
        EXPECT_EQ(packed.bits.size(1), (perImage + 7) / 8);
        const at::Tensor back = unpackSpikes(packed);
        EXPECT_EQ(back.sizes().vec(), shape);
        EXPECT_TRUE(at::equal(back, spikes.to(at::kByte)));
    }
    const at::Tensor all = at::ones({1, 8}, at::kBool); // every bit of a byte set: 255, not a sign problem
    EXPECT_EQ(packSpikes(all).bits[0][0].item<int64_t>(), 255);
    EXPECT_TRUE(at::equal(unpackSpikes(packSpikes(all)), all.to(at::kByte)));
}

TEST(Conversion, ChannelWiseGivesOneThresholdPerChannelAndPercentileIsLower)
{
    const Network ann = smallVgg();
    const at::Tensor x = images(20);
    ConversionSettings s = quickSettings();
    s.channelWise = true;
    const SpikingModel perChannel = convertToSnn(ann, x, s);
    EXPECT_EQ(perChannel.thresholds[0].numel(), 4);
    EXPECT_TRUE((perChannel.thresholds[0] > 0).all().item<bool>());
    ConversionSettings p = quickSettings();
    p.mode = ThresholdMode::Percentile;
    p.percentile = 90;
    const SpikingModel maxModel = convertToSnn(ann, x, quickSettings());
    EXPECT_LT(convertToSnn(ann, x, p).thresholds[0].item<double>(), maxModel.thresholds[0].item<double>());
    // The channel-wise maxima are bounded by, and reach, the layer-wise maximum.
    EXPECT_NEAR(perChannel.thresholds[0].max().item<double>(), maxModel.thresholds[0].item<double>(), 1e-5);
}

TEST(Conversion, RejectsBadInputAndCancels)
{
    const Network ann = smallVgg();
    EXPECT_THROW(convertToSnn(ann, at::rand({3, 1, 9, 9}), quickSettings()), Error);
    at::Tensor nan = images(3);
    nan[0][0][0][0] = NAN;
    EXPECT_THROW(convertToSnn(ann, nan, quickSettings()), Error);
    struct Stop : ProgressSink {
        bool cancelled() const override { return true; }
    } stop;
    try {
        convertToSnn(ann, images(5), quickSettings(), stop);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
}

TEST(SnnEvaluation, AccuracyPerStepRatesAndEnergy)
{
    const Network ann = smallVgg();
    const SpikingModel snn = convertToSnn(ann, images(20), quickSettings());
    Dataset data;
    data.images = images(15);
    data.labels = at::arange(15) % 3;
    const SnnEvaluation ev = evaluateSnn(snn, data, 4, 1);
    ASSERT_EQ(ev.accuracyPerStep.size(), 12u);
    for (double a : ev.accuracyPerStep) {
        EXPECT_GE(a, 0.0);
        EXPECT_LE(a, 1.0);
    }
    ASSERT_EQ(ev.activity.size(), 4u); // 2 convs, hidden FC, output
    for (const auto& a : ev.activity) {
        EXPECT_GE(a.inputRate, 0.0);
        EXPECT_LE(a.inputRate, 12.0); // at most one event per neuron and step
        EXPECT_LE(a.outputRate, 12.0);
    }
    // The input rate of the first layer is the Poisson input rate: E|x| * T for x ~ U(-1, 1).
    EXPECT_NEAR(ev.activity[0].inputRate, ev.inputSpikeRate, 1e-9);
    EXPECT_NEAR(ev.inputSpikeRate, 0.5 * 12, 0.6);
    const EnergyReport energy = estimateEnergy(snn, ev, EnergyConstants{4.6, 0.9});
    double ann_pj = 0, snn_pj = 0;
    for (const auto& a : ev.activity) {
        ann_pj += double(a.macs) * 4.6;
        snn_pj += double(a.macs) * a.inputRate * 0.9;
    }
    EXPECT_NEAR(energy.annPicojoule, ann_pj, 1e-6 * ann_pj);
    EXPECT_NEAR(energy.snnPicojoule, snn_pj, 1e-6 * snn_pj);
    EXPECT_FALSE(energy.convention.empty());
}

TEST(SnnArchive, RoundTripKeepsThresholdsAndSettings)
{
    test::TempDir dir;
    ConversionSettings s = quickSettings();
    s.channelWise = true;
    SpikingModel snn = convertToSnn(smallVgg(), images(10), s);
    snn.conversionSource = "unit images";
    saveSpikingModel(dir.file("s.psnn"), snn);
    const SpikingModel back = loadSpikingModel(dir.file("s.psnn"));
    expectSameThresholds(snn, back);
    EXPECT_EQ(back.timesteps, 12);
    EXPECT_TRUE(back.conversion.channelWise);
    EXPECT_EQ(back.conversionImages, 10);
    EXPECT_EQ(back.conversionSource, "unit images");
    EXPECT_THROW(loadSpikingModel(dir.file("missing.psnn")), Error);
}
