// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic set as a folder: 8-bit PNGs, one sub-folder per class (so readImageFolder can read
// it too), and index.json with each image's class, soft label and loss.
#include "privatesnn/error.h"
#include "file_bytes.h"
#include "synthesis_json.h"

#include <ATen/ATen.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace psnn {
namespace {

namespace fs = std::filesystem;

constexpr char kIndexName[] = "index.json";
constexpr char kFormat[] = "privatesnn-synthetic";
constexpr int kSyntheticSetFormatVersion = 1;

at::Tensor channelTensor(const std::vector<double>& values, int64_t channels)
{
    at::Tensor t = at::empty({channels, 1, 1}, at::kFloat);
    for (int64_t c = 0; c < channels; ++c)
        t[c][0][0] = values.size() == 1 ? values[0] : values[size_t(c)];
    return t;
}

/// C x H x W in the model's range to an 8-bit OpenCV image (grey, or BGR as OpenCV writes colour).
cv::Mat toPixels(const at::Tensor& image, const at::Tensor& mean, const at::Tensor& stdDev)
{
    const at::Tensor u8 = (image * stdDev + mean).clamp(0, 1).mul(255).round().to(at::kByte).permute({1, 2, 0}).contiguous();
    const int channels = int(u8.size(2));
    cv::Mat wrapped(int(u8.size(0)), int(u8.size(1)), CV_8UC(channels), u8.data_ptr());
    cv::Mat out;
    if (channels == 3)
        cv::cvtColor(wrapped, out, cv::COLOR_RGB2BGR);
    else
        out = wrapped.clone(); // u8 dies at the end of this function
    return out;
}

void prepareFolder(const fs::path& folder)
{
    std::error_code ec;
    if (fs::exists(folder, ec)) {
        if (!fs::is_directory(folder, ec))
            throw Error(ErrorCode::FileUnwritable, "'" + folder.string() + "' is a file, not a folder.",
                        "Choose a new or empty folder for the synthetic images.");
        // Never scatter images into a folder that holds something else.
        const bool empty = fs::directory_iterator(folder, ec) == fs::directory_iterator();
        if (!empty && !fs::exists(folder / kIndexName, ec))
            throw Error(ErrorCode::FileUnwritable,
                        "The folder '" + folder.string() + "' is not empty and does not hold a synthetic set.",
                        "Choose a new or empty folder, or one written by an earlier synthesis.");
        // Drop the old index first: a crash while writing must not leave it describing new files.
        // The old class folders go too, or readImageFolder would mix stale images into the set.
        fs::remove(folder / kIndexName, ec);
        for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
            if (entry.is_directory() && entry.path().filename().string().rfind("class_", 0) == 0)
                fs::remove_all(entry.path(), ec);
    }
    fs::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorCode::FileUnwritable, "Cannot create the folder '" + folder.string() + "' (" + ec.message() + ").",
                    "Choose a folder you can write to.");
}

nlohmann::json readIndex(const fs::path& indexPath)
{
    std::ifstream in(indexPath, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot open '" + indexPath.string() + "'.", "Check the file's permissions.");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    nlohmann::json index;
    try {
        index = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + indexPath.string() + "' is not valid JSON (" + e.what() + ").",
                    "Synthesize the set again with 'privatesnn synthesize'.");
    }
    if (!index.is_object() || index.value("format", "") != kFormat)
        throw Error(ErrorCode::BadFormat, "'" + indexPath.string() + "' is not a synthetic set index.",
                    "Choose a folder written by 'privatesnn synthesize'.");
    if (index.value("format_version", 0) > kSyntheticSetFormatVersion)
        throw Error(ErrorCode::BadFormat, "'" + indexPath.string() + "' was written by a newer PrivateSNN Lab.",
                    "Update PrivateSNN Lab to read it.");
    return index;
}

} // namespace

std::string syntheticClassFolder(int64_t index, const std::string& name)
{
    std::string clean;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128)
            clean.push_back(char(std::tolower(u)));
        else if (!clean.empty() && clean.back() != '_')
            clean.push_back('_');
    }
    while (!clean.empty() && clean.back() == '_')
        clean.pop_back();
    return "class_" + std::to_string(index) + (clean.empty() ? "" : "_" + clean);
}

bool isSyntheticFolder(const std::string& folder)
{
    std::error_code ec;
    return fs::is_directory(folder, ec) && fs::is_regular_file(fs::path(folder) / kIndexName, ec);
}

