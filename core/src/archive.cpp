// SPDX-License-Identifier: GPL-3.0-or-later
// Container: "PSNNARC1\n", u64 little-endian header size, JSON header, tensor bytes, then the
// SHA-256 (64 hex chars) of everything before it.
#include "privatesnn/archive.h"

#include "file_bytes.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/sha256.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace psnn {
namespace {

constexpr char kMagic[] = "PSNNARC1\n";
constexpr size_t kMagicSize = sizeof(kMagic) - 1;
constexpr size_t kDigestSize = 64;
constexpr int kArchiveFormatVersion = 1;
constexpr size_t kMaxDims = 8;

std::string dtypeName(at::ScalarType type)
{
    switch (type) {
    case at::kFloat: return "float32";
    case at::kLong: return "int64";
    case at::kByte: return "uint8";
    default: break;
    }
    throw Error(ErrorCode::InvalidArgument, std::string("Archives store float32, int64 or uint8 tensors, not ") + c10::toString(type) + ".");
}

at::ScalarType dtypeFromName(const std::string& name, const std::string& path)
{
    if (name == "float32") return at::kFloat;
    if (name == "int64") return at::kLong;
    if (name == "uint8") return at::kByte;
    throw Error(ErrorCode::BadFormat, "'" + path + "' contains a tensor of unknown type '" + name + "'.",
                "The archive was written by a newer version or is damaged.");
}

[[noreturn]] void corrupt(const std::string& path, const std::string& what)
{
    throw Error(ErrorCode::BadFormat, "'" + path + "' is not a valid PrivateSNN archive: " + what + ".",
                "Choose another file, or recreate the archive from its source model.");
}

/// An integer field within [low, high]: JSON numbers may be fractions or exceed int64, and a plain
/// get<int64_t> would truncate them silently.
int64_t intField(const nlohmann::json& j, const char* key, int64_t fallback, int64_t low, int64_t high,
                 const std::string& path, const std::string& where)
{
    if (!j.contains(key))
        return fallback;
    const nlohmann::json& v = j.at(key);
    const double d = v.is_number() ? v.get<double>() : std::nan("");
    if (!(d >= double(low) && d <= double(high)) || d != std::floor(d))
        corrupt(path, where + " '" + key + "' is " + v.dump() + " (allowed: a whole number from " + std::to_string(low) + " to "
                          + std::to_string(high) + ")");
    return v.is_number_integer() ? v.get<int64_t>() : int64_t(d);
}

} // namespace

void writeArchive(const std::string& path, const ArchiveData& data)
{
    nlohmann::json header;
    header["format_version"] = kArchiveFormatVersion;
    header["kind"] = data.kind;
    header["meta"] = data.meta;
    std::string blob;
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& [name, tensor] : data.tensors) {
        const at::Tensor t = tensor.detach().cpu().contiguous();
        const size_t bytes = t.numel() * t.element_size();
        entries.push_back({{"name", name}, {"dtype", dtypeName(t.scalar_type())}, {"shape", t.sizes().vec()},
                           {"offset", blob.size()}, {"bytes", bytes}});
        blob.append(static_cast<const char*>(t.data_ptr()), bytes);
    }
    header["tensors"] = entries;
    const std::string headerText = header.dump();
    const uint64_t headerSize = headerText.size();

    std::string content(kMagic, kMagicSize);
    for (int i = 0; i < 8; ++i)
        content.push_back(char((headerSize >> (8 * i)) & 0xff));
    content += headerText;
    content += blob;
    content += sha256Hex(content.data(), content.size());

    writeFileAtomically(path, content);
}

