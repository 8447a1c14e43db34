// SPDX-License-Identifier: GPL-3.0-or-later
// The study's files: one JSON per point, the merged study.json and study.csv, and the job list.
#include "study_internal.h"
#include "study_point_check.h"

#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/lab.h"
#include "privatesnn/ratings.h"
#include "privatesnn/sha256.h"

#include <cmath>
#include <filesystem>
#include <sstream>

namespace psnn {
namespace fs = std::filesystem;
using nlohmann::json;

namespace study_detail {

std::string pointKey(const StudyJob& job, const StudyConfig& study, const PipelineConfig& pipeline,
                     const std::string& inputsHash)
{
    const StudyPoint& p = *job.point;
    PipelineConfig forKey = pipeline;
    LeakageStudyConfig attacks;
    attacks.attack1 = study.attack1;
    attacks.attack2 = study.attack2;
    json settings = {{"id", p.id},
                     {"defence", p.defence},
                     {"epochs", p.epochs},
                     {"lr", p.learningRate},
                     {"matches", p.matches},
                     {"defence_seed", job.seed},
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
    f("kid_se", a.kidSe);
    f("kid_normalised_se", a.kidNormalisedSe);
    f("seconds", a.seconds); // absent in files before it: 0
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
            g("defence_seeds", p.seeds, fields::required);
        },
        fields::required);
    f("ann_accuracy", r.annAccuracy, fields::required);
    f("snn_accuracy", r.snnAccuracy, fields::required);
    f("reconverted_ann_accuracy", r.reconvertedAccuracy, fields::required);
    f("drift", r.drift, fields::required);
    f("weight_relative_l2", r.relativeL2, fields::required);
    f("bias_l2", r.biasL2, fields::required);
    f("defence_seed", r.seed, fields::required);
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

namespace {

/// Mean of xs (0 for none).
double meanOf(const std::vector<double>& xs)
{
    double sum = 0;
    for (double x : xs)
        sum += x;
    return xs.empty() ? 0.0 : sum / double(xs.size());
}

/// A point's seeds pooled: accuracies, drift and distances are the seeds' means, each attack's
/// per-image outcomes the seeds' in seed order (summariseStudy splits them back into seeds). KID's
/// standard error over seeds: the seeds' own standard error of the mean, or the subsets' combined,
/// whichever is larger. Empty with `problem` set when the seeds were not attacked alike.
std::optional<StudyPointResult> poolSeeds(const StudyPoint& p, std::vector<StudyPointResult> runs, std::string& problem)
{
    StudyPointResult pooled = runs.front();
    pooled.point = p;
    pooled.seed = 0;
    pooled.seeds.clear();
    const double n = double(runs.size());
    const auto mean = [&](auto get) {
        std::vector<double> xs;
        for (const StudyPointResult& r : runs)
            xs.push_back(get(r));
        return meanOf(xs);
    };
    for (const StudyPointResult& r : runs) {
        if (r.attacks.size() != pooled.attacks.size()) {
            problem = "its seeds ran different attacks";
            return std::nullopt;
        }
        pooled.seeds.push_back({r.seed, r.snnAccuracy, r.reconvertedAccuracy, r.relativeL2, r.biasL2, {}});
    }
    pooled.annAccuracy = mean([](const StudyPointResult& r) { return r.annAccuracy; });
    pooled.snnAccuracy = mean([](const StudyPointResult& r) { return r.snnAccuracy; });
    pooled.reconvertedAccuracy = mean([](const StudyPointResult& r) { return r.reconvertedAccuracy; });
    pooled.relativeL2 = mean([](const StudyPointResult& r) { return r.relativeL2; });
    pooled.biasL2 = mean([](const StudyPointResult& r) { return r.biasL2; });
    pooled.seconds = mean([](const StudyPointResult& r) { return r.seconds; }) * n;
    pooled.references.fidReal = mean([](const StudyPointResult& r) { return r.references.fidReal; });
    pooled.references.fidNoise = mean([](const StudyPointResult& r) { return r.references.fidNoise; });
    pooled.references.kidReal = mean([](const StudyPointResult& r) { return r.references.kidReal; });
    pooled.references.kidNoise = mean([](const StudyPointResult& r) { return r.references.kidNoise; });
    for (size_t l = 0; l < pooled.drift.size(); ++l) {
        pooled.drift[l].cosine =
            mean([&](const StudyPointResult& r) { return l < r.drift.size() ? r.drift[l].cosine : 1.0; });
        pooled.drift[l].relativeL2 =
            mean([&](const StudyPointResult& r) { return l < r.drift.size() ? r.drift[l].relativeL2 : 0.0; });
    }
    for (size_t a = 0; a < pooled.attacks.size(); ++a) {
        StudyAttackRow& row = pooled.attacks[a];
        row.labels.clear();
        row.correct.clear();
        row.correct2.clear();
        std::vector<double> kids, kidsNormalised;
        double subsetVar = 0, subsetVarNormalised = 0;
        for (const StudyPointResult& r : runs) {
            const StudyAttackRow& x = r.attacks[a];
            if (x.attack != row.attack || x.labels != runs.front().attacks[a].labels) {
                problem = "its seeds' attacks differ (" + x.attack + ")";
                return std::nullopt;
            }
            row.labels.insert(row.labels.end(), x.labels.begin(), x.labels.end());
            row.correct.insert(row.correct.end(), x.correct.begin(), x.correct.end());
            row.correct2.insert(row.correct2.end(), x.correct2.begin(), x.correct2.end());
            kids.push_back(x.kid);
            kidsNormalised.push_back(x.kidNormalised);
            subsetVar += x.kidSe * x.kidSe / n / n;
            subsetVarNormalised += x.kidNormalisedSe * x.kidNormalisedSe / n / n;
        }
        if (row.correct2.size() != row.correct.size())
            row.correct2.clear(); // some seed had no second judge: judge 1 alone
        row.images = int64_t(row.correct.size());
        row.confidence = mean([&](const StudyPointResult& r) { return r.attacks[a].confidence; });
        row.fid = mean([&](const StudyPointResult& r) { return r.attacks[a].fid; });
        row.fidNormalised = mean([&](const StudyPointResult& r) { return r.attacks[a].fidNormalised; });
        row.seconds = mean([&](const StudyPointResult& r) { return r.attacks[a].seconds; }) * n;
        row.kid = meanOf(kids);
        row.kidNormalised = meanOf(kidsNormalised);
        const auto seedSe = [&](const std::vector<double>& xs) {
            if (xs.size() < 2)
                return 0.0;
            const double m = meanOf(xs);
            double ss = 0;
            for (double x : xs)
                ss += (x - m) * (x - m);
            return std::sqrt(ss / double(xs.size() - 1) / double(xs.size()));
        };
        row.kidSe = std::max(std::sqrt(subsetVar), seedSe(kids));
        row.kidNormalisedSe = std::max(std::sqrt(subsetVarNormalised), seedSe(kidsNormalised));
    }
    return pooled;
}

} // namespace

StudySummary collectStudy(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& labFolder,
                          std::vector<std::string>* missing)
{
    Lab lab = Lab::open(labFolder);
    const study_detail::StudyInputs in = study_detail::loadStudyInputs(pipeline, labFolder, study);
    StudySummary s;
    s.grid = study.grid;
    s.margin = study.margin;
    s.featureExtractor = in.featureName;
    const std::vector<StudyJob> jobs = studyJobs(study);
    for (const StudyPoint& p : study.points) {
        std::vector<StudyPointResult> runs;
        bool whole = true;
        for (const StudyJob& job : jobs) {
            if (job.point != &p)
                continue;
            const std::string file = lab.path("study/points/" + job.id() + ".json");
            std::string problem;
            std::optional<StudyPointResult> r = study_detail::readPoint(file, &problem);
            if (!r || r->key != study_detail::pointKey(job, study, pipeline, in.inputsHash)) {
                if (missing) // a file that fails its check is named with the reason, never merged
                    missing->push_back(problem.empty() ? job.id() : job.id() + " (" + file + ": " + problem + ")");
                whole = false;
                continue;
            }
            runs.push_back(std::move(*r));
        }
        if (!whole || runs.empty())
            continue;
        std::string problem;
        std::optional<StudyPointResult> pooled = poolSeeds(p, std::move(runs), problem);
        if (!pooled) {
            if (missing)
                missing->push_back(p.id + " (" + problem + ")");
            continue;
        }
        s.points.push_back(std::move(*pooled));
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
    for (const StudyJob& job : studyJobs(study))
        lines.push_back(program + " --threads 1 study --lab " + quote(lab)
                        + (configFile.empty() ? "" : " --config " + quote(configFile)) + " --grid " + study.grid
                        + " --point " + job.id());
    return lines;
}

} // namespace psnn
