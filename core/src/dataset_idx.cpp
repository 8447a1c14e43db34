// SPDX-License-Identifier: GPL-3.0-or-later
// IDX reader: magic 0x00000803 (unsigned bytes, 3 dimensions) for images, 0x00000801 for labels.
#include "privatesnn/dataset.h"

#include "file_bytes.h"
#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

struct IdxArray {
    std::vector<uint8_t> bytes;
    std::vector<int64_t> dims;
    size_t dataOffset = 0;
};

IdxArray readIdxFile(const std::string& path, int expectedDims)
{
    IdxArray array;
    array.bytes = readFileBytes(path);
    const auto& b = array.bytes;
    if (b.size() < 4)
        throw Error(ErrorCode::Truncated, "'" + path + "' is too short to be an IDX file (" + std::to_string(b.size()) + " bytes).",
                    "Check that this is an MNIST-style .idx or .gz file.");
    if (b[0] != 0 || b[1] != 0 || b[2] != 0x08)
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not an IDX file of unsigned bytes: its magic number is wrong at byte offset 0.",
                    "Choose the MNIST / Fashion-MNIST images or labels file (idx3-ubyte / idx1-ubyte).");
    if (b[3] != expectedDims)
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' has " + std::to_string(b[3]) + " dimensions where " + std::to_string(expectedDims)
                        + " were expected (byte offset 3).",
                    expectedDims == 3 ? "This looks like a labels file; choose the images file (idx3-ubyte)."
                                      : "This looks like an images file; choose the labels file (idx1-ubyte).");
    const size_t header = 4 + 4 * size_t(expectedDims);
    if (b.size() < header)
        throw Error(ErrorCode::Truncated, "'" + path + "' ends inside its header (" + std::to_string(b.size()) + " of "
                        + std::to_string(header) + " bytes).", "The file is incomplete; copy it again.");
    size_t expected = 1;
    for (int d = 0; d < expectedDims; ++d) {
        const uint32_t size = readBigEndian32(b, 4 + 4 * size_t(d));
        if (size == 0 || size > (1u << 28))
            throw Error(ErrorCode::BadFormat, "'" + path + "' declares an implausible size " + std::to_string(size)
                            + " for dimension " + std::to_string(d) + " (byte offset " + std::to_string(4 + 4 * d) + ").",
                        "The header is damaged; copy the file again.");
        array.dims.push_back(int64_t(size));
        expected *= size;
    }
    array.dataOffset = header;
    if (b.size() - header < expected)
        throw Error(ErrorCode::Truncated,
                    "'" + path + "' is truncated: the header announces " + std::to_string(expected) + " data bytes but only "
                        + std::to_string(b.size() - header) + " follow (data ends at byte offset " + std::to_string(b.size()) + ").",
                    "The file is incomplete; copy it again.");
    if (b.size() - header > expected)
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' has " + std::to_string(b.size() - header - expected) + " bytes after the data its header announces.",
                    "The images and labels may be from different files; check the pair.");
    return array;
}

} // namespace

Dataset readIdx(const std::string& imagesPath, const std::string& labelsPath, std::vector<std::string> classNames)
{
    IdxArray images = readIdxFile(imagesPath, 3);
    IdxArray labels = readIdxFile(labelsPath, 1);
    const int64_t n = images.dims[0];
    if (labels.dims[0] != n)
        throw Error(ErrorCode::ShapeMismatch,
                    "'" + imagesPath + "' holds " + std::to_string(n) + " images but '" + labelsPath + "' holds "
                        + std::to_string(labels.dims[0]) + " labels.",
                    "Pick the labels file that belongs to these images (same split: train or t10k).");
    const uint8_t* labelData = labels.bytes.data() + labels.dataOffset;
    const uint8_t maxLabel = *std::max_element(labelData, labelData + n);
    if (classNames.empty())
        for (int c = 0; c <= std::max<int>(maxLabel, 9); ++c)
            classNames.push_back(std::to_string(c));
    if (maxLabel >= classNames.size()) {
        const int64_t at = std::find(labelData, labelData + n, maxLabel) - labelData;
        throw Error(ErrorCode::BadFormat,
                    "'" + labelsPath + "' contains label " + std::to_string(maxLabel) + " at byte offset "
                        + std::to_string(labels.dataOffset + size_t(at)) + ", outside the " + std::to_string(classNames.size())
                        + " classes.",
                    "The labels file is damaged or belongs to another data set.");
    }
    Dataset data;
    const at::Tensor raw = at::from_blob(images.bytes.data() + images.dataOffset, {n, 1, images.dims[1], images.dims[2]}, at::kByte);
    data.images = normalizeU8(raw);
    data.labels = at::from_blob(const_cast<uint8_t*>(labelData), {n}, at::kByte).to(at::kLong);
    data.classNames = std::move(classNames);
    data.source = imagesPath;
    return data;
}

