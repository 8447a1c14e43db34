// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a NIR graph (neuromorphs/NIR, HDF5) written by snnTorch, Norse, Sinabs, Lava-DL,
// SpikingJelly or this lab into a SpikingModel. What the graph does not state (NIR stores no time
// step, input coding, readout or simulation length, and its IF/LIF reset to v_reset where most
// trainers subtract) comes from the graph's metadata when it is there, else from these options,
// else from the defaults below; SpikingModel::importNotes says which for every one.
#pragma once

#include "privatesnn/snn.h"

#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// How IF/LIF neurons reset after a spike.
enum class ResetChoice {
    Subtract, ///< u -= v_threshold (snnTorch's Leaky, Sinabs, SpiNNaker2, this lab)
    VReset,   ///< u = v_reset, as NIR defines IF and LIF (Norse); the default without metadata
    Zero,     ///< u = 0 whatever v_reset says (Lava-DL)
};

struct NirImportOptions {
    std::optional<ResetChoice> reset;
    std::optional<InputCoding> coding; ///< default direct
    std::optional<Readout> readout;    ///< default: spikes when the output layer fires, else membrane
    std::optional<int> timesteps;      ///< default 100
    std::optional<double> dt;          ///< default 1: LIF leak = 1 - dt / tau
    std::vector<double> mean, std;     ///< input normalisation; default 0 and 1 (images in [0, 1])
    std::vector<int64_t> inputShape;   ///< C, H, W of a graph whose Input is a flat vector

    /// Whether any option but timesteps is set (they mean nothing for a model that is no NIR graph).
    bool anyGiven() const
    {
        return reset || coding || readout || dt || !mean.empty() || !std.empty() || !inputShape.empty();
    }
};

const char* resetChoiceName(ResetChoice reset);
ResetChoice resetChoiceFromName(const std::string& name);
Readout spikeReadoutFromName(const std::string& name);

/// The graph as a spiking model: a chain Input -> (Conv2d | Affine | Linear | AvgPool2d |
/// SumPool2d | Flatten | Scale | IF | LIF | LI)* -> Output. Anything else (branches, recurrence,
/// Delay, CubaLIF, nested graphs, unknown node types) is refused naming the node. Error for every
/// problem a file can have (FileNotFound, BadFormat, ShapeMismatch, Unsupported, NumericError).
SpikingModel importNir(const std::string& path, const NirImportOptions& options = {});

/// Whether the file is HDF5 (a NIR graph) by its first bytes.
bool isNirFile(const std::string& path);

/// A spiking model from a PrivateSNN archive (.psnn) or a NIR graph, by content. NIR options given
/// for an archive are refused: the archive states its own semantics.
SpikingModel loadAnySpikingModel(const std::string& path, const NirImportOptions& options = {});

/// The lines `privatesnn inspect` prints about a spiking model's semantics: reset, coding, readout,
/// T, dt, normalisation, and for imported models where each came from.
std::vector<std::string> describeSemantics(const SpikingModel& model);

} // namespace psnn
