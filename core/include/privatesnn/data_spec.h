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
///   a folder with one sub-folder per class, named after the classes
/// Labels are then matched to the model's classes by name (mapLabelsToModel). count > 0 keeps a
/// seeded random subset of that many items.
/// An image folder's images must have the model's input size and colour unless conversion allows
/// resizing (--resize) or converting the colour (--grayscale); the source then says so.
/// How a data set's labels become the model's classes when matching by name is not wanted.
struct LabelMapping {
    bool asIs = false;        ///< --labels-as-is: the data's label k is the model's class k
    std::string classMapFile; ///< --class-map: line k of this file names the model class of the data's label k
};
struct DataConversion {
    bool resize = false;
    bool grayscale = false;
    LabelMapping labels;
    /// The model only tells an image folder the size to resize to (train-ann makes its network from
    /// the data): no size check against it, no label mapping to its classes.
    bool sizeOnly = false;
    /// The labels are never read (threshold balancing): they are not matched to the model's classes.
    bool labelsUnused = false;
};
Dataset loadDataSpec(const std::string& spec, const Network& model, int64_t count = 0, uint64_t seed = 0,
                     const DataConversion& conversion = {});

extern const char* const kDataSpecHelp;

/// A class name as names are compared: surrounding blanks dropped, lower case, '/' and '\\' as '_'
/// (a folder cannot be called "T-shirt/top", so "T-shirt_top" must match it).
std::string normalizedClassName(const std::string& name);

/// Renumbers data's labels as the model's classes. When both the data and the model name their
/// classes (other than "0", "1", ...), every data class must match a different model class by
/// normalizedClassName (the data may hold a subset of the model's classes, never more); otherwise
/// Error(ShapeMismatch) names the classes that do not. mapping.classMapFile maps label k to the model class named on line k of that file;
/// mapping.asIs (or names missing on either side) keeps the numbers. Every label must end up below
/// modelClassCount. data.source says when labels were renumbered, mapped or taken as-is.
void mapLabelsToModel(Dataset& data, const std::vector<std::string>& modelClasses, int64_t modelClassCount,
                      const LabelMapping& mapping = {});

/// The spec for one split of an IDX folder, as loadDataSpec reads it ("idx:DIR:test").
std::string idxDataSpec(const std::string& dir, Split split);

/// Reads a --class-names argument: an existing file holds one name per line, anything else is a
/// comma-separated list. Throws Error(InvalidArgument) for an empty list or an empty name.
std::vector<std::string> parseClassNames(const std::string& argument);
/// Names the model's classes; throws Error(ShapeMismatch) naming both counts when they differ.
void applyClassNames(Network& net, const std::vector<std::string>& names);

} // namespace psnn
