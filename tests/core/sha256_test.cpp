// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/sha256.h"

#include <gtest/gtest.h>

#include <string>

TEST(Sha256, MatchesFipsVectors)
{
    EXPECT_EQ(psnn::sha256Hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const std::string abc = "abc";
    EXPECT_EQ(psnn::sha256Hex(abc.data(), abc.size()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    EXPECT_EQ(psnn::sha256Hex(two.data(), two.size()), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, IncrementalEqualsOneShot)
{
    std::string text(1000, 'x');
    for (size_t i = 0; i < text.size(); ++i)
        text[i] = char('a' + i % 26);
    psnn::Sha256 hash;
    for (size_t i = 0; i < text.size(); i += 7)
        hash.update(text.data() + i, std::min<size_t>(7, text.size() - i));
    EXPECT_EQ(hash.hexDigest(), psnn::sha256Hex(text.data(), text.size()));
}
