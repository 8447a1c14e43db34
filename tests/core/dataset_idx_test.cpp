// SPDX-License-Identifier: GPL-3.0-or-later
#include "expect_error.h"
#include "privatesnn/dataset.h"
#include "privatesnn/error.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>

using psnn::ErrorCode;
using psnn::test::expectError;
using psnn::test::TempDir;

namespace {

std::vector<uint8_t> idxHeader(uint8_t dims, const std::vector<uint32_t>& sizes)
{
    std::vector<uint8_t> bytes{0, 0, 0x08, dims};
    for (uint32_t s : sizes)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(uint8_t(s >> shift));
    return bytes;
}

/// n images of rows x cols with pixel (i, y, x) = (i * 37 + y * 11 + x * 5) % 256, plus the corners
/// of image 0 at 0 and 255 so that both ends of the range are checked.
std::vector<uint8_t> idxImages(uint32_t n, uint32_t rows, uint32_t cols)
{
    std::vector<uint8_t> bytes = idxHeader(3, {n, rows, cols});
    for (uint32_t i = 0; i < n; ++i)
        for (uint32_t y = 0; y < rows; ++y)
            for (uint32_t x = 0; x < cols; ++x)
                bytes.push_back(uint8_t((i * 37 + y * 11 + x * 5) % 256));
    bytes[16] = 0;
    bytes[16 + rows * cols - 1] = 255;
    return bytes;
}

std::vector<uint8_t> idxLabels(const std::vector<uint8_t>& labels)
{
    std::vector<uint8_t> bytes = idxHeader(1, {uint32_t(labels.size())});
    bytes.insert(bytes.end(), labels.begin(), labels.end());
    return bytes;
}

class IdxTest : public ::testing::Test {
protected:
    TempDir dir;
    std::string images = dir.file("images-idx3-ubyte");
    std::string labels = dir.file("labels-idx1-ubyte");
};

void checkValid(const psnn::Dataset& data, const std::vector<uint8_t>& imageBytes)
{
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{3, 1, 4, 5}));
    EXPECT_EQ(data.images.scalar_type(), at::kFloat);
    EXPECT_EQ(data.labels.scalar_type(), at::kLong);
    EXPECT_EQ(data.size(), 3);
    const float* pixels = data.images.data_ptr<float>();
    for (size_t k = 0; k < 3 * 4 * 5; ++k)
        EXPECT_NEAR(pixels[k], float(imageBytes[16 + k]) / 127.5f - 1.0f, 1e-6f) << "pixel " << k;
    EXPECT_FLOAT_EQ(data.images[0][0][0][0].item<float>(), -1.0f);
    EXPECT_FLOAT_EQ(data.images[0][0][3][4].item<float>(), 1.0f);
    EXPECT_EQ(data.labels[0].item<int64_t>(), 7);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[2].item<int64_t>(), 9);
    ASSERT_EQ(data.classNames.size(), 10u);
}

} // namespace

TEST_F(IdxTest, ReadsPlainFiles)
{
    const auto imageBytes = idxImages(3, 4, 5);
    psnn::test::writeBytes(images, imageBytes);
    psnn::test::writeBytes(labels, idxLabels({7, 0, 9}));
    const psnn::Dataset data = psnn::readIdx(images, labels);
    checkValid(data, imageBytes);
    EXPECT_EQ(data.classNames[3], "3");
    EXPECT_EQ(data.source, images);
}

TEST_F(IdxTest, ReadsGzipFilesAndKeepsClassNames)
{
    const auto imageBytes = idxImages(3, 4, 5);
    psnn::test::writeGzip(images + ".gz", imageBytes);
    psnn::test::writeGzip(labels + ".gz", idxLabels({7, 0, 9}));
    std::vector<std::string> names;
    for (int c = 0; c < 10; ++c)
        names.push_back("n" + std::to_string(c));
    const psnn::Dataset data = psnn::readIdx(images + ".gz", labels + ".gz", names);
    checkValid(data, imageBytes);
    EXPECT_EQ(data.classNames, names);
}

TEST_F(IdxTest, RejectsWrongMagic)
{
    auto bytes = idxImages(3, 4, 5);
    bytes[2] = 0x09;
    psnn::test::writeBytes(images, bytes);
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::BadFormat, {images, "byte offset 0"});
}

TEST_F(IdxTest, RejectsSwappedImagesAndLabels)
{
    psnn::test::writeBytes(images, idxImages(3, 4, 5));
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    const auto e = expectError([&] { psnn::readIdx(labels, images); }, ErrorCode::BadFormat, {labels, "byte offset 3", "1 dimensions"});
    EXPECT_NE(e.hint().find("labels file"), std::string::npos) << e.hint();
}

