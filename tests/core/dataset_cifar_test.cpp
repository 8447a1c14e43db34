// SPDX-License-Identifier: GPL-3.0-or-later
#include "expect_error.h"
#include "privatesnn/dataset.h"
#include "privatesnn/error.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <fstream>
#include <functional>

using psnn::ErrorCode;
using psnn::test::expectError;
using psnn::test::TempDir;

namespace {

constexpr size_t kPixels = 3072;

/// Pixel c, y, x of a record with the given seed; both range ends appear in every record.
uint8_t pixel(int seed, size_t k)
{
    if (k == 0)
        return 0;
    if (k == kPixels - 1)
        return 255;
    return uint8_t((size_t(seed) * 31 + k * 7) % 256);
}

/// One record per entry of labels: the label bytes, then the pixels of seed = first seed + index.
std::vector<uint8_t> records(const std::vector<std::vector<uint8_t>>& labels, int firstSeed)
{
    std::vector<uint8_t> bytes;
    for (size_t r = 0; r < labels.size(); ++r) {
        bytes.insert(bytes.end(), labels[r].begin(), labels[r].end());
        for (size_t k = 0; k < kPixels; ++k)
            bytes.push_back(pixel(firstSeed + int(r), k));
    }
    return bytes;
}

void checkPixels(const at::Tensor& images, int64_t index, int seed)
{
    const at::Tensor image = images[index].contiguous();
    const float* p = image.data_ptr<float>();
    for (size_t k = 0; k < kPixels; ++k)
        ASSERT_NEAR(p[k], float(pixel(seed, k)) / 127.5f - 1.0f, 1e-6f) << "image " << index << " pixel " << k;
    // Planes are R, G, B: the first red and the last blue pixel are the range ends.
    EXPECT_FLOAT_EQ(images[index][0][0][0].item<float>(), -1.0f);
    EXPECT_FLOAT_EQ(images[index][2][31][31].item<float>(), 1.0f);
}

void writeLines(const std::string& path, const std::vector<std::string>& lines)
{
    std::ofstream out(path);
    for (const std::string& line : lines)
        out << line << "\n";
    out << "\n"; // the official meta files end with an empty line
}

} // namespace

TEST(Cifar10, ReadsAndConcatenatesFiles)
{
    TempDir dir;
    const std::string a = dir.file("data_batch_1.bin");
    const std::string b = dir.file("data_batch_2.bin.gz");
    psnn::test::writeBytes(a, records({{3}, {0}}, 0));
    psnn::test::writeGzip(b, records({{9}}, 2));
    const psnn::Dataset data = psnn::readCifar10({a, b});
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{3, 3, 32, 32}));
    EXPECT_EQ(data.images.scalar_type(), at::kFloat);
    ASSERT_EQ(data.labels.scalar_type(), at::kLong);
    EXPECT_EQ(data.labels[0].item<int64_t>(), 3);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[2].item<int64_t>(), 9);
    for (int r = 0; r < 3; ++r)
        checkPixels(data.images, r, r);
    // Record 1 pixel at green (1), row 2, column 5 is byte 1024 + 2 * 32 + 5 of its pixels.
    EXPECT_NEAR(data.images[1][1][2][5].item<float>(), float(pixel(1, 1024 + 69)) / 127.5f - 1.0f, 1e-6f);
    ASSERT_EQ(data.classNames.size(), 10u);
    EXPECT_EQ(data.classNames[0], "class 0");
    EXPECT_EQ(data.classNames[9], "class 9");
    EXPECT_NE(data.source.find(a), std::string::npos);
    EXPECT_NE(data.source.find(b), std::string::npos);
}

TEST(Cifar10, TakesNamesFromBatchesMeta)
{
    TempDir dir;
    const std::vector<std::string> names{"airplane", "automobile", "bird", "cat", "deer",
                                         "dog", "frog", "horse", "ship", "truck"};
    writeLines(dir.file("batches.meta.txt"), names);
    psnn::test::writeBytes(dir.file("test_batch.bin"), records({{1}}, 0));
    EXPECT_EQ(psnn::readCifar10({dir.file("test_batch.bin")}).classNames, names);
}

