// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/vgg.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <sstream>

namespace psnn {

std::vector<int> parseVggFeatures(const std::string& text)
{
    std::vector<int> out;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item == "A" || item == "a") {
            out.push_back(0);
            continue;
        }
        try {
            size_t used = 0;
            const int channels = std::stoi(item, &used);
            if (used != item.size() || channels <= 0)
                throw std::invalid_argument(item);
            out.push_back(channels);
        } catch (const std::exception&) {
            throw Error(ErrorCode::InvalidArgument, "'" + item + "' in the layer list '" + text + "' is neither a channel count nor A.",
                        "Write the layers like 32,32,A,64,64,A (A = 2x2 average pool).");
        }
    }
    if (out.empty())
        throw Error(ErrorCode::InvalidArgument, "The layer list is empty.", "Write the layers like 32,32,A,64,64,A.");
    return out;
}

Network makeVgg(const VggConfig& config)
{
    at::Generator gen = at::detail::createCPUGenerator(config.seed);
    Network net;
    net.input = config.input;
    net.info.name = config.name;
    auto kaiming = [&](at::IntArrayRef shape, int64_t fanIn) {
        return at::normal(0.0, std::sqrt(2.0 / double(fanIn)), shape, gen);
    };
    int64_t channels = config.input.channels, h = config.input.height, w = config.input.width;
    int index = 0;
    auto path = [&](const char* part) { return std::string(part) + "." + std::to_string(index++); };
    for (size_t i = 0; i < config.features.size(); ++i) {
        const int out = config.features[i];
        if (out == 0) {
            Layer pool{LayerKind::AvgPool2d, path("features")};
            pool.kernel = 2;
            pool.stride = 2;
            net.layers.push_back(pool);
            h /= 2;
            w /= 2;
            continue;
        }
        Layer conv{LayerKind::Conv2d, path("features")};
        conv.weight = kaiming({out, channels, 3, 3}, channels * 9);
        if (config.bias)
            conv.bias = at::zeros({out});
        conv.padding = 1;
        net.layers.push_back(conv);
        net.layers.push_back(Layer{LayerKind::ReLU, path("features")});
        const bool poolNext = i + 1 < config.features.size() && config.features[i + 1] == 0;
        if (!poolNext && config.convDropout > 0) {
            Layer drop{LayerKind::Dropout, path("features")};
            drop.dropout = config.convDropout;
            net.layers.push_back(drop);
        }
        channels = out;
    }
    net.layers.push_back(Layer{LayerKind::Flatten, "flatten"});
    index = 0;
    int64_t width = channels * h * w;
    for (int hidden : config.hiddenFc) {
        Layer fc{LayerKind::Linear, path("classifier")};
        fc.weight = kaiming({hidden, width}, width);
        if (config.bias)
            fc.bias = at::zeros({hidden});
        net.layers.push_back(fc);
        net.layers.push_back(Layer{LayerKind::ReLU, path("classifier")});
        Layer drop{LayerKind::Dropout, path("classifier")};
        drop.dropout = config.fcDropout;
        net.layers.push_back(drop);
        width = hidden;
    }
    Layer out{LayerKind::Linear, path("classifier")};
    out.weight = kaiming({config.classes, width}, width);
    if (config.bias)
        out.bias = at::zeros({config.classes});
    net.layers.push_back(out);
    return net;
}

VggConfig vggPreset(const std::string& name)
{
    VggConfig config;
    config.name = name;
    if (name == "teacher") {
        // Small enough that T = 100 spiking simulation of the test set stays in minutes on 2 cores.
        config.features = {16, 16, 0, 32, 32, 0};
        config.hiddenFc = {128};
        config.convDropout = 0.1;
        config.seed = 1;
    } else if (name == "judge") {
        // Different depth and widths from the teacher and its own seed: an independent observer.
        config.features = {24, 0, 48, 0};
        config.hiddenFc = {96};
        config.convDropout = 0.0;
        config.bias = true;
        config.seed = 7;
    } else {
        throw Error(ErrorCode::InvalidArgument, "Unknown network preset '" + name + "'.", "Use 'teacher' or 'judge'.");
    }
    return config;
}

} // namespace psnn
