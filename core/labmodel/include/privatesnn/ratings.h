// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The human judge (issue 25) as typed values: the attack images a person rates, the blind order,
// one rater's session (LAB/ratings/RATER.csv) and the statistics over all sessions. Torch- and
// Qt-free, so the CLI, the report and the rating dialog share them. Each struct with a JSON form is
// followed by its field list (json_fields.h), the one place its keys are spelled.

#include "privatesnn/json_fields.h"
#include "privatesnn/verdict.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

inline constexpr const char* kAttackImagesSchema = "privatesnn-attack-images";
inline constexpr int kAttackImagesVersion = 1;
/// The manifest beside a folder of attack images (what each PNG is and whom it attacks).
inline constexpr const char* kAttackImagesManifest = "attack_images.json";
/// Where the pipeline's attack step keeps its images, and where a study keeps each point's
/// (study/images/POINT-ID/), relative to the lab.
inline constexpr const char* kLabAttackImagesFolder = "images/attacks";
inline constexpr const char* kStudyAttackImagesFolder = "study/images";
inline constexpr const char* kRatingsFolder = "ratings";
/// The point of the pipeline's own attacks (a study's points have their ids).
inline constexpr const char* kLabPoint = "lab";

/// One image in a manifest: its file (beside the manifest), the class it was made for, which
/// attack on which model made it, and the SHA-256 of the file.
struct AttackImageEntry {
    std::string file;
    int64_t target = 0;
    std::string attack; ///< "attack 1"
    std::string model;  ///< "SNN", "encrypted SNN", "ANN"
    std::string sha256;
    /// The class each judge network put the image in; empty when the run had no such judge or
    /// came before these were recorded.
    std::optional<int64_t> judge1, judge2;
};

template <class F> void describeFields(F& f, AttackImageEntry& v)
{
    f("file", v.file, fields::required);
    f("target", v.target, fields::required);
    f("attack", v.attack);
    f("model", v.model);
    f("sha256", v.sha256, fields::omitEmpty);
    f("judge_class", v.judge1);
    f("judge2_class", v.judge2);
}

struct AttackImageManifest {
    std::vector<AttackImageEntry> images;
};

template <class F> void describeFields(F& f, AttackImageManifest& v)
{
    f.derived("schema", std::string(kAttackImagesSchema));
    f.derived("version", kAttackImagesVersion);
    f("images", v.images);
}

/// One image a person can rate. Nothing of it but the file is ever shown to the rater.
struct RatingImage {
    /// "POINT/FILE-STEM-HASH", e.g. "lab/attack-1-snn-007-3fa2c91b": the hash (the file's SHA-256,
    /// first 8 digits) gives an image made again by a later run a new id, so answers about the old
    /// one never count for it.
    std::string id;
    std::string path; ///< absolute or relative to the working folder: what to load
    int64_t target = 0;
    std::string point; ///< kLabPoint or a study point's id
    std::string attack, model;
    std::optional<int64_t> judge1, judge2; ///< each judge's class, when the manifest records it
};

/// The images of a lab with what a rater needs besides them.
struct RatingImageSet {
    std::vector<std::string> classNames;
    std::vector<RatingImage> images; ///< in a fixed order (by id)
    /// The image with this id, or nullptr.
    const RatingImage* find(const std::string& id) const;
};

/// A rater's answer for one image: a class index, or empty for "can't tell".
struct RatingAnswer {
    std::string image;
    int64_t target = 0;
    std::optional<int64_t> answer;
    double seconds = 0;
    bool correct() const { return answer && *answer == target; }
};

/// Human accuracy on the images of one attack on one model at one point, over every rating.
struct HumanRow {
    std::string point, attack, model;
    int64_t images = 0;   ///< distinct images rated
    int64_t ratings = 0;  ///< answers (an image rated by two raters counts twice)
    int64_t correct = 0;  ///< answers naming the target class
    int64_t cantTell = 0; ///< "can't tell" answers (counted as wrong)
    double accuracy = 0;
    /// At the point's family-wise level over its attacks, chance 1/classes (VerdictResult.interval
    /// is the exact Clopper-Pearson interval).
    VerdictResult verdict;
    /// The lower bound is above chance: people recognise the classes in these images.
    bool leaksToPeople = false;
};

template <class F> void describeFields(F& f, HumanRow& v)
{
    f("point", v.point);
    f("attack", v.attack);
    f("model", v.model);
    f("images", v.images);
    f("ratings", v.ratings);
    f("correct", v.correct);
    f("cant_tell", v.cantTell);
    f("accuracy", v.accuracy);
    describeVerdict(f, v.verdict);
    f("leaks_to_people", v.leaksToPeople);
}

/// A point's rows together: the pooled accuracy (the study table's "human" column) and the verdict
/// of its attacks combined (combineVerdicts).
struct HumanPoint {
    std::string point;
    int64_t ratings = 0, correct = 0;
    double accuracy = 0;
    Interval interval; ///< exact 95 % interval of the pooled accuracy
    VerdictResult verdict;
    bool leaksToPeople = false;
};

