// SPDX-License-Identifier: GPL-3.0-or-later
// 'privatesnn run': the whole pipeline (synthesize -> convert -> encrypt -> attack -> report) into a
// lab folder, on the bundled teacher and judge unless told otherwise. Re-running resumes.
#include "commands.h"
#include "privatesnn/data_spec.h"
#include "report_process.h"
#include "settings_options.h"
#include "snn_import_options.h"
#include "terminal_progress.h"

#include "i18n.h"

#include "privatesnn/error.h"
#include "privatesnn/membership.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/results.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <fstream>
#include <sstream>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

struct RunOptions {
    std::string configFile;
    std::string lab;
    std::string profile = "demo";
    std::string teacher, snn, judge, secondJudge, evalData, classNames;
    NirImportOptions import; ///< --reset, --dt, ... for --snn
    int64_t evalImages = -1;
    bool evalResize = false;    ///< --resize: only a given flag overrides the lab's stored setting
    bool evalGrayscale = false; ///< --grayscale
    LabelMapping evalLabels;    ///< --labels-as-is, --class-map: only given flags override the lab's stored settings
    bool printConfig = false;
    bool noReport = false;
    bool profileGiven = false; ///< --profile on the command line (not the default)
    std::string rerunFrom;     ///< a step name (CLI11 checks it), converted by stepFromName
    bool fresh = false;        ///< --new
    bool membership = false;   ///< --membership: audit with the bundled teacher's data after the pipeline
    std::string members, nonMembers; ///< --members, --non-members: audit with the auditor's data
    SetOptions set{{}, {""}, "run"};
};

/// One terminal progress bar per step, and a line when it ends.
class TerminalObserver : public PipelineObserver {
public:
    explicit TerminalObserver(bool quiet) : m_quiet(quiet) {}

    ProgressSink& stepStarted(const RunItem& item, int index, int count) override
    {
        m_current = item.name();
        m_label = "[" + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + item.title();
        m_bar = std::make_unique<TerminalProgress>(m_label, m_quiet);
        return *m_bar;
    }
    void stepFinished(const RunItem&, bool skipped, double seconds, const std::string& summary) override
    {
        m_bar->finish();
        if (!m_quiet)
            std::fprintf(stderr, "%s: %s%s\n", m_label.c_str(), summary.c_str(),
                         skipped ? "" : (" (" + std::to_string(int(seconds + 0.5)) + " s)").c_str());
    }
    void note(const std::string& line) override
    {
        if (!m_quiet)
            std::fprintf(stderr, "%s\n", line.c_str());
    }
    const std::string& currentStep() const { return m_current; }

private:
    bool m_quiet;
    std::string m_current, m_label;
    std::unique_ptr<TerminalProgress> m_bar;
};

/// Paths inside a data spec made absolute, so the lab finds them again from another folder.
std::string absoluteDataSpec(const std::string& spec)
{
    namespace fs = std::filesystem;
    for (const char* prefix : {"cifar10:", "cifar100:"}) {
        const std::string p = prefix;
        if (spec.rfind(p, 0) == 0) {
            std::string out = p, file;
            std::stringstream files(spec.substr(p.size()));
            for (bool first = true; std::getline(files, file, ','); first = false)
                out += (first ? "" : ",") + fs::absolute(file).lexically_normal().string();
            return out;
        }
    }
    std::error_code ec;
    return spec.rfind("fashion-mnist:", 0) != 0 && fs::exists(spec, ec) ? fs::absolute(spec).lexically_normal().string() : spec;
}

std::string absolutePath(const std::string& path)
{
    return path.empty() || path == "none" ? path : std::filesystem::absolute(path).lexically_normal().string();
}

