// SPDX-License-Identifier: GPL-3.0-or-later
// The study's files: one JSON per point, the merged study.json and study.csv, and the job list.
#include "study_internal.h"
#include "study_point_check.h"

#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/lab.h"
#include "privatesnn/ratings.h"
#include "privatesnn/sha256.h"

#include <filesystem>
#include <sstream>

namespace psnn {
namespace fs = std::filesystem;
using nlohmann::json;

namespace study_detail {

std::string pointKey(const StudyPoint& p, const StudyConfig& study, const PipelineConfig& pipeline, const std::string& inputsHash)
{
    PipelineConfig forKey = pipeline;
    LeakageStudyConfig attacks;
    attacks.attack1 = study.attack1;
    attacks.attack2 = study.attack2;
    json settings = {{"id", p.id},
                     {"defence", p.defence},
                     {"epochs", p.epochs},
                     {"lr", p.learningRate},
                     {"matches", p.matches},
                     {"threshold_aware", study.thresholdAware},
                     {"kid_subsets", study.kidSubsets},
                     // As text, as the key has always hashed them: points keep their keys.
                     {"attacks", leakageConfigJson(attacks).dump()},
                     {"encryption", encryptionConfigJson(pipeline.encryption, 0).dump()},
                     {"conversion", conversionConfigJson(pipeline.conversion, pipeline.conversionImages).dump()},
                     {"eval_batch", pipeline.evalBatchSize},
                     {"seed", pipeline.seed},
                     {"inputs", inputsHash}};
    addControlAndDefenceKey(settings, p, study);
    const std::string text = settings.dump();
    return sha256Hex(text.data(), text.size());
}

namespace {

// A point's own file keeps what the statistics are computed from (each image's outcome), which
// study.json leaves out; its field lists are this file's view of the study's structs.

/// An attack of a point, as its file keeps it.
struct PointAttack {
    StudyAttackRow row;
};

template <class F> void describeFields(F& f, PointAttack& p)
{
    StudyAttackRow& a = p.row;
    f("attack", a.attack);
    f("images", a.images);
    f("labels", a.labels);
    f("correct", a.correct);
    f("correct2", a.correct2);
    f("confidence", a.confidence);
    f("fid", a.fid);
    f("kid", a.kid);
    f("fid_normalised", a.fidNormalised);
    f("kid_normalised", a.kidNormalised);
}

/// LAB/study/points/ID.json; every field must be there (a damaged file is run again).
struct PointFile {
    StudyPointResult result;
};

template <class F> void describeFields(F& f, PointFile& file)
{
    StudyPointResult& r = file.result;
    StudyPoint& p = r.point;
    f.derived("schema", std::string("privatesnn-study-point"));
    f.derived("version", kPointVersion);
    f("key", r.key, fields::required);
    f.object(
        "point",
        [&](auto& g) {
            g("id", p.id, fields::required);
            g("defence", p.defence, fields::required);
            g("label", p.label, fields::required);
            g("strength", p.strength, fields::required);
            g("epochs", p.epochs, fields::required);
            g("learning_rate", p.learningRate, fields::required);
            g("matches", p.matches, fields::required);
            // The doses of the later defences and controls (absent in older points: 0).
            g("layers", p.layers);
            g("bits", p.bits);
            g("label_smoothing", p.labelSmoothing);
            g("epsilon", p.epsilon);
        },
        fields::required);
    f("ann_accuracy", r.annAccuracy, fields::required);
    f("snn_accuracy", r.snnAccuracy, fields::required);
    f("reconverted_ann_accuracy", r.reconvertedAccuracy, fields::required);
    f("drift", r.drift, fields::required);
    f("weight_relative_l2", r.relativeL2, fields::required);
    std::vector<PointAttack> attacks;
    for (const StudyAttackRow& a : r.attacks)
        attacks.push_back({a});
    f("attacks", attacks, fields::required);
    if constexpr (F::reads) {
        r.attacks.clear();
        for (PointAttack& a : attacks)
            r.attacks.push_back(std::move(a.row));
    }
    f("references", r.references, fields::required);
    f("seconds", r.seconds, fields::required);
}

} // namespace

json pointToJson(const StudyPointResult& r)
{
    json j = fields::toJson(PointFile{r});
    signPoint(j);
    return j;
}

std::optional<StudyPointResult> readPoint(const std::string& path, std::string* problem)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return std::nullopt;
    try {
        const json j = readJsonFile(path, "study point");
        if (const std::string wrong = pointProblem(j); !wrong.empty()) {
            if (problem)
                *problem = wrong;
            return std::nullopt;
        }
        PointFile file;
        fields::fromJson(j, file);
        return file.result;
    } catch (const std::exception& e) { // a damaged file (psnn::Error or JSON): the point is run again
        if (problem)
            *problem = e.what();
        return std::nullopt;
    }
}

} // namespace study_detail

StudySummary collectStudy(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& labFolder,
                          std::vector<std::string>* missing)
{
    Lab lab = Lab::open(labFolder);
    const std::string inputsHash = study_detail::loadStudyInputs(pipeline, labFolder, study).inputsHash;
    StudySummary s;
    s.grid = study.grid;
    s.margin = study.margin;
    for (const StudyPoint& p : study.points) {
        std::string problem;
        std::optional<StudyPointResult> r =
            study_detail::readPoint(lab.path("study/points/" + p.id + ".json"), &problem);
        if (!r || r->key != study_detail::pointKey(p, study, pipeline, inputsHash)) {
            if (missing) // a file that fails its check is named with the reason, never merged
                missing->push_back(problem.empty() ? p.id
                                                   : p.id + " (" + lab.path("study/points/" + p.id + ".json") + ": "
                                           + problem + ")");
            continue;
        }
        r->point.label = p.label;
        s.points.push_back(std::move(*r));
    }
    int64_t classes = 0;
    for (const StudyPointResult& p : s.points)
        for (const StudyAttackRow& a : p.attacks)
            for (int64_t l : a.labels)
                classes = std::max(classes, l + 1);
    s.chance = classes > 0 ? 1.0 / double(classes) : 0.1;
    summariseStudy(s, study.bootstrapResamples, 0);
    fs::create_directories(lab.path("study"));
    lab.writeText("study/study.json", toJson(s).dump(1));
    // The human column, when people have rated the images (read after study.json: its rule applies).
    std::optional<RatingsSummary> human;
    try {
        human = readRatingsSummary(lab.folder());
    } catch (const Error& e) {
        lab.log(std::string("study.csv has no human column: ") + e.what());
    }
    lab.writeText("study/study.csv", studyCsv(s, human ? &*human : nullptr));
    return s;
}

std::vector<std::string> studyJobCommands(const StudyConfig& study, const std::string& lab, const std::string& configFile,
                                          const std::string& program)
{
    auto quote = [](const std::string& s) {
        std::string out = "'";
        for (char c : s)
            out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    };
    std::vector<std::string> lines;
    for (const StudyPoint& p : study.points)
        lines.push_back(program + " --threads 1 study --lab " + quote(lab) + (configFile.empty() ? "" : " --config " + quote(configFile))
                        + " --grid " + study.grid + " --point " + p.id);
    return lines;
}

} // namespace psnn
