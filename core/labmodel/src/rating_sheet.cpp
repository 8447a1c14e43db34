// SPDX-License-Identifier: GPL-3.0-or-later
// A printed rating sheet comes back: its numbered answers, typed up as "number,answer", become the
// rater's session through the order recorded when the sheet was printed.
#include "privatesnn/ratings.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace psnn {

size_t importRatingSheet(const std::string& labFolder, const std::string& rater, const std::string& file)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!raterIdProblem(rater).empty()
        || !fs::exists(fs::path(labFolder) / kRatingsFolder / (rater + ".order.json"), ec))
        throw Error(ErrorCode::InvalidArgument, "No rating sheet was printed for the id \"" + rater + "\" in this lab.",
                    "Give the id printed at the top of the sheet.");
    const RatingSession session(labFolder, rater, collectRatingImages(labFolder), 0);
    if (session.done() > 0 || session.stale() > 0)
        throw Error(ErrorCode::InvalidArgument,
                    "The rater \"" + rater + "\" already has answers in this lab; nothing was imported.",
                    "Import a sheet only once; to start again, remove " + ratingSessionPath(labFolder, rater) + ".");
    const std::vector<const RatingImage*> order = session.order();
    const int64_t classes = int64_t(session.images().classNames.size());

    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileNotFound, "Cannot read the filled rating sheet '" + file + "'.",
                    "Check the path and the file's permissions.");
    const std::string way = "Correct that line (columns: number,answer; the answer is a class number, or ? for "
                            "can't tell) and import again.";
    std::vector<std::pair<size_t, RatingAnswer>> answers; // sheet position, answer
    std::set<size_t> seen;
    std::string line;
    int lineNo = 0;
    const auto refuse = [&](const std::string& problem) {
        throw Error(ErrorCode::BadFormat, "'" + file + "', line " + std::to_string(lineNo) + ": " + problem + ".", way);
    };
    const auto whole = [](const std::string& text, int64_t& out) {
        if (text.empty() || text.size() > 9
            || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        out = std::stoll(text);
        return true;
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNo == 1) {
            if (line != "number,answer")
                refuse("the first line must be the header \"number,answer\"");
            continue;
        }
        if (line.empty())
            continue;
        const size_t comma = line.find(',');
        if (comma == std::string::npos || line.find(',', comma + 1) != std::string::npos)
            refuse("it must hold two columns, the image's number and the answer");
        int64_t number = 0;
        if (!whole(line.substr(0, comma), number) || number < 1 || number > int64_t(order.size()))
            refuse("\"" + line.substr(0, comma) + "\" is not an image number of the sheet (1 to "
                   + std::to_string(order.size()) + ")");
        if (!seen.insert(size_t(number)).second)
            refuse("the image " + std::to_string(number) + " was already answered on an earlier line");
        const std::string text = line.substr(comma + 1);
        const RatingImage& image = *order[size_t(number - 1)];
        RatingAnswer a{image.id, image.target, std::nullopt, 0.0};
        if (!(text.empty() || text == "?" || text == "cant_tell")) {
            int64_t cls = 0;
            if (!whole(text, cls) || cls >= classes)
                refuse("the answer \"" + text + "\" is not a class number (0 to " + std::to_string(classes - 1)
                       + ") or ?");
            a.answer = cls;
        }
        answers.emplace_back(size_t(number), a);
    }
    if (answers.empty())
        throw Error(ErrorCode::BadFormat, "'" + file + "' holds no answers.",
                    "Type one line per answered image below the header \"number,answer\".");
    std::sort(answers.begin(), answers.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<RatingAnswer> list;
    for (const auto& [number, a] : answers)
        list.push_back(a);
    writeFileAtomically(ratingSessionPath(labFolder, rater), ratingAnswersCsv(list));
    return list.size();
}

} // namespace psnn
