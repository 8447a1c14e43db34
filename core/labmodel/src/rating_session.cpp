// SPDX-License-Identifier: GPL-3.0-or-later
// One rater's session: LAB/ratings/RATER.csv (the answers, rewritten atomically after each) and
// RATER.order.json (the seed, the sample size and the blind order of the session's images, written
// when the session starts and when images join it).
#include "privatesnn/ratings.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kHeader = "image,target,answer,seconds";
constexpr const char* kCantTell = "cant_tell";
constexpr const char* kOrderSchema = "privatesnn-rating-order";

std::string orderPath(const std::string& labFolder, const std::string& rater)
{
    return (fs::path(labFolder) / kRatingsFolder / (rater + ".order.json")).string();
}

void checkRater(const std::string& rater)
{
    const std::string problem = raterIdProblem(rater);
    if (!problem.empty())
        throw Error(ErrorCode::InvalidArgument, "The rater id \"" + rater + "\" " + problem + ".",
                    "Choose an id of letters and digits, such as \"rater-1\" or your initials.");
}

std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

bool parseWhole(const std::string& text, int64_t& out)
{
    if (text.empty() || text.size() > 18
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    out = std::stoll(text);
    return true;
}

} // namespace

std::string raterIdProblem(const std::string& rater)
{
    if (rater.empty())
        return "is empty";
    if (rater.size() > 40)
        return "is longer than 40 characters";
    const auto plain = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!plain(rater.front()))
        return "must start with a letter or a digit";
    for (const char c : rater)
        if (!plain(c) && c != '-' && c != '_' && c != '.')
            return "may hold only letters, digits, '-', '_' and '.' (it names a file)";
    if (rater.size() > 6 && rater.compare(rater.size() - 6, 6, ".order") == 0)
        return "must not end in \".order\"";
    return {};
}

std::string ratingSessionPath(const std::string& labFolder, const std::string& rater)
{
    return (fs::path(labFolder) / kRatingsFolder / (rater + ".csv")).string();
}

std::vector<RatingAnswer> readRatingAnswers(const std::string& path, const RatingImageSet* set,
                                            std::vector<RatingAnswer>* stale)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileNotFound, "Cannot read the rating session '" + path + "'.",
                    "Check the path and the file's permissions.");
    const std::string way = "Correct that line (columns: " + std::string(kHeader) + "; answer is a class number "
        + "or " + kCantTell + ") and try again.";
    std::vector<RatingAnswer> answers;
    std::set<std::string> seen;
    std::string line;
    int lineNo = 0;
    const auto refuse = [&](const std::string& problem) {
        throw Error(ErrorCode::BadFormat, "'" + path + "', line " + std::to_string(lineNo) + ": " + problem + ".", way);
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back(); // a spreadsheet's line ends
        if (lineNo == 1) {
            if (line != kHeader)
                refuse("the first line must be the header \"" + std::string(kHeader) + "\"");
            continue;
        }
        if (line.empty())
            continue;
        const std::vector<std::string> cells = splitCsv(line);
        if (cells.size() != 4)
            refuse("it has " + std::to_string(cells.size()) + " columns, not 4");
        RatingAnswer a;
        a.image = cells[0];
        if (!parseWhole(cells[1], a.target))
            refuse("the target \"" + cells[1] + "\" is not a class number");
        if (cells[2] != kCantTell) {
            int64_t cls = 0;
            if (!parseWhole(cells[2], cls))
                refuse("the answer \"" + cells[2] + "\" is neither a class number nor " + kCantTell);
            a.answer = cls;
        }
        try {
            size_t used = 0;
            a.seconds = std::stod(cells[3], &used);
            if (used != cells[3].size() || !std::isfinite(a.seconds) || a.seconds < 0)
                throw std::invalid_argument(cells[3]);
        } catch (const std::logic_error&) {
            refuse("the seconds \"" + cells[3] + "\" are not a number of 0 or more");
        }
        if (!seen.insert(a.image).second)
            refuse("the image \"" + a.image + "\" was already answered on an earlier line");
        if (set) {
            const RatingImage* image = set->find(a.image);
            if (!image && stale) {
                stale->push_back(std::move(a));
                continue;
            }
            if (!image)
                refuse("the image \"" + a.image + "\" is not one of this lab's attack images");
            if (image->target != a.target)
                refuse("the image \"" + a.image + "\" was made for class " + std::to_string(image->target) + ", not "
                       + std::to_string(a.target));
            if (a.answer && *a.answer >= int64_t(set->classNames.size()))
                refuse("the answer " + std::to_string(*a.answer) + " is not a class (0 to "
                       + std::to_string(set->classNames.size() - 1) + ")");
        }
        answers.push_back(std::move(a));
    }
    if (lineNo == 0)
        throw Error(ErrorCode::BadFormat, "'" + path + "' is empty.",
                    "A session starts with the header \"" + std::string(kHeader) + "\", one answer a line after it.");
    return answers;
}

