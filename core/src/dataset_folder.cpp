// SPDX-License-Identifier: GPL-3.0-or-later
// Image-folder data sets: <root>/<class>/<image>, or <root>/<class>/images/<image> as in
// Tiny-ImageNet's train split. Images are decoded with OpenCV.
#include "privatesnn/dataset.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;

/// Natural order: runs of digits compare by value, so cls2 < cls10. The paper's reference code
/// sorted plainly (cls10 < cls2), which gave CIFAR-100 folders scrambled label numbers.
bool naturalLess(const std::string& a, const std::string& b)
{
    size_t i = 0;
    size_t j = 0;
    auto isDigit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            size_t endA = i;
            size_t endB = j;
            while (endA < a.size() && isDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isDigit(b[endB]))
                ++endB;
            // Compare values without converting, so any number of digits works.
            size_t startA = i;
            size_t startB = j;
            while (startA + 1 < endA && a[startA] == '0')
                ++startA;
            while (startB + 1 < endB && b[startB] == '0')
                ++startB;
            const size_t lenA = endA - startA;
            const size_t lenB = endB - startB;
            if (lenA != lenB)
                return lenA < lenB;
            if (const int c = a.compare(startA, lenA, b, startB, lenB); c != 0)
                return c < 0;
            i = endA;
            j = endB;
        } else {
            if (a[i] != b[j])
                return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
            ++i;
            ++j;
        }
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    // Equal up to leading zeros (img01 vs img1): fall back to plain order to stay a strict order.
    return a < b;
}

bool isHidden(const fs::path& path) { return path.filename().string().rfind('.', 0) == 0; }

bool isImageFile(const fs::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    static const char* const known[] = {".png", ".jpg", ".jpeg", ".bmp", ".ppm", ".pgm", ".tif", ".tiff", ".webp"};
    return std::find(std::begin(known), std::end(known), ext) != std::end(known);
}

/// The sub-folders (wantFolders) or image files of folder in natural order; regular files that are
/// not images this reader takes go to `skipped`, so they can be named instead of vanishing.
std::vector<fs::path> listEntries(const fs::path& folder, bool wantFolders, std::vector<fs::path>* skipped = nullptr)
{
    std::vector<fs::path> entries;
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec)
        throw Error(ErrorCode::FileUnreadable, "Cannot list the folder '" + folder.string() + "' (" + ec.message() + ").",
                    "Check the folder's permissions.");
    for (const fs::directory_entry& entry : it) {
        if (isHidden(entry.path()))
            continue;
        std::error_code typeError;
        if (wantFolders ? entry.is_directory(typeError) : (entry.is_regular_file(typeError) && isImageFile(entry.path())))
            entries.push_back(entry.path());
        else if (skipped && !wantFolders && entry.is_regular_file(typeError))
            skipped->push_back(entry.path());
    }
    std::sort(entries.begin(), entries.end(),
              [](const fs::path& a, const fs::path& b) { return naturalLess(a.filename().string(), b.filename().string()); });
    return entries;
}