ArchiveData readArchive(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw Error(ErrorCode::FileNotFound, "The archive '" + path + "' does not exist.", "Check the path.");
        throw Error(ErrorCode::FileUnreadable, "Cannot open '" + path + "'.", "Check the file's permissions.");
    }
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (content.size() < kMagicSize || content.compare(0, kMagicSize, kMagic) != 0)
        corrupt(path, "it does not start with the archive signature");
    if (content.size() < kMagicSize + 8 + kDigestSize)
        corrupt(path, "it is truncated (" + std::to_string(content.size()) + " bytes)");
    const size_t bodySize = content.size() - kDigestSize;
    if (sha256Hex(content.data(), bodySize) != content.substr(bodySize))
        corrupt(path, "its checksum does not match, so it is truncated or was altered");
    uint64_t headerSize = 0;
    for (int i = 0; i < 8; ++i)
        headerSize |= uint64_t(uint8_t(content[kMagicSize + i])) << (8 * i);
    const size_t headerStart = kMagicSize + 8;
    if (headerSize > bodySize - headerStart)
        corrupt(path, "its header size is larger than the file");
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(content.substr(headerStart, headerSize));
    } catch (const nlohmann::json::exception& e) {
        corrupt(path, std::string("its header is not valid JSON (") + e.what() + ")");
    }
    const nlohmann::json version = header.is_object() ? header.value("format_version", nlohmann::json(0)) : nlohmann::json();
    if (!version.is_number_integer())
        corrupt(path, "its format version is " + version.dump());
    if (version.get<int64_t>() > kArchiveFormatVersion)
        throw Error(ErrorCode::BadFormat, "'" + path + "' was written by a newer PrivateSNN Lab (format " + version.dump() + ").",
                    "Update PrivateSNN Lab to open it.");
    ArchiveData data;
    const size_t blobStart = headerStart + headerSize;
    try {
        data.kind = header.at("kind").get<std::string>();
        data.meta = header.at("meta");
        for (const auto& entry : header.at("tensors")) {
            const auto offset = entry.at("offset").get<size_t>();
            const auto bytes = entry.at("bytes").get<size_t>();
            const auto shape = entry.at("shape").get<std::vector<int64_t>>();
            const at::ScalarType type = dtypeFromName(entry.at("dtype").get<std::string>(), path);
            const std::string name = entry.at("name").get<std::string>();
            if (offset > bodySize - blobStart || bytes > bodySize - blobStart - offset)
                corrupt(path, "tensor '" + name + "' lies outside the file");
            // The shape is checked against the stored bytes before anything is allocated, so a
            // damaged header cannot ask for terabytes or a negative size.
            if (shape.size() > kMaxDims)
                corrupt(path, "tensor '" + name + "' has " + std::to_string(shape.size()) + " dimensions");
            size_t claimed = at::elementSize(type);
            for (const int64_t d : shape) {
                if (d < 0)
                    corrupt(path, "tensor '" + name + "' has the negative dimension " + std::to_string(d));
                claimed = d == 0 || claimed <= bytes / size_t(d) ? claimed * size_t(d) : bytes + 1;
            }
            if (claimed != bytes)
                corrupt(path, "tensor '" + name + "' has a shape that does not match its " + std::to_string(bytes) + " bytes");
            at::Tensor t = at::empty(shape, at::TensorOptions().dtype(type));
            std::memcpy(t.data_ptr(), content.data() + blobStart + offset, bytes);
            data.tensors.emplace(name, t);
        }
    } catch (const nlohmann::json::exception& e) {
        corrupt(path, std::string("its header lacks a required field (") + e.what() + ")");
    }
    return data;
}

nlohmann::json networkMeta(const Network& net)
{
    nlohmann::json layers = nlohmann::json::array();
    for (const Layer& layer : net.layers)
        layers.push_back({{"kind", layerKindName(layer.kind)}, {"path", layer.path}, {"stride", layer.stride},
                          {"padding", layer.padding}, {"kernel", layer.kernel}, {"dropout", layer.dropout},
                          {"has_weight", layer.weight.defined()}, {"has_bias", layer.bias.defined()}});
    nlohmann::json info = {{"name", net.info.name}, {"class_names", net.info.classNames},
                           {"source_sha256", net.info.sourceSha256}, {"source_file", net.info.sourceFile},
                           {"created", net.info.created}, {"tool_version", net.info.toolVersion},
                           {"test_dataset", net.info.testDataset}, {"notes", net.info.notes}};
    if (net.info.testAccuracy)
        info["test_accuracy"] = *net.info.testAccuracy;
    nlohmann::json input = {{"channels", net.input.channels}, {"height", net.input.height}, {"width", net.input.width},
                            {"mean", net.input.mean}, {"std", net.input.std}};
    return nlohmann::json{{"layers", layers}, {"input", input}, {"info", info}};
}

void networkTensors(const Network& net, std::map<std::string, at::Tensor>& out)
{
    for (size_t i = 0; i < net.layers.size(); ++i) {
        if (net.layers[i].weight.defined())
            out["layer." + std::to_string(i) + ".weight"] = net.layers[i].weight;
        if (net.layers[i].bias.defined())
            out["layer." + std::to_string(i) + ".bias"] = net.layers[i].bias;
    }
}

