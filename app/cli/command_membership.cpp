// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn membership: the membership-inference audit of a lab's ANN, converted SNN and encrypted
// SNN (issue 27), into LAB/membership/, then the lab's report with its "Membership inference" section.
#include "commands.h"
#include "report_process.h"
#include "settings_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/error.h"
#include "privatesnn/membership.h"
#include "privatesnn/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

namespace fs = std::filesystem;

struct MembershipOptions {
    LabMembershipOptions audit;
    std::string lab;
    int referenceEpochs = AnnTrainConfig{}.epochs;
    bool noSpikeCounts = false;
    bool noReport = false;
};

std::string interval(double low, double high, int digits = 3)
{
    char text[48];
    std::snprintf(text, sizeof text, "[%.*f, %.*f]", digits, low, digits, high);
    return text;
}

void printText(const MembershipResults& r, const std::string& folder)
{
    std::printf("Members: %lld of %s; non-members: %lld of %s; %lld population samples; %lld reference models "
                "(%lld epochs on %lld pool records each)\n\n",
                (long long)r.members, r.membersSource.c_str(), (long long)r.nonMembers, r.nonMembersSource.c_str(),
                (long long)r.population, (long long)r.referenceCount, (long long)r.referenceEpochs,
                (long long)(r.pool / 2));
    std::printf("%-14s %-13s %-6s %6s %16s %6s %22s %22s  %s\n", "target", "readout", "attack", "AUC", "95 % bootstrap",
                "adv.", "TPR@0.1%FPR [exact]", "TPR@1%FPR [exact]", "verdict");
    for (const MembershipRow& row : r.rows) {
        const MembershipOperatingPoint& a = row.operatingPoints.at(0);
        const MembershipOperatingPoint& b = row.operatingPoints.at(1);
        char low[40], one[40];
        std::snprintf(low, sizeof low, "%.2f%% [%.2f, %.2f]%s", a.tpr * 100, a.tprLow * 100, a.tprHigh * 100,
                      a.resolved ? "" : "*");
        std::snprintf(one, sizeof one, "%.2f%% [%.2f, %.2f]", b.tpr * 100, b.tprLow * 100, b.tprHigh * 100);
        std::printf("%-14s %-13s %-6s %6.3f %16s %6.3f %22s %22s  %s\n", row.target.c_str(), row.readout.c_str(),
                    row.attack.c_str(), row.auc, interval(row.aucLow, row.aucHigh).c_str(), row.advantage, low, one,
                    membershipVerdictText(row.verdict).c_str());
    }
    const int64_t allowed = r.rows.empty() ? 0 : r.rows.front().operatingPoints.at(0).falsePositivesAllowed;
    std::printf("\nTPR at 0.1 %% FPR allows %lld false positives among %lld non-members%s.\n", (long long)allowed,
                (long long)r.nonMembers,
                allowed < 1 ? " (* too few non-members to resolve 0.1 %: it needs at least 1,000)" : "");
    for (const MembershipComparison& c : r.comparisons)
        std::printf("%s: AUC %s -> %s %+.3f, 95 %% paired bootstrap %s\n", c.attack.c_str(), c.from.c_str(),
                    c.to.c_str(), c.aucDifference, interval(c.low, c.high).c_str());
    for (const MembershipTarget& t : r.targets)
        std::printf("%s: %s (%s)\n", t.name.c_str(), membershipVerdictText(t.verdict).c_str(), t.verdictReason.c_str());
    for (const std::string& note : r.notes)
        std::printf("Note: %s\n", note.c_str());
    std::printf("\nWall time %.0f s (reference training %.0f s), CPU time %.0f s. Files: %s/\n", r.seconds,
                r.referenceSeconds, r.cpuSeconds, folder.c_str());
}

