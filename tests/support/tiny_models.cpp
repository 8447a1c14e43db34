// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiny_models.h"
#include "snn_reference.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

#include <filesystem>

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

void writeImageFolder(const std::string& root, const Dataset& data, const InputSpec& spec)
{
    for (int64_t i = 0; i < data.size(); ++i) {
        const std::string cls = root + "/" + std::to_string(data.labels[i].item<int64_t>());
        std::filesystem::create_directories(cls);
        saveImagePng(cls + "/" + std::to_string(i) + ".png", data.images[i], spec);
    }
}

TinyLabInputs writeTinyLabInputs(const std::string& folder)
{
    static const Network net = trainedBandsTeacher();
    TinyLabInputs inputs{folder + "/teacher.psnn", folder + "/eval"};
    saveNetwork(inputs.teacher, net);
    writeImageFolder(inputs.evalFolder, bands(30, 2), net.input);
    return inputs;
}

PipelineConfig tinyPipelineConfig(const std::string& teacherPath, const std::string& evalFolder)
{
    PipelineConfig c = demoProfile();
    c.profile = "test";
    c.teacher = teacherPath;
    c.judge = teacherPath; // any classifier of the same classes serves as the judge here
    c.evalData = evalFolder;
    c.evalImages = 0;
    c.evalBatchSize = 10;
    c.synthesis.perClass = 6;
    c.synthesis.steps = 15;
    c.synthesis.batchSize = 9;
    c.conversion.timesteps = 6;
    c.conversion.batchSize = 9;
    c.encryption.epochs = 3;
    c.encryption.batchSize = 6;
    c.encryption.learningRate = 3e-3;
    c.encryption.evalBatchSize = 10;
    for (AttackConfig* a : {&c.leakage.attack1, &c.leakage.attack2}) {
        a->restarts = 1;
        a->iterations = 3;
        a->imageEvery = 2;
    }
    c.leakage.kidSubsets = 3;
    c.seed = 11;
    applySeed(c);
    return c;
}

Layer layerOf(LayerKind kind, const std::string& path)
{
    Layer layer;
    layer.kind = kind;
    layer.path = path;
    return layer;
}

Layer scalarLinear(float w, const std::string& path)
{
    Layer layer = layerOf(LayerKind::Linear, path);
    layer.weight = at::full({1, 1}, w);
    return layer;
}

SpikingModel singleNeuron(double threshold, double leak)
{
    SpikingModel model;
    model.network.input = InputSpec{1, 1, 1, {0.5}, {0.5}};
    model.network.layers = {layerOf(LayerKind::Flatten, "flatten"), scalarLinear(1, "fc0"), layerOf(LayerKind::ReLU, "relu"),
                            scalarLinear(1, "out")};
    model.thresholds.assign(4, at::Tensor());
    model.thresholds[1] = at::scalar_tensor(threshold);
    model.leak = leak;
    model.coding = InputCoding::Direct;
    return model;
}

at::Tensor snnOutput(const SpikingModel& snn, const at::Tensor& x, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    at::Generator gen = at::detail::createCPUGenerator(seed);
    SnnSimulator sim(snn);
    return sim.run(x, snn.timesteps, gen);
}

} // namespace psnn::test
