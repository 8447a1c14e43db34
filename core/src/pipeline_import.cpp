// SPDX-License-Identifier: GPL-3.0-or-later
// An imported spiking model in the pipeline (PipelineConfig::snn): how it is read, its identity in
// the step keys, and the step that takes the place of the conversion. No ANN exists for such a
// model: its ReLU re-conversion stands in where the method needs one (synthesis, the images' shape),
// and encryption distils from the imported model's own outputs (pipeline_steps.cpp).
#include "pipeline_internal.h"

#include "privatesnn/attacks.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

namespace psnn::pipeline_detail {

NirImportOptions importOptions(const PipelineConfig& config)
{
    const SnnImportSettings& s = config.snnImport;
    NirImportOptions o;
    if (!s.reset.empty())
        o.reset = resetChoiceFromName(s.reset);
    if (!s.coding.empty())
        o.coding = s.coding == "poisson" ? InputCoding::Poisson : InputCoding::Direct;
    if (!s.readout.empty())
        o.readout = spikeReadoutFromName(s.readout);
    if (s.dt > 0)
        o.dt = s.dt;
    if (s.timesteps > 0)
        o.timesteps = s.timesteps;
    return o;
}

std::string importedSha(const std::string& fileSha, const PipelineConfig& config)
{
    const SnnImportSettings& s = config.snnImport;
    const std::string text = nlohmann::json{{"file", fileSha},      {"reset", s.reset}, {"input_coding", s.coding},
                                            {"readout", s.readout}, {"dt", s.dt},       {"timesteps", s.timesteps}}
                                 .dump();
    return sha256Hex(text.data(), text.size());
}

StepOutput importStep(Context& ctx)
{
    const SpikingModel& snn = *ctx.imported;
    saveSpikingModel(ctx.lab.path(kSnnFile), snn);
    ConversionResults r;
    for (size_t l = 0; l < snn.thresholds.size(); ++l)
        if (snn.thresholds[l].defined())
            r.thresholds.push_back(
                {snn.network.layers[l].path, snn.thresholds[l].mean().item<double>(), snn.thresholds[l].numel()});
    r.timesteps = snn.timesteps;
    r.statistic = "imported";
    r.mode = "layer";
    for (const at::Tensor& theta : snn.thresholds)
        if (theta.defined() && theta.numel() > 1)
            r.mode = "channel";
    r.imported = ctx.teacherPath;
    r.semantics = describeSemantics(snn);
    StepOutput out;
    out.outputs = {{kSnnFile, sha256File(ctx.lab.path(kSnnFile))}};
    out.results["conversion"] = r;
    out.summary = "imported " + ctx.teacherPath + " (T = " + std::to_string(snn.timesteps) + "), no conversion";
    return out;
}

} // namespace psnn::pipeline_detail

namespace psnn {

SpikingModel loadImported(const std::string& file, const PipelineConfig& config)
{
    SpikingModel model = loadAnySpikingModel(file, pipeline_detail::importOptions(config));
    if (!config.classNames.empty())
        applyClassNames(model.network, config.classNames);
    return model;
}

} // namespace psnn