void runMembership(const MembershipOptions& o, const GlobalOptions& global)
{
    const int threads = configureThreads(global.threads);
    LabMembershipOptions options = o.audit;
    options.config.references.training.epochs = o.referenceEpochs;
    options.config.references.training.seed = options.config.seed;
    options.config.sampling.seed = options.config.seed;
    options.config.spikeCounts = !o.noSpikeCounts;
    if (!global.quiet)
        std::fprintf(
            stderr, "Membership audit of %s: %lld members and as many non-members, %d reference models, %d threads\n",
            o.lab.c_str(), (long long)options.config.sampling.perSet, options.config.references.count, threads);
    TerminalProgress progress("membership", global.quiet);
    const MembershipAudit audit = auditLab(o.lab, options, progress);
    progress.finish();
    const MembershipResults& r = audit.results;
    const std::string lab = fs::absolute(o.lab).lexically_normal().string();
    std::error_code ec;
    if (!o.noReport && fs::is_regular_file(fs::path(lab) / "results.json", ec)) {
        try {
            writeReportInProcess(lab, lab + "/report");
        } catch (const ReportError& e) {
            throw Error(ErrorCode::FileUnwritable,
                        std::string("The audit is written but the report could not be: ") + e.what(),
                        "Fix the cause and run 'privatesnn run --lab " + lab
                            + "': it rewrites the report with this audit and recomputes nothing finished.");
        }
    }
    if (global.json)
        std::cout << toJson(r).dump(1) << "\n";
    else
        printText(r, lab + "/membership");
}

} // namespace

void addMembershipCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<MembershipOptions>();
    CLI::App* cmd = app.add_subcommand("membership",
                                       "Membership-inference audit of a lab's ANN, converted and encrypted SNN: "
                                       "loss attack, offline LiRA and RMIA, ROC, AUC and TPR at low FPR");
    cmd->add_option("--lab", o->lab, "The lab to audit (made by privatesnn run)")->required();
    cmd->add_option("--members", o->audit.membersSpec,
                    std::string("The teacher's training data (default for the bundled teacher: fashion-mnist:train): ")
                        + kDataSpecHelp);
    cmd->add_option("--non-members", o->audit.nonMembersSpec,
                    "Held-out data the teacher never saw (default for the bundled teacher: fashion-mnist:test)");
    cmd->add_option("--n", o->audit.config.sampling.perSet,
                    "Members audited, and as many non-members (class-balanced, seeded)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--population", o->audit.config.sampling.population,
                    "RMIA's population samples z, from the held-out data")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--pool", o->audit.config.sampling.pool,
                    "Records the reference models are trained on (each on one half)")
        ->check(wholeFrom(2))
        ->capture_default_str();
    cmd->add_option("--references", o->audit.config.references.count, "Reference models K (LiRA needs 2)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--ref-epochs", o->referenceEpochs,
                    "Training epochs of each reference model (train-ann's recipe otherwise)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--repeats", o->audit.config.repeats, "Poisson queries averaged per record (SNNs)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--sweep", o->audit.config.sweepPoints, "Points of the T sweep (SNNs), evenly spaced up to T")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--targets", o->audit.targets, "Which of the lab's models to attack")
        ->delimiter(',')
        ->check(CLI::IsMember({"ann", "snn", "encrypted"}))
        ->capture_default_str();
    cmd->add_flag("--no-spike-counts", o->noSpikeCounts,
                  "Attack only the SNNs' summed output membrane, not their spike counts");
    cmd->add_option("--rmia-a", o->audit.config.rmiaA, "Offline RMIA's a (Pr_IN ~ a Pr_OUT + 1 - a)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_option("--rmia-gamma", o->audit.config.rmiaGamma, "RMIA's gamma")
        ->check(positiveFinite())
        ->capture_default_str();
    cmd->add_option("--bootstrap", o->audit.config.bootstrap, "Bootstrap resamples of the AUC interval")
        ->check(wholeFrom(2))
        ->capture_default_str();
    cmd->add_option("--alpha", o->audit.config.alpha, "1 - confidence of every interval")
        ->check(CLI::Range(1e-6, 0.5))
        ->capture_default_str();
    cmd->add_option("--batch", o->audit.config.batch, "Records per batch")->check(wholeFrom(1))->capture_default_str();
    cmd->add_option("--seed", o->audit.config.seed, "Seed of the samples, the reference models and the Poisson draws")
        ->capture_default_str();
    cmd->add_flag("--resize", o->audit.conversion.resize,
                  "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->audit.conversion.grayscale,
                  "Convert an image folder's images to the model's channel count");
    addLabelOptions(cmd, o->audit.conversion.labels);
    cmd->add_flag("--no-report", o->noReport, "Do not rewrite the lab's report afterwards");
    cmd->callback([o, &global] { runMembership(*o, global); });
}

} // namespace psnn::cli