TEST(Cifar100, ReadsFineAndCoarseLabelsWithNames)
{
    TempDir dir;
    std::vector<std::string> fine;
    std::vector<std::string> coarse;
    for (int c = 0; c < 100; ++c)
        fine.push_back("fine" + std::to_string(c));
    for (int c = 0; c < 20; ++c)
        coarse.push_back("coarse" + std::to_string(c));
    writeLines(dir.file("fine_label_names.txt"), fine);
    writeLines(dir.file("coarse_label_names.txt"), coarse);
    const std::string a = dir.file("train.bin");
    const std::string b = dir.file("test.bin");
    psnn::test::writeBytes(a, records({{4, 99}, {19, 0}}, 5));
    psnn::test::writeBytes(b, records({{0, 42}}, 7));

    const psnn::Dataset data = psnn::readCifar100({a, b});
    ASSERT_EQ(data.images.sizes(), (at::IntArrayRef{3, 3, 32, 32}));
    EXPECT_EQ(data.labels[0].item<int64_t>(), 99);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[2].item<int64_t>(), 42);
    checkPixels(data.images, 0, 5);
    checkPixels(data.images, 1, 6);
    checkPixels(data.images, 2, 7);
    EXPECT_EQ(data.classNames, fine);

    const psnn::Dataset coarseData = psnn::readCifar100({a, b}, false);
    EXPECT_EQ(coarseData.labels[0].item<int64_t>(), 4);
    EXPECT_EQ(coarseData.labels[1].item<int64_t>(), 19);
    EXPECT_EQ(coarseData.labels[2].item<int64_t>(), 0);
    EXPECT_EQ(coarseData.classNames, coarse);
    EXPECT_TRUE(at::equal(coarseData.images, data.images));
}

TEST(Cifar100, GenericNamesWithoutNamesFile)
{
    TempDir dir;
    psnn::test::writeBytes(dir.file("test.bin"), records({{1, 2}}, 0));
    const auto names = psnn::readCifar100({dir.file("test.bin")}).classNames;
    ASSERT_EQ(names.size(), 100u);
    EXPECT_EQ(names[99], "class 99");
    EXPECT_EQ(psnn::readCifar100({dir.file("test.bin")}, false).classNames.size(), 20u);
}

TEST(Cifar10, RejectsSizeThatIsNoWholeNumberOfRecords)
{
    TempDir dir;
    const std::string path = dir.file("data_batch_1.bin");
    auto bytes = records({{1}, {2}}, 0);
    bytes.insert(bytes.end(), 10, 0);
    psnn::test::writeBytes(path, bytes);
    const auto e = expectError([&] { psnn::readCifar10({path}); }, ErrorCode::Truncated,
                               {path, "3073", "10 bytes too many", "3063 too few", "byte offset 6146"});
    EXPECT_NE(e.hint().find("CIFAR-100"), std::string::npos) << e.hint();
    psnn::test::writeBytes(path, std::vector<uint8_t>(100, 1));
    expectError([&] { psnn::readCifar10({path}); }, ErrorCode::Truncated, {path, "shorter than one", "2973 bytes too few"});
}

TEST(Cifar10, SaysWhenGivenACifar100File)
{
    TempDir dir;
    const std::string path = dir.file("train.bin");
    psnn::test::writeBytes(path, records({{1, 2}, {3, 4}, {5, 6}}, 0));
    const auto e = expectError([&] { psnn::readCifar10({path}); }, ErrorCode::BadFormat, {path, "3073", "3074", "CIFAR-100"});
    EXPECT_NE(e.hint().find("CIFAR-100"), std::string::npos) << e.hint();
}

TEST(Cifar100, SaysWhenGivenACifar10File)
{
    TempDir dir;
    const std::string path = dir.file("data_batch_1.bin");
    psnn::test::writeBytes(path, records({{1}, {2}}, 0));
    const auto e = expectError([&] { psnn::readCifar100({path}); }, ErrorCode::BadFormat, {path, "3074", "CIFAR-10 "});
    EXPECT_NE(e.hint().find("CIFAR-10 "), std::string::npos) << e.hint();
}

TEST(Cifar10, RejectsLabelOutOfRange)
{
    TempDir dir;
    const std::string path = dir.file("data_batch_1.bin");
    psnn::test::writeBytes(path, records({{1}, {10}, {2}}, 0));
    expectError([&] { psnn::readCifar10({path}); }, ErrorCode::BadFormat,
                {path, "label 10", "record 1", "byte offset 3073"});
}

TEST(Cifar100, RejectsLabelOutOfRange)
{
    TempDir dir;
    const std::string path = dir.file("train.bin");
    psnn::test::writeBytes(path, records({{1, 2}, {3, 4}, {5, 100}}, 0));
    expectError([&] { psnn::readCifar100({path}); }, ErrorCode::BadFormat,
                {path, "fine label 100", "record 2", "byte offset 6149"});
    psnn::test::writeBytes(path, records({{20, 2}}, 0));
    // The coarse byte is checked even when the fine labels are used.
    expectError([&] { psnn::readCifar100({path}); }, ErrorCode::BadFormat, {path, "coarse label 20", "byte offset 0"});
}

TEST(Cifar10, RejectsEmptyMissingAndNoFiles)
{
    TempDir dir;
    const std::string empty = dir.file("empty.bin");
    psnn::test::writeBytes(empty, {});
    expectError([&] { psnn::readCifar10({empty}); }, ErrorCode::Truncated, {empty, "empty"});
    const std::string missing = dir.file("missing.bin");
    expectError([&] { psnn::readCifar10({missing}); }, ErrorCode::FileNotFound, {missing});
    expectError([&] { psnn::readCifar100({}); }, ErrorCode::InvalidArgument, {"CIFAR-100"});
}
