// SPDX-License-Identifier: GPL-3.0-or-later
// NIR files for the hostile-file table and the fuzz: a graph as the reader's own tree of groups and
// datasets (core/src/nir_file.h), changed in C++ and written back with HDF5's C API, so a test can
// make any structure (a cycle, a missing dataset, a huge dimension) without Python per file.
#pragma once

#include "nir_file.h"

#include "privatesnn/snn.h"

#include <string>

namespace psnn::test {

/// Writes the tree as HDF5: groups as groups; Integer datasets as int64, Float as float32, Text as
/// variable-length UTF-8 strings, each with its shape (an empty shape is a scalar).
void writeNirTree(const std::string& path, const nir::Group& root);

/// The lab's NIR export of model, read back as a tree (the base the hostile cases change).
nir::Group exportedNirTree(const SpikingModel& model, const std::string& scratchPath);

/// The /node/nodes/<name> group of a graph tree (throws std::out_of_range if absent).
nir::Group& nirNode(nir::Group& root, const std::string& name);

/// A dataset of numbers with the given shape (Float) or whole numbers (Integer).
nir::Dataset nirNumbers(const std::vector<int64_t>& shape, const std::vector<double>& values, bool integer = false);
/// A scalar text dataset.
nir::Dataset nirText(const std::string& value);

} // namespace psnn::test
