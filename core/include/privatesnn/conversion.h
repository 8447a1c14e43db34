// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

namespace psnn {

/// Threshold balancing (Algorithm 1) from a set of images. Takes images only, never labels: the
/// conversion set is synthetic in the pipeline and must stay label-free. Runs on the time-batched
/// engine (snn_engine.h): each layer's currents for all T steps of a batch are computed once, give
/// the threshold statistic, and (kept while they fit a memory budget) are then integrated with the
/// threshold found; the spike trains of the last balanced layer are kept, bit-packed, per batch.
/// Thresholds are searched with scale 1 and multiplied by settings.scale at the end, as the
/// reference code does. Progress per layer and batch; cancellation between batches.
SpikingModel convertToSnn(const Network& ann, const at::Tensor& images, const ConversionSettings& settings,
                          ProgressSink& progress = nullProgress());

/// The straightforward step-by-step loop that re-simulates layers 1..l for every layer l (O(L^2*T)),
/// as the reference code does. Same thresholds as convertToSnn for the same inputs up to float
/// summation order; kept as the test oracle and for `privatesnn convert --naive`.
SpikingModel convertToSnnNaive(const Network& ann, const at::Tensor& images, const ConversionSettings& settings,
                               ProgressSink& progress = nullProgress());

} // namespace psnn
