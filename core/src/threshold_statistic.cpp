// SPDX-License-Identifier: GPL-3.0-or-later
#include "threshold_statistic.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace psnn {

namespace {
constexpr int64_t kSampleBudget = 4'000'000; // values kept per layer for percentiles
}

ThresholdStatistic::ThresholdStatistic(const ConversionSettings& settings, int64_t channels, int64_t chunks, at::Generator gen)
    : m_settings(settings), m_channels(settings.channelWise ? channels : 1),
      m_samplesPerChunk(std::max<int64_t>(64, kSampleBudget / std::max<int64_t>(1, chunks * m_channels))), m_gen(std::move(gen))
{
}

at::Tensor ThresholdStatistic::rows(const at::Tensor& current) const
{
    if (!m_settings.channelWise)
        return current.reshape({1, -1});
    return current.transpose(0, 1).reshape({m_channels, -1});
}

void ThresholdStatistic::add(const at::Tensor& current)
{
    const at::Tensor r = rows(current.detach());
    const at::Tensor rowMax = std::get<0>(r.max(1));
    m_max = m_max.defined() ? at::maximum(m_max, rowMax) : rowMax;
    if (m_settings.mode == ThresholdMode::Percentile) {
        const at::Tensor idx = at::randint(0, r.size(1), {m_channels, std::min(m_samplesPerChunk, r.size(1))}, m_gen);
        m_samples.push_back(r.gather(1, idx));
    }
}

void ThresholdStatistic::addSteps(const at::Tensor& current, int64_t steps)
{
    if (m_settings.mode == ThresholdMode::Max) {
        // The maximum does not depend on how the values are grouped: one reduction for all steps.
        const at::Tensor c = current.detach();
        const at::Tensor rowMax = m_settings.channelWise ? c.reshape({-1, m_channels}).amax(0) : c.max().reshape({1});
        m_max = m_max.defined() ? at::maximum(m_max, rowMax) : rowMax;
        return;
    }
    // Percentile samples are drawn per step from the N x C x ... layout, as add() always did.
    const int64_t perStep = current.size(0) / steps;
    for (int64_t t = 0; t < steps; ++t) {
        const at::Tensor step = current.narrow(0, t * perStep, perStep);
        add(step.dim() == 4 ? step.permute({0, 3, 1, 2}) : step);
    }
}

at::Tensor ThresholdStatistic::result() const
{
    at::Tensor value = m_max;
    if (m_settings.mode == ThresholdMode::Percentile && !m_samples.empty()) {
        const at::Tensor all = at::cat(m_samples, 1);
        std::vector<at::Tensor> perRow;
        for (int64_t c = 0; c < m_channels; ++c) {
            const at::Tensor positive = all[c].masked_select(all[c] > 0);
            perRow.push_back(positive.numel() > 0 ? at::quantile(positive, m_settings.percentile / 100.0) : m_max[c]);
        }
        value = at::stack(perRow);
    }
    // A layer (or channel) that never receives positive current never fires; any positive
    // threshold keeps it silent, and a positive one keeps u > theta well defined.
    const double layerMax = value.max().item<double>();
    const double fallback = layerMax > 0 ? layerMax : 1.0;
    value = at::where(value > 0, value, at::full_like(value, fallback));
    return m_settings.channelWise ? value.contiguous() : value.reshape({});
}

} // namespace psnn