template <class F> void describeFields(F& f, HumanPoint& v)
{
    f("point", v.point);
    f("ratings", v.ratings);
    f("correct", v.correct);
    f("accuracy", v.accuracy);
    f("ci_low", v.interval.low);
    f("ci_high", v.interval.high);
    describeVerdict(f, v.verdict);
    f("leaks_to_people", v.leaksToPeople);
}

struct RaterCount {
    std::string rater;
    int64_t images = 0, correct = 0, cantTell = 0;
};

template <class F> void describeFields(F& f, RaterCount& v)
{
    f("rater", v.rater);
    f("images", v.images);
    f("correct", v.correct);
    f("cant_tell", v.cantTell);
}

/// Every session of a lab, summarised.
struct RatingsSummary {
    int64_t classes = 0;
    double chance = 0, margin = 0.10, level = 0.95;
    int64_t imagesAvailable = 0; ///< in the lab's rating set
    /// Answers about images the lab no longer holds (made again by a later run): left out.
    int64_t staleAnswers = 0;
    std::vector<RaterCount> raters;
    std::vector<HumanRow> rows;     ///< by point, then attack and model
    std::vector<HumanPoint> points; ///< in the order of rows
    /// Fleiss' kappa over the images every rater answered (classes + "can't tell" as categories);
    /// empty with fewer than two raters, no shared image, or when every answer falls in one category.
    std::optional<double> fleissKappa;
    int64_t kappaImages = 0;

    /// The point's people, or empty when nobody rated its images. A study with defence seeds keeps one
    /// image folder per seed (ID-s0, ID-s1, ...): their ratings are pooled, with the exact interval of
    /// the pooled count and the verdicts of the seeds together.
    std::optional<HumanPoint> point(const std::string& id) const;
};

template <class F> void describeFields(F& f, RatingsSummary& v)
{
    f("classes", v.classes);
    f("chance", v.chance);
    f("margin", v.margin);
    f("level", v.level);
    f("images_available", v.imagesAvailable);
    f("stale_answers", v.staleAnswers);
    f("raters", v.raters);
    f("rows", v.rows);
    f("points", v.points);
    f("fleiss_kappa", v.fleissKappa, fields::nullWhenEmpty);
    f("kappa_images", v.kappaImages);
}

// ---- the image set (rating_images.cpp) ------------------------------------------------------------

/// Reads a manifest (kAttackImagesManifest). Throws Error (BadFormat) naming the file and field.
AttackImageManifest readAttackImageManifest(const std::string& path);
/// Writes a manifest atomically.
void writeAttackImageManifest(const std::string& path, const AttackImageManifest& manifest);

/// The lab's attack images: the pipeline's (images/attacks) and every study point's
/// (study/images/POINT), with the class names of results.json. Throws Error (FileNotFound) when the
/// lab has none, saying how to make them; (BadFormat) for a damaged manifest, naming it.
RatingImageSet collectRatingImages(const std::string& labFolder);

/// Indices into images in a blind order: a Fisher-Yates shuffle driven by a 64-bit Mersenne
/// Twister from seed, spelled out so the same seed gives the same order on every platform.
std::vector<size_t> blindOrder(size_t images, uint64_t seed);

// ---- samples (rating_sample.cpp) ------------------------------------------------------------------

/// The images of one attack on one model at one point form a group; a session may rate a sample of
/// each group instead of every image (a study holds thousands).
std::string ratingGroupKey(const RatingImage& image);

/// How many images a sample of perGroup images per group holds (0 = every image).
size_t ratingSampleSize(const RatingImageSet& set, size_t perGroup);

/// A blind, stratified sample of the images at the given indices: perGroup images of each group
/// (all of a smaller group; 0 = every image), the classes of a group as even as possible and, among
/// equally even choices, the classes least drawn so far over the whole sample, so every class is
/// rated about as often. Returned in a blind order; the same seed gives the same sample everywhere.
std::vector<size_t> sampleRatingImages(const RatingImageSet& set, const std::vector<size_t>& candidates,
                                       size_t perGroup, uint64_t seed);

// ---- sessions (rating_session.cpp) ----------------------------------------------------------------

/// A rater id is a file name: 1-40 letters, digits, '-', '_' or '.', starting with a letter or digit.
/// Returns the problem in English, empty when the id is fine.
std::string raterIdProblem(const std::string& rater);

/// LAB/ratings/RATER.csv.
std::string ratingSessionPath(const std::string& labFolder, const std::string& rater);

/// The answers of a session file ("image,target,answer,seconds"; answer a class index or
/// "cant_tell"). Checked against the set when given: an unknown image, a target other than the
/// image's, an answer outside the classes, a repeated image or a malformed line is refused with
/// Error (BadFormat) naming the file and the line. With `stale`, answers about images the set no
/// longer holds (the attack ran again) go there instead of being refused.
std::vector<RatingAnswer> readRatingAnswers(const std::string& path, const RatingImageSet* set = nullptr,
                                            std::vector<RatingAnswer>* stale = nullptr);
