// SPDX-License-Identifier: GPL-3.0-or-later
// 'privatesnn run': the whole pipeline (synthesize -> convert -> encrypt -> attack -> report) into a
// lab folder, on the bundled teacher and judge unless told otherwise. Re-running resumes.
#include "commands.h"
#include "privatesnn/data_spec.h"
#include "reportwriter.h"
#include "terminal_progress.h"

#include "i18n.h"

#include "privatesnn/error.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
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
    std::string teacher, judge, evalData, classNames;
    int64_t evalImages = -1;
    bool printConfig = false;
    bool noReport = false;
};

/// One terminal progress bar per step, and a line when it ends.
class TerminalObserver : public PipelineObserver {
public:
    explicit TerminalObserver(bool quiet) : m_quiet(quiet) {}

    ProgressSink& stepStarted(const std::string& step, int index, int count) override
    {
        m_current = step;
        m_label = "[" + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + pipelineStepTitle(step);
        m_bar = std::make_unique<TerminalProgress>(m_label, m_quiet);
        return *m_bar;
    }
    void stepFinished(const std::string&, bool skipped, double seconds, const std::string& summary) override
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

std::string readTextFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot read the config file '" + path + "'.", "Check the path and its permissions.");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

PipelineConfig effectiveConfig(const RunOptions& o)
{
    PipelineConfig config = profileByName(o.profile);
    if (!o.configFile.empty())
        config = pipelineConfigFromJson(readTextFile(o.configFile), config);
    if (!o.teacher.empty())
        config.teacher = o.teacher;
    if (!o.judge.empty())
        config.judge = o.judge;
    if (!o.classNames.empty())
        config.classNames = parseClassNames(o.classNames);
    if (!o.evalData.empty())
        config.evalData = o.evalData == "none" ? std::string() : o.evalData;
    if (o.evalImages >= 0)
        config.evalImages = o.evalImages;
    return config;
}

/// printf's %.*f, for the placeholders of translated lines.
std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof(text), "%.*f", decimals, value);
    return text;
}

void printSummary(const nlohmann::json& r, const std::string& lab, const std::vector<std::string>& reportFiles)
{
    using i18n::fill;
    using i18n::translate;
    auto pct = [](const nlohmann::json& v) { return fixed(v.is_number() ? v.get<double>() * 100 : -1.0, 2); };
    std::printf("\n%s\n", fill(translate("privatesnn", "Lab: %1"), {lab}).c_str());
    if (r.contains("accuracy")) {
        const auto& a = r["accuracy"];
        std::string line = fill(translate("privatesnn", "Accuracy on %1 evaluation images: ANN %2 %, converted SNN %3 % (T = %4)"), {std::to_string(a.value("eval_images", 0LL)), pct(a.value("ann", nlohmann::json())),
                                      pct(a.value("converted", nlohmann::json())), std::to_string(a.value("converted_timesteps", 0))});
        if (a.contains("encrypted"))
            line += fill(translate("privatesnn", ", encrypted SNN %1 %"), {pct(a["encrypted"])});
        std::printf("%s\n", line.c_str());
    }
    if (r.contains("leakage"))
        for (const auto& v : r["leakage"]["verdicts"]) {
            const std::string verdict = v["leaks"].is_boolean()
                ? (v["leaks"].get<bool>() ? translate("privatesnn", "LEAKS") : translate("privatesnn", "no evidence of leakage"))
                : translate("privatesnn", "not judged");
            std::printf("%s\n", fill(translate("privatesnn", "%1 on the %2: %3"), {v.value("attack", ""), v.value("target", ""), verdict}).c_str());
        }
    for (const std::string& f : reportFiles)
        std::printf("%s\n", fill(translate("privatesnn", "Report: %1"), {f}).c_str());
}

void runRun(const RunOptions& o, const GlobalOptions& global)
{
    const PipelineConfig config = effectiveConfig(o);
    if (o.printConfig) {
        std::cout << pipelineConfigToJson(config) << "\n";
        return;
    }
    const int threads = configureThreads(global.threads);
    const std::string lab = o.lab.empty() ? "privatesnn-" + config.profile + "-lab" : o.lab;
    if (!global.quiet)
        std::fprintf(stderr, "%s\n", i18n::fill(i18n::translate("privatesnn", "PrivateSNN Lab %1 (%2), %3 threads, profile '%4', lab '%5'"), {toolVersion(), libraryVersions(), std::to_string(threads), config.profile, lab})
                                          .c_str());
    TerminalObserver observer(global.quiet);
    PipelineOutcome outcome;
    try {
        outcome = runPipeline(config, lab, observer);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Cancelled)
            throw;
        throw Error(ErrorCode::Cancelled, "The pipeline was cancelled during '" + observer.currentStep() + "'.",
                    "Finished steps are kept in '" + lab + "'. Run the same command again to resume from there.");
    }
    std::vector<std::string> reportFiles;
    if (!o.noReport) {
        try {
            ReportApplication qt; // an offscreen Qt application when there is no display
            const ReportFiles files = writeReport(lab, lab + "/report");
            reportFiles = {files.html, files.pdf, files.json};
        } catch (const ReportError& e) {
            throw Error(ErrorCode::FileUnwritable, std::string("The lab is complete but its report could not be written: ") + e.what(),
                        "Fix the cause and run the same command again; no step will be recomputed.");
        }
    }
    const nlohmann::json results = nlohmann::json::parse(outcome.resultsJson);
    if (global.json) {
        std::cout << nlohmann::json{{"lab", lab}, {"ran", outcome.ran}, {"skipped", outcome.skipped},
                                    {"seconds", outcome.seconds}, {"threads", threads}, {"report", reportFiles},
                                    {"results", results}}.dump(2)
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
    cmd->add_option("--profile", o->profile, "Sizes: 'demo' (about 6 minutes on 2 idle cores) or 'paper' (the paper's sizes)")
        ->check(CLI::IsMember({"demo", "paper"}))->capture_default_str();
    cmd->add_option("--config", o->configFile, "JSON settings on top of the profile (see --print-config)")->check(CLI::ExistingFile);
    cmd->add_option("--lab", o->lab, "Lab folder (default: privatesnn-<profile>-lab in the current folder)");
    cmd->add_option("--teacher", o->teacher, "Pre-trained ANN (TorchScript or .psnn) instead of the bundled teacher");
    cmd->add_option("--judge", o->judge, "Independent classifier for the leakage scores instead of the bundled judge ('none' = no judge)");
    cmd->add_option("--class-names", o->classNames, "Name the teacher's classes: a,b,... or a file with one name per line");
    cmd->add_option("--eval-data", o->evalData, "Measurement-only data set ('none' = no evaluation), e.g. fashion-mnist:test or idx:DIR:test");
    cmd->add_option("--eval-images", o->evalImages, "Evaluation images (seeded random subset; 0 = all)");
    cmd->add_flag("--print-config", o->printConfig, "Print the effective settings as JSON and exit");
    cmd->add_flag("--no-report", o->noReport, "Do not write the report (lab/report)");
    cmd->callback([o, &global] { runRun(*o, global); });
}

} // namespace psnn::cli
