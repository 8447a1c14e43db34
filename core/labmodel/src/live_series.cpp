// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/live_series.h"

namespace psnn::live {
namespace {

constexpr std::string_view kDriftCosine = "drift_cos/";
constexpr std::string_view kDriftL2 = "drift_l2/";

} // namespace

std::string staged(std::string_view stage, std::string_view series)
{
    return std::string(stage) + "/" + std::string(series);
}

std::string driftCosine(std::string_view layer)
{
    return std::string(kDriftCosine) + std::string(layer);
}

std::string driftL2(std::string_view layer)
{
    return std::string(kDriftL2) + std::string(layer);
}

std::optional<Drift> parseDrift(std::string_view series)
{
    for (const auto& [prefix, cosine] : {std::pair{kDriftCosine, true}, std::pair{kDriftL2, false}})
        if (series.substr(0, prefix.size()) == prefix)
            return Drift{cosine, std::string(series.substr(prefix.size()))};
    return std::nullopt;
}

std::string targetLogit(long long classIndex)
{
    return "target_logit/" + std::to_string(classIndex);
}

} // namespace psnn::live
