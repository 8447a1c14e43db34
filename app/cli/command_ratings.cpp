// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn ratings: the human judge's summary of a lab (who rated how many images, accuracy per
// point and attack with exact intervals, Fleiss' kappa, verdicts), and the import of a session made
// elsewhere (another computer's LAB/ratings/RATER.csv) or of a printed rating sheet typed up.
#include "commands.h"
#include "report_process.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace psnn::cli {
namespace {

namespace fs = std::filesystem;

struct RatingsOptions {
    std::string lab, importFile, importSheet, rater;
    bool noReport = false;
};

std::string percent(double value)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", value * 100);
    return text;
}

void printText(const RatingsSummary& s, const std::string& lab)
{
    int64_t answers = 0;
    for (const RaterCount& r : s.raters)
        answers += r.images;
    std::printf("Human judge of %s: %zu rater(s), %lld answers over %lld attack images; chance %s %% (%lld classes), "
                "margin %s points, level %s %%\n\n",
                lab.c_str(), s.raters.size(), (long long)answers, (long long)s.imagesAvailable,
                percent(s.chance).c_str(), (long long)s.classes, percent(s.margin).c_str(), percent(s.level).c_str());
    std::printf("%-20s %8s %8s %11s\n", "rater", "images", "correct", "can't tell");
    for (const RaterCount& r : s.raters)
        std::printf("%-20s %8lld %8lld %11lld\n", r.rater.c_str(), (long long)r.images, (long long)r.correct,
                    (long long)r.cantTell);
    std::printf("\n%-22s %-42s %-14s %7s %8s %21s  %s\n", "point", "attack", "model", "ratings", "accuracy",
                "exact interval", "verdict");
    for (const HumanRow& row : s.rows) {
        const std::string interval =
            "[" + percent(row.verdict.interval.low) + ", " + percent(row.verdict.interval.high) + "] %";
        // The GUI's and the report's name for the lab's own attack images, not the "lab" of the file.
        const std::string point = row.point == kLabPoint ? "the lab's own attacks" : row.point;
        std::printf("%-22s %-42s %-14s %7lld %6s %% %21s  %s%s\n", point.c_str(), row.attack.c_str(), row.model.c_str(),
                    (long long)row.ratings, percent(row.accuracy).c_str(), interval.c_str(),
                    verdictText(row.verdict).c_str(), row.leaksToPeople ? " (leaks to people)" : "");
    }
    std::printf("\nIntervals are exact (Clopper-Pearson) at each point's family-wise level over its attacks; "
                "\"can't tell\" counts as wrong; \"leaks to people\": the lower bound is above chance.\n");
    if (s.staleAnswers > 0)
        std::printf("%lld answers are about images a later run made again and are left out.\n",
                    (long long)s.staleAnswers);
    if (s.fleissKappa)
        std::printf("Fleiss' kappa over the %lld images every rater answered: %.3f\n", (long long)s.kappaImages,
                    *s.fleissKappa);
    else if (s.raters.size() >= 2)
        std::printf("Fleiss' kappa: undefined (%lld images every rater answered)\n", (long long)s.kappaImages);
    else
        std::printf("Fleiss' kappa: needs at least two raters\n");
}

void runRatings(const RatingsOptions& o, const GlobalOptions& global)
{
    std::error_code ec;
    if (!fs::is_directory(o.lab, ec))
        throw Error(ErrorCode::FileNotFound, "The lab folder '" + o.lab + "' does not exist.",
                    "Give the folder of a lab made by privatesnn run.");
    const std::string lab = fs::absolute(o.lab).lexically_normal().string();
    if (!o.importFile.empty() || !o.importSheet.empty()) {
        const std::string rater = o.rater.empty() ? fs::path(o.importFile).stem().string() : o.rater;
        const size_t taken = o.importFile.empty() ? importRatingSheet(lab, rater, o.importSheet)
                                                  : importRatingSession(lab, rater, o.importFile);
        if (!global.quiet)
            std::fprintf(stderr, "Imported %zu answers of the rater \"%s\" into %s\n", taken, rater.c_str(),
                         ratingSessionPath(lab, rater).c_str());
        if (!o.noReport && fs::is_regular_file(fs::path(lab) / "results.json", ec)) {
            try {
                writeReportInProcess(lab, lab + "/report");
            } catch (const ReportError& e) {
                throw Error(ErrorCode::FileUnwritable,
                            std::string("The session is imported but the report could not be rewritten: ") + e.what(),
                            "Fix the cause and run 'privatesnn run --lab " + lab + "' to rewrite the report.");
            }
        }
        if (!global.quiet && fs::exists(fs::path(lab) / "study" / "study.json", ec))
            std::fprintf(stderr, "study.csv gains the human columns with: privatesnn study --lab %s --collect\n",
                         lab.c_str());
    }
    const std::optional<RatingsSummary> summary = readRatingsSummary(lab);
    if (!summary) {
        const RatingImageSet set = collectRatingImages(lab); // says how to make images when there are none
        if (global.json)
            std::cout << "null\n";
        else
            std::printf("Nobody has rated the %zu attack images of %s yet. Rate them in the GUI (Attack page, "
                        "\"Rate images\") or import a session: privatesnn ratings --lab %s --import FILE\n",
                        set.images.size(), lab.c_str(), lab.c_str());
        return;
    }
    if (global.json)
        std::cout << fields::toJson(*summary).dump(1) << "\n";
    else
        printText(*summary, lab);
}

} // namespace

void addRatingsCommand(CLI::App& app, const GlobalOptions& global)
{
    auto o = std::make_shared<RatingsOptions>();
    CLI::App* cmd = app.add_subcommand("ratings",
                                       "The human judge: people's accuracy on a lab's attack images per point and "
                                       "attack, exact intervals, Fleiss' kappa and verdicts; imports sessions");
    cmd->add_option("--lab", o->lab, "The lab whose ratings to summarise")->required();
    cmd->add_option("--import", o->importFile,
                    "A session made elsewhere (CSV: image,target,answer,seconds; answer a class number or "
                    "cant_tell), checked line by line and added as LAB/ratings/RATER.csv");
    CLI::Option* sheet = cmd->add_option("--import-sheet", o->importSheet,
                                         "A printed rating sheet, filled in and typed up as CSV lines number,answer "
                                         "(answer a class number, or ? for can't tell); needs --rater SHEET-ID")
                             ->excludes(cmd->get_option("--import"));
    CLI::Option* rater =
        cmd->add_option("--rater", o->rater,
                        "The imported session's rater id (default: the file's name), or the id printed on the sheet");
    sheet->needs(rater);
    cmd->add_flag("--no-report", o->noReport, "Do not rewrite the lab's report after an import");
    cmd->callback([o, &global] { runRatings(*o, global); });
}

} // namespace psnn::cli