Network networkFromArchive(const nlohmann::json& meta, const std::map<std::string, at::Tensor>& tensors,
                           const std::string& path)
{
    static const std::map<std::string, LayerKind> kinds = {
        {"Conv2d", LayerKind::Conv2d}, {"Linear", LayerKind::Linear}, {"ReLU", LayerKind::ReLU},
        {"AvgPool2d", LayerKind::AvgPool2d}, {"Dropout", LayerKind::Dropout}, {"Flatten", LayerKind::Flatten}};
    Network net;
    try {
        const auto& input = meta.at("input");
        net.input.channels = intField(input, "channels", -1, 1, kMaxChannels, path, "the input's");
        net.input.height = intField(input, "height", -1, 1, kMaxImageSide, path, "the input's");
        net.input.width = intField(input, "width", -1, 1, kMaxImageSide, path, "the input's");
        if (net.input.channels < 0 || net.input.height < 0 || net.input.width < 0)
            corrupt(path, "its input size is missing");
        net.input.mean = input.at("mean").get<std::vector<double>>();
        net.input.std = input.at("std").get<std::vector<double>>();
        const auto& info = meta.at("info");
        net.info.name = info.value("name", "");
        net.info.classNames = info.value("class_names", std::vector<std::string>{});
        net.info.sourceSha256 = info.value("source_sha256", "");
        net.info.sourceFile = info.value("source_file", "");
        net.info.created = info.value("created", "");
        net.info.toolVersion = info.value("tool_version", "");
        net.info.testDataset = info.value("test_dataset", "");
        net.info.notes = info.value("notes", "");
        if (info.contains("test_accuracy"))
            net.info.testAccuracy = info.at("test_accuracy").get<double>();
        const auto& layers = meta.at("layers");
        for (size_t i = 0; i < layers.size(); ++i) {
            const auto& entry = layers[i];
            const auto kind = kinds.find(entry.at("kind").get<std::string>());
            if (kind == kinds.end())
                corrupt(path, "layer " + std::to_string(i) + " has an unknown kind");
            Layer layer;
            layer.kind = kind->second;
            layer.path = entry.value("path", "");
            const std::string where = "layer " + std::to_string(i) + "'s";
            layer.stride = intField(entry, "stride", 1, 1, kMaxImageSide, path, where);
            layer.padding = intField(entry, "padding", 0, 0, kMaxImageSide, path, where);
            layer.kernel = intField(entry, "kernel", 0, layer.kind == LayerKind::AvgPool2d ? 1 : 0, kMaxImageSide, path, where);
            layer.dropout = entry.value("dropout", 0.0);
            auto take = [&](const char* part, bool wanted) {
                if (!wanted)
                    return at::Tensor();
                const auto it = tensors.find("layer." + std::to_string(i) + "." + part);
                if (it == tensors.end())
                    corrupt(path, "the " + std::string(part) + " of layer " + std::to_string(i) + " is missing");
                return it->second;
            };
            layer.weight = take("weight", entry.value("has_weight", false));
            layer.bias = take("bias", entry.value("has_bias", false));
            if (layer.hasWeights() && !layer.weight.defined())
                corrupt(path, "layer " + std::to_string(i) + " has no weights");
            net.layers.push_back(std::move(layer));
        }
    } catch (const nlohmann::json::exception& e) {
        corrupt(path, std::string("its network description is incomplete (") + e.what() + ")");
    }
    validateNetwork(net, path);
    // A name list of another length would label results with the wrong classes (or read past it).
    if (!net.info.classNames.empty() && int64_t(net.info.classNames.size()) != net.numClasses())
        corrupt(path,
                "it names " + std::to_string(net.info.classNames.size()) + " classes, but its network has "
                    + std::to_string(net.numClasses()) + " outputs");
    return net;
}

void saveNetwork(const std::string& path, const Network& net)
{
    ArchiveData data;
    data.kind = "ann";
    data.meta = networkMeta(net);
    networkTensors(net, data.tensors);
    writeArchive(path, data);
}

Network loadNetwork(const std::string& path)
{
    ArchiveData data = readArchive(path);
    if (data.kind != "ann")
        throw Error(ErrorCode::BadFormat, "'" + path + "' holds a '" + data.kind + "' archive, not an ANN model.",
                    "Open it where a " + data.kind + " archive is expected.");
    return networkFromArchive(data.meta, data.tensors, path);
}

} // namespace psnn
