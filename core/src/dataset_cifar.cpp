// SPDX-License-Identifier: GPL-3.0-or-later
// CIFAR-10 / CIFAR-100 binary batches. A record is the label byte(s) followed by 3072 pixel bytes:
// 1024 red, 1024 green, 1024 blue, each plane 32 x 32 row-major, i.e. already C x H x W.
#include "privatesnn/dataset.h"

#include "file_bytes.h"
#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

constexpr size_t kPixelBytes = 3 * 32 * 32;

struct CifarFormat {
    const char* name;        ///< "CIFAR-10" or "CIFAR-100"
    size_t labelBytes;       ///< 1 or 2
    size_t labelIndex;       ///< which label byte becomes the label
    int64_t classes;         ///< for the label in use
    const char* namesFile;   ///< class names next to the data, one a line
    const char* otherName;   ///< the format that is easily confused with this one
    size_t otherRecordBytes;

    size_t recordBytes() const { return labelBytes + kPixelBytes; }
};

/// Non-empty lines of a names file, or nothing when absent or when the count does not fit: a
/// wrong names file must not hide the data, so the generic names are used instead.
std::vector<std::string> readClassNames(const std::string& firstFile, const char* namesFile, int64_t classes)
{
    const auto path = std::filesystem::path(firstFile).parent_path() / namesFile;
    std::ifstream in(path);
    std::vector<std::string> names;
    std::string line;
    while (in && std::getline(in, line)) {
        // The official files end lines with \n but may have been edited on Windows.
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    if (int64_t(names.size()) != classes)
        names.clear();
    if (names.empty())
        for (int64_t c = 0; c < classes; ++c)
            names.push_back("class " + std::to_string(c));
    return names;
}

void checkSize(const std::string& path, size_t size, const CifarFormat& format)
{
    const size_t record = format.recordBytes();
    if (size == 0)
        throw Error(ErrorCode::Truncated, "'" + path + "' is empty; a " + std::string(format.name) + " batch holds "
                        + std::to_string(record) + "-byte records.",
                    "The file is incomplete; copy or download it again.");
    if (size % record == 0)
        return;
    const size_t whole = size / record;
    const size_t extra = size % record;
    const std::string recordText = std::to_string(record) + "-byte " + format.name + " record";
    const std::string sizes = whole == 0
        ? "'" + path + "' is " + std::to_string(size) + " bytes, shorter than one " + recordText + " ("
            + std::to_string(record - extra) + " bytes too few)."
        : "'" + path + "' is " + std::to_string(size) + " bytes, not a whole number of " + recordText + "s: after "
            + std::to_string(whole) + " full records, which end at byte offset " + std::to_string(whole * record)
            + ", there are " + std::to_string(extra) + " bytes too many or " + std::to_string(record - extra) + " too few.";
    // A file of the other CIFAR variant fits its own record size exactly; say so instead of
    // calling it damaged.
    if (size % format.otherRecordBytes == 0)
        throw Error(ErrorCode::BadFormat,
                    sizes + " It is a whole number of " + std::to_string(format.otherRecordBytes) + "-byte "
                        + format.otherName + " records.",
                    "This looks like a " + std::string(format.otherName) + " file; open it as "
                        + format.otherName + ".");
    throw Error(ErrorCode::Truncated, sizes,
                "The file is incomplete or not a " + std::string(format.name) + " binary batch (a "
                    + format.otherName + " file has " + std::to_string(format.otherRecordBytes)
                    + "-byte records); copy it again or choose the right reader.");
}

Dataset readCifar(const std::vector<std::string>& files, const CifarFormat& format,
                  const std::vector<int64_t>& labelLimits, const std::vector<const char*>& labelKinds)
{
    if (files.empty())
        throw Error(ErrorCode::InvalidArgument, "No " + std::string(format.name) + " files were given.",
                    "Choose one or more binary batch files (.bin).");
    const size_t record = format.recordBytes();
    std::vector<uint8_t> pixels;
    std::vector<int64_t> labels;
    std::string source;
    for (const std::string& path : files) {
        const std::vector<uint8_t> bytes = readFileBytes(path);
        checkSize(path, bytes.size(), format);
        const size_t count = bytes.size() / record;
        pixels.reserve(pixels.size() + count * kPixelBytes);
        labels.reserve(labels.size() + count);
        for (size_t r = 0; r < count; ++r) {
            const size_t offset = r * record;
            // Check every label byte, also the unused one: a bad value means the file is not
            // what it claims to be.
            for (size_t k = 0; k < format.labelBytes; ++k) {
                const int64_t label = bytes[offset + k];
                if (label >= labelLimits[k])
                    throw Error(ErrorCode::BadFormat,
                                "'" + path + "' has " + labelKinds[k] + "label " + std::to_string(label) + " in record "
                                    + std::to_string(r) + " (byte offset " + std::to_string(offset + k) + "), outside the "
                                    + std::to_string(labelLimits[k]) + " " + labelKinds[k] + format.name + " classes.",
                                "The file is damaged or is not a " + std::string(format.name) + " batch (a "
                                    + format.otherName + " file needs the " + format.otherName + " reader).");
            }
            labels.push_back(bytes[offset + format.labelIndex]);
            pixels.insert(pixels.end(), bytes.begin() + long(offset + format.labelBytes),
                          bytes.begin() + long(offset + record));
        }
        source += (source.empty() ? "" : ", ") + path;
    }
    const auto n = int64_t(labels.size());
    Dataset data;
    data.images = normalizeU8(at::from_blob(pixels.data(), {n, 3, 32, 32}, at::kByte));
    data.labels = at::from_blob(labels.data(), {n}, at::kLong).clone();
    data.classNames = readClassNames(files.front(), format.namesFile, format.classes);
    data.source = source;
    return data;
}

} // namespace

Dataset readCifar10(const std::vector<std::string>& files)
{
    const CifarFormat format{"CIFAR-10", 1, 0, 10, "batches.meta.txt", "CIFAR-100", 2 + kPixelBytes};
    return readCifar(files, format, {10}, {""});
}

Dataset readCifar100(const std::vector<std::string>& files, bool fine)
{
    const CifarFormat format{"CIFAR-100", 2, fine ? size_t(1) : size_t(0), fine ? 100 : 20,
                             fine ? "fine_label_names.txt" : "coarse_label_names.txt", "CIFAR-10", 1 + kPixelBytes};
    return readCifar(files, format, {20, 100}, {"coarse ", "fine "});
}

} // namespace psnn
