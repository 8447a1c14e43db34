// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/vgg.h"
#include "test_support.h"

#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include <filesystem>

using namespace psnn;

namespace {

Network sampleNetwork()
{
    Network net = makeVgg(vggPreset("judge"));
    net.info.classNames = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    net.info.sourceSha256 = std::string(64, 'f');
    net.info.created = "2026-01-02T03:04:05Z";
    net.info.testAccuracy = 0.875;
    net.info.testDataset = "unit";
    return net;
}

ErrorCode loadError(const std::string& path)
{
    try {
        loadNetwork(path);
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::InvalidArgument; // "no error" is never the expected outcome below
}

} // namespace

TEST(Archive, NetworkRoundTripKeepsWeightsAndProvenance)
{
    test::TempDir dir;
    const Network net = sampleNetwork();
    saveNetwork(dir.file("m.psnn"), net);
    const Network back = loadNetwork(dir.file("m.psnn"));
    ASSERT_EQ(back.layers.size(), net.layers.size());
    for (size_t i = 0; i < net.layers.size(); ++i) {
        EXPECT_EQ(back.layers[i].kind, net.layers[i].kind);
        EXPECT_EQ(back.layers[i].path, net.layers[i].path);
        EXPECT_EQ(back.layers[i].dropout, net.layers[i].dropout);
        if (net.layers[i].weight.defined()) {
            EXPECT_TRUE(at::equal(back.layers[i].weight, net.layers[i].weight));
        }
        EXPECT_EQ(back.layers[i].bias.defined(), net.layers[i].bias.defined());
    }
    EXPECT_EQ(back.info.classNames, net.info.classNames);
    EXPECT_EQ(back.info.sourceSha256, net.info.sourceSha256);
    EXPECT_EQ(back.info.created, net.info.created);
    ASSERT_TRUE(back.info.testAccuracy.has_value());
    EXPECT_DOUBLE_EQ(*back.info.testAccuracy, 0.875);
    EXPECT_EQ(back.input.height, 28);
    const at::Tensor x = at::rand({2, 1, 28, 28});
    EXPECT_TRUE(at::equal(back.forward(x), net.forward(x)));
    EXPECT_FALSE(std::filesystem::exists(dir.file("m.psnn.part")));
}

TEST(Archive, DetectsTruncationAlterationAndForeignFiles)
{
    test::TempDir dir;
    saveNetwork(dir.file("m.psnn"), sampleNetwork());
    std::vector<uint8_t> bytes = test::readBytes(dir.file("m.psnn"));

    test::writeBytes(dir.file("cut.psnn"), std::vector<uint8_t>(bytes.begin(), bytes.begin() + long(bytes.size() / 2)));
    EXPECT_EQ(loadError(dir.file("cut.psnn")), ErrorCode::BadFormat);

    std::vector<uint8_t> flipped = bytes;
    flipped[bytes.size() / 2] ^= 0x01;
    test::writeBytes(dir.file("flip.psnn"), flipped);
    EXPECT_EQ(loadError(dir.file("flip.psnn")), ErrorCode::BadFormat);

    test::writeBytes(dir.file("text.psnn"), {'h', 'e', 'l', 'l', 'o'});
    EXPECT_EQ(loadError(dir.file("text.psnn")), ErrorCode::BadFormat);

    EXPECT_EQ(loadError(dir.file("missing.psnn")), ErrorCode::FileNotFound);
}

TEST(Archive, ErrorNamesTheFile)
{
    test::TempDir dir;
    test::writeBytes(dir.file("bad.psnn"), std::vector<uint8_t>(100, 7));
    try {
        loadNetwork(dir.file("bad.psnn"));
        FAIL();
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("bad.psnn"), std::string::npos);
        EXPECT_FALSE(e.hint().empty());
    }
}

TEST(Archive, RefusesAnotherArchiveKind)
{
    test::TempDir dir;
    ArchiveData data;
    data.kind = "snn";
    data.meta = nlohmann::json::object();
    writeArchive(dir.file("s.psnn"), data);
    EXPECT_EQ(loadError(dir.file("s.psnn")), ErrorCode::BadFormat);
}
