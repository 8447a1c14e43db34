// SPDX-License-Identifier: GPL-3.0-or-later
// Human accuracy per point and attack with exact intervals and the study's verdicts, and Fleiss'
// kappa between raters.
#include "privatesnn/ratings.h"

#include "privatesnn/error.h"
#include "privatesnn/study_stats.h"
#include "privatesnn/study_summary.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace psnn {

std::optional<HumanPoint> RatingsSummary::point(const std::string& id) const
{
    for (const HumanPoint& p : points)
        if (p.point == id)
            return p;
    const auto isSeedOf = [&](const std::string& folder) {
        const std::string prefix = id + "-s";
        return folder.size() > prefix.size() && folder.compare(0, prefix.size(), prefix) == 0
            && std::all_of(folder.begin() + std::ptrdiff_t(prefix.size()), folder.end(),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    HumanPoint pooled;
    pooled.point = id;
    std::vector<VerdictResult> seeds;
    for (const HumanPoint& p : points)
        if (isSeedOf(p.point)) {
            pooled.ratings += p.ratings;
            pooled.correct += p.correct;
            pooled.leaksToPeople = pooled.leaksToPeople || p.leaksToPeople;
            seeds.push_back(p.verdict);
        }
    if (pooled.ratings == 0)
        return std::nullopt;
    pooled.accuracy = double(pooled.correct) / double(pooled.ratings);
    pooled.interval = clopperPearson(pooled.correct, pooled.ratings, 0.95);
    pooled.verdict = combineVerdicts(seeds);
    return pooled;
}

std::optional<double> fleissKappa(const std::vector<std::vector<int64_t>>& counts)
{
    if (counts.size() < 2 || counts.front().empty())
        return std::nullopt;
    const size_t categories = counts.front().size();
    int64_t raters = 0;
    for (const int64_t c : counts.front())
        raters += c;
    if (raters < 2)
        return std::nullopt;
    std::vector<double> share(categories, 0.0);
    double agreement = 0; // the mean over images of P_i, the pairs of raters who agree
    for (const std::vector<int64_t>& row : counts) {
        int64_t n = 0, pairs = 0;
        if (row.size() != categories)
            throw Error(ErrorCode::InvalidArgument, "Fleiss' kappa needs the same categories for every image.");
        for (size_t j = 0; j < categories; ++j) {
            n += row[j];
            pairs += row[j] * (row[j] - 1);
            share[j] += double(row[j]);
        }
        if (n != raters)
            throw Error(ErrorCode::InvalidArgument, "Fleiss' kappa needs the same number of raters for every image.");
        agreement += double(pairs) / double(raters * (raters - 1));
    }
    agreement /= double(counts.size());
    double expected = 0; // P_e: agreement by chance from the categories' overall shares
    for (double& s : share) {
        s /= double(counts.size()) * double(raters);
        expected += s * s;
    }
    if (expected >= 1 - 1e-12)
        return std::nullopt; // every answer in one category: agreement beyond chance is undefined
    return (agreement - expected) / (1 - expected);
}

RatingsSummary summariseRatings(const RatingImageSet& set,
                                const std::vector<std::pair<std::string, std::vector<RatingAnswer>>>& sessions,
                                const HumanVerdictRule& rule)
{
    RatingsSummary s;
    s.classes = int64_t(set.classNames.size());
    if (s.classes < 2)
        throw Error(ErrorCode::InvalidArgument, "Human accuracy needs a model with at least two classes.");
    s.chance = 1.0 / double(s.classes);
    s.margin = rule.margin;
    s.level = rule.level;
    s.imagesAvailable = int64_t(set.images.size());

    // The pipeline's own attacks first, then the study's points by id; attacks and models by name.
    using Key = std::tuple<bool, std::string, std::string, std::string>;
    std::map<Key, HumanRow> rows;
    std::map<Key, std::set<std::string>> imagesOf;
    std::map<std::string, std::map<std::string, std::optional<int64_t>>> byImage; // image -> rater -> answer
    for (const auto& [rater, answers] : sessions) {
        RaterCount count{rater, 0, 0, 0};
        for (const RatingAnswer& a : answers) {
            const RatingImage* image = set.find(a.image);
            if (!image) {
                ++s.staleAnswers;
                continue;
            }
            if (a.answer && (*a.answer < 0 || *a.answer >= s.classes))
                throw Error(ErrorCode::InvalidArgument,
                            "The answer " + std::to_string(*a.answer) + " of " + rater + " is not one of the classes.");
            const Key key{image->point != kLabPoint, image->point, image->attack, image->model};
            HumanRow& row = rows[key];
            row.point = image->point;
            row.attack = image->attack;
            row.model = image->model;
            ++row.ratings;
            row.correct += a.correct() ? 1 : 0;
            row.cantTell += a.answer ? 0 : 1;
            imagesOf[key].insert(a.image);
            ++count.images;
            count.correct += a.correct() ? 1 : 0;
            count.cantTell += a.answer ? 0 : 1;
            byImage[a.image][rater] = a.answer;
        }
        if (count.images > 0)
            s.raters.push_back(count);
    }

    std::map<std::string, int> family;
    for (const auto& [key, row] : rows)
        ++family[row.point];
    for (auto& [key, row] : rows) {
        row.images = int64_t(imagesOf[key].size());
        row.accuracy = double(row.correct) / double(row.ratings);
        const VerdictRule verdictRule{s.chance, s.margin, s.level, family[row.point], 1};
        row.verdict = decideVerdict(row.correct, row.ratings, verdictRule);
        row.leaksToPeople = row.verdict.interval.low > s.chance;
        s.rows.push_back(row);
    }
    for (size_t i = 0; i < s.rows.size();) {
        HumanPoint p;
        p.point = s.rows[i].point;
        std::vector<VerdictResult> parts;
        for (; i < s.rows.size() && s.rows[i].point == p.point; ++i) {
            p.ratings += s.rows[i].ratings;
            p.correct += s.rows[i].correct;
            parts.push_back(s.rows[i].verdict);
            p.leaksToPeople = p.leaksToPeople || s.rows[i].leaksToPeople;
        }
        p.accuracy = double(p.correct) / double(p.ratings);
        p.interval = clopperPearson(p.correct, p.ratings, 0.95);
        p.verdict = combineVerdicts(parts);
        s.points.push_back(p);
    }

    // Kappa over the images every rater answered: Fleiss' statistic needs one number of raters.
    if (s.raters.size() >= 2) {
        std::vector<std::vector<int64_t>> counts;
        for (const auto& [image, answers] : byImage) {
            if (answers.size() != s.raters.size())
                continue;
            std::vector<int64_t> row(size_t(s.classes) + 1, 0); // the last category: "can't tell"
            for (const auto& [rater, answer] : answers)
                ++row[answer ? size_t(*answer) : size_t(s.classes)];
            counts.push_back(row);
        }
        s.kappaImages = int64_t(counts.size());
        s.fleissKappa = fleissKappa(counts);
    }
    return s;
}

std::optional<RatingsSummary> readRatingsSummary(const std::string& labFolder)
{
    const std::vector<std::string> raters = ratingSessions(labFolder);
    if (raters.empty())
        return std::nullopt;
    const RatingImageSet set = collectRatingImages(labFolder);
    HumanVerdictRule rule;
    if (const std::optional<StudySummary> study = readStudySummary(labFolder)) {
        rule.margin = study->margin;
        rule.level = study->level;
    }
    std::vector<std::pair<std::string, std::vector<RatingAnswer>>> sessions;
    int64_t stale = 0;
    for (const std::string& rater : raters) {
        std::vector<RatingAnswer> old;
        sessions.emplace_back(rater, readRatingAnswers(ratingSessionPath(labFolder, rater), &set, &old));
        stale += int64_t(old.size());
    }
    RatingsSummary summary = summariseRatings(set, sessions, rule);
    summary.staleAnswers += stale;
    return summary;
}

} // namespace psnn
