// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/snn.h"

#include <string>
#include <vector>

namespace psnn {

struct NirExportOptions {
    /// Write each AvgPool2d as SumPool2d and fold its 1/k^2 into the next Conv2d/Linear weight (exact,
    /// the next layer is linear). Sinabs, Norse, Lava and SpiNNaker2 read SumPool2d but not
    /// AvgPool2d; snnTorch reads AvgPool2d only.
    bool sumPool = false;
};

/// What was written, for the command's summary and the tests.
struct NirExportResult {
    std::vector<std::string> nodes;    ///< "name (Type)" in graph order
    std::vector<std::string> warnings; ///< semantics NIR cannot carry (always the reset warning)
};

/// Writes the spiking model as a NIR graph (HDF5, the layout of nir 1.0.x's nir.write): Input,
/// Conv2d, AvgPool2d or SumPool2d, Flatten, Affine/Linear, an IF node (LIF when leak < 1) after every
/// spiking layer with its threshold broadcast to the layer's shape, r = 1 and v_reset = 0, the
/// output layer as Affine -> Output, and edges. NIR's IF resets to v_reset while this network
/// subtracts the threshold; graph metadata records reset_method = "subtract", dt, num_timesteps,
/// input_encoding, readout, the input normalisation and the class names. Written atomically.
NirExportResult exportNir(const SpikingModel& model, const std::string& path, const NirExportOptions& options = {});

} // namespace psnn
