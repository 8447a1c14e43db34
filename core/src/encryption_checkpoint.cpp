// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption checkpoints: an archive of kind "encryption-checkpoint" written atomically after every
// epoch (writeArchive renames a finished temporary file, so kill -9 leaves the previous one intact).
// Holds the weights, Adam's state (LibTorch's own serialisation, as bytes), the epochs done, the
// history and the run's settings. No generator state is needed: every draw derives from (seed,
// epoch, batch), so resuming at an epoch boundary replays exactly what an uninterrupted run does.
#include "encryption_internal.h"

#include "privatesnn/archive.h"
#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>

namespace psnn::encryption_detail {
namespace {

constexpr const char* kCheckpointKind = "encryption-checkpoint";

uint64_t splitMix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

nlohmann::json epochToJson(const EncryptionEpoch& e)
{
    nlohmann::json drift = nlohmann::json::array();
    for (const LayerDrift& d : e.drift)
        drift.push_back({{"layer", d.path}, {"cosine", d.cosine}, {"relative_l2", d.relativeL2}});
    return {{"epoch", e.epoch}, {"lr", e.learningRate}, {"ce", e.ce}, {"kd", e.kd}, {"loss", e.loss},
            {"train_accuracy", e.trainAccuracy}, {"eval_accuracy", e.evalAccuracy}, {"seconds", e.seconds}, {"drift", drift}};
}

EncryptionEpoch epochFromJson(const nlohmann::json& j)
{
    EncryptionEpoch e;
    e.epoch = j.at("epoch");
    e.learningRate = j.at("lr");
    e.ce = j.at("ce");
    e.kd = j.at("kd");
    e.loss = j.at("loss");
    e.trainAccuracy = j.at("train_accuracy");
    e.evalAccuracy = j.at("eval_accuracy");
    e.seconds = j.at("seconds");
    for (const auto& d : j.at("drift"))
        e.drift.push_back({d.at("layer").get<std::string>(), d.at("cosine").get<double>(), d.at("relative_l2").get<double>()});
    return e;
}

std::string optimizerBytes(torch::optim::Adam& optimizer)
{
    torch::serialize::OutputArchive archive;
    optimizer.save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

/// The first setting that differs, as "key: checkpoint value vs this run's value"; empty if none.
std::string firstDifference(const nlohmann::json& saved, const nlohmann::json& now)
{
    for (const auto& [key, value] : now.items()) {
        if (!saved.contains(key))
            return key + " (not in the checkpoint)";
        if (saved.at(key) != value)
            return key + ": " + saved.at(key).dump() + " in the checkpoint, " + value.dump() + " now";
    }
    return {};
}

} // namespace

uint64_t deriveSeed(uint64_t seed, uint64_t epoch, uint64_t index)
{
    return splitMix(splitMix(splitMix(seed) ^ epoch) ^ index);
}

double learningRateAt(const EncryptionConfig& config, int epoch)
{
    // Epochs are 1-based; the decays start at the epoch after 50 % and 70 % of the run are done
    // (20 epochs: 1-10 at lr, 11-14 at lr/10, 15-20 at lr/100). The first epoch always runs at lr,
    // so very short runs (1 epoch) do not start decayed.
    const int first = std::max(1, int(std::floor(0.5 * config.epochs)));
    const int second = std::max(1, int(std::floor(0.7 * config.epochs)));
    double lr = config.learningRate;
    if (epoch > first)
        lr /= 10;
    if (epoch > second)
        lr /= 10;
    return lr;
}

void saveCheckpoint(const std::string& path, const Network& net, torch::optim::Adam& optimizer,
                    const std::string& settingsJson, const CheckpointState& state)
{
    nlohmann::json history = nlohmann::json::array();
    for (const EncryptionEpoch& e : state.history)
        history.push_back(epochToJson(e));
    nlohmann::json meta = {{"epoch", state.epoch}, {"settings", nlohmann::json::parse(settingsJson)}, {"history", history},
                           {"initial_eval_accuracy", state.initialEvalAccuracy}};
    ArchiveData data;
    data.kind = kCheckpointKind;
    data.meta = meta;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        if (net.layers[i].weight.defined())
            data.tensors["weight." + std::to_string(i)] = net.layers[i].weight.detach();
        if (net.layers[i].bias.defined())
            data.tensors["bias." + std::to_string(i)] = net.layers[i].bias.detach();
    }
    const std::string adam = optimizerBytes(optimizer);
    at::Tensor bytes = at::empty({int64_t(adam.size())}, at::kByte);
    std::memcpy(bytes.data_ptr(), adam.data(), adam.size());
    data.tensors["adam_state"] = bytes;
    writeArchive(path, data);
}

CheckpointState loadCheckpoint(const std::string& path, Network& net, torch::optim::Adam& optimizer,
                               const std::string& settingsJson)
{
    const ArchiveData data = readArchive(path);
    if (data.kind != kCheckpointKind)
        throw Error(ErrorCode::BadFormat, "'" + path + "' holds a '" + data.kind + "' archive, not an encryption checkpoint.",
                    "Point --checkpoint at the file an interrupted 'privatesnn encrypt' wrote.");
    CheckpointState state;
    try {
        const nlohmann::json& meta = data.meta;
        const std::string difference = firstDifference(meta.at("settings"), nlohmann::json::parse(settingsJson));
        if (!difference.empty())
            throw Error(ErrorCode::InvalidArgument,
                        "The checkpoint '" + path + "' belongs to a different run (" + difference + ").",
                        "Resume with the same model, images, teacher and settings, or start over without resuming.");
        state.epoch = meta.at("epoch");
        state.initialEvalAccuracy = meta.value("initial_eval_accuracy", -1.0);
        for (const auto& e : meta.at("history"))
            state.history.push_back(epochFromJson(e));
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' has an unreadable checkpoint header (" + std::string(e.what()) + ").",
                    "Start over without resuming.");
    }
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        for (const char* part : {"weight.", "bias."}) {
            at::Tensor& target = part[0] == 'w' ? net.layers[i].weight : net.layers[i].bias;
            if (!target.defined())
                continue;
            const auto it = data.tensors.find(part + std::to_string(i));
            if (it == data.tensors.end() || !it->second.sizes().equals(target.sizes()))
                throw Error(ErrorCode::ShapeMismatch, "The checkpoint '" + path + "' does not fit the model (layer "
                                + net.layers[i].path + ").", "Resume with the spiking model the run started from.");
            target.copy_(it->second); // in place: the optimiser holds these very tensors
        }
    }
    const auto adam = data.tensors.find("adam_state");
    if (adam == data.tensors.end())
        throw Error(ErrorCode::BadFormat, "'" + path + "' has no optimiser state.", "Start over without resuming.");
    const at::Tensor& bytes = adam->second;
    std::istringstream in(std::string(static_cast<const char*>(bytes.data_ptr()), size_t(bytes.numel())));
    torch::serialize::InputArchive archive;
    archive.load_from(in);
    optimizer.load(archive);
    return state;
}

} // namespace psnn::encryption_detail