TEST_F(IdxTest, RejectsTruncatedPlainData)
{
    auto bytes = idxImages(3, 4, 5);
    bytes.resize(bytes.size() - 7);
    psnn::test::writeBytes(images, bytes);
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::Truncated,
                {images, "byte offset " + std::to_string(bytes.size()), "60 data bytes"});
}

TEST_F(IdxTest, RejectsTruncatedGzipStream)
{
    // Pseudo-random pixels barely compress, so cutting the file lands inside the deflate data.
    std::vector<uint8_t> bytes = idxHeader(3, {50, 28, 28});
    uint32_t state = 12345;
    for (int k = 0; k < 50 * 28 * 28; ++k) {
        state = state * 1664525u + 1013904223u;
        bytes.push_back(uint8_t(state >> 24));
    }
    const std::string gz = images + ".gz";
    psnn::test::writeGzip(gz, bytes);
    auto compressed = psnn::test::readBytes(gz);
    ASSERT_GT(compressed.size(), 1000u);
    compressed.resize(compressed.size() / 2);
    psnn::test::writeBytes(gz, compressed);
    psnn::test::writeBytes(labels, idxLabels(std::vector<uint8_t>(50, 1)));
    expectError([&] { psnn::readIdx(gz, labels); }, ErrorCode::Truncated, {gz});
}

TEST_F(IdxTest, RejectsTrailingBytes)
{
    auto bytes = idxImages(3, 4, 5);
    bytes.insert(bytes.end(), 5, 0);
    psnn::test::writeBytes(images, bytes);
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::BadFormat, {images, "5 bytes"});
}

TEST_F(IdxTest, RejectsCountMismatch)
{
    psnn::test::writeBytes(images, idxImages(3, 4, 5));
    psnn::test::writeBytes(labels, idxLabels({1, 2}));
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::ShapeMismatch, {images, labels, "3 images", "2 labels"});
}

TEST_F(IdxTest, RejectsLabelOutsideGivenClasses)
{
    psnn::test::writeBytes(images, idxImages(3, 4, 5));
    psnn::test::writeBytes(labels, idxLabels({0, 3, 1}));
    // Label 3 is the second label: header of 8 bytes + 1.
    expectError([&] { psnn::readIdx(images, labels, {"a", "b", "c"}); }, ErrorCode::BadFormat,
                {labels, "label 3", "byte offset 9", "3 classes"});
}

TEST_F(IdxTest, RejectsTruncatedHeader)
{
    auto bytes = idxImages(3, 4, 5);
    bytes.resize(10);
    psnn::test::writeBytes(images, bytes);
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::Truncated, {images, "header"});
    psnn::test::writeBytes(images, {0, 0});
    expectError([&] { psnn::readIdx(images, labels); }, ErrorCode::Truncated, {images, "2 bytes"});
}

TEST_F(IdxTest, RejectsMissingFile)
{
    psnn::test::writeBytes(labels, idxLabels({1, 2, 3}));
    const std::string missing = dir.file("nothing-here");
    expectError([&] { psnn::readIdx(missing, labels); }, ErrorCode::FileNotFound, {missing});
}

TEST(FashionMnist, LoadsInstalledTestAndTrainSplits)
{
    const std::string dir = psnn::fashionMnistDir();
    if (!std::filesystem::exists(dir + "/t10k-images-idx3-ubyte.gz") && !std::filesystem::exists(dir + "/t10k-images-idx3-ubyte"))
        GTEST_SKIP() << "Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)";
    const psnn::Dataset test = psnn::loadFashionMnist(psnn::Split::Test);
    ASSERT_EQ(test.images.sizes(), (at::IntArrayRef{10000, 1, 28, 28}));
    EXPECT_GE(test.images.min().item<float>(), -1.0f);
    EXPECT_LE(test.images.max().item<float>(), 1.0f);
    EXPECT_EQ(test.labels.min().item<int64_t>(), 0);
    EXPECT_EQ(test.labels.max().item<int64_t>(), 9);
    const at::Tensor counts = at::bincount(test.labels, {}, 10);
    for (int c = 0; c < 10; ++c)
        EXPECT_EQ(counts[c].item<int64_t>(), 1000) << "class " << c;
    EXPECT_EQ(test.classNames.size(), 10u);
    EXPECT_EQ(test.classNames, psnn::fashionMnistClassNames());

    const psnn::Dataset train = psnn::loadFashionMnist(psnn::Split::Train);
    EXPECT_EQ(train.size(), 60000);
    EXPECT_EQ(train.labels.size(0), 60000);
}

TEST(FashionMnist, MissingFolderSaysHowToInstall)
{
    TempDir dir;
    const auto e = expectError([&] { psnn::loadFashionMnist(psnn::Split::Test, dir.path()); }, ErrorCode::FileNotFound,
                               {dir.path()});
    EXPECT_NE(e.hint().find("apt-get install dataset-fashion-mnist"), std::string::npos) << e.hint();
}
