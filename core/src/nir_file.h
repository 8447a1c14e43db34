// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a NIR file (HDF5) into plain values. libhdf5 1.10 crashes or loops forever on some
// damaged files (a seeded byte-flip fuzz of a 32 kB graph: 1 SIGSEGV and 2 endless loops in 2,000
// inputs), so the file is read in a child process with a time and address-space limit: a damaged
// file then costs an error message, never the user's session. The child sends the tree of groups
// and datasets back through a pipe; everything it claims is bounded before it is allocated.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace psnn::nir {

/// One HDF5 dataset: numbers (any integer or float type, as double) or strings.
struct Dataset {
    enum class Kind { Integer, Float, Text, Other };
    Kind kind = Kind::Other;
    std::vector<int64_t> shape;     ///< empty for a scalar
    std::vector<double> numbers;    ///< Integer and Float, row-major
    std::vector<std::string> texts; ///< Text, row-major
    std::string typeName;           ///< Other: what HDF5 says it is ("compound", "enum", ...)

    bool isNumber() const { return kind == Kind::Integer || kind == Kind::Float; }
};

struct Group {
    std::map<std::string, Dataset> datasets;
    std::map<std::string, Group> groups;
};

/// Limits of what one file may hold; a file beyond them is refused before it is read.
struct ReadLimits {
    uint64_t maxFileBytes = uint64_t(1) << 30;
    uint64_t maxElements = uint64_t(1) << 27; ///< numbers and strings over all datasets (1 GiB as double)
    int maxDepth = 8;                         ///< nested groups (a NIR graph uses 4, a nested graph 2 more)
    int maxObjects = 100000;                  ///< groups and datasets
    double seconds = 0;                       ///< 0: 20 s plus 1 s per 8 MB of file
};

/// The whole file as a tree rooted at "/". Throws Error naming the file: missing, not HDF5, damaged
/// (the reader stopped by a signal or its time limit), or beyond the limits.
Group readFile(const std::string& path, const ReadLimits& limits = {});

/// Whether the file starts with HDF5's signature (at offset 0; NIR files have no user block).
bool isHdf5File(const std::string& path);

} // namespace psnn::nir
