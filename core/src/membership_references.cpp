// SPDX-License-Identifier: GPL-3.0-or-later
// The reference models of offline LiRA and RMIA: the target's architecture trained by the lab's
// own ANN training (privatesnn train-ann's recipe) on halves of the auditor's pool. They are the
// slow part of the audit, so each is cached in the lab as soon as it is finished.
#include "privatesnn/membership.h"

#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>

namespace psnn {
namespace {

/// Bump when the training or the key changes meaning, so older cached models are not reused.
constexpr int kReferenceRecipe = 1;

/// What makes two reference models the same: the architecture (not the weights), the pool, the
/// training settings and which half of which permutation.
std::string referenceKey(const Network& target, const MembershipData& data, const AnnTrainConfig& t, int index)
{
    nlohmann::json layers = nlohmann::json::array();
    for (const Layer& l : target.layers)
        layers.push_back({{"kind", layerKindName(l.kind)},
                          {"weight", l.weight.defined() ? nlohmann::json(l.weight.sizes().vec()) : nlohmann::json()},
                          {"bias", l.bias.defined()},
                          {"stride", l.stride},
                          {"padding", l.padding},
                          {"kernel", l.kernel},
                          {"dropout", l.dropout}});
    const nlohmann::json key{{"recipe", kReferenceRecipe},
                             {"layers", layers},
                             {"input", {target.input.channels, target.input.height, target.input.width}},
                             {"mean", target.input.mean},
                             {"std", target.input.std},
                             {"pool", data.poolSha256},
                             {"epochs", t.epochs},
                             {"batch", t.batchSize},
                             {"lr", t.learningRate},
                             {"weight_decay", t.weightDecay},
                             {"flip", t.horizontalFlip},
                             {"shift", t.maxShift},
                             {"seed", t.seed},
                             {"index", index}};
    const std::string text = key.dump();
    return sha256Hex(text.data(), text.size());
}

/// ref-k.json: the reference model's record and the key it was trained for.
struct CachedReference {
    std::string key;
    MembershipReference reference;
};

template <class F> void describeFields(F& f, CachedReference& c)
{
    f("key", c.key);
    describeFields(f, c.reference); // the record's own fields, at the same level
}

/// The cached model k when its record's key and its file's hash both match, else nullopt.
std::optional<std::pair<Network, MembershipReference>> cached(const std::string& modelPath,
                                                              const std::string& recordPath, const std::string& key)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(recordPath, ec) || !std::filesystem::is_regular_file(modelPath, ec))
        return std::nullopt;
    try {
        CachedReference record;
        fields::fromJson(readJsonFile(recordPath, "reference model record"), record);
        if (record.key != key || record.reference.sha256 != sha256File(modelPath))
            return std::nullopt;
        return std::make_pair(loadNetwork(modelPath), record.reference);
    } catch (const Error&) {
        return std::nullopt; // a damaged record or model is trained again, never trusted
    } catch (const fields::FieldError&) {
        return std::nullopt;
    }
}

} // namespace

Network freshNetwork(const Network& target, uint64_t seed)
{
    Network net = target.clone();
    at::Generator gen = at::detail::createCPUGenerator(seed);
    for (Layer& layer : net.layers) {
        if (!layer.hasWeights())
            continue;
        const int64_t fanIn = layer.weight[0].numel();
        layer.weight = at::normal(0.0, std::sqrt(2.0 / double(fanIn)), layer.weight.sizes(), gen);
        if (layer.bias.defined())
            layer.bias = at::zeros_like(layer.bias);
    }
    net.info = ModelInfo{};
    net.info.name = "reference";
    net.info.classNames = target.info.classNames;
    return net;
}

ReferenceSet referenceModels(const Network& target, const MembershipData& data, const ReferenceTraining& config,
                             const std::string& folder, const std::string& labPrefix, ProgressSink& progress)
{
    if (config.count < 1)
        throw Error(ErrorCode::InvalidArgument, "No reference models were asked for.",
                    "Use --references 1 or more (2 by default).");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorCode::FileUnwritable,
                    "Cannot create the folder " + folder + " for the reference models: " + ec.message() + ".",
                    "Make the lab folder writable, or copy the lab somewhere writable and audit the copy.");
    Dataset population;
    population.images = data.populationImages;
    population.labels = data.populationLabels;
    ReferenceSet set;
    const int64_t poolSize = data.poolImages.size(0);
    for (int k = 0; k < config.count; ++k) {
        StageProgress stage(progress, double(k) / config.count, double(k + 1) / config.count,
                            "reference model " + std::to_string(k + 1) + "/" + std::to_string(config.count));
        const std::string name = "ref-" + std::to_string(k);
        const std::string modelPath = folder + "/" + name + ".psnn", recordPath = folder + "/" + name + ".json";
        AnnTrainConfig training = config.training;
        training.seed = config.training.seed * 1000 + uint64_t(k);
        const std::string key = referenceKey(target, data, training, k);
        if (auto hit = cached(modelPath, recordPath, key)) {
            hit->second.index = k;
            hit->second.file = labPrefix + name + ".psnn";
            hit->second.reused = true;
            set.models.push_back(std::move(hit->first));
            set.records.push_back(hit->second);
            stage.report(1.0, "taken from the lab's cache");
            continue;
        }
        // Pair k / 2 shares one permutation; its two models train on complementary halves.
        at::Generator gen = at::detail::createCPUGenerator(config.training.seed * 1000 + 500 + uint64_t(k / 2));
        const at::Tensor order = at::randperm(poolSize, gen);
        const at::Tensor half = k % 2 == 0 ? order.slice(0, 0, poolSize / 2) : order.slice(0, poolSize / 2);
        Dataset train;
        train.images = data.poolImages.index_select(0, half);
        train.labels = data.poolLabels.index_select(0, half);
        train.classNames = target.info.classNames;
        Network net = freshNetwork(target, training.seed + 77);
        const auto started = std::chrono::steady_clock::now();
        trainAnn(net, train, nullptr, training, stage);
        MembershipReference r;
        r.index = k;
        r.file = labPrefix + name + ".psnn";
        r.trainImages = train.size();
        r.epochs = training.epochs;
        r.seed = int64_t(training.seed);
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        r.populationAccuracy = evaluateAccuracy(net, population);
        net.info.created = utcNowIso8601();
        net.info.toolVersion = toolVersion();
        net.info.notes = "Membership reference model " + std::to_string(k) + ": the target's architecture trained on "
            + std::to_string(r.trainImages) + " pool records, " + std::to_string(r.epochs) + " epochs.";
        saveNetwork(modelPath, net); // atomic; the record follows, so a record always names a whole model
        r.sha256 = sha256File(modelPath);
        const CachedReference record{key, r};
        writeFileAtomically(recordPath, fields::toJson(record).dump(1));
        set.seconds += r.seconds;
        set.models.push_back(std::move(net));
        set.records.push_back(r);
    }
    return set;
}

} // namespace psnn
