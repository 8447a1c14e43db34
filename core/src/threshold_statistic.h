// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/snn.h"

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <vector>

namespace psnn {

/// Accumulates the statistic a layer's threshold comes from: the maximum input current, or a
/// percentile of the positive currents estimated from a uniform random subsample (the full set of
/// currents, N*T*neurons values, does not fit in memory).
class ThresholdStatistic {
public:
    /// chunks = how many add() calls will come (sets the per-call sample size).
    ThresholdStatistic(const ConversionSettings& settings, int64_t channels, int64_t chunks, at::Generator gen);

    /// current: N x C x ... (a layer's input current for one batch and one step).
    void add(const at::Tensor& current);
    /// The engine's currents for `steps` consecutive steps of one batch: [steps * N, ..., C]
    /// channels-last, time-major. Same result as add() of each step's N x C x ... current in order.
    void addSteps(const at::Tensor& current, int64_t steps);
    /// Unscaled threshold: 0-d, or [C] when channel-wise. Never zero or negative.
    at::Tensor result() const;

private:
    at::Tensor rows(const at::Tensor& current) const;

    ConversionSettings m_settings;
    int64_t m_channels;
    int64_t m_samplesPerChunk;
    at::Generator m_gen;
    at::Tensor m_max;
    std::vector<at::Tensor> m_samples;
};

} // namespace psnn
