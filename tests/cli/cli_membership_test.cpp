// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn membership as a user meets it: hostile --members / --non-members specs end with exit 2
// naming the cause, and an audit killed with SIGKILL while it trains its reference models keeps the
// finished ones, which the next run reuses.
#include "cli_runner.h"
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/membership_results.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/results.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

namespace psnn {
namespace {

using test::cli;
using test::expectUserError;
using test::Outcome;
using test::slurp;

class Quiet : public PipelineObserver {
public:
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
};

/// The tiny pipeline's lab, and its teacher's training data (bands(60, 1), as trainedBandsTeacher
/// trains it) and held-out data as image folders. Made once for the suite.
struct TinyAuditLab {
    test::TempDir dir;
    std::string lab, members, nonMembers, teacher, evalFolder;
    TinyAuditLab()
    {
        std::filesystem::create_directories(dir.file("inputs"));
        const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.file("inputs"));
        teacher = inputs.teacher;
        evalFolder = inputs.evalFolder;
        Quiet quiet;
        lab = dir.file("lab");
        runPipeline(test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder), lab, quiet);
        const InputSpec spec{1, 8, 8, {0.5}, {0.5}};
        members = dir.file("members");
        nonMembers = dir.file("held-out");
        test::writeImageFolder(members, test::bands(60, 1), spec);
        test::writeImageFolder(nonMembers, test::bands(60, 5), spec);
    }
};

const TinyAuditLab& tinyLab()
{
    static const TinyAuditLab lab;
    return lab;
}

/// privatesnn membership on the tiny lab with small sizes; an option in `extra` replaces its default.
std::vector<std::string> audit(const std::vector<std::string>& extra)
{
    const TinyAuditLab& t = tinyLab();
    std::vector<std::string> args{"membership", "--lab", t.lab, "--no-report"};
    for (const auto& [option, value] : {std::pair<std::string, std::string>{"--n", "30"},
                                        {"--population", "10"},
                                        {"--pool", "40"},
                                        {"--bootstrap", "50"}})
        if (std::find(extra.begin(), extra.end(), option) == extra.end())
            args.insert(args.end(), {option, value});
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

TEST(CliMembership, HostileMemberSpecsExitTwoNamingTheCause)
{
    const TinyAuditLab& t = tinyLab();
    test::TempDir dir;
    expectUserError(cli(audit({"--members", dir.file("missing"), "--non-members", t.nonMembers})),
                    {dir.file("missing")});
    expectUserError(cli(audit({"--members", t.members, "--non-members", t.members})),
                    {"also in the member data", "disjoint"});
    expectUserError(cli(audit({"--members", t.members})), {"Only --members"});
    expectUserError(cli(audit({"--non-members", t.nonMembers})), {"Only --non-members"});
    expectUserError(cli(audit({"--members", t.members, "--non-members", t.nonMembers, "--n", "600"})),
                    {"class-balanced sample of 600", "Lower --n"});
    expectUserError(cli(audit({"--members", t.members, "--non-members", t.nonMembers, "--population", "500"})),
                    {"500 population samples"});
    // The bands teacher is not the bundled one: its training data must be named.
    expectUserError(cli(audit({})), {"not the bundled one", "--members"});
    // A class folder holding a file that is no image, and an IDX file cut short.
    std::filesystem::create_directories(dir.file("broken/0"));
    std::ofstream(dir.file("broken/0/x.png")) << "not a png";
    expectUserError(cli(audit({"--members", dir.file("broken"), "--non-members", t.nonMembers})), {"x.png"});
    std::filesystem::create_directories(dir.file("idx"));
    std::ofstream(dir.file("idx/train-images-idx3-ubyte"), std::ios::binary)
        << std::string("\0\0\x08\x03\0\0\0\x05", 8);
    std::ofstream(dir.file("idx/train-labels-idx1-ubyte"), std::ios::binary)
        << std::string("\0\0\x08\x01\0\0\0\x05", 8);
    const Outcome idx = cli(audit({"--members", "idx:" + dir.file("idx") + ":train", "--non-members", t.nonMembers}));
    EXPECT_EQ(idx.exitCode, 2) << idx.err;
    EXPECT_NE(idx.err.find("train-images-idx3-ubyte"), std::string::npos) << idx.err;
    expectUserError(cli({"membership", "--lab", dir.file("nolab")}), {"not a lab folder", "privatesnn run"});
}

TEST(CliMembership, AnAuditKilledWhileTrainingReferenceModelsKeepsTheFinishedOnes)
{
    const TinyAuditLab& t = tinyLab();
    test::TempDir dir;
    const std::vector<std::string> args =
        audit({"--members", t.members, "--non-members", t.nonMembers, "--ref-epochs", "300", "--references", "2"});
    const std::string refs = t.lab + "/membership/references";
    std::filesystem::remove_all(t.lab + "/membership");
    const pid_t pid = test::start(args, dir.file("out"), dir.file("err"));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (!std::filesystem::exists(refs + "/ref-0.json") && std::chrono::steady_clock::now() < deadline
           && waitpid(pid, nullptr, WNOHANG) == 0)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    kill(pid, SIGSTOP); // stopped at once, so it cannot finish the second model in between
    const bool midTraining =
        std::filesystem::exists(refs + "/ref-0.json") && !std::filesystem::exists(refs + "/ref-1.json");
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the audit ended before it could be killed: " << slurp(dir.file("err"));
    ASSERT_TRUE(midTraining) << slurp(dir.file("err"));
    const std::string kept = slurp(refs + "/ref-0.psnn");

    std::vector<std::string> again{"--json"};
    again.insert(again.end(), args.begin(), args.end());
    const Outcome o = cli(again);
    ASSERT_EQ(o.exitCode, 0) << o.err;
    const MembershipResults r = membershipResultsFromJson(nlohmann::json::parse(o.out));
    ASSERT_EQ(r.references.size(), 2u);
    EXPECT_TRUE(r.references[0].reused);
    EXPECT_FALSE(r.references[1].reused);
    EXPECT_EQ(slurp(refs + "/ref-0.psnn"), kept) << "a finished reference model was trained again";
    // ANN (logits), SNN and encrypted SNN (membrane, spike counts), three attacks each.
    EXPECT_EQ(r.rows.size(), 15u);
    EXPECT_EQ(r.targets.size(), 3u);
    EXPECT_EQ(r.members, 30);
    for (const char* file : {"membership.json", "summary.csv", "roc.csv", "per_class.csv", "sweep.csv",
                             "comparisons.csv", "references.csv", "scores.csv"})
        EXPECT_TRUE(std::filesystem::exists(t.lab + "/membership/" + file)) << file;
    EXPECT_NE(slurp(t.lab + "/log.txt").find("Membership audit:"), std::string::npos);
    // results.json carries the audit as its typed section, and the pipeline keeps it while the
    // lab's models stay the same.
    const LabResults written = parseLabResults(slurp(t.lab + "/results.json"));
    ASSERT_TRUE(written.membership.has_value());
    EXPECT_EQ(written.membership->rows.size(), 15u);
    EXPECT_EQ(written.membership->auditSha256, r.auditSha256);
    Quiet quiet;
    const PipelineOutcome rerun = runPipeline(test::tinyPipelineConfig(t.teacher, t.evalFolder), t.lab, quiet);
    EXPECT_TRUE(rerun.ran.empty());
    ASSERT_TRUE(rerun.results.membership.has_value());
    EXPECT_EQ(rerun.results.membership->rows.size(), 15u);
}

} // namespace
} // namespace psnn