std::string ratingAnswersCsv(const std::vector<RatingAnswer>& answers)
{
    std::string text = std::string(kHeader) + "\n";
    char seconds[32];
    for (const RatingAnswer& a : answers) {
        std::snprintf(seconds, sizeof(seconds), "%.1f", a.seconds);
        text += a.image + "," + std::to_string(a.target) + "," + (a.answer ? std::to_string(*a.answer) : kCantTell)
            + "," + seconds + "\n";
    }
    return text;
}

std::vector<std::string> ratingSessions(const std::string& labFolder)
{
    std::vector<std::string> raters;
    std::error_code ec;
    const fs::path folder = fs::path(labFolder) / kRatingsFolder;
    if (!fs::is_directory(folder, ec))
        return raters;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".csv"
            && raterIdProblem(entry.path().stem().string()).empty())
            raters.push_back(entry.path().stem().string());
    std::sort(raters.begin(), raters.end());
    return raters;
}

RatingSession::RatingSession(std::string labFolder, std::string rater, RatingImageSet set, uint64_t seed,
                             size_t perGroup)
    : m_lab(std::move(labFolder))
    , m_rater(std::move(rater))
    , m_set(std::move(set))
    , m_seed(seed)
    , m_perGroup(perGroup)
{
    checkRater(m_rater);
    std::error_code ec;
    const std::string answersFile = ratingSessionPath(m_lab, m_rater), orderFile = orderPath(m_lab, m_rater);
    const bool resumed = fs::exists(orderFile, ec);
    std::vector<std::string> orderIds;
    if (resumed) {
        try {
            std::ifstream in(orderFile, std::ios::binary);
            const json j = json::parse(in);
            m_seed = j.at("seed").get<uint64_t>();
            // Orders written before sessions were sampled hold every image.
            m_perGroup = j.value("per_group", size_t(0));
            orderIds = j.at("order").get<std::vector<std::string>>();
        } catch (const json::exception& e) {
            throw Error(ErrorCode::BadFormat, "The session order '" + orderFile + "' is damaged: " + e.what(),
                        "Delete it: the session then continues in a new blind order, keeping its answers.");
        }
    }
    if (fs::exists(answersFile, ec))
        m_answers = readRatingAnswers(answersFile, &m_set, &m_stale);
    // The recorded order first (images since removed are skipped), then the images it lacks in a
    // blind order of their own: all of them for a session of every image, a sample of the groups
    // it has no image of (a new study point, an attack run again) for a sampled one.
    std::set<size_t> placed;
    std::set<std::string> placedGroups;
    for (const std::string& id : orderIds)
        if (const RatingImage* image = m_set.find(id))
            if (placed.insert(size_t(image - m_set.images.data())).second) {
                m_order.push_back(size_t(image - m_set.images.data()));
                placedGroups.insert(ratingGroupKey(*image));
            }
    std::vector<size_t> candidates;
    for (size_t i = 0; i < m_set.images.size(); ++i)
        if (!placed.count(i) && (m_perGroup == 0 || !placedGroups.count(ratingGroupKey(m_set.images[i]))))
            candidates.push_back(i);
    // A resumed session's additions draw from another stream than its start, so they do not repeat it.
    const uint64_t drawSeed = resumed ? m_seed ^ uint64_t(orderIds.size()) << 32 : m_seed;
    for (const size_t i : sampleRatingImages(m_set, candidates, m_perGroup, drawSeed))
        m_order.push_back(i);
    if (orderIds.size() != m_order.size() || !resumed) {
        json order = {
            {"schema", kOrderSchema}, {"version", 1}, {"rater", m_rater}, {"seed", m_seed}, {"per_group", m_perGroup}};
        order["order"] = json::array();
        for (const size_t i : m_order)
            order["order"].push_back(m_set.images[i].id);
        fs::create_directories(fs::path(m_lab) / kRatingsFolder, ec);
        writeFileAtomically(orderFile, order.dump(1) + "\n");
    }
}

