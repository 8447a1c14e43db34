// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"

#include <string>

namespace psnn {

/// Reads a data set named on the command line:
///   fashion-mnist:train | fashion-mnist:test   the Debian package's files (or $PRIVATESNN_FASHION_MNIST)
///   fashion-mnist:DIR:train|test               Fashion-MNIST's IDX files in DIR (its class names)
///   idx:DIR:train|test, mnist:DIR:train|test   any MNIST-style IDX folder (see loadIdxFolder; names
///                                              from DIR/classes.txt, else "0", "1", ...)
///   cifar10:FILE[,FILE...] | cifar100:FILE[,FILE...]
///   a folder with one sub-folder per class: labelled by the model's class names when the folders
///                                              match them, else by the sorted folder names
/// count > 0 keeps a seeded random subset of that many items.
/// An image folder's images must have the model's input size and colour unless conversion allows
/// resizing (--resize) or converting the colour (--grayscale); the source then says so.
struct DataConversion {
    bool resize = false;
    bool grayscale = false;
};
Dataset loadDataSpec(const std::string& spec, const Network& model, int64_t count = 0, uint64_t seed = 0,
                     const DataConversion& conversion = {});

extern const char* const kDataSpecHelp;

/// The spec for one split of an IDX folder, as loadDataSpec reads it ("idx:DIR:test").
std::string idxDataSpec(const std::string& dir, Split split);

/// Reads a --class-names argument: an existing file holds one name per line, anything else is a
/// comma-separated list. Throws Error(InvalidArgument) for an empty list or an empty name.
std::vector<std::string> parseClassNames(const std::string& argument);
/// Names the model's classes; throws Error(ShapeMismatch) naming both counts when they differ.
void applyClassNames(Network& net, const std::vector<std::string>& names);

} // namespace psnn
