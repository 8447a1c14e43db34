// SPDX-License-Identifier: GPL-3.0-or-later
// PNG output of attack images and the Fig. 6 style grid (rows = classes, columns = sources).
#include "privatesnn/attacks.h"

#include "privatesnn/attack_grid.h"
#include "privatesnn/error.h"
#include "privatesnn/ratings.h"
#include "privatesnn/sha256.h"

#include <ATen/ATen.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace psnn {
namespace {

/// C x H x W normalised -> 8-bit BGR (grey is replicated so all cells share one format).
cv::Mat toMat(const at::Tensor& image, const InputSpec& spec)
{
    at::Tensor x = image.detach().to(at::kFloat).contiguous();
    if (x.dim() != 3)
        throw Error(ErrorCode::ShapeMismatch, "An image to save must be C x H x W.");
    std::vector<at::Tensor> channels;
    for (int64_t c = 0; c < x.size(0); ++c) {
        const double mean = spec.mean.size() == 1 ? spec.mean[0] : spec.mean.at(size_t(c));
        const double std = spec.std.size() == 1 ? spec.std[0] : spec.std.at(size_t(c));
        channels.push_back(((x[c] * std + mean).clamp(0, 1) * 255).round().to(at::kByte));
    }
    // RGB -> BGR for OpenCV; a single channel is repeated.
    at::Tensor hwc = channels.size() == 1 ? at::stack({channels[0], channels[0], channels[0]}, 2)
                                          : at::stack({channels[2], channels[1], channels[0]}, 2);
    hwc = hwc.contiguous();
    cv::Mat mat(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3, hwc.data_ptr<uint8_t>());
    return mat.clone();
}

void write(const std::string& path, const cv::Mat& mat)
{
    bool ok = false;
    try {
        ok = cv::imwrite(path, mat);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::FileUnwritable, "Could not write the image '" + path + "': " + e.what(),
                    "Check that the folder exists and is writable, and that the name ends in .png.");
    }
    if (!ok)
        throw Error(ErrorCode::FileUnwritable, "Could not write the image '" + path + "'.",
                    "Check that the folder exists and is writable, and that the name ends in .png.");
}

/// "attack 1 (ReLU re-conversion)" + "SNN" -> "attack-1-relu-re-conversion-snn": a file-name stem.
std::string slug(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

} // namespace

void saveRatedImages(const std::string& folder, const std::vector<RatedImages>& sets, const InputSpec& spec)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(folder, ec);
    // The old manifest goes first: a kill in between leaves a folder the rating set skips, never a
    // manifest that names images of another run.
    fs::remove(fs::path(folder) / kAttackImagesManifest, ec);
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".png")
            fs::remove(entry.path(), ec);
    AttackImageManifest manifest;
    for (const RatedImages& set : sets) {
        const at::Tensor labels = set.labels.to(at::kLong).contiguous();
        const std::string stem = slug(set.attack + " " + set.model);
        for (int64_t i = 0; i < set.images.size(0); ++i) {
            char number[32];
            std::snprintf(number, sizeof(number), "-%03lld.png", static_cast<long long>(i));
            const std::string file = stem + number;
            const std::string path = (fs::path(folder) / file).string();
            saveImagePng(path, set.images[i], spec);
            AttackImageEntry entry{file, labels[i].item<int64_t>(), set.attack, set.model, sha256File(path), {}, {}};
            if (size_t(i) < set.judge1.size())
                entry.judge1 = set.judge1[size_t(i)];
            if (size_t(i) < set.judge2.size())
                entry.judge2 = set.judge2[size_t(i)];
            manifest.images.push_back(std::move(entry));
        }
    }
    writeAttackImageManifest((fs::path(folder) / kAttackImagesManifest).string(), manifest);
}

void saveImagePng(const std::string& path, const at::Tensor& image, const InputSpec& spec)
{
    cv::Mat mat = toMat(image, spec);
    if (spec.channels == 1)
        cv::cvtColor(mat, mat, cv::COLOR_BGR2GRAY);
    write(path, mat);
}

void saveAttackGrid(const std::string& path, const std::vector<GridColumn>& columns, const std::vector<int64_t>& classes,
                    const std::vector<std::string>& classNames, const InputSpec& spec, int zoom)
{
    if (columns.empty() || classes.empty())
        throw Error(ErrorCode::InvalidArgument, "An attack grid needs at least one column and one class.");
    zoom = std::max(1, zoom);
    const int cell = int(std::max(spec.height, spec.width)) * zoom;
    const int gap = attack_grid::kGap, header = attack_grid::kHeader, labelWidth = attack_grid::kLabelWidth;
    const int width = labelWidth + int(columns.size()) * (cell + gap);
    const int height = header + int(classes.size()) * (cell + gap);
    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    const auto font = cv::FONT_HERSHEY_SIMPLEX;
    for (size_t c = 0; c < columns.size(); ++c) {
        const int x0 = labelWidth + int(c) * (cell + gap);
        // Titles are shortened to the cell width; the full text is in the caller's legend/JSON.
        std::string title = columns[c].title;
        const double scale = 0.33;
        while (title.size() > 1 && cv::getTextSize(title, font, scale, 1, nullptr).width > cell + gap)
            title.pop_back();
        cv::putText(canvas, title, {x0, header - 10}, font, scale, cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
    }
    for (size_t r = 0; r < classes.size(); ++r) {
        const int y0 = header + int(r) * (cell + gap);
        const int64_t cls = classes[r];
        const std::string name = cls < int64_t(classNames.size()) ? classNames[size_t(cls)] : "class " + std::to_string(cls);
        cv::putText(canvas, name.substr(0, 14), {4, y0 + cell / 2 + 4}, font, 0.4, cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
        for (size_t c = 0; c < columns.size(); ++c) {
            const int x0 = labelWidth + int(c) * (cell + gap);
            const cv::Rect box(x0, y0, cell, cell);
            const GridColumn& col = columns[c];
            at::Tensor hit;
            if (col.images.defined() && col.labels.defined())
                hit = col.labels.eq(cls).nonzero();
            if (!hit.defined() || hit.numel() == 0) {
                canvas(box).setTo(cv::Scalar(200, 200, 200)); // this source has no image of the class
                continue;
            }
            cv::Mat img = toMat(col.images[hit[0][0].item<int64_t>()], spec);
            cv::resize(img, img, {cell, cell}, 0, 0, cv::INTER_NEAREST);
            img.copyTo(canvas(box));
        }
    }
    write(path, canvas);
}

} // namespace psnn
