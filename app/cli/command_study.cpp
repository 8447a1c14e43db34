// SPDX-License-Identifier: GPL-3.0-or-later
// 'privatesnn study': the privacy-utility study (encryption at several doses, a matched noise
// control, reinit) into LAB/study, one resumable point at a time, or as independent jobs.
#include "commands.h"
#include "report_process.h"
#include "settings_options.h"
#include "terminal_progress.h"

#include "i18n.h"

#include "privatesnn/error.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/ratings.h"
#include "privatesnn/runtime.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/study.h"
#include "privatesnn/study_caveat.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace psnn::cli {
namespace {

struct StudyOptions {
    std::string lab;
    std::string configFile;
    std::string grid = "default";
    std::vector<std::string> points;
    bool emitJobs = false;
    bool collect = false;
    bool noReport = false;
    int jobs = 0; ///< 0: one job per LibTorch thread
    SetOptions set{{}, {""}, "study"};
};

/// The --set options again, for the commands --emit-jobs prints (quoted for a POSIX shell).
std::string setArguments(const SetOptions& set)
{
    std::string out;
    for (const std::string& a : set.assignments) {
        out += " --set '";
        for (char c : a)
            out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        out += "'";
    }
    return out;
}

class TerminalStudyObserver : public StudyObserver, public PipelineObserver {
public:
    explicit TerminalStudyObserver(bool quiet) : m_quiet(quiet) {}
    ProgressSink& stepStarted(const RunItem& item, int index, int count) override
    {
        m_label = "[prepare " + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + item.title();
        m_bar = std::make_unique<TerminalProgress>(m_label, m_quiet);
        return *m_bar;
    }
    void stepFinished(const RunItem&, bool, double, const std::string& summary) override { finish(summary); }
    ProgressSink& pointStarted(const StudyPoint& point, int index, int count) override
    {
        m_label = "[" + std::to_string(index + 1) + "/" + std::to_string(count) + "] " + point.id + ": " + point.label;
        m_bar = std::make_unique<TerminalProgress>(m_label, m_quiet);
        return *m_bar;
    }
    void pointFinished(const StudyPointResult& r, bool kept) override
    {
        char line[256];
        std::snprintf(line, sizeof(line), "SNN %.2f %%, weight relative L2 %.4g%s", r.snnAccuracy * 100, r.relativeL2,
                      kept ? ", kept from the lab" : (", " + std::to_string(int(r.seconds + 0.5)) + " s").c_str());
        finish(line);
    }
    void note(const std::string& line) override
    {
        if (!m_quiet)
            std::fprintf(stderr, "%s\n", line.c_str());
    }

private:
    void finish(const std::string& summary)
    {
        if (m_bar)
            m_bar->finish();
        if (!m_quiet)
            std::fprintf(stderr, "%s: %s\n", m_label.c_str(), summary.c_str());
    }
    bool m_quiet;
    std::string m_label;
    std::unique_ptr<TerminalProgress> m_bar;
};

/// An accuracy and its interval in percent, as the table's columns show them.
std::string percentWithInterval(double accuracy, const Interval& interval)
{
    char text[48];
    std::snprintf(text, sizeof(text), "%5.1f %% [%5.1f, %5.1f]", accuracy * 100, interval.low * 100,
                  interval.high * 100);
    return text;
}

/// One line per point under a header: its strongest attack (judge 1's accuracy and 95 % interval),
/// people's accuracy over the point's rated images once someone has rated them, and the point's
/// verdict, which every attack and judge decide together, with the caveat of too few images beside it.
void printFrontier(const StudySummary& s, const std::string& lab)
{
    using i18n::fill;
    using i18n::translate;
    std::optional<RatingsSummary> human;
    try {
        human = readRatingsSummary(lab);
    } catch (const Error&) {
        // 'privatesnn ratings' names what is wrong with a damaged session; the table goes without people.
    }
    // The defence and setting columns as wide as their longest entry, so the columns after them align.
    int defenceWidth = 10, settingWidth = 20;
    for (const StudyPointResult& p : s.points) {
        defenceWidth = std::max(defenceWidth, int(p.point.defence.size()));
        settingWidth = std::max(settingWidth, int(p.point.label.size()));
    }
    const char* const row = "%-*s %-*s %5s %10s %8s  %-42s %-24s  %-13s  %-24s  %s\n";
    std::printf(row, defenceWidth, translate("privatesnn", "Defence").c_str(), settingWidth,
                translate("privatesnn", "Setting").c_str(), translate("privatesnn", "Seeds").c_str(),
                translate("privatesnn", "Weight L2").c_str(), translate("privatesnn", "SNN").c_str(),
                translate("privatesnn", "Strongest attack").c_str(),
                translate("privatesnn", "Judge [95 % interval]").c_str(),
                translate("privatesnn", "KID (norm.) ± se").c_str(),
                human ? translate("privatesnn", "People [exact 95 %]").c_str() : "",
                translate("privatesnn", "Verdict").c_str());
    for (const StudyPointResult& p : s.points) {
        if (p.attacks.empty())
            continue;
        const StudyAttackRow& a = p.attacks[p.strongest];
        char l2[16], snn[16], seeds[16], kid[32];
        std::snprintf(l2, sizeof(l2), "%.4g", p.relativeL2);
        std::snprintf(snn, sizeof(snn), "%.2f %%", p.snnAccuracy * 100);
        std::snprintf(seeds, sizeof(seeds), "%zu", std::max<size_t>(1, p.seeds.size()));
        std::snprintf(kid, sizeof(kid), "%5.2f ± %4.2f", a.kidNormalised, a.kidNormalisedSe);
        const std::optional<HumanPoint> h = human ? human->point(p.point.id) : std::nullopt;
        std::string verdict = verdictText(p.verdict);
        if (tooFewImagesForVerdict(s, p))
            verdict = fill(translate("privatesnn", "%1 (too few images for a verdict: %2 per attack)"),
                           {verdict, std::to_string(verdictImages(p))});
        std::printf(row, defenceWidth, p.point.defence.c_str(), settingWidth, p.point.label.c_str(), seeds, l2, snn,
                    a.attack.c_str(), percentWithInterval(a.accuracy, a.interval).c_str(), kid,
                    h ? percentWithInterval(h->accuracy, h->interval).c_str() : (human ? "–" : ""), verdict.c_str());
    }
    if (std::any_of(s.points.begin(), s.points.end(),
                    [&](const StudyPointResult& p) { return tooFewImagesForVerdict(s, p); }))
        std::printf("%s\n",
                    translate("privatesnn",
                              "Too few images for verdicts: this study attacked its points with "
                              "fewer than 100 images each (the quick grid), so its intervals "
                              "are too wide to decide. Run the default grid for verdicts.")
                        .c_str());
    std::printf("%s\n", fill(translate("privatesnn", "Answer: %1"), {s.answer}).c_str());
    if (s.transferShare && *s.transferShare <= 0) {
        std::printf("%s\n",
                    translate("privatesnn",
                              "Transfer control: adversarial examples made from real images of other classes "
                              "reach no judge accuracy above chance, without any inversion.")
                        .c_str());
    } else if (s.transferShare) {
        char share[16];
        std::snprintf(share, sizeof(share), "%.0f %%", *s.transferShare * 100);
        std::printf("%s\n",
                    fill(translate("privatesnn",
                                   "Transfer control: adversarial examples made from real images of "
                                   "other classes reach %1 of the undefended SNN's judge accuracy "
                                   "above chance, without any inversion."),
                         {share})
                        .c_str());
    }
    // The scoring itself is in doubt: on stderr, seen even when stdout is piped.
    for (const std::string& warning : s.controlWarnings)
        std::fprintf(stderr, "%s\n", warning.c_str());
    if (s.judges < 2)
        std::printf(
            "%s\n",
            translate("privatesnn", "The verdicts rest on one judge: give a second one with --second-judge FILE.")
                .c_str());
    std::printf("%s\n", fill(translate("privatesnn", "Study table: %1"), {studyFolder(lab) + "/study.csv"}).c_str());
}

void writeStudyReport(const std::string& lab, bool quiet)
{
    try {
        const ReportFiles files = writeReportInProcess(lab, lab + "/report");
        if (!quiet)
            std::printf("%s\n", i18n::fill(i18n::translate("privatesnn", "Report: %1"), {files.html}).c_str());
    } catch (const ReportError& e) {
        throw Error(ErrorCode::FileUnwritable, std::string("The study is complete but the report could not be written: ") + e.what(),
                    "Fix the cause and run 'privatesnn study --collect' again; no point will be recomputed.");
    }
}

/// The settings the grid sets itself that the user gave: every --set of them, and a config file's
/// value that differs from the lab's (a full `run --print-config` file repeats the profile's values,
/// which must not switch the grid's own off).
std::vector<std::string> explicitGridSettings(const StudyOptions& o, const nlohmann::json& base,
                                              const PipelineConfig& config)
{
    const nlohmann::json now = pipelineSettings(config);
    std::vector<std::string> keys;
    for (const std::string& key : studyGridKeys(o.grid)) {
        const bool set = std::any_of(o.set.assignments.begin(), o.set.assignments.end(),
                                     [&](const std::string& a) { return a.substr(0, a.find('=')) == key; });
        const Setting* setting = findSetting(key);
        const nlohmann::json* before = setting ? findSettingValue(base, *setting) : nullptr;
        const nlohmann::json* after = setting ? findSettingValue(now, *setting) : nullptr;
        if (set || (before && after && *before != *after))
            keys.push_back(key);
    }
    return keys;
}

void runStudy(const StudyOptions& o, const GlobalOptions& global)
{
    // Like `run`: a lab resumes the settings it was made with (its teacher, its synthesis), so a
    // study never re-prepares someone's lab with the bundled defaults.
    const std::optional<PipelineConfig> stored = storedLabConfig(o.lab);
    PipelineConfig config = stored ? *stored : profileByName("demo");
    const nlohmann::json base = pipelineSettings(config);
    if (!o.configFile.empty())
        config = withConfigFile(config, o.configFile);
    config = applySetOptions(config, o.set);
    const std::vector<std::string> kept = explicitGridSettings(o, base, config);
    const StudyConfig study = studyGrid(o.grid, config, kept);
    for (const std::string& key : kept)
        if (!global.quiet && !global.json)
            std::fprintf(stderr, "%s\n",
                         i18n::fill(i18n::translate("privatesnn",
                                                    "Applied over the '%1' grid: %2 (the grid would set it itself)."),
                                    {o.grid, key})
                             .c_str());
    const int threads = configureThreads(global.threads);
    if (o.jobs < 0 || o.jobs > threads)
        throw Error(ErrorCode::InvalidArgument,
                    "--jobs " + std::to_string(o.jobs) + " is not between 1 and the " + std::to_string(threads)
                        + " LibTorch threads of this run.",
                    "Give --jobs at most --threads (each job needs a thread), or leave it out: one job per thread.");
    TerminalStudyObserver observer(global.quiet || global.json);
    if (o.emitJobs) {
        // The lab is prepared once here, so the jobs only read it and can run in any order.
        runPipeline(config, o.lab, observer, Step::Convert);
        for (const std::string& line : studyJobCommands(study, o.lab, o.configFile))
            std::cout << line << setArguments(o.set) << "\n";
        std::cout << "privatesnn study --lab '" << o.lab << "'" << (o.configFile.empty() ? "" : " --config '" + o.configFile + "'")
                  << " --grid " << o.grid << " --collect" << setArguments(o.set) << "\n";
        return;
    }
    std::vector<std::string> ran;
    if (!o.collect) {
        try {
            ran = runStudyPoints(config, study, o.lab, o.points, observer, observer, o.points.empty(),
                                 o.jobs > 0 ? o.jobs : threads);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Cancelled)
                throw;
            throw Error(ErrorCode::Cancelled, "The study was cancelled.",
                        "Finished points are kept in '" + studyFolder(o.lab) + "'. Run the same command again to resume.");
        }
        if (!o.points.empty())
            return; // one job of many: --collect merges them
    }
    std::vector<std::string> missing;
    const StudySummary summary = collectStudy(config, study, o.lab, &missing);
    if (!missing.empty()) {
        std::string list;
        for (const std::string& id : missing)
            list += (list.empty() ? "" : ", ") + id;
        throw Error(ErrorCode::InvalidArgument, "The study is missing (or holds out-of-date results for) these points: " + list + ".",
                    "Run their jobs (or 'privatesnn study --lab " + o.lab + "' to run them here), then collect again.");
    }
    if (global.json) {
        std::cout << toJson(summary).dump(1) << "\n"; // what study.json holds
    } else {
        printFrontier(summary, o.lab);
    }
    if (!o.noReport)
        writeStudyReport(o.lab, global.quiet || global.json);
}

} // namespace

void addStudyCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<StudyOptions>();
    CLI::App* cmd = app.add_subcommand("study", "Privacy-utility study: how much encryption stops class leakage, at what accuracy cost");
    cmd->add_option("--lab", o->lab, "Lab folder (prepared like 'privatesnn run'; results in LAB/study)")->required();
    cmd->add_option("--config", o->configFile, "JSON settings on top of the demo profile (see 'privatesnn run --print-config')")
        ->check(CLI::ExistingFile);
    cmd->add_option(
           "--grid", o->grid,
           "Defences and strengths: 'default' (54 jobs, about 30 minutes on the demo on 2 cores) or 'quick' (11 "
           "small jobs, one network per point, about 1.5 minutes on a prepared demo lab, 2 from an empty one)")
        ->check(CLI::IsMember({"default", "quick"}))
        ->capture_default_str();
    cmd->add_option("--point", o->points,
                    "Run only these jobs (POINT-sSEED, what --emit-jobs prints) or points (all their seeds); the lab "
                    "must be prepared");
    auto* emit = cmd->add_flag("--emit-jobs", o->emitJobs,
                               "Prepare the lab, then print one independent command per point and defence seed and the "
                               "collect command");
    cmd->add_flag("--collect", o->collect, "Merge the finished points into LAB/study/study.csv and study.json")->excludes(emit);
    cmd->add_flag("--no-report", o->noReport, "Do not rewrite the lab's report after the study");
    cmd->add_option("--jobs", o->jobs,
                    "Jobs run at a time in this process, sharing --threads (default: one job per thread; two "
                    "one-thread jobs use two cores better than one job on two threads)");
    // The setting study.second_judge, kept among the --set options so --emit-jobs passes it on.
    cmd->add_option_function<std::string>(
           "--second-judge",
           [o](const std::string& path) { o->set.assignments.push_back("study.second_judge=" + path); },
           "Second judge (another shape, trained on other data) that decides the verdicts with the first: a model "
           "file, or 'none' (default: the bundled second judge beside the bundled judge)")
        ->type_name("FILE|none")
        ->check(CLI::ExistingFile | CLI::IsMember({"none"}));
    addSetOption(cmd, o->set);
    cmd->callback([o, &global] { runStudy(*o, global); });
}

} // namespace psnn::cli
