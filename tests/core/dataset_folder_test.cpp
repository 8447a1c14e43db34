// SPDX-License-Identifier: GPL-3.0-or-later
#include "expect_error.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/dataset.h"
#include "privatesnn/error.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>

using psnn::ErrorCode;
using psnn::test::expectError;
using psnn::test::TempDir;

namespace {

namespace fs = std::filesystem;

void put32(std::vector<uint8_t>& out, uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(uint8_t(value >> shift));
}

void chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& data)
{
    put32(out, uint32_t(data.size()));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put32(out, uint32_t(crc32(0, out.data() + start, uInt(out.size() - start))));
}

/// A minimal PNG encoder, so that the tests write images without the library under test.
/// samples: rows of interleaved grey / grey+alpha / RGB / RGBA values, big-endian when 16-bit.
std::vector<uint8_t> png(int width, int height, int channels, const std::vector<uint8_t>& samples, int bitDepth = 8)
{
    static const uint8_t colourType[] = {0, 0, 4, 2, 6};
    std::vector<uint8_t> header;
    put32(header, uint32_t(width));
    put32(header, uint32_t(height));
    header.insert(header.end(), {uint8_t(bitDepth), colourType[channels], 0, 0, 0});
    const size_t rowBytes = size_t(width) * size_t(channels) * size_t(bitDepth / 8);
    std::vector<uint8_t> raw;
    for (int y = 0; y < height; ++y) {
        raw.push_back(0); // filter: none
        raw.insert(raw.end(), samples.begin() + long(y * rowBytes), samples.begin() + long((y + 1) * rowBytes));
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::vector<uint8_t> packed(packedSize);
    compress(packed.data(), &packedSize, raw.data(), uLong(raw.size()));
    packed.resize(packedSize);
    std::vector<uint8_t> file{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    chunk(file, "IHDR", header);
    chunk(file, "IDAT", packed);
    chunk(file, "IEND", {});
    return file;
}

/// An image of one colour (channels values) everywhere.
std::vector<uint8_t> solidPng(int width, int height, const std::vector<uint8_t>& colour)
{
    std::vector<uint8_t> samples;
    for (int k = 0; k < width * height; ++k)
        samples.insert(samples.end(), colour.begin(), colour.end());
    return png(width, height, int(colour.size()), samples);
}

void write(const std::string& path, const std::vector<uint8_t>& bytes)
{
    fs::create_directories(fs::path(path).parent_path());
    psnn::test::writeBytes(path, bytes);
}

float norm(int value) { return float(value) / 127.5f - 1.0f; }

} // namespace

TEST(ImageFolder, SortsClassesAndFilesNaturally)
{
    TempDir dir;
    // The grey value tells which file an image came from.
    write(dir.file("cls10/a.png"), solidPng(2, 2, {100}));
    write(dir.file("cls2/img10.png"), solidPng(2, 2, {210}));
    write(dir.file("cls2/img2.png"), solidPng(2, 2, {202}));
    write(dir.file("cls2/IMG1.PNG"), solidPng(2, 2, {201})); // upper-case extension counts too
    write(dir.file("cls1/b.pgm"), {'P', '5', ' ', '1', ' ', '1', ' ', '2', '5', '5', '\n', 50});
    // Hidden files, hidden folders and other files are not part of the set.
    write(dir.file("cls2/.hidden.png"), solidPng(2, 2, {0}));
    write(dir.file("cls2/notes.txt"), {'x'});
    write(dir.file(".cache/c.png"), solidPng(2, 2, {0}));

    const psnn::Dataset data = psnn::readImageFolder(dir.path(), 1, 2, 2);
    EXPECT_EQ(data.classNames, (std::vector<std::string>{"cls1", "cls2", "cls10"}));
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{5, 1, 2, 2}));
    const std::vector<int> values{50, 201, 202, 210, 100};
    const std::vector<int64_t> labels{0, 1, 1, 1, 2};
    for (size_t i = 0; i < values.size(); ++i) {
        EXPECT_NEAR(data.images[long(i)][0][1][1].item<float>(), norm(values[i]), 1e-6f) << "image " << i;
        EXPECT_EQ(data.labels[long(i)].item<int64_t>(), labels[i]) << "image " << i;
    }
    EXPECT_EQ(data.labels.scalar_type(), at::kLong);
    EXPECT_EQ(data.source, dir.path());
}

