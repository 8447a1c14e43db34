// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace psnn::test {

/// Runs run, expects a psnn::Error of code whose what() holds every text in mentions and that has a
/// hint; returns it.
inline psnn::Error expectError(const std::function<void()>& run, ErrorCode code,
                               const std::vector<std::string>& mentions)
{
    try {
        run();
    } catch (const psnn::Error& e) {
        EXPECT_EQ(int(e.code()), int(code)) << e.what();
        for (const std::string& text : mentions)
            EXPECT_NE(std::string(e.what()).find(text), std::string::npos)
                << "'" << text << "' missing in: " << e.what();
        EXPECT_FALSE(e.hint().empty()) << e.what();
        return e;
    }
    ADD_FAILURE() << "no psnn::Error was thrown";
    return psnn::Error(code, "");
}

} // namespace psnn::test
