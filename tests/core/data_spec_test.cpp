// SPDX-License-Identifier: GPL-3.0-or-later
// Data specs for IDX folders (idx:DIR:SPLIT and its aliases) and class names from files and lists.
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "test_support.h"
#include "tiny_models.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

using psnn::ErrorCode;
using psnn::test::TempDir;

namespace {

std::vector<uint8_t> header(uint8_t dims, const std::vector<uint32_t>& sizes)
{
    std::vector<uint8_t> bytes{0, 0, 0x08, dims};
    for (uint32_t s : sizes)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.push_back(uint8_t(s >> shift));
    return bytes;
}

/// n images of 6 x 7 whose first pixel is the image's index (so order can be checked) and labels.
void writeSplit(const std::string& dir, const std::string& prefix, const std::vector<uint8_t>& labels, bool gz,
                const std::string& sep = "-")
{
    const auto n = uint32_t(labels.size());
    std::vector<uint8_t> images = header(3, {n, 6, 7});
    for (uint32_t i = 0; i < n; ++i)
        for (int k = 0; k < 42; ++k)
            images.push_back(uint8_t(k == 0 ? i : (i * 13 + k) % 256));
    std::vector<uint8_t> labelBytes = header(1, {n});
    labelBytes.insert(labelBytes.end(), labels.begin(), labels.end());
    const std::string base = dir + "/" + prefix;
    if (gz) {
        psnn::test::writeGzip(base + "-images" + sep + "idx3-ubyte.gz", images);
        psnn::test::writeGzip(base + "-labels" + sep + "idx1-ubyte.gz", labelBytes);
    } else {
        psnn::test::writeBytes(base + "-images" + sep + "idx3-ubyte", images);
        psnn::test::writeBytes(base + "-labels" + sep + "idx1-ubyte", labelBytes);
    }
}

psnn::Error expectErrorInMessageOrHint(const std::function<void()>& run, ErrorCode code,
                                       const std::vector<std::string>& mentions)
{
    try {
        run();
    } catch (const psnn::Error& e) {
        EXPECT_EQ(int(e.code()), int(code)) << e.what();
        const std::string all = std::string(e.what()) + " | " + e.hint();
        for (const std::string& text : mentions)
            EXPECT_NE(all.find(text), std::string::npos) << "'" << text << "' missing in: " << all;
        EXPECT_FALSE(e.hint().empty()) << e.what();
        return e;
    }
    ADD_FAILURE() << "no psnn::Error was thrown";
    return psnn::Error(code, "");
}

psnn::Network model()
{
    psnn::Network net;
    net.input.height = 6;
    net.input.width = 7;
    return net;
}

} // namespace

TEST(IdxDataSpec, ReadsBothSplitsGzippedOrPlainWithDigitNames)
{
    TempDir dir;
    writeSplit(dir.path(), "train", {3, 1, 4, 1, 5}, true);
    writeSplit(dir.path(), "t10k", {2, 7}, false);
    const psnn::Dataset train = psnn::loadDataSpec("idx:" + dir.path() + ":train", model());
    ASSERT_EQ(train.images.sizes(), (at::IntArrayRef{5, 1, 6, 7}));
    EXPECT_EQ(train.labels[2].item<int64_t>(), 4);
    EXPECT_FLOAT_EQ(train.images[4][0][0][0].item<float>(), 4.0f / 127.5f - 1.0f);
    // Without classes.txt: "0" ... up to the largest label, not MNIST's ten.
    EXPECT_EQ(train.classNames, (std::vector<std::string>{"0", "1", "2", "3", "4", "5"}));
    const psnn::Dataset test = psnn::loadDataSpec("mnist:" + dir.path() + ":test", model());
    ASSERT_EQ(test.size(), 2);
    EXPECT_EQ(test.labels[1].item<int64_t>(), 7);
    EXPECT_EQ(psnn::loadDataSpec(psnn::idxDataSpec(dir.path(), psnn::Split::Test), model()).size(), 2);
}

TEST(IdxDataSpec, ClassNamesComeFromClassesTxtElseFromTheAlias)
{
    TempDir dir;
    writeSplit(dir.path(), "test", {0, 2, 1}, false, "."); // test-images.idx3-ubyte, another common spelling
    const psnn::Dataset fashion = psnn::loadDataSpec("fashion-mnist:" + dir.path() + ":test", model());
    EXPECT_EQ(fashion.classNames, psnn::fashionMnistClassNames());
    psnn::test::writeText(dir.file("classes.txt"), "zero\n  one \n\ntwo\r\n");
    const psnn::Dataset named = psnn::loadDataSpec("idx:" + dir.path() + ":test", model());
    EXPECT_EQ(named.classNames, (std::vector<std::string>{"zero", "one", "two"}));
    psnn::test::writeText(dir.file("classes.txt"), "zero\none\n");
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", model()); },
                               ErrorCode::BadFormat, {"label 2", "2 classes"});
}

