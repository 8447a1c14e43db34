// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/ann_training.h"
#include "privatesnn/error.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

using namespace psnn;

namespace {

/// Two classes a tiny network can separate: bright left half vs bright right half.
Dataset halvesDataset(int64_t n)
{
    Dataset data;
    data.images = at::full({n, 1, 8, 8}, -1.0);
    data.labels = at::arange(n) % 2;
    for (int64_t i = 0; i < n; ++i)
        data.images[i].narrow(2, (i % 2) * 4, 4).fill_(1.0);
    data.images += at::randn({n, 1, 8, 8}) * 0.1;
    data.classNames = {"left", "right"};
    return data;
}

VggConfig tinyVggConfig()
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0};
    config.hiddenFc = {8};
    config.classes = 2;
    config.fcDropout = 0.0;
    return config;
}

struct CancelAfter : ProgressSink {
    int calls = 0;
    int limit;
    explicit CancelAfter(int l) : limit(l) {}
    bool cancelled() const override { return const_cast<CancelAfter*>(this)->calls++ >= limit; }
};

} // namespace

TEST(AnnTraining, LearnsASeparableTask)
{
    Network net = makeVgg(tinyVggConfig());
    const Dataset data = halvesDataset(64);
    AnnTrainConfig config;
    config.epochs = 8;
    config.batchSize = 16;
    config.learningRate = 1e-2;
    config.horizontalFlip = false; // a flip would swap the classes
    config.maxShift = 0;
    const auto history = trainAnn(net, data, &data, config, nullProgress());
    ASSERT_EQ(history.size(), 8u);
    EXPECT_LT(history.back().trainLoss, history.front().trainLoss);
    EXPECT_GE(evaluateAccuracy(net, data), 0.95);
}

TEST(AnnTraining, CancelStopsBetweenBatches)
{
    Network net = makeVgg(tinyVggConfig());
    CancelAfter cancel(3);
    AnnTrainConfig config;
    config.epochs = 100;
    try {
        trainAnn(net, halvesDataset(32), nullptr, config, cancel);
        FAIL() << "expected cancellation";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    EXPECT_LE(cancel.calls, 5);
}

TEST(AnnTraining, RejectsMismatchedData)
{
    Network net = makeVgg(tinyVggConfig());
    Dataset wrong = halvesDataset(8);
    wrong.labels.fill_(5);
    EXPECT_THROW(trainAnn(net, wrong, nullptr, AnnTrainConfig{}, nullProgress()), Error);
    EXPECT_THROW(evaluateAccuracy(net, wrong), Error);
}