std::vector<const RatingImage*> RatingSession::order() const
{
    std::vector<const RatingImage*> images;
    for (const size_t i : m_order)
        images.push_back(&m_set.images[i]);
    return images;
}

const RatingImage* RatingSession::current() const
{
    std::set<std::string> answered;
    for (const RatingAnswer& a : m_answers)
        answered.insert(a.image);
    for (const size_t i : m_order)
        if (!answered.count(m_set.images[i].id))
            return &m_set.images[i];
    return nullptr;
}

void RatingSession::answer(std::optional<int64_t> cls, double seconds)
{
    const RatingImage* image = current();
    if (!image)
        throw Error(ErrorCode::InvalidArgument, "Every image of this session already has an answer.");
    if (cls && (*cls < 0 || *cls >= int64_t(m_set.classNames.size())))
        throw Error(ErrorCode::InvalidArgument, "The answer " + std::to_string(*cls) + " is not one of the classes.");
    m_answers.push_back({image->id, image->target, cls, std::max(0.0, seconds)});
    try {
        save();
    } catch (...) {
        m_answers.pop_back(); // what is on disk stays what the session holds
        throw;
    }
}

void RatingSession::answerImage(const std::string& id, std::optional<int64_t> cls, double seconds)
{
    const RatingImage* image = m_set.find(id);
    if (!image || std::find(m_order.begin(), m_order.end(), size_t(image - m_set.images.data())) == m_order.end())
        throw Error(ErrorCode::InvalidArgument, "The image \"" + id + "\" is not one of this session's images.",
                    "Answer only the images the session shows (order()).");
    if (cls && (*cls < 0 || *cls >= int64_t(m_set.classNames.size())))
        throw Error(ErrorCode::InvalidArgument, "The answer " + std::to_string(*cls) + " is not one of the classes.",
                    "Answer with a class number from 0 to " + std::to_string(m_set.classNames.size() - 1)
                        + ", or \"can't tell\".");
    const std::vector<RatingAnswer> before = m_answers;
    const RatingAnswer given{image->id, image->target, cls, std::max(0.0, seconds)};
    const auto it =
        std::find_if(m_answers.begin(), m_answers.end(), [&](const RatingAnswer& a) { return a.image == id; });
    if (it != m_answers.end())
        *it = given;
    else
        m_answers.push_back(given);
    try {
        save();
    } catch (...) {
        m_answers = before;
        throw;
    }
}

const RatingAnswer* RatingSession::answerFor(const std::string& id) const
{
    for (const RatingAnswer& a : m_answers)
        if (a.image == id)
            return &a;
    return nullptr;
}

bool RatingSession::undo()
{
    if (m_answers.empty())
        return false;
    const RatingAnswer last = m_answers.back();
    m_answers.pop_back();
    try {
        save();
    } catch (...) {
        m_answers.push_back(last);
        throw;
    }
    return true;
}

void RatingSession::save() const
{
    std::error_code ec;
    fs::create_directories(fs::path(m_lab) / kRatingsFolder, ec);
    std::vector<RatingAnswer> all = m_stale;
    all.insert(all.end(), m_answers.begin(), m_answers.end());
    writeFileAtomically(ratingSessionPath(m_lab, m_rater), ratingAnswersCsv(all));
}

size_t importRatingSession(const std::string& labFolder, const std::string& rater, const std::string& file)
{
    checkRater(rater);
    const RatingImageSet set = collectRatingImages(labFolder);
    const std::vector<RatingAnswer> answers = readRatingAnswers(file, &set);
    if (answers.empty())
        throw Error(ErrorCode::BadFormat, "'" + file + "' holds no answers, only the header.",
                    "Import a session that rated at least one image.");
    const std::string target = ratingSessionPath(labFolder, rater);
    std::error_code ec;
    if (fs::exists(target, ec))
        throw Error(ErrorCode::InvalidArgument,
                    "The lab already has a session of the rater \"" + rater + "\" (" + target
                        + "); nothing was imported.",
                    "Give the imported session another rater id with --rater ID.");
    fs::create_directories(fs::path(labFolder) / kRatingsFolder, ec);
    writeFileAtomically(target, ratingAnswersCsv(answers));
    return answers.size();
}

} // namespace psnn
