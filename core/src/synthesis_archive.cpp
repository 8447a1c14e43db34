// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic set's description as JSON, and the exact float set in the project archive.
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "synthesis_json.h"

#include <ATen/ATen.h>

namespace psnn {
namespace {

constexpr char kSyntheticArchiveKind[] = "synthetic";

nlohmann::json configToJson(const SynthesisConfig& c)
{
    return {{"per_class", c.perClass},
            {"steps", c.steps},
            {"batch_size", c.batchSize},
            {"learning_rate", c.learningRate},
            {"temperature", c.temperature},
            {"beta", c.beta},
            {"floor", c.floor},
            {"accumulate_gradients", c.accumulateGradients},
            {"clamp_each_step", c.clampEachStep},
            {"total_variation", c.totalVariation},
            {"l2", c.l2},
            {"jitter", c.jitter},
            {"seed", c.seed}};
}

SynthesisConfig configFromJson(const nlohmann::json& j)
{
    // Missing keys take today's defaults, so sets written before an option existed still load.
    SynthesisConfig c;
    c.perClass = j.value("per_class", c.perClass);
    c.steps = j.value("steps", c.steps);
    c.batchSize = j.value("batch_size", c.batchSize);
    c.learningRate = j.value("learning_rate", c.learningRate);
    c.temperature = j.value("temperature", c.temperature);
    c.beta = j.value("beta", c.beta);
    c.floor = j.value("floor", c.floor);
    c.accumulateGradients = j.value("accumulate_gradients", c.accumulateGradients);
    c.clampEachStep = j.value("clamp_each_step", c.clampEachStep);
    c.totalVariation = j.value("total_variation", c.totalVariation);
    c.l2 = j.value("l2", c.l2);
    c.jitter = j.value("jitter", c.jitter);
    c.seed = j.value("seed", c.seed);
    return c;
}

} // namespace

nlohmann::json syntheticMetaToJson(const SyntheticSet& set)
{
    return {{"complete", set.complete},
            {"images", set.size()},
            {"seed", set.config.seed},
            {"settings", configToJson(set.config)},
            {"input", {{"channels", set.input.channels}, {"height", set.input.height}, {"width", set.input.width},
                       {"mean", set.input.mean}, {"std", set.input.std}}},
            {"class_names", set.classNames},
            {"teacher_sha256", set.teacherSha256},
            {"created", set.created},
            {"seconds", set.seconds},
            {"tool_version", toolVersion()}};
}

void syntheticMetaFromJson(const nlohmann::json& json, SyntheticSet& set, const std::string& path)
{
    try {
        set.complete = json.at("complete").get<bool>();
        set.config = configFromJson(json.at("settings"));
        const auto& input = json.at("input");
        set.input.channels = input.at("channels");
        set.input.height = input.at("height");
        set.input.width = input.at("width");
        set.input.mean = input.at("mean").get<std::vector<double>>();
        set.input.std = input.at("std").get<std::vector<double>>();
        set.classNames = json.at("class_names").get<std::vector<std::string>>();
        set.teacherSha256 = json.value("teacher_sha256", "");
        set.created = json.value("created", "");
        set.seconds = json.value("seconds", 0.0);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not a valid synthetic set description (" + e.what() + ").",
                    "Synthesize the set again with 'privatesnn synthesize'.");
    }
    const bool sizesOk = set.input.channels > 0 && set.input.height > 0 && set.input.width > 0 && !set.input.std.empty()
        && set.input.std.size() == set.input.mean.size() && set.classNames.size() >= 2;
    if (!sizesOk)
        throw Error(ErrorCode::BadFormat, "'" + path + "' describes an impossible image size, normalisation or class list.",
                    "Synthesize the set again with 'privatesnn synthesize'.");
}

void saveSyntheticArchive(const std::string& path, const SyntheticSet& set)
{
    if (set.size() == 0)
        throw Error(ErrorCode::InvalidArgument, "The synthetic set is empty, so there is nothing to save.",
                    "Synthesize at least one batch first.");
    ArchiveData data;
    data.kind = kSyntheticArchiveKind;
    data.meta = syntheticMetaToJson(set);
    data.tensors["images"] = set.images.to(at::kFloat);
    data.tensors["classes"] = set.classes.to(at::kLong);
    data.tensors["soft_labels"] = set.softLabels.to(at::kFloat);
    data.tensors["losses"] = set.losses.to(at::kFloat);
    writeArchive(path, data);
}

SyntheticSet loadSyntheticArchive(const std::string& path)
{
    const ArchiveData data = readArchive(path);
    if (data.kind != kSyntheticArchiveKind)
        throw Error(ErrorCode::BadFormat, "'" + path + "' holds a " + data.kind + " archive, not a synthetic image set.",
                    "Choose an archive written by 'privatesnn synthesize --archive'.");
    SyntheticSet set;
    syntheticMetaFromJson(data.meta, set, path);
    auto tensor = [&](const char* name) {
        const auto it = data.tensors.find(name);
        if (it == data.tensors.end())
            throw Error(ErrorCode::BadFormat, "'" + path + "' lacks the tensor '" + name + "'.",
                        "Synthesize the set again with 'privatesnn synthesize'.");
        return it->second;
    };
    set.images = tensor("images");
    set.classes = tensor("classes");
    set.softLabels = tensor("soft_labels");
    set.losses = tensor("losses");
    const int64_t n = set.images.dim() == 4 ? set.images.size(0) : -1;
    const bool consistent = n >= 0 && set.images.size(1) == set.input.channels && set.images.size(2) == set.input.height
        && set.images.size(3) == set.input.width && set.classes.dim() == 1 && set.classes.size(0) == n
        && set.softLabels.dim() == 2 && set.softLabels.size(0) == n
        && set.softLabels.size(1) == int64_t(set.classNames.size()) && set.losses.dim() == 1 && set.losses.size(0) == n;
    if (!consistent)
        throw Error(ErrorCode::BadFormat, "The tensors in '" + path + "' do not agree in size with each other or the description.",
                    "Synthesize the set again with 'privatesnn synthesize'.");
    if (n > 0 && (set.classes.min().item<int64_t>() < 0 || set.classes.max().item<int64_t>() >= int64_t(set.classNames.size())))
        throw Error(ErrorCode::BadFormat, "'" + path + "' has class numbers outside its class list.",
                    "Synthesize the set again with 'privatesnn synthesize'.");
    set.source = path;
    return set;
}

} // namespace psnn
