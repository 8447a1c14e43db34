// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/snn_archive.h"

#include "neuron_archive.h"
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/json_fields.h"
#include "privatesnn/model_validation.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace psnn {

const char* codingName(InputCoding coding)
{
    return fields::nameOf(coding, kCodingNames);
}

InputCoding codingFromName(const std::string& name)
{
    if (const std::optional<InputCoding> coding = fields::valueOf(name, kCodingNames))
        return *coding;
    throw Error(ErrorCode::InvalidArgument, "Unknown input coding '" + name + "'.",
                "Use " + fields::nameList(kCodingNames) + ".");
}

const char* thresholdModeName(ThresholdMode mode)
{
    return fields::nameOf(mode, kThresholdModeNames);
}

ThresholdMode thresholdModeFromName(const std::string& name)
{
    if (const std::optional<ThresholdMode> mode = fields::valueOf(name, kThresholdModeNames))
        return *mode;
    throw Error(ErrorCode::InvalidArgument, "Unknown threshold mode '" + name + "'.",
                "Use " + fields::nameList(kThresholdModeNames) + ".");
}

namespace {

/// The archive's "snn" object: the spiking settings beside the network. Every field but the
/// provenance notes must be there: a model without them cannot be simulated as it was converted.
struct SnnSettings {
    SpikingModel& model;
    double timesteps = 0; ///< read as a number first: a damaged file's 2^40 or -0.5 is named, not wrapped
};

template <class F> void describeFields(F& f, SnnSettings& s)
{
    SpikingModel& m = s.model;
    ConversionSettings& c = m.conversion;
    f("leak", m.leak, fields::required);
    if constexpr (F::reads)
        f("timesteps", s.timesteps, fields::required);
    else
        f("timesteps", m.timesteps);
    f("coding", m.coding, kCodingNames, fields::required);
    f("source_model_sha256", m.sourceModelSha256);
    f.object(
        "conversion",
        [&](auto& g) {
            g("mode", c.mode, kThresholdModeNames, fields::required);
            g("percentile", c.percentile, fields::required);
            g("channel_wise", c.channelWise, fields::required);
            g("scale", c.scale, fields::required);
            g("timesteps", c.timesteps, fields::required);
            g("batch_size", c.batchSize, fields::required);
            g("seed", c.seed, fields::required);
            g("images", m.conversionImages, fields::required);
            g("image_source", m.conversionSource);
            g("seconds", m.conversionSeconds);
        },
        fields::required);
}

} // namespace

void saveSpikingModel(const std::string& path, const SpikingModel& model)
{
    ArchiveData data;
    data.kind = "snn";
    data.meta = networkMeta(model.network);
    SnnSettings settings{const_cast<SpikingModel&>(model)}; // the Writer only reads
    data.meta["snn"] = fields::toJson(settings);
    neuronsToArchive(model, data.meta["snn"], data.tensors);
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
    model.network = networkFromArchive(data.meta, data.tensors, path);
    SnnSettings settings{model};
    try {
        const auto snn = data.meta.find("snn");
        if (snn == data.meta.end())
            throw fields::FieldError(fields::FieldError::Missing, "snn", "is missing");
        fields::fromJson(*snn, settings, "snn");
        neuronsFromArchive(*snn, data.tensors, model, path);
    } catch (const fields::FieldError& e) {
        // NaN and Inf are written as null, so a leak of null was not a number when it was saved.
        throw Error(ErrorCode::BadFormat, "'" + path + "' has damaged spiking settings: " + e.what() + ".",
                    "Convert the model again.");
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' has damaged imported neurons (" + std::string(e.what()) + ").",
                    "Import the model again.");
    }
    const double t = settings.timesteps;
    if (!(t >= 1 && t <= double(kMaxTimesteps)) || t != std::floor(t))
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' states T = " + nlohmann::json(t).dump() + " time steps; a whole number from 1 to "
                        + std::to_string(kMaxTimesteps) + " is needed.",
                    "The file is damaged; convert the model again.");
    model.timesteps = int(t);
    model.conversion.leak = model.leak;
    model.conversion.coding = model.coding;
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
