// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiny_models.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>

namespace psnn::test {

Dataset bands(int64_t n, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    Dataset data;
    data.images = at::full({n, 1, 8, 8}, -0.8);
    data.labels = at::arange(n) % 3;
    for (int64_t i = 0; i < n; ++i)
        data.images[i].narrow(1, (i % 3) * 3, 2).fill_(0.9);
    data.images = (data.images + at::randn({n, 1, 8, 8}, gen) * 0.15).clamp(-1, 1);
    data.classNames = {"top", "middle", "bottom"};
    return data;
}

Network trainedBandsTeacher()
{
    VggConfig config;
    config.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    config.features = {4, 0, 6, 0};
    config.hiddenFc = {12};
    config.classes = 3;
    config.convDropout = 0.1;
    config.fcDropout = 0.2;
    config.seed = 3;
    Network net = makeVgg(config);
    net.info.classNames = {"top", "middle", "bottom"};
    AnnTrainConfig annConfig;
    annConfig.epochs = 15;
    annConfig.batchSize = 10;
    annConfig.horizontalFlip = false;
    annConfig.maxShift = 0;
    annConfig.learningRate = 5e-3;
    trainAnn(net, bands(60, 1), nullptr, annConfig, nullProgress());
    return net;
}

} // namespace psnn::test