/// Any bit depth and channel count OpenCV decodes, as 8-bit grey or RGB. sourceChannels: 1 when the
/// file is grey (with or without alpha), 3 when it is colour.
cv::Mat toChannels(cv::Mat image, int channels, const std::string& path, int& sourceChannels)
{
    if (image.depth() == CV_16U)
        image.convertTo(image, CV_8U, 255.0 / 65535.0);
    else if (image.depth() == CV_32F || image.depth() == CV_64F)
        image.convertTo(image, CV_8U, 255.0); // floating-point TIFFs hold [0, 1]
    else if (image.depth() != CV_8U)
        throw Error(ErrorCode::Unsupported, "'" + path + "' uses a pixel type this reader does not handle.",
                    "Convert the image to 8-bit PNG.");
    if (image.channels() == 2) { // grey + alpha: the alpha channel is not part of the picture
        cv::Mat grey;
        cv::extractChannel(image, grey, 0);
        image = grey;
    }
    sourceChannels = image.channels() == 1 ? 1 : 3;
    cv::Mat out;
    // OpenCV decodes colour as BGR(A); networks trained with PIL/torchvision expect RGB.
    if (channels == 1) {
        if (image.channels() == 1)
            out = image;
        else
            cv::cvtColor(image, out, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    } else {
        const int code = image.channels() == 1 ? cv::COLOR_GRAY2RGB
            : image.channels() == 4            ? cv::COLOR_BGRA2RGB
                                               : cv::COLOR_BGR2RGB;
        cv::cvtColor(image, out, code);
    }
    return out;
}

cv::Mat loadImage(const std::string& path, int channels, int& sourceChannels)
{
    cv::Mat image;
    try {
        image = cv::imread(path, cv::IMREAD_UNCHANGED);
        if (!image.empty())
            image = toChannels(image, channels, path, sourceChannels);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' could not be decoded (" + e.msg + ").",
                    "Replace the image or remove it from the folder.");
    }
    if (image.empty()) {
        if (!std::ifstream(path, std::ios::binary))
            throw Error(ErrorCode::FileUnreadable, "Cannot open the image '" + path + "' for reading.",
                        "Check the file's permissions.");
        throw Error(ErrorCode::BadFormat, "'" + path + "' is damaged or not an image format OpenCV can decode.",
                    "Replace the image or remove it from the folder.");
    }
    return image;
}

std::string sizeText(int width, int height) { return std::to_string(width) + "x" + std::to_string(height); }

std::string channelText(int channels) { return channels == 1 ? "1 channel (grey)" : "3 channels (colour)"; }

/// Refuses an image unlike the requested input unless the options allow converting it.
void checkImage(const std::string& path, const cv::Mat& image, int sourceChannels, int channels, int height, int width,
                const ImageFolderOptions& options)
{
    const bool otherSize = height > 0 && (image.rows != height || image.cols != width);
    const bool otherColour = sourceChannels != channels;
    if ((!otherSize || options.resize) && (!otherColour || options.convertColour))
        return;
    std::string hint;
    if (otherSize && !options.resize)
        hint = "Pass --resize to resize every image to " + sizeText(width, height) + ", or use images of that size";
    if (otherColour && !options.convertColour)
        hint += std::string(hint.empty() ? "Pass" : "; pass") + " --grayscale to convert every image to "
            + channelText(channels) + ", or use such images";
    throw Error(ErrorCode::ShapeMismatch,
                "'" + path + "' is " + sizeText(image.cols, image.rows) + " pixels (width x height) with "
                    + channelText(sourceChannels) + ", but the model takes "
                    + (height > 0 ? sizeText(width, height) + " pixels with " : std::string()) + channelText(channels) + ".",
                hint + ".");
}

} // namespace

