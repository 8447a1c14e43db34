// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

namespace psnn {

/// Threshold balancing (Algorithm 1) from a set of images. Takes images only, never labels: the
/// conversion set is synthetic in the pipeline and must stay label-free. Each layer is simulated
/// once (O(L*T)): the spike trains of the last balanced layer are kept, bit-packed, per batch.
/// Thresholds are searched with scale 1 and multiplied by settings.scale at the end, as the
/// reference code does. Progress per layer and batch; cancellation between batches.
SpikingModel convertToSnn(const Network& ann, const at::Tensor& images, const ConversionSettings& settings,
                          ProgressSink& progress = nullProgress());

/// The straightforward loop that re-simulates layers 1..l for every layer l (O(L^2*T)). Same
/// thresholds as convertToSnn for the same inputs; kept for the benchmark and as a test oracle.
SpikingModel convertToSnnNaive(const Network& ann, const at::Tensor& images, const ConversionSettings& settings,
                               ProgressSink& progress = nullProgress());

} // namespace psnn