void saveSyntheticSet(const SyntheticSet& set, const std::string& folder)
{
    if (set.size() == 0)
        throw Error(ErrorCode::InvalidArgument, "The synthetic set is empty, so there is nothing to save.",
                    "Synthesize at least one batch first.");
    const int64_t channels = set.images.size(1);
    if (channels != 1 && channels != 3)
        throw Error(ErrorCode::Unsupported, "Only grey or RGB images can be saved as PNG, not " + std::to_string(channels) + " channels.",
                    "Keep the set in the project archive instead.");
    const fs::path root(folder);
    prepareFolder(root);
    const at::Tensor mean = channelTensor(set.input.mean, channels);
    const at::Tensor stdDev = channelTensor(set.input.std, channels);
    const at::Tensor images = set.images.detach().to(at::kFloat).contiguous();
    const at::Tensor labels = set.softLabels.detach().to(at::kDouble).contiguous();
    const auto classes = set.classes.to(at::kLong).contiguous();
    const auto losses = set.losses.to(at::kDouble).contiguous();

    nlohmann::json entries = nlohmann::json::array();
    for (int64_t i = 0; i < set.size(); ++i) {
        const int64_t k = classes[i].item<int64_t>();
        const std::string name = k >= 0 && k < int64_t(set.classNames.size()) ? set.classNames[size_t(k)] : std::string();
        const fs::path sub = syntheticClassFolder(k, name);
        std::error_code ec;
        fs::create_directories(root / sub, ec);
        char file[32];
        std::snprintf(file, sizeof(file), "%06lld.png", static_cast<long long>(i));
        const fs::path relative = sub / file;
        bool written = false;
        try {
            written = cv::imwrite((root / relative).string(), toPixels(images[i], mean, stdDev));
        } catch (const cv::Exception& e) {
            throw Error(ErrorCode::FileUnwritable, "Cannot write '" + (root / relative).string() + "' (" + e.msg + ").",
                        "Check the folder's permissions and free space.");
        }
        if (!written)
            throw Error(ErrorCode::FileUnwritable, "Cannot write '" + (root / relative).string() + "'.",
                        "Check the folder's permissions and free space.");
        const double* label = labels[i].data_ptr<double>();
        entries.push_back({{"file", relative.generic_string()}, {"class", k},
                           {"soft_label", std::vector<double>(label, label + labels.size(1))},
                           {"loss", losses[i].item<double>()}});
    }
    nlohmann::json index = syntheticMetaToJson(set);
    index["format"] = kFormat;
    index["format_version"] = kSyntheticSetFormatVersion;
    index["pixels"] = "8-bit PNG, pixel = round(clip(x * std + mean, 0, 1) * 255)";
    index["files"] = entries;
    writeFileAtomically((root / kIndexName).string(), index.dump(1));
}

SyntheticSet loadSyntheticSet(const std::string& folder)
{
    const fs::path root(folder);
    std::error_code ec;
    if (!fs::exists(root / kIndexName, ec))
        throw Error(ErrorCode::FileNotFound, "'" + folder + "' has no " + kIndexName + ", so it is not a synthetic set.",
                    "Choose a folder written by 'privatesnn synthesize', or read it as a plain image folder.");
    const std::string indexPath = (root / kIndexName).string();
    const nlohmann::json index = readIndex(root / kIndexName);
    SyntheticSet set;
    syntheticMetaFromJson(index, set, indexPath);
    const int64_t channels = set.input.channels;
    const auto classes = int64_t(set.classNames.size());
    if (channels != 1 && channels != 3)
        throw Error(ErrorCode::BadFormat, "'" + indexPath + "' describes " + std::to_string(channels) + "-channel images.",
                    "Only grey or RGB synthetic sets are stored as PNG.");
    const auto files = index.value("files", nlohmann::json::array());
    const auto n = int64_t(files.size());
    set.images = at::empty({n, channels, set.input.height, set.input.width}, at::kFloat);
    set.classes = at::empty({n}, at::kLong);
    set.softLabels = at::empty({n, classes}, at::kFloat);
    set.losses = at::empty({n}, at::kFloat);
    const at::Tensor mean = channelTensor(set.input.mean, channels);
    const at::Tensor stdDev = channelTensor(set.input.std, channels);
    for (int64_t i = 0; i < n; ++i) {
        const auto& entry = files[size_t(i)];
        std::string relative;
        int64_t k = -1;
        std::vector<double> label;
        try {
            relative = entry.at("file").get<std::string>();
            k = entry.at("class").get<int64_t>();
            label = entry.at("soft_label").get<std::vector<double>>();
            set.losses[i] = entry.value("loss", 0.0);
        } catch (const nlohmann::json::exception& e) {
            throw Error(ErrorCode::BadFormat, "Entry " + std::to_string(i) + " of '" + indexPath + "' is incomplete (" + e.what() + ").",
                        "Synthesize the set again with 'privatesnn synthesize'.");
        }
        if (k < 0 || k >= classes || int64_t(label.size()) != classes)
            throw Error(ErrorCode::BadFormat, "Entry " + std::to_string(i) + " of '" + indexPath + "' has a class or soft label that does not fit "
                            + std::to_string(classes) + " classes.", "Synthesize the set again with 'privatesnn synthesize'.");
        const std::string path = (root / relative).string();
        cv::Mat image = cv::imread(path, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
        if (image.empty())
            throw Error(ErrorCode::FileUnreadable, "The synthetic image '" + path + "' is missing or cannot be decoded.",
                        "Restore the file or synthesize the set again.");
        if (image.rows != set.input.height || image.cols != set.input.width)
            throw Error(ErrorCode::ShapeMismatch, "'" + path + "' is " + std::to_string(image.cols) + "x" + std::to_string(image.rows)
                            + " but the set's images are " + std::to_string(set.input.width) + "x" + std::to_string(set.input.height) + ".",
                        "Restore the file or synthesize the set again.");
        if (channels == 3)
            cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
        cv::Mat continuous = image.isContinuous() ? image : image.clone();
        const at::Tensor u8 = at::from_blob(continuous.data, {image.rows, image.cols, channels}, at::kByte);
        set.images[i].copy_((u8.permute({2, 0, 1}).to(at::kFloat) / 255 - mean) / stdDev);
        set.classes[i] = k;
        set.softLabels[i].copy_(at::tensor(label, at::kDouble).to(at::kFloat));
    }
    set.source = folder;
    return set;
}

} // namespace psnn