Dataset readImageFolder(const std::string& root, int channels, int height, int width, const ImageFolderOptions& options)
{
    if (channels != 1 && channels != 3)
        throw Error(ErrorCode::InvalidArgument,
                    "Images can be read with 1 (grey) or 3 (RGB) channels, not " + std::to_string(channels) + ".",
                    "Choose 1 or 3 channels.");
    if (height < 0 || width < 0 || (height == 0) != (width == 0))
        throw Error(ErrorCode::InvalidArgument,
                    "The image size " + sizeText(width, height) + " (width x height) is not valid.",
                    "Give both a positive height and width to resize, or 0 for both to keep the images' own size.");
    std::error_code ec;
    if (!fs::exists(root, ec))
        throw Error(ErrorCode::FileNotFound, "The folder '" + root + "' does not exist.", "Check the path and try again.");
    if (!fs::is_directory(root, ec))
        throw Error(ErrorCode::FileUnreadable, "'" + root + "' is a file, not a folder.",
                    "Choose the folder that holds one sub-folder per class.");

    const std::vector<fs::path> classFolders = listEntries(root, true);
    if (classFolders.empty())
        throw Error(ErrorCode::BadFormat, "The folder '" + root + "' has no class sub-folders.",
                    "Put the images of each class into a sub-folder named after the class.");

    Dataset data;
    data.notes.push_back("labels are the " + std::to_string(classFolders.size())
                         + " sub-folder names in sorted order, starting with '"
                         + classFolders.front().filename().string() + "'");
    std::vector<std::pair<std::string, int64_t>> items;
    std::vector<fs::path> skipped;
    for (size_t f = 0; f < classFolders.size(); ++f) {
        const fs::path& folder = classFolders[f];
        const size_t skippedBefore = skipped.size();
        std::vector<fs::path> files = listEntries(folder, false, &skipped);
        // Tiny-ImageNet keeps a class's pictures in <class>/images next to a bounding-box file.
        if (files.empty() && fs::is_directory(folder / "images", ec)) {
            skipped.resize(skippedBefore); // the bounding-box file belongs to that layout
            files = listEntries(folder / "images", false, &skipped);
        }
        if (files.empty())
            throw Error(ErrorCode::BadFormat, "The class folder '" + folder.string() + "' contains no images.",
                        "Add images (png, jpg, bmp, ppm, pgm, tif or webp) to it or remove the folder.");
        const auto label = int64_t(f);
        data.classNames.push_back(folder.filename().string());
        for (const fs::path& file : files)
            items.emplace_back(file.string(), label);
    }

    const auto n = int64_t(items.size());
    at::Tensor u8;
    std::string firstPath;
    int64_t resized = 0;
    int64_t converted = 0;
    for (int64_t i = 0; i < n; ++i) {
        const std::string& path = items[size_t(i)].first;
        int sourceChannels = channels;
        cv::Mat image = loadImage(path, channels, sourceChannels);
        checkImage(path, image, sourceChannels, channels, height, width, options);
        converted += sourceChannels != channels ? 1 : 0;
        if (height > 0 && (image.rows != height || image.cols != width)) {
            ++resized;
            // INTER_AREA averages when shrinking, so thin lines do not alias away; bilinear to enlarge.
            const int interpolation = image.rows > height || image.cols > width ? cv::INTER_AREA : cv::INTER_LINEAR;
            cv::Mat scaled;
            cv::resize(image, scaled, cv::Size(width, height), 0, 0, interpolation);
            image = scaled;
        }
        if (!u8.defined()) {
            // Without a requested size, the first image fixes it for the whole set.
            u8 = at::empty({n, channels, image.rows, image.cols}, at::kByte);
            firstPath = path;
        } else if (image.rows != u8.size(2) || image.cols != u8.size(3)) {
            throw Error(ErrorCode::ShapeMismatch,
                        "'" + path + "' is " + sizeText(image.cols, image.rows) + " pixels (width x height) but '" + firstPath
                            + "' is " + sizeText(int(u8.size(3)), int(u8.size(2))) + ".",
                        "Pass an image size (height and width) so that every image is resized to it.");
        }
        if (!image.isContinuous())
            image = image.clone();
        const at::Tensor hwc = at::from_blob(image.data, {image.rows, image.cols, channels}, at::kByte);
        u8[i].copy_(hwc.permute({2, 0, 1}));
    }
    data.images = normalizeU8(u8);
    data.labels = at::empty({n}, at::kLong);
    auto labels = data.labels.accessor<int64_t, 1>();
    for (int64_t i = 0; i < n; ++i)
        labels[i] = items[size_t(i)].second;
    data.source = root;
    if (!skipped.empty()) {
        // OpenCV decodes no GIF (animated or not): such files used to be left out without a word.
        std::string kinds;
        for (const fs::path& p : skipped)
            if (kinds.find("'" + p.extension().string() + "'") == std::string::npos)
                kinds += (kinds.empty() ? "'" : ", '") + p.extension().string() + "'";
        data.notes.push_back(std::to_string(skipped.size()) + " files skipped that are not images this reader takes ("
                             + kinds + ", e.g. '" + skipped.front().string()
                             + "'; convert GIFs and other formats to PNG to use them)");
    }
    if (resized > 0)
        data.notes.push_back(std::to_string(resized) + " images resized to " + sizeText(width, height));
    if (converted > 0)
        data.notes.push_back(std::to_string(converted) + (channels == 1 ? " colour images converted to grey"
                                                                          : " grey images converted to RGB"));
    return data;
}

} // namespace psnn
