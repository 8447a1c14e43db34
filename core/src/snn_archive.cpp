// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/snn_archive.h"

#include "neuron_archive.h"
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace psnn {

const char* codingName(InputCoding coding) { return coding == InputCoding::Poisson ? "poisson" : "direct"; }

InputCoding codingFromName(const std::string& name)
{
    if (name == "poisson")
        return InputCoding::Poisson;
    if (name == "direct")
        return InputCoding::Direct;
    throw Error(ErrorCode::InvalidArgument, "Unknown input coding '" + name + "'.", "Use 'poisson' or 'direct'.");
}

const char* thresholdModeName(ThresholdMode mode) { return mode == ThresholdMode::Max ? "max" : "percentile"; }

ThresholdMode thresholdModeFromName(const std::string& name)
{
    if (name == "max")
        return ThresholdMode::Max;
    if (name == "percentile")
        return ThresholdMode::Percentile;
    throw Error(ErrorCode::InvalidArgument, "Unknown threshold mode '" + name + "'.", "Use 'max' or 'percentile'.");
}

void saveSpikingModel(const std::string& path, const SpikingModel& model)
{
    nlohmann::json meta = nlohmann::json::parse(networkToJson(model.network));
    const ConversionSettings& c = model.conversion;
    meta["snn"] = {{"leak", model.leak}, {"timesteps", model.timesteps}, {"coding", codingName(model.coding)},
                   {"source_model_sha256", model.sourceModelSha256},
                   {"conversion", {{"mode", thresholdModeName(c.mode)}, {"percentile", c.percentile},
                                   {"channel_wise", c.channelWise}, {"scale", c.scale}, {"timesteps", c.timesteps},
                                   {"batch_size", c.batchSize}, {"seed", c.seed}, {"images", model.conversionImages},
                                   {"image_source", model.conversionSource}, {"seconds", model.conversionSeconds}}}};
    ArchiveData data;
    data.kind = "snn";
    neuronsToArchive(model, meta["snn"], data.tensors);
    data.metaJson = meta.dump();
    networkTensors(model.network, data.tensors);
    for (size_t i = 0; i < model.thresholds.size(); ++i)
        if (model.thresholds[i].defined())
            data.tensors["threshold." + std::to_string(i)] = model.thresholds[i].reshape({-1});
    writeArchive(path, data);
}

SpikingModel loadSpikingModel(const std::string& path)
{
    const ArchiveData data = readArchive(path);
    if (data.kind != "snn")
        throw Error(ErrorCode::BadFormat, "'" + path + "' holds a '" + data.kind + "' archive, not a spiking model.",
                    data.kind == "ann" ? "Convert the ANN first with 'privatesnn convert'." : "Choose a spiking model archive.");
    SpikingModel model;
    model.network = networkFromArchive(data.metaJson, data.tensors, path);
    try {
        const nlohmann::json snn = nlohmann::json::parse(data.metaJson).at("snn");
        if (!snn.at("leak").is_number()) // NaN and Inf are written as null
            throw Error(ErrorCode::BadFormat, "'" + path + "' states the membrane leak " + snn.at("leak").dump() + ", not a number.",
                        "The file is damaged; convert the model again.");
        model.leak = snn.at("leak").get<double>();
        // Read as a number first: a get<int> would turn 2^40 or -0.5 into some other T silently.
        const double timesteps = snn.at("timesteps").is_number() ? snn.at("timesteps").get<double>() : 0.0;
        if (!(timesteps >= 1 && timesteps <= double(kMaxTimesteps)) || timesteps != std::floor(timesteps))
            throw Error(ErrorCode::BadFormat, "'" + path + "' states T = " + snn.at("timesteps").dump() + " time steps; a whole number from 1 to "
                            + std::to_string(kMaxTimesteps) + " is needed.", "The file is damaged; convert the model again.");
        model.timesteps = int(timesteps);
        model.coding = codingFromName(snn.at("coding"));
        model.sourceModelSha256 = snn.value("source_model_sha256", "");
        const auto& c = snn.at("conversion");
        model.conversion.mode = thresholdModeFromName(c.at("mode"));
        model.conversion.percentile = c.at("percentile");
        model.conversion.channelWise = c.at("channel_wise");
        model.conversion.scale = c.at("scale");
        model.conversion.timesteps = c.at("timesteps");
        model.conversion.batchSize = c.at("batch_size");
        model.conversion.seed = c.at("seed");
        model.conversion.leak = model.leak;
        model.conversion.coding = model.coding;
        model.conversionImages = c.at("images");
        model.conversionSource = c.value("image_source", "");
        model.conversionSeconds = c.value("seconds", 0.0);
        neuronsFromArchive(snn, data.tensors, model, path);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' lacks spiking settings (" + std::string(e.what()) + ").",
                    "Convert the model again.");
    }
    model.thresholds.assign(model.network.layers.size(), at::Tensor());
    for (size_t i : model.spikingLayers()) {
        const auto it = data.tensors.find("threshold." + std::to_string(i));
        if (it == data.tensors.end())
            throw Error(ErrorCode::BadFormat, "'" + path + "' has no threshold for layer " + model.network.layers[i].path + ".",
                        "Convert the model again.");
        model.thresholds[i] = it->second.numel() == 1 && !model.conversion.channelWise ? it->second.reshape({}) : it->second;
    }
    validateSpikingModel(model, path);
    return model;
}

} // namespace psnn