TEST(ImageFolder, ReadsColourAsRgb)
{
    TempDir dir;
    write(dir.file("red/r.png"), solidPng(3, 2, {255, 0, 0}));
    write(dir.file("red/ra.png"), solidPng(3, 2, {255, 0, 0, 128})); // alpha is dropped
    write(dir.file("red/r.ppm"), {'P', '6', ' ', '1', ' ', '1', ' ', '2', '5', '5', '\n', 255, 0, 0});
    const psnn::Dataset data = psnn::readImageFolder(dir.path(), 3, 2, 3);
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{3, 3, 2, 3}));
    for (int64_t i = 0; i < 3; ++i) {
        EXPECT_TRUE(at::all(data.images[i][0] == 1.0f).item<bool>()) << "image " << i;
        EXPECT_TRUE(at::all(data.images[i][1] == -1.0f).item<bool>()) << "image " << i;
        EXPECT_TRUE(at::all(data.images[i][2] == -1.0f).item<bool>()) << "image " << i;
    }
}

TEST(ImageFolder, ConvertsBetweenGreyAndColour)
{
    TempDir dir;
    write(dir.file("a/grey.png"), solidPng(2, 2, {60}));
    write(dir.file("a/red.png"), solidPng(2, 2, {255, 0, 0}));
    const psnn::Dataset colour = psnn::readImageFolder(dir.path(), 3);
    ASSERT_EQ(colour.images.sizes(), (at::IntArrayRef{2, 3, 2, 2}));
    for (int c = 0; c < 3; ++c)
        EXPECT_TRUE(at::all(colour.images[0][c] == norm(60)).item<bool>()) << "channel " << c;
    const psnn::Dataset grey = psnn::readImageFolder(dir.path(), 1);
    ASSERT_EQ(grey.images.sizes(), (at::IntArrayRef{2, 1, 2, 2}));
    EXPECT_NEAR(grey.images[0][0][0][0].item<float>(), norm(60), 1e-6f);
    // ITU-R 601 luma of pure red: 0.299 * 255 = 76.2 (red, not blue, weighs 0.299).
    EXPECT_NEAR(grey.images[1][0][0][0].item<float>(), norm(76), 1.5f / 127.5f);
}

TEST(ImageFolder, ScalesSixteenBitImages)
{
    TempDir dir;
    write(dir.file("a/deep.png"), png(2, 1, 1, {0xff, 0xff, 0x00, 0x00}, 16));
    const psnn::Dataset data = psnn::readImageFolder(dir.path(), 1);
    EXPECT_FLOAT_EQ(data.images[0][0][0][0].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(data.images[0][0][0][1].item<float>(), -1.0f);
}

TEST(ImageFolder, ResizesToTheRequestedSize)
{
    TempDir dir;
    write(dir.file("a/small.png"), solidPng(4, 4, {10, 20, 30}));
    write(dir.file("b/large.png"), solidPng(8, 6, {200, 100, 50}));
    const psnn::Dataset data = psnn::readImageFolder(dir.path(), 3, 5, 3);
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{2, 3, 5, 3}));
    // Solid colours stay exact whichever way they are scaled.
    EXPECT_TRUE(at::all(data.images[0][0] == norm(10)).item<bool>());
    EXPECT_TRUE(at::all(data.images[0][2] == norm(30)).item<bool>());
    EXPECT_TRUE(at::all(data.images[1][0] == norm(200)).item<bool>());
    EXPECT_TRUE(at::all(data.images[1][1] == norm(100)).item<bool>());
}

TEST(ImageFolder, RejectsSizeMismatchWithoutRequestedSize)
{
    TempDir dir;
    write(dir.file("a/1.png"), solidPng(4, 4, {1}));
    write(dir.file("b/2.png"), solidPng(5, 4, {1}));
    const auto e = expectError([&] { psnn::readImageFolder(dir.path(), 1); }, ErrorCode::ShapeMismatch,
                               {dir.file("b/2.png"), "5x4", dir.file("a/1.png"), "4x4"});
    EXPECT_NE(e.hint().find("size"), std::string::npos) << e.hint();
}

