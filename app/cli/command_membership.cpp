// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn membership: the membership-inference audit of a lab's ANN, converted SNN and encrypted
// SNN (issue 27), into LAB/membership/, then the lab's report with its "Membership inference" section.
#include "commands.h"
#include "report_process.h"
#include "settings_options.h"
#include "terminal_progress.h"
#include "validators.h"

#include "privatesnn/archive.h"
#include "privatesnn/data_spec.h"
#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/membership.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace psnn::cli {
namespace {

namespace fs = std::filesystem;

struct MembershipOptions {
    std::string lab, members, nonMembers;
    std::vector<std::string> targets{"ann", "snn", "encrypted"};
    int referenceEpochs = 4;
    bool noSpikeCounts = false;
    bool noReport = false;
    DataConversion conversion;
    MembershipConfig config;
};

/// The lab's teacher as the lab recorded it: the configured file (or the bundled one) with the
/// SHA-256 lab.json holds, and the class names the lab gave it.
std::pair<Network, std::string> labTeacher(const std::string& lab, const PipelineConfig& config, std::string& sha)
{
    const std::string path = config.teacher.empty() ? findBundled("models/teacher.psnn") : config.teacher;
    const nlohmann::json models = nlohmann::json::parse(Lab::open(lab).modelsJson(), nullptr, false);
    const std::string recorded = models.is_object() && models.contains("teacher") && models["teacher"].is_object()
        ? models["teacher"].value("sha256", std::string())
        : std::string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error(ErrorCode::FileNotFound, "The lab's teacher " + path + " is not there.",
                    "Run 'privatesnn run --lab " + lab + "' once: it finds a moved teacher by its hash and records where it is.");
    sha = sha256File(path);
    if (!recorded.empty() && sha != recorded)
        throw Error(ErrorCode::InvalidArgument, "The teacher at " + path + " is not the one the lab was made with (its SHA-256 differs).",
                    "Put the lab's teacher back, or run the lab again with this teacher (privatesnn run --lab " + lab + " --new).");
    Network net = loadAnyModel(path);
    if (!config.classNames.empty())
        applyClassNames(net, config.classNames);
    return {std::move(net), path};
}

/// A spiking model of the lab when its step finished and the file still has its recorded hash.
std::optional<SpikingModel> labSpikingModel(const Lab& lab, const std::string& step, const std::string& file, std::string& sha,
                                            std::vector<std::string>& notes)
{
    const LabStepRecord* record = lab.record(step);
    std::error_code ec;
    if (!record || !fs::is_regular_file(lab.path(file), ec)) {
        notes.push_back("No " + file + " in the lab (step '" + step + "' has not finished): not audited.");
        return std::nullopt;
    }
    sha = sha256File(lab.path(file));
    const auto it = record->outputs.find(file);
    if (it != record->outputs.end() && it->second != sha)
        throw Error(ErrorCode::InvalidArgument, lab.path(file) + " is not the file step '" + step + "' wrote (its SHA-256 differs).",
                    "Run 'privatesnn run --lab " + lab.folder() + "' to recompute it, or leave it out with --targets.");
    return loadSpikingModel(lab.path(file));
}

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
                (long long)r.population, (long long)r.referenceCount, (long long)r.referenceEpochs, (long long)(r.pool / 2));
    std::printf("%-14s %-13s %-6s %6s %16s %6s %22s %22s  %s\n", "target", "readout", "attack", "AUC", "95 % bootstrap", "adv.",
                "TPR@0.1%FPR [exact]", "TPR@1%FPR [exact]", "verdict");
    for (const MembershipRow& row : r.rows) {
        const MembershipOperatingPoint& a = row.operatingPoints.at(0);
        const MembershipOperatingPoint& b = row.operatingPoints.at(1);
        char low[40], one[40];
        std::snprintf(low, sizeof low, "%.2f%% [%.2f, %.2f]%s", a.tpr * 100, a.tprLow * 100, a.tprHigh * 100, a.resolved ? "" : "*");
        std::snprintf(one, sizeof one, "%.2f%% [%.2f, %.2f]", b.tpr * 100, b.tprLow * 100, b.tprHigh * 100);
        std::printf("%-14s %-13s %-6s %6.3f %16s %6.3f %22s %22s  %s\n", row.target.c_str(), row.readout.c_str(), row.attack.c_str(),
                    row.auc, interval(row.aucLow, row.aucHigh).c_str(), row.advantage, low, one,
                    membershipVerdictText(row.verdict).c_str());
    }
    const int64_t allowed = r.rows.empty() ? 0 : r.rows.front().operatingPoints.at(0).falsePositivesAllowed;
    std::printf("\nTPR at 0.1 %% FPR allows %lld false positives among %lld non-members%s.\n", (long long)allowed,
                (long long)r.nonMembers, allowed < 1 ? " (* too few non-members to resolve 0.1 %: it needs at least 1,000)" : "");
    for (const MembershipTarget& t : r.targets)
        std::printf("%s: %s (%s)\n", t.name.c_str(), membershipVerdictText(t.verdict).c_str(), t.verdictReason.c_str());
    for (const std::string& note : r.notes)
        std::printf("Note: %s\n", note.c_str());
    std::printf("\nWall time %.0f s (reference training %.0f s), CPU time %.0f s. Files: %s/\n", r.seconds, r.referenceSeconds,
                r.cpuSeconds, folder.c_str());
}