TEST(IdxDataSpec, ErrorsNameTheCauseAndTheWayOut)
{
    TempDir dir;
    writeSplit(dir.path(), "train", {1, 2}, true);
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", model()); },
                               ErrorCode::FileNotFound, {dir.path(), "t10k-images", "idx:DIR:train"});
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":validation", model()); },
                               ErrorCode::InvalidArgument, {"validation", ":test"});
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path(), model()); }, ErrorCode::InvalidArgument,
                               {":train"});
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.file("absent") + ":train", model()); },
                               ErrorCode::FileNotFound, {"absent"});
    // A bare IDX folder is not an image folder: say which spec reads it.
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec(dir.path(), model()); }, ErrorCode::InvalidArgument,
                               {"idx:" + dir.path() + ":test"});
    // Images without their labels.
    std::filesystem::remove(dir.file("train-labels-idx1-ubyte.gz"));
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":train", model()); },
                               ErrorCode::FileNotFound, {"labels"});
}

TEST(ClassNames, ListOrFileAndTheCountMustMatchTheModel)
{
    EXPECT_EQ(psnn::parseClassNames("cat, dog ,bird"), (std::vector<std::string>{"cat", "dog", "bird"}));
    TempDir dir;
    psnn::test::writeText(dir.file("names.txt"), "T-shirt, top\nTrouser\n");
    EXPECT_EQ(psnn::parseClassNames(dir.file("names.txt")), (std::vector<std::string>{"T-shirt, top", "Trouser"}));
    expectErrorInMessageOrHint([&] { psnn::parseClassNames("a,,b"); }, ErrorCode::InvalidArgument, {"empty name"});
    psnn::test::writeText(dir.file("empty.txt"), "\n \n");
    expectErrorInMessageOrHint([&] { psnn::parseClassNames(dir.file("empty.txt")); }, ErrorCode::BadFormat,
                               {"names no class"});

    psnn::Network net = psnn::test::trainedBandsTeacher(); // 3 classes
    psnn::applyClassNames(net, {"top", "middle", "bottom"});
    EXPECT_EQ(net.info.classNames[2], "bottom");
    expectErrorInMessageOrHint(
        [&] {
            psnn::applyClassNames(net, {"a", "b"});
        },
        ErrorCode::ShapeMismatch, {"2 class names", "3 classes"});
    EXPECT_EQ(net.info.classNames[2], "bottom"); // unchanged after a refused list
}

namespace {

/// A model of three named classes (loadDataSpec reads only its input and names).
psnn::Network namedModel()
{
    psnn::Network net = model();
    net.info.classNames = {"zero", "one", "two"};
    return net;
}

} // namespace

TEST(LabelMapping, ClassesTxtInAnotherOrderIsMatchedByName)
{
    TempDir dir;
    writeSplit(dir.path(), "t10k", {0, 1, 2, 2}, false);
    // The data's label 0 is "two": taken as numbers, every label would be wrong (0.33 % instead of
    // 91 % on a Fashion-MNIST folder named like this, without a word).
    psnn::test::writeText(dir.file("classes.txt"), "two\nZero\none\n");
    const psnn::Dataset data = psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel());
    EXPECT_EQ(data.labels[0].item<int64_t>(), 2);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 0);
    EXPECT_EQ(data.labels[2].item<int64_t>(), 1);
    EXPECT_EQ(data.classNames, namedModel().info.classNames);
    EXPECT_NE(data.source.find("labels matched by name"), std::string::npos) << data.source;
    // --labels-as-is keeps the numbers, and says so.
    psnn::DataConversion asIs;
    asIs.labels.asIs = true;
    const psnn::Dataset kept = psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel(), 0, 0, asIs);
    EXPECT_EQ(kept.labels[0].item<int64_t>(), 0);
    EXPECT_NE(kept.source.find("labels as-is"), std::string::npos) << kept.source;
}

TEST(LabelMapping, MoreClassesOrAnUnknownNameIsRefusedNamingThem)
{
    TempDir dir;
    writeSplit(dir.path(), "t10k", {0, 1}, false);
    psnn::test::writeText(dir.file("classes.txt"), "zero\none\ntwo\nthree\n");
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel()); },
                               ErrorCode::ShapeMismatch,
                               {"names 4 classes", "only 3", "--class-map", "--labels-as-is"});
    psnn::test::writeText(dir.file("classes.txt"), "zero\nuno\ntwo\n");
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel()); },
                               ErrorCode::ShapeMismatch, {"'uno'", "'one'"});
    // A class map names the model's class of each data label.
    psnn::test::writeText(dir.file("map.txt"), "two\none\nzero\n");
    psnn::DataConversion mapped;
    mapped.labels.classMapFile = dir.file("map.txt");
    const psnn::Dataset data = psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel(), 0, 0, mapped);
    EXPECT_EQ(data.labels[0].item<int64_t>(), 2);
    EXPECT_EQ(data.labels[1].item<int64_t>(), 1);
    EXPECT_NE(data.source.find("class map"), std::string::npos) << data.source;
    psnn::test::writeText(dir.file("bad-map.txt"), "two\nnine\n");
    mapped.labels.classMapFile = dir.file("bad-map.txt");
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel(), 0, 0, mapped); },
                               ErrorCode::InvalidArgument, {"'nine'", "bad-map.txt"});
}

TEST(LabelMapping, UnnamedDataMustStillFitTheModelsClasses)
{
    TempDir dir;
    writeSplit(dir.path(), "t10k", {0, 5}, false); // no classes.txt: labels are all there is
    expectErrorInMessageOrHint([&] { psnn::loadDataSpec("idx:" + dir.path() + ":test", namedModel()); },
                               ErrorCode::ShapeMismatch, {"label 5", "3 classes"});
}