TEST(ImageFolder, RejectsCorruptImages)
{
    TempDir dir;
    write(dir.file("a/ok.png"), solidPng(2, 2, {1}));
    write(dir.file("a/zz.png"), {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'});
    expectError([&] { psnn::readImageFolder(dir.path(), 1); }, ErrorCode::BadFormat, {dir.file("a/zz.png")});
    // A PNG cut short inside its compressed data (noise, so that the data is long).
    std::vector<uint8_t> noise(64 * 64 * 3);
    uint32_t state = 1;
    for (uint8_t& v : noise)
        v = uint8_t((state = state * 1664525u + 1013904223u) >> 24);
    auto cut = png(64, 64, 3, noise);
    cut.resize(cut.size() / 2);
    write(dir.file("a/zz.png"), cut);
    expectError([&] { psnn::readImageFolder(dir.path(), 3); }, ErrorCode::BadFormat, {dir.file("a/zz.png")});
}

TEST(ImageFolder, RejectsEmptyClassFolder)
{
    TempDir dir;
    write(dir.file("a/ok.png"), solidPng(2, 2, {1}));
    write(dir.file("b/readme.txt"), {'x'});
    expectError([&] { psnn::readImageFolder(dir.path(), 1); }, ErrorCode::BadFormat, {dir.file("b"), "no images"});
}

TEST(ImageFolder, RejectsBadRootsAndArguments)
{
    TempDir dir;
    const std::string missing = dir.file("missing");
    expectError([&] { psnn::readImageFolder(missing, 3); }, ErrorCode::FileNotFound, {missing});
    write(dir.file("flat.png"), solidPng(2, 2, {1}));
    expectError([&] { psnn::readImageFolder(dir.path(), 3); }, ErrorCode::BadFormat, {dir.path(), "no class sub-folders"});
    expectError([&] { psnn::readImageFolder(dir.file("flat.png"), 3); }, ErrorCode::FileUnreadable, {dir.file("flat.png")});
    write(dir.file("a/x.png"), solidPng(2, 2, {1}));
    expectError([&] { psnn::readImageFolder(dir.path(), 2); }, ErrorCode::InvalidArgument, {"2"});
    expectError([&] { psnn::readImageFolder(dir.path(), 3, 32, 0); }, ErrorCode::InvalidArgument, {"0x32"});
}

TEST(ImageFolder, ReadsTinyImageNetLayout)
{
    TempDir dir;
    // Tiny-ImageNet's pictures are JPEGs; OpenCV picks the decoder from the content, so PNG data
    // under the .JPEG name exercises the same folder logic.
    write(dir.file("n02/images/n02_0.JPEG"), solidPng(4, 4, {0, 0, 255}));
    write(dir.file("n02/n02_boxes.txt"), {'x'});
    write(dir.file("n01/images/n01_1.JPEG"), solidPng(4, 4, {0, 255, 0}));
    write(dir.file("n01/images/n01_0.JPEG"), solidPng(4, 4, {255, 0, 0}));
    write(dir.file("n01/n01_boxes.txt"), {'x'});
    const psnn::Dataset data = psnn::readImageFolder(dir.path(), 3);
    EXPECT_EQ(data.classNames, (std::vector<std::string>{"n01", "n02"}));
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{3, 3, 4, 4}));
    EXPECT_EQ(data.labels[0].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[2].item<int64_t>(), 1);
    EXPECT_FLOAT_EQ(data.images[0][0][0][0].item<float>(), 1.0f); // n01_0: red
    EXPECT_FLOAT_EQ(data.images[1][1][0][0].item<float>(), 1.0f); // n01_1: green
    EXPECT_FLOAT_EQ(data.images[2][2][0][0].item<float>(), 1.0f); // n02_0: blue
}

namespace {

/// A model taking grey 2 x 2 images with these class names (loadDataSpec only reads its input and names).
psnn::Network greyModel(std::vector<std::string> classNames)
{
    psnn::Network net;
    net.input.channels = 1;
    net.input.height = 2;
    net.input.width = 2;
    net.info.classNames = std::move(classNames);
    return net;
}

} // namespace

TEST(ImageFolderSpec, FoldersNamedAfterTheModelsClassesGetTheModelsLabels)
{
    TempDir dir;
    // Sorted, the folders would be bag = 0, Shirt = 1, trouser = 2; the model counts shirt, trouser, bag.
    write(dir.file("bag/a.png"), solidPng(2, 2, {10}));
    write(dir.file("Shirt/b.png"), solidPng(2, 2, {20}));
    write(dir.file("trouser/c.png"), solidPng(2, 2, {30}));
    const std::vector<std::string> names{"shirt", "trouser", "bag"};
    const psnn::Dataset data = psnn::loadDataSpec(dir.path(), greyModel(names));
    EXPECT_EQ(data.classNames, names);
    ASSERT_EQ(data.size(), 3);
    for (int64_t i = 0; i < 3; ++i) {
        const int grey = int(std::lround((data.images[i][0][0][0].item<float>() + 1.0f) * 127.5f));
        const int64_t expected = grey == 10 ? 2 : grey == 20 ? 0 : 1; // bag, shirt, trouser
        EXPECT_EQ(data.labels[i].item<int64_t>(), expected) << "image of grey " << grey;
    }
    EXPECT_NE(data.source.find("labels matched by name to 3 of the model's 3 classes"), std::string::npos)
        << data.source;
}