/// The lab's own settings when it has any (a re-run resumes it as configured), else the profile's;
/// then the config file, the flags and --set on top.
PipelineConfig effectiveConfig(const RunOptions& o, const std::string& lab, bool quiet)
{
    const std::optional<PipelineConfig> stored = o.fresh ? std::nullopt : storedLabConfig(lab);
    PipelineConfig config = stored && !o.profileGiven ? *stored : profileByName(o.profile);
    if (stored && !o.profileGiven && !quiet)
        std::fprintf(stderr, "%s\n", i18n::fill(i18n::translate("privatesnn", "Resuming the lab '%1' with the settings it was run with (profile '%2')."), {lab, config.profile}).c_str());
    if (!o.configFile.empty())
        config = withConfigFile(config, o.configFile);
    if (!o.teacher.empty())
        config.teacher = absolutePath(o.teacher);
    if (!o.snn.empty())
        config.snn = absolutePath(o.snn);
    const NirImportOptions& i = o.import;
    if (!i.mean.empty() || !i.std.empty() || !i.inputShape.empty())
        throw Error(
            ErrorCode::InvalidArgument,
            "run takes --reset, --input-coding, --readout and --dt for an imported model; its normalisation and "
            "input shape are kept with it in an archive.",
            "Make one first: privatesnn inspect FILE.nir --input-mean ... --out model.psnn, then run --snn "
            "model.psnn.");
    if (i.reset)
        config.snnImport.reset = resetChoiceName(*i.reset);
    if (i.coding)
        config.snnImport.coding = codingName(*i.coding);
    if (i.readout)
        config.snnImport.readout = spikeReadoutName(*i.readout);
    if (i.dt)
        config.snnImport.dt = *i.dt;
    if (!o.judge.empty())
        config.judge = absolutePath(o.judge);
    if (!o.secondJudge.empty())
        config.secondJudge = absolutePath(o.secondJudge);
    if (!o.classNames.empty())
        config.classNames = parseClassNames(o.classNames);
    if (!o.evalData.empty())
        config.evalData = o.evalData == "none" ? std::string() : absoluteDataSpec(o.evalData);
    if (o.evalImages >= 0)
        config.evalImages = o.evalImages;
    if (o.evalResize)
        config.evalResize = true;
    if (o.evalGrayscale)
        config.evalGrayscale = true;
    if (o.evalLabels.asIs)
        config.evalLabelsAsIs = true;
    if (!o.evalLabels.classMapFile.empty())
        config.evalClassMap = absolutePath(o.evalLabels.classMapFile);
    return applySetOptions(config, o.set);
}

/// A flag that changes a data-free input of a finished lab is refused unless --rerun-from or --new
/// says to recompute: hours of work are not thrown away by a forgotten --teacher.
std::optional<Step> checkedRerunFrom(const RunOptions& o, const PipelineConfig& config, const std::string& lab)
{
    if (o.fresh)
        return pipelineSteps().front();
    const std::optional<Step> rerunFrom = o.rerunFrom.empty() ? std::nullopt : stepFromName(o.rerunFrom);
    const LabChanges changes = dataFreeChanges(config, lab);
    if (changes.steps.empty() || !changes.firstStep)
        return rerunFrom;
    const std::string first(stepName(*changes.firstStep));
    if (!rerunFrom && changes.labDisagrees)
        throw Error(ErrorCode::InvalidArgument,
                    "The settings in the lab's lab.json are not those its finished steps were made with "
                    "(lab.json was edited or damaged): "
                        + changes.describe() + ".",
                    "Give the settings the steps were made with again (--config FILE), add --rerun-from " + first
                        + " to recompute from there with these, or --new to start the lab over.");
    if (!rerunFrom)
        throw Error(ErrorCode::InvalidArgument, "The lab '" + lab + "' holds finished work made with other data-free settings: " + changes.describe() + ".",
                    "Run without those flags to resume the lab as it was, add --rerun-from " + first
                        + " to recompute from there, or --new to start the lab over with these settings.");
    if (*rerunFrom > *changes.firstStep)
        throw Error(ErrorCode::InvalidArgument, "--rerun-from " + o.rerunFrom + " is too late: " + changes.describe()
                        + " changes the lab from '" + first + "' on.",
                    "Use --rerun-from " + first + " (or earlier), or --new.");
    return rerunFrom;
}

/// printf's %.*f, for the placeholders of translated lines.
std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof(text), "%.*f", decimals, value);
    return text;
}

/// A leakage verdict in the user's language, with what more images would have to show while it is open.
std::string verdictLine(const LeakageVerdict& v)
{
    using i18n::fill;
    using i18n::translate;
    if (!v.verdict)
        return translate("privatesnn", "not judged");
    const std::string name = *v.verdict == StudyVerdict::Leaks ? translate("privatesnn", "LEAKS")
        : *v.verdict == StudyVerdict::LeaksWithinMargin        ? translate("privatesnn", "leaks within the margin")
        : *v.verdict == StudyVerdict::Protected ? translate("privatesnn", "protected against this attacker budget")
                                                : translate("privatesnn", "inconclusive");
    if (!v.powerTarget)
        return name;
    const std::string images = v.imagesFor80.value_or(0) > 0
        ? fill(translate("privatesnn", "≈ %1 images"), {std::to_string(*v.imagesFor80)})
        : translate("privatesnn", "more than 100000 images");
    return fill(*v.powerTarget == PowerTarget::LeaksBeyondMargin
                    ? translate("privatesnn", "%1 — %2 for 80 % power to show it leaks beyond the margin")
                    : translate("privatesnn", "%1 — %2 for 80 % power to bound it within the margin"),
                {name, images});
}