void runMembership(const MembershipOptions& o, const GlobalOptions& global)
{
    const int threads = configureThreads(global.threads);
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(o.lab) / "lab.json", ec))
        throw Error(ErrorCode::FileNotFound, "'" + o.lab + "' is not a lab folder (it has no lab.json).",
                    "Make one with 'privatesnn run --lab " + o.lab + "', then audit it.");
    const std::string lab = fs::absolute(o.lab).lexically_normal().string();
    const LabLock lock = LabLock::acquire(lab, currentCommandLine()); // the models must not change under the audit
    const std::optional<PipelineConfig> stored = storedLabConfig(lab);
    if (!stored)
        throw Error(ErrorCode::InvalidArgument, "The lab " + lab + " records no settings, so its teacher is unknown.",
                    "Run 'privatesnn run --lab " + lab + "' first.");
    std::string teacherSha;
    auto [teacher, teacherPath] = labTeacher(lab, *stored, teacherSha);

    std::string membersSpec = o.members, nonMembersSpec = o.nonMembers;
    const bool bundled = teacherSha == sha256File(findBundled("models/teacher.psnn"));
    if (membersSpec.empty() != nonMembersSpec.empty())
        throw Error(ErrorCode::InvalidArgument, std::string("Only ") + (membersSpec.empty() ? "--non-members" : "--members") + " was given.",
                    "Give both: --members the teacher's training data, --non-members held-out data it never saw.");
    if (membersSpec.empty()) {
        if (!bundled)
            throw Error(ErrorCode::InvalidArgument,
                        "The lab's teacher (" + teacherPath + ") is not the bundled one, so its training data is unknown.",
                        "Give --members SPEC (its training data) and --non-members SPEC (held-out data it never saw).");
        membersSpec = "fashion-mnist:train"; // the bundled teacher was trained on the whole training split
        nonMembersSpec = "fashion-mnist:test";
    }
    const Dataset members = loadDataSpec(membersSpec, teacher, 0, 0, o.conversion);
    const Dataset nonMembers = loadDataSpec(nonMembersSpec, teacher, 0, 0, o.conversion);
    MembershipConfig config = o.config;
    config.references.training.epochs = o.referenceEpochs;
    config.references.training.seed = config.seed;
    config.sampling.seed = config.seed;
    config.spikeCounts = !o.noSpikeCounts;
    const MembershipData data = sampleMembershipData(members, nonMembers, teacher.numClasses(), config.sampling);

    const Lab labState = Lab::open(lab);
    std::vector<std::string> notes;
    std::string snnSha, encSha;
    auto wants = [&](const std::string& t) { return std::find(o.targets.begin(), o.targets.end(), t) != o.targets.end(); };
    std::optional<SpikingModel> snn, encrypted;
    if (wants("snn"))
        snn = labSpikingModel(labState, "convert", "snn.psnn", snnSha, notes);
    if (wants("encrypted"))
        encrypted = labSpikingModel(labState, "encrypt", "encrypted.psnn", encSha, notes);
    std::vector<MembershipTargetModel> targets;
    if (wants("ann"))
        targets.push_back({"ANN", teacherPath, teacherSha, &teacher, nullptr});
    if (snn)
        targets.push_back({"SNN", "snn.psnn", snnSha, nullptr, &*snn});
    if (encrypted)
        targets.push_back({"encrypted SNN", "encrypted.psnn", encSha, nullptr, &*encrypted});
    if (!global.quiet)
        std::fprintf(stderr, "Membership audit of %s: %lld members (%s), %lld non-members (%s), %d reference models, %d threads\n",
                     lab.c_str(), (long long)data.members, members.source.c_str(), (long long)data.nonMembers,
                     nonMembers.source.c_str(), config.references.count, threads);

    const std::string folder = lab + "/membership";
    TerminalProgress progress("membership", global.quiet);
    MembershipAudit audit = runMembershipAudit(targets, data, config, folder + "/references", "membership/references/",
                                               teacher.info.classNames, progress);
    progress.finish();
    MembershipResults& r = audit.results;
    r.membersSpec = membersSpec;
    r.nonMembersSpec = nonMembersSpec;
    r.membersSource = members.source;
    r.nonMembersSource = nonMembers.source;
    r.notes.insert(r.notes.begin(), notes.begin(), notes.end());
    writeMembershipFiles(folder, audit);
    labState.log("membership audit: " + std::to_string(r.rows.size()) + " attacks on " + std::to_string(r.targets.size())
                 + " targets written to membership/");

    if (!o.noReport && fs::is_regular_file(fs::path(lab) / "results.json", ec)) {
        try {
            writeReportInProcess(lab, lab + "/report");
        } catch (const ReportError& e) {
            throw Error(ErrorCode::FileUnwritable, std::string("The audit is written but the report could not be: ") + e.what(),
                        "Fix the cause and run the same command again; finished reference models are reused.");
        }
    }
    if (global.json)
        std::cout << membershipResultsToJson(r) << "\n";
    else
        printText(r, folder);
}

} // namespace

void addMembershipCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<MembershipOptions>();
    CLI::App* cmd = app.add_subcommand("membership", "Membership-inference audit of a lab's ANN, converted and encrypted SNN: "
                                                     "loss attack, offline LiRA and RMIA, ROC, AUC and TPR at low FPR");
    cmd->add_option("--lab", o->lab, "The lab to audit (made by privatesnn run)")->required();
    cmd->add_option("--members", o->members,
                    std::string("The teacher's training data (default for the bundled teacher: fashion-mnist:train): ")
                        + kDataSpecHelp);
    cmd->add_option("--non-members", o->nonMembers,
                    "Held-out data the teacher never saw (default for the bundled teacher: fashion-mnist:test)");
    cmd->add_option("--n", o->config.sampling.perSet, "Members audited, and as many non-members (class-balanced, seeded)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--population", o->config.sampling.population, "RMIA's population samples z, from the held-out data")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--pool", o->config.sampling.pool, "Records the reference models are trained on (each on one half)")
        ->check(wholeFrom(2))
        ->capture_default_str();
    cmd->add_option("--references", o->config.references.count, "Reference models K (LiRA needs 2)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--ref-epochs", o->referenceEpochs, "Training epochs of each reference model (train-ann's recipe otherwise)")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--repeats", o->config.repeats, "Poisson queries averaged per record (SNNs)")->check(wholeFrom(1))->capture_default_str();
    cmd->add_option("--sweep", o->config.sweepPoints, "Points of the T sweep (SNNs), evenly spaced up to T")
        ->check(wholeFrom(1))
        ->capture_default_str();
    cmd->add_option("--targets", o->targets, "Which of the lab's models to attack")
        ->delimiter(',')
        ->check(CLI::IsMember({"ann", "snn", "encrypted"}))
        ->capture_default_str();
    cmd->add_flag("--no-spike-counts", o->noSpikeCounts, "Attack only the SNNs' summed output membrane, not their spike counts");
    cmd->add_option("--rmia-a", o->config.rmiaA, "Offline RMIA's a (Pr_IN ~ a Pr_OUT + 1 - a)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_option("--rmia-gamma", o->config.rmiaGamma, "RMIA's gamma")->check(positiveFinite())->capture_default_str();
    cmd->add_option("--bootstrap", o->config.bootstrap, "Bootstrap resamples of the AUC interval")
        ->check(wholeFrom(2))
        ->capture_default_str();
    cmd->add_option("--alpha", o->config.alpha, "1 - confidence of every interval")->check(CLI::Range(1e-6, 0.5))->capture_default_str();
    cmd->add_option("--batch", o->config.batch, "Records per batch")->check(wholeFrom(1))->capture_default_str();
    cmd->add_option("--seed", o->config.seed, "Seed of the samples, the reference models and the Poisson draws")->capture_default_str();
    cmd->add_flag("--resize", o->conversion.resize, "Resize an image folder's images to the model's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->conversion.grayscale, "Convert an image folder's images to the model's channel count");
    addLabelOptions(cmd, o->conversion.labels);
    cmd->add_flag("--no-report", o->noReport, "Do not rewrite the lab's report afterwards");
    cmd->callback([o, &global] { runMembership(*o, global); });
}

} // namespace psnn::cli
