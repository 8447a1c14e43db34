// SPDX-License-Identifier: GPL-3.0-or-later
// `privatesnn attack --preset`: the readable attacker runs from the command line, takes its own
// settings (leakage.attack3.*) and refuses what it cannot do, naming the way out.
#include "cli_runner.h"
#include "hostile_files.h"
#include "test_support.h"

#include "privatesnn/snn_archive.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace psnn {
namespace {

using test::cli;
using test::expectUserError;
using test::Outcome;

TEST(CliAttack, ReadablePresetRunsWithItsOwnSettingsAndRefusesWhatItCannotDo)
{
    test::TempDir dir;
    const std::string snn = dir.file("snn.psnn");
    saveSpikingModel(snn, test::tinyConvSnn());
    const std::vector<std::string> base{"attack", "--snn", snn, "--no-judge", "--restarts", "1", "--iterations", "3"};
    auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return cli(args);
    };
    const Outcome ok = with({"--preset", "readable", "--set", "leakage.attack3.rotate=5", "--out", dir.file("a3")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    const nlohmann::json index = nlohmann::json::parse(test::slurp(dir.file("a3/index.json")));
    EXPECT_EQ(index["preset"], "readable");
    EXPECT_EQ(index["scenario"], 1);

    expectUserError(with({"--preset", "readable", "--scenario", "2", "--out", dir.file("b")}),
                    {"readable preset", "--scenario 2"});
    expectUserError(with({"--preset", "readable", "--set", "leakage.attack1.tv=1", "--out", dir.file("c")}),
                    {"attack --preset readable", "leakage.attack1.tv"});
    expectUserError(
        with({"--preset", "readable", "--set", "leakage.attack3.surrogate_epochs=2", "--out", dir.file("d")}),
        {"synthetic images", "--synthetic"});
    expectUserError(with({"--preset", "readable", "--set", "leakage.attack3.scale=-0.1", "--out", dir.file("e")}),
                    {"leakage.attack3.scale"});
    expectUserError(with({"--strong", "--preset", "readable", "--out", dir.file("f")}), {"--strong"});
}

} // namespace
} // namespace psnn
