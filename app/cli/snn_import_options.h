// SPDX-License-Identifier: GPL-3.0-or-later
// The flags that say what a NIR graph leaves unstated, on every command that takes a spiking
// model (--snn): reset, input coding, readout, time step, normalisation and the input shape of a
// flat graph. Given for a PrivateSNN archive, they are refused (it states its own semantics).
#pragma once

#include "privatesnn/nir_import.h"

namespace CLI {
class App;
}

namespace psnn::cli {

/// Adds --reset, --input-coding, --readout, --dt, --input-mean, --input-std and --input-shape.
/// The command's own -T goes into NirImportOptions::timesteps where it has one.
void addSnnImportOptions(CLI::App* cmd, NirImportOptions& options);

} // namespace psnn::cli