void printSummary(const LabResults& r, const std::string& lab, const std::vector<std::string>& reportFiles)
{
    using i18n::fill;
    using i18n::translate;
    auto pct = [](std::optional<double> v) { return fixed(v ? *v * 100 : -1.0, 2); };
    std::printf("\n%s\n", fill(translate("privatesnn", "Lab: %1"), {lab}).c_str());
    if (r.accuracy) {
        const AccuracyResults& a = *r.accuracy;
        const std::string images = std::to_string(a.evalImages.value_or(0));
        const std::string steps = std::to_string(a.convertedTimesteps.value_or(0));
        // An imported spiking model has no ANN: its own accuracy stands where the conversion's would.
        std::string line = a.ann
            ? fill(translate("privatesnn", "Accuracy on %1 evaluation images: ANN %2 %, converted SNN %3 % (T = %4)"),
                   {images, pct(a.ann), pct(a.converted), steps})
            : fill(translate("privatesnn", "Accuracy on %1 evaluation images: imported SNN %2 % (T = %3), no ANN"),
                   {images, pct(a.converted), steps});
        if (a.encrypted)
            line += fill(translate("privatesnn", ", encrypted SNN %1 %"), {pct(a.encrypted)});
        std::printf("%s\n", line.c_str());
    }
    if (r.leakage) {
        for (const LeakageVerdict& v : r.leakage->verdicts)
            std::printf(
                "%s\n",
                fill(translate("privatesnn", "%1 on the %2: %3"), {v.attack, v.target, verdictLine(v)}).c_str());
        if (!r.secondJudge && !r.leakage->verdicts.empty())
            std::printf("%s\n",
                        translate("privatesnn",
                                  "The verdicts rest on one judge: no second judge was given "
                                  "(setting second_judge, --second-judge).")
                            .c_str());
    }
    for (const std::string& f : reportFiles)
        std::printf("%s\n", fill(translate("privatesnn", "Report: %1"), {f}).c_str());
}

void runRun(const RunOptions& o, const GlobalOptions& global)
{
    if (o.fresh && !o.rerunFrom.empty())
        throw Error(ErrorCode::InvalidArgument, "--new and --rerun-from exclude each other.", "--new recomputes every step; give one of them.");
    const std::string lab = o.lab.empty() ? "privatesnn-" + o.profile + "-lab" : o.lab;
    const PipelineConfig config = effectiveConfig(o, lab, global.quiet || o.printConfig);
    if (o.printConfig) {
        std::cout << pipelineConfigText(config) << "\n";
        return;
    }
    validatePipelineConfig(config);
    const std::optional<Step> rerunFrom = checkedRerunFrom(o, config, lab);
    const int threads = configureThreads(global.threads);
    if (!global.quiet)
        std::fprintf(stderr, "%s\n", i18n::fill(i18n::translate("privatesnn", "PrivateSNN Lab %1 (%2), %3 threads, profile '%4', lab '%5'"), {toolVersion(), libraryVersions(), std::to_string(threads), config.profile, lab})
                                          .c_str());
    TerminalObserver observer(global.quiet);
    PipelineOutcome outcome;
    try {
        outcome = runPipeline(config, lab, observer, std::nullopt, rerunFrom);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Cancelled)
            throw;
        throw Error(ErrorCode::Cancelled, "The pipeline was cancelled during '" + observer.currentStep() + "'.",
                    "Finished steps are kept in '" + lab + "'. Run the same command again to resume from there.");
    }
    if (o.membership || !o.members.empty() || !o.nonMembers.empty()) {
        LabMembershipOptions audit;
        audit.membersSpec = o.members;
        audit.nonMembersSpec = o.nonMembers;
        TerminalProgress progress("membership audit", global.quiet);
        outcome.results.membership = auditLab(lab, audit, progress).results;
        progress.finish();
    }
    std::vector<std::string> reportFiles;
    if (!o.noReport) {
        try {
            const ReportFiles files = writeReportInProcess(lab, lab + "/report");
            reportFiles = {files.html, files.pdf, files.json};
        } catch (const ReportError& e) {
            throw Error(ErrorCode::FileUnwritable, std::string("The lab is complete but its report could not be written: ") + e.what(),
                        "Fix the cause and run the same command again; no step will be recomputed.");
        }
    }
    const LabResults& results = outcome.results;
    if (global.json) {
        std::cout << nlohmann::json{{"lab", lab}, {"ran", outcome.ran}, {"skipped", outcome.skipped},
                                    {"seconds", outcome.seconds}, {"threads", threads}, {"report", reportFiles},
                                    {"results", toJson(results)}}.dump(2)
                  << "\n";
        return;
    }
    printSummary(results, lab, reportFiles);
    std::printf("%s\n", i18n::fill(i18n::translate("privatesnn", "Wall time %1 s (%2 steps run, %3 kept from the lab)"), {fixed(outcome.seconds, 0), std::to_string(outcome.ran.size()),
                                          std::to_string(outcome.skipped.size())})
                             .c_str());
}

} // namespace

void addRunCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<RunOptions>();
    CLI::App* cmd = app.add_subcommand(
        "run", "Run the whole pipeline (synthesize, convert, encrypt, attack, report) into a lab folder; run again to resume");
    cmd->add_option("--profile", o->profile,
                    "Sizes: 'demo' (about 3 minutes on 2 idle cores) or 'paper' (the paper's sizes)")
        ->check(CLI::IsMember({"demo", "paper"}))
        ->capture_default_str();
    cmd->add_option("--config", o->configFile, "JSON settings on top of the profile (see --print-config)")->check(CLI::ExistingFile);
    cmd->add_option("--lab", o->lab, "Lab folder (default: privatesnn-<profile>-lab in the current folder)");
    cmd->add_option("--teacher", o->teacher,
                    "Pre-trained ANN (TorchScript, ONNX or .psnn) instead of the bundled teacher");
    cmd->add_option(
        "--snn", o->snn,
        "Audit this spiking model (a NIR graph or .psnn) as it is, instead of converting a teacher: synthesis "
        "uses its ReLU re-conversion, encryption distils from its own outputs (T: --set snn_import.timesteps=N)");
    addSnnImportOptions(cmd, o->import);
    cmd->add_option("--judge", o->judge, "Independent classifier for the leakage scores instead of the bundled judge ('none' = no judge)");
    cmd->add_option("--second-judge", o->secondJudge,
                    "Second independent classifier (another shape, other training data) that decides the verdicts "
                    "with the judge; default: the bundled one beside the bundled judge ('none' = one judge)")
        ->type_name("FILE|none")
        ->check(CLI::ExistingFile | CLI::IsMember({"none"}));
    cmd->add_option("--class-names", o->classNames, "Name the teacher's classes: a,b,... or a file with one name per line");
    cmd->add_option("--eval-data", o->evalData, "Measurement-only data set ('none' = no evaluation), e.g. fashion-mnist:test or idx:DIR:test");
    cmd->add_option("--eval-images", o->evalImages, "Evaluation images (seeded random subset; 0 = all)")->check(settingRange("eval_images"));
    cmd->add_flag("--resize", o->evalResize, "Resize an --eval-data image folder's images to the teacher's input size (refused otherwise)");
    cmd->add_flag("--grayscale", o->evalGrayscale,
                  "Convert an --eval-data image folder's images to the teacher's channel count, e.g. colour to grey (refused otherwise)");
    addLabelOptions(cmd, o->evalLabels);
    cmd->add_flag("--print-config", o->printConfig, "Print the effective settings as JSON and exit");
    cmd->add_flag("--no-report", o->noReport, "Do not write the report (lab/report)");
    cmd->add_option("--rerun-from", o->rerunFrom, "Recompute this step and every later one (needed when a flag changes a finished lab's "
                                                  "teacher, synthesis, conversion or encryption settings)")
        ->check(CLI::IsMember([] {
            std::vector<std::string> names;
            for (const StepInfo& info : stepTable())
                names.emplace_back(info.name);
            return names;
        }()));
    cmd->add_flag(
        "--membership", o->membership,
        "Then audit membership inference (privatesnn membership's defaults: the bundled teacher's Fashion-MNIST "
        "training and test splits)");
    cmd->add_option("--members", o->members,
                    "Then audit membership inference with this data as the teacher's training data");
    cmd->add_option("--non-members", o->nonMembers, "... and this held-out data (with --members)");
    cmd->add_flag("--new", o->fresh, "Start the lab over with the profile and flags given, recomputing every step");
    addSetOption(cmd, o->set);
    CLI::Option* profile = cmd->get_option("--profile");
    cmd->callback([o, profile, &global] {
        o->profileGiven = profile->count() > 0;
        runRun(*o, global);
    });
}

} // namespace psnn::cli