std::string fashionMnistDir()
{
    if (const char* env = std::getenv("PRIVATESNN_FASHION_MNIST"); env && *env)
        return env;
    return "/usr/share/datasets/fashion-mnist";
}

std::vector<std::string> fashionMnistClassNames()
{
    return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};
}

namespace {

namespace fs = std::filesystem;

/// The first existing file among MNIST's spellings of one split's images or labels file.
std::string findIdxFile(const std::string& dir, Split split, const std::string& what)
{
    const std::vector<std::string> prefixes = split == Split::Train ? std::vector<std::string>{"train"}
                                                                    : std::vector<std::string>{"t10k", "test"};
    const std::string suffix = what == "images" ? "idx3-ubyte" : "idx1-ubyte";
    for (const auto& prefix : prefixes)
        for (const char* sep : {"-", "."})
            for (const char* gz : {".gz", ""}) {
                const std::string path = (fs::path(dir) / (prefix + "-" + what + sep + suffix + gz)).string();
                std::error_code ec;
                if (fs::is_regular_file(path, ec))
                    return path;
            }
    return {};
}

} // namespace

std::vector<std::string> readClassNamesFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot read the class names file '" + path + "'.",
                    "Check the path and its permissions, or give the names as a comma-separated list.");
    std::vector<std::string> names;
    std::string line;
    while (std::getline(in, line)) {
        const size_t begin = line.find_first_not_of(" \t\r");
        if (begin == std::string::npos)
            continue;
        names.push_back(line.substr(begin, line.find_last_not_of(" \t\r") + 1 - begin));
    }
    if (names.empty())
        throw Error(ErrorCode::BadFormat, "The class names file '" + path + "' names no class.",
                    "Write one class name per line, in label order (the name of label 0 first).");
    return names;
}

bool isIdxFolder(const std::string& dir)
{
    return !findIdxFile(dir, Split::Train, "images").empty() || !findIdxFile(dir, Split::Test, "images").empty();
}

Dataset loadIdxFolder(const std::string& dir, Split split, const std::vector<std::string>& fallbackNames)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorCode::FileNotFound, "The IDX folder '" + dir + "' does not exist or is not a folder.",
                    "Give the folder that holds the *-images-idx3-ubyte and *-labels-idx1-ubyte files.");
    const char* splitName = split == Split::Train ? "training" : "test";
    const std::string imagesPath = findIdxFile(dir, split, "images");
    const std::string labelsPath = findIdxFile(dir, split, "labels");
    if (imagesPath.empty() || labelsPath.empty()) {
        const std::string missing = imagesPath.empty() ? "images" : "labels";
        const std::string example = split == Split::Train ? "train-" + missing : "t10k-" + missing;
        throw Error(ErrorCode::FileNotFound,
                    "'" + dir + "' has no IDX " + missing + " file for the " + splitName + " split (looked for " + example + "-idx"
                        + (missing == "images" ? "3" : "1") + "-ubyte, with '.' or '-', plain or .gz, also test-* for the test split).",
                    split == Split::Train ? "Choose the test split (idx:DIR:test) or add the training files."
                                          : "Choose the training split (idx:DIR:train) or add the t10k files.");
    }
    const std::string classesPath = (fs::path(dir) / "classes.txt").string();
    const bool named = fs::is_regular_file(classesPath, ec);
    std::vector<std::string> names = named ? readClassNamesFile(classesPath) : fallbackNames;
    const bool numbered = names.empty();
    Dataset data = readIdx(imagesPath, labelsPath, std::move(names));
    // Without names, as many classes as the labels use (readIdx alone assumes MNIST's ten), so a
    // model trained on a 3-class folder gets 3 outputs.
    if (numbered && data.size() > 0)
        data.classNames.resize(size_t(data.labels.max().item<int64_t>() + 1));
    return data;
}

Dataset loadFashionMnist(Split split, const std::string& dir)
{
    if (!isIdxFolder(dir))
        throw Error(ErrorCode::FileNotFound, "Fashion-MNIST is not in '" + dir + "' (no *-images-idx3-ubyte file there).",
                    "Install it with 'apt-get install dataset-fashion-mnist' or set PRIVATESNN_FASHION_MNIST to its folder.");
    return loadIdxFolder(dir, split, fashionMnistClassNames());
}

} // namespace psnn