/// The session file's text.
std::string ratingAnswersCsv(const std::vector<RatingAnswer>& answers);

/// The raters with a session in the lab, by name.
std::vector<std::string> ratingSessions(const std::string& labFolder);

/// One rater's blind session over a lab's images. Every answer and undo rewrites the session file
/// atomically (temporary file + rename), so a kill loses at most the image on screen; opening an
/// existing session continues where it stopped. The images and their order are fixed when the
/// session starts, from a seed and a sample size kept beside the answers (RATER.order.json); images
/// added since (a new study point) follow in their own blind order, sampled as the session was.
class RatingSession {
public:
    /// A new session rates perGroup images of each group (sampleRatingImages; 0 = every image); an
    /// existing one keeps its recorded seed and sample and ignores both arguments. Throws Error
    /// (InvalidArgument) for a bad rater id, as readRatingAnswers for a damaged file.
    RatingSession(std::string labFolder, std::string rater, RatingImageSet set, uint64_t seed, size_t perGroup = 0);

    const std::string& rater() const { return m_rater; }
    uint64_t seed() const { return m_seed; }
    /// The session's images per group; 0 when it rates every image.
    size_t perGroup() const { return m_perGroup; }
    const RatingImageSet& images() const { return m_set; }
    const std::vector<RatingAnswer>& answers() const { return m_answers; }
    size_t total() const { return m_order.size(); }
    size_t done() const { return m_answers.size(); }
    /// Answers kept in the file about images the lab no longer holds.
    size_t stale() const { return m_stale.size(); }
    /// Every image in the session's blind order (a printed sheet's numbering: position + 1).
    std::vector<const RatingImage*> order() const;
    /// The image to rate next, or nullptr when every image has an answer.
    const RatingImage* current() const;
    /// Records the answer to current() (a class index, or empty for "can't tell") and saves.
    void answer(std::optional<int64_t> cls, double seconds);
    /// Records the answer to one image of the session, in any order, replacing an earlier answer
    /// to it (a classroom's answers typed as the teacher goes back and forth), and saves. Throws
    /// Error (InvalidArgument) for an image not in the session or an answer that is no class.
    void answerImage(const std::string& id, std::optional<int64_t> cls, double seconds);
    /// The answer to the image, or nullptr.
    const RatingAnswer* answerFor(const std::string& id) const;
    /// Takes back the last answer and saves; false when there is none.
    bool undo();

private:
    void save() const;

    std::string m_lab, m_rater;
    RatingImageSet m_set;
    uint64_t m_seed = 0;
    size_t m_perGroup = 0;
    std::vector<size_t> m_order; ///< indices into m_set.images
    std::vector<RatingAnswer> m_answers;
    std::vector<RatingAnswer> m_stale; ///< kept in the file as evidence, never counted
};

/// Merges a session made elsewhere into LAB/ratings/RATER.csv, checked as readRatingAnswers does
/// against the lab's images. Refuses (Error InvalidArgument) when the rater already has a session
/// there. Returns the answers taken.
size_t importRatingSession(const std::string& labFolder, const std::string& rater, const std::string& file);

// ---- rating sheets (rating_sheet.cpp) --------------------------------------------------------------

/// Takes in a printed rating sheet filled in by hand and typed up: a CSV "number,answer" (the
/// sheet's image number; a class number, or "?", "cant_tell" or nothing for "can't tell"), mapped
/// to images by the order recorded when the sheet of this rater id was printed
/// (LAB/ratings/RATER.order.json). Writes LAB/ratings/RATER.csv. Refuses (Error BadFormat, naming
/// the line) an unknown number, a repeated one or an answer that is no class; (InvalidArgument)
/// when no sheet was printed for the id or the rater already has answers. Returns the answers taken.
size_t importRatingSheet(const std::string& labFolder, const std::string& rater, const std::string& file);

// ---- statistics (rating_stats.cpp) ----------------------------------------------------------------

/// How the ratings become verdicts: chance 1/classes, the study's margin and level (defaults when
/// the lab has no study). Each point's rows share a family (Bonferroni over its attacks).
struct HumanVerdictRule {
    double margin = 0.10, level = 0.95;
};

/// Fleiss' kappa: counts[i][j] = raters who put image i in category j, the same number of raters
/// for every image. Empty when undefined (fewer than two raters or images, or one category only).
std::optional<double> fleissKappa(const std::vector<std::vector<int64_t>>& counts);

/// The summary of the sessions given (rater -> answers) over the set; answers about images not in
/// the set count as stale.
RatingsSummary summariseRatings(const RatingImageSet& set,
                                const std::vector<std::pair<std::string, std::vector<RatingAnswer>>>& sessions,
                                const HumanVerdictRule& rule);

/// Every session of the lab summarised with its study's rule; nullopt when the lab has no session.
std::optional<RatingsSummary> readRatingsSummary(const std::string& labFolder);

} // namespace psnn