TEST(ImageFolderSpec, FoldersNotNamedAfterTheClassesAreRefusedUnlessTakenAsIs)
{
    TempDir dir;
    write(dir.file("b/a.png"), solidPng(2, 2, {10}));
    write(dir.file("a/b.png"), solidPng(2, 2, {20}));
    // One folder matching and one not used to fall back to sorted labels for both, with a warning.
    const auto e = expectError(
        [&] {
            psnn::loadDataSpec(dir.path(), greyModel({"b", "coat"}));
        },
        ErrorCode::ShapeMismatch, {"'a'", "'coat'"});
    EXPECT_NE(e.hint().find("--class-map"), std::string::npos) << e.hint();
    EXPECT_NE(e.hint().find("--labels-as-is"), std::string::npos) << e.hint();
    psnn::DataConversion asIs;
    asIs.labels.asIs = true;
    const psnn::Dataset data = psnn::loadDataSpec(dir.path(), greyModel({"b", "coat"}), 0, 0, asIs);
    EXPECT_EQ(data.labels[0].item<int64_t>(), 0); // a/b.png: folder a sorts first
    EXPECT_EQ(data.labels[1].item<int64_t>(), 1);
    EXPECT_NE(data.source.find("sorted order"), std::string::npos) << data.source;
    EXPECT_NE(data.source.find("labels as-is"), std::string::npos) << data.source;
}

TEST(ImageFolderSpec, FolderNamesMatchAfterCaseAndSlashNormalisation)
{
    TempDir dir;
    // A folder cannot be called "T-shirt/top": with 9 of 10 Fashion-MNIST names matching, labels used to
    // fall back to sorted order (38 % instead of 93.5 % on the demo).
    const std::vector<std::string> fashion = psnn::fashionMnistClassNames();
    for (size_t k = 0; k < fashion.size(); ++k) {
        std::string folder = fashion[k];
        std::replace(folder.begin(), folder.end(), '/', '_');
        write(dir.file(folder + "/x.png"), solidPng(2, 2, {uint8_t(10 * k)}));
    }
    const psnn::Dataset data = psnn::loadDataSpec(dir.path(), greyModel(fashion));
    ASSERT_EQ(data.size(), 10);
    for (int64_t i = 0; i < 10; ++i) {
        const int grey = int(std::lround((data.images[i][0][0][0].item<float>() + 1.0f) * 127.5f));
        EXPECT_EQ(data.labels[i].item<int64_t>(), grey / 10) << "image of grey " << grey;
    }
}

TEST(ImageFolderSpec, ImagesOfAnotherSizeAreRefusedUnlessResizeIsAsked)
{
    TempDir dir;
    write(dir.file("a/fits.png"), solidPng(2, 2, {10}));
    write(dir.file("a/large.png"), solidPng(3, 4, {10}));
    const auto e = expectError([&] { psnn::loadDataSpec(dir.path(), greyModel({})); }, ErrorCode::ShapeMismatch,
                               {dir.file("a/large.png"), "3x4", "2x2"});
    EXPECT_NE(e.hint().find("--resize"), std::string::npos) << e.hint();
    const psnn::Dataset data = psnn::loadDataSpec(dir.path(), greyModel({}), 0, 0, psnn::DataConversion{true, false});
    EXPECT_EQ(data.images.sizes(), (at::IntArrayRef{2, 1, 2, 2}));
    EXPECT_NE(data.source.find("1 images resized to 2x2"), std::string::npos) << data.source;
}

TEST(ImageFolderSpec, ColourImagesAreRefusedUnlessGrayscaleIsAsked)
{
    TempDir dir;
    write(dir.file("a/grey.png"), solidPng(2, 2, {10}));
    write(dir.file("a/rgb.png"), solidPng(2, 2, {200, 0, 0}));
    const auto e = expectError([&] { psnn::loadDataSpec(dir.path(), greyModel({})); }, ErrorCode::ShapeMismatch,
                               {dir.file("a/rgb.png"), "3 channels", "1 channel"});
    EXPECT_NE(e.hint().find("--grayscale"), std::string::npos) << e.hint();
    EXPECT_EQ(e.hint().find("--resize"), std::string::npos) << e.hint(); // the size fits: only the colour is named
    const psnn::Dataset data = psnn::loadDataSpec(dir.path(), greyModel({}), 0, 0, psnn::DataConversion{false, true});
    EXPECT_EQ(data.images.sizes(), (at::IntArrayRef{2, 1, 2, 2}));
    EXPECT_NE(data.source.find("1 colour images converted to grey"), std::string::npos) << data.source;
}
