// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostile_files.h"

#include "privatesnn/sha256.h"

#include <ATen/ATen.h>
#include <torch/script.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace psnn::test {
namespace {

constexpr char kMagic[] = "PSNNARC1\n";
constexpr size_t kMagicSize = sizeof(kMagic) - 1;

Layer weighted(LayerKind kind, const std::string& path, at::Tensor weight, at::Tensor bias)
{
    Layer l;
    l.kind = kind;
    l.path = path;
    l.weight = std::move(weight);
    l.bias = std::move(bias);
    return l;
}

Layer plain(LayerKind kind, const std::string& path, int64_t kernel = 0, int64_t stride = 1)
{
    Layer l;
    l.kind = kind;
    l.path = path;
    l.kernel = kernel;
    l.stride = stride;
    return l;
}

/// A module whose type name is torch.nn's, so the importer reads it as that layer.
torch::jit::Module nnModule(const std::string& kind)
{
    return torch::jit::Module("__torch__.torch.nn.modules." + kind);
}

} // namespace

Network tinyConvNet()
{
    at::Generator gen = at::detail::createCPUGenerator(7);
    Network net;
    net.input = InputSpec{1, 8, 8, {0.5}, {0.5}};
    net.layers = {weighted(LayerKind::Conv2d, "features.0", at::randn({2, 1, 3, 3}, gen), at::zeros({2})),
                  plain(LayerKind::ReLU, "features.1"), plain(LayerKind::AvgPool2d, "features.2", 2, 2),
                  plain(LayerKind::Flatten, "flatten"),
                  weighted(LayerKind::Linear, "classifier", at::randn({3, 18}, gen) * 0.3, at::zeros({3}))};
    net.layers[0].padding = 0;
    net.info.name = "tiny";
    net.info.classNames = {"a", "b", "c"};
    return net;
}

SpikingModel tinyConvSnn()
{
    SpikingModel snn;
    snn.network = tinyConvNet();
    snn.thresholds.assign(snn.network.layers.size(), at::Tensor());
    snn.thresholds[0] = at::scalar_tensor(1.0f);
    snn.timesteps = 10;
    snn.conversion.timesteps = 10;
    return snn;
}

RawArchive readRawArchive(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (content.size() < kMagicSize + 8 + 64)
        throw std::runtime_error("not an archive: " + path);
    uint64_t headerSize = 0;
    for (int i = 0; i < 8; ++i)
        headerSize |= uint64_t(uint8_t(content[kMagicSize + i])) << (8 * i);
    const size_t start = kMagicSize + 8;
    RawArchive raw;
    raw.header = nlohmann::json::parse(content.substr(start, headerSize));
    raw.blob = content.substr(start + headerSize, content.size() - 64 - start - headerSize);
    return raw;
}

std::string signedArchive(const std::string& headerText, const std::string& blob)
{
    std::string content(kMagic, kMagicSize);
    for (int i = 0; i < 8; ++i)
        content.push_back(char((uint64_t(headerText.size()) >> (8 * i)) & 0xff));
    content += headerText;
    content += blob;
    content += sha256Hex(content.data(), content.size());
    return content;
}

void writeRawArchive(const std::string& path, const RawArchive& archive)
{
    std::ofstream(path, std::ios::binary) << signedArchive(archive.header.dump(), archive.blob);
}

std::vector<uint8_t> idxFile(const std::vector<uint32_t>& dims, const std::vector<uint8_t>& data)
{
    std::vector<uint8_t> bytes = {0, 0, 0x08, uint8_t(dims.size())};
    for (uint32_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(uint8_t(d >> shift));
    bytes.insert(bytes.end(), data.begin(), data.end());
    return bytes;
}

void writeOversizedTorchScript(const std::string& path)
{
    torch::jit::Module root("__torch__.Net");
    torch::jit::Module fc = nnModule("linear.Linear");
    at::Tensor weight = at::zeros({4});
    // The serializer writes the 16 bytes of storage and the claimed sizes as they are.
    weight.unsafeGetTensorImpl()->set_sizes_contiguous({3, int64_t(1) << 20});
    fc.register_parameter("weight", weight, false);
    fc.register_parameter("bias", at::zeros({3}), false);
    root.register_module("fc", fc);
    root.save(path);
}

void writeLinearTorchScript(const std::string& path, const at::Tensor& weight)
{
    torch::jit::Module root("__torch__.Net");
    torch::jit::Module fc = nnModule("linear.Linear");
    fc.register_parameter("weight", weight, false);
    fc.register_parameter("bias", at::zeros({weight.size(0)}), false);
    root.register_module("fc", fc);
    root.save(path);
}

} // namespace psnn::test
