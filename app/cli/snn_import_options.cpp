// SPDX-License-Identifier: GPL-3.0-or-later
#include "snn_import_options.h"

#include "validators.h"

#include <CLI/CLI.hpp>

namespace psnn::cli {

void addSnnImportOptions(CLI::App* cmd, NirImportOptions& o)
{
    const std::string group = "NIR import (what the graph does not state; defaults printed by inspect)";
    cmd->add_option_function<std::string>(
           "--reset", [&o](const std::string& v) { o.reset = resetChoiceFromName(v); },
           "After a spike: subtract the threshold (snnTorch's Leaky, Sinabs, this lab), reset to v_reset (NIR's "
           "definition, Norse; the default without metadata) or to zero (Lava-DL)")
        ->check(CLI::IsMember({"subtract", "v_reset", "zero"}))
        ->group(group);
    cmd->add_option_function<std::string>(
           "--input-coding",
           [&o](const std::string& v) { o.coding = v == "poisson" ? InputCoding::Poisson : InputCoding::Direct; },
           "How images enter: direct (the image at every step; default) or poisson (a rate code)")
        ->check(CLI::IsMember({"direct", "poisson"}))
        ->group(group);
    cmd->add_option_function<std::string>(
           "--readout", [&o](const std::string& v) { o.readout = spikeReadoutFromName(v); },
           "Class scores: membrane (the output layer's membrane, or its currents summed over T without a "
           "neuron) or spikes (its spike counts; the default when it fires)")
        ->check(CLI::IsMember({"membrane", "spikes"}))
        ->group(group);
    cmd->add_option_function<double>(
           "--dt", [&o](double v) { o.dt = v; },
           "Time step of forward Euler (LIF: leak = 1 - dt/tau); default: the graph's metadata, snnTorch's "
           "tau/r, else 1 (Norse trains with 0.001)")
        ->check(positiveFinite())
        ->group(group);
    cmd->add_option("--input-mean", o.mean, "Input normalisation mean per channel (default 0: images in [0, 1])")
        ->delimiter(',')
        ->group(group);
    cmd->add_option("--input-std", o.std, "Input normalisation std per channel (default 1)")
        ->delimiter(',')
        ->group(group);
    cmd->add_option("--input-shape", o.inputShape, "C,H,W of the images a graph with a flat input takes")
        ->delimiter(',')
        ->expected(3)
        ->group(group);
}

} // namespace psnn::cli
