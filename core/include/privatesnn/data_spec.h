// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"

#include <string>

namespace psnn {

/// Reads a data set named on the command line:
///   fashion-mnist:train | fashion-mnist:test   the Debian package's files (or $PRIVATESNN_FASHION_MNIST)
///   cifar10:FILE[,FILE...] | cifar100:FILE[,FILE...]
///   a folder with one sub-folder per class, resized to the model's input
/// count > 0 keeps a seeded random subset of that many items.
Dataset loadDataSpec(const std::string& spec, const Network& model, int64_t count = 0, uint64_t seed = 0);

extern const char* const kDataSpecHelp;

} // namespace psnn
