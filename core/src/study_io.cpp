// SPDX-License-Identifier: GPL-3.0-or-later
// The study's files: one JSON per point, the merged study.json and study.csv, and the job list.
#include "study_internal.h"
#include "study_point_check.h"

#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/lab.h"
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
    const json settings = {{"id", p.id}, {"defence", p.defence}, {"epochs", p.epochs}, {"lr", p.learningRate}, {"matches", p.matches},
                           {"threshold_aware", study.thresholdAware}, {"kid_subsets", study.kidSubsets},
                           {"attacks", json::parse(leakageConfigJson(attacks))},
                           {"encryption", json::parse(encryptionConfigJson(pipeline.encryption, 0))},
                           {"conversion", json::parse(conversionConfigJson(pipeline.conversion, pipeline.conversionImages))},
                           {"eval_batch", pipeline.evalBatchSize}, {"seed", pipeline.seed}, {"inputs", inputsHash}};
    const std::string text = settings.dump();
    return sha256Hex(text.data(), text.size());
}

json pointToJson(const StudyPointResult& r)
{
    json drift = json::array();
    for (const LayerDrift& d : r.drift)
        drift.push_back({{"layer", d.path}, {"cosine", d.cosine}, {"relative_l2", d.relativeL2}});
    json attacks = json::array();
    for (const StudyAttackRow& a : r.attacks)
        attacks.push_back({{"attack", a.attack}, {"images", a.images}, {"labels", a.labels}, {"correct", a.correct},
                           {"correct2", a.correct2}, {"confidence", a.confidence}, {"fid", a.fid}, {"kid", a.kid},
                           {"fid_normalised", a.fidNormalised}, {"kid_normalised", a.kidNormalised}});
    const StudyPoint& p = r.point;
    json j = {{"schema", "privatesnn-study-point"},
              {"version", kPointVersion},
              {"key", r.key},
              {"point",
               {{"id", p.id},
                {"defence", p.defence},
                {"label", p.label},
                {"strength", p.strength},
                {"epochs", p.epochs},
                {"learning_rate", p.learningRate},
                {"matches", p.matches}}},
              {"ann_accuracy", r.annAccuracy},
              {"snn_accuracy", r.snnAccuracy},
              {"reconverted_ann_accuracy", r.reconvertedAccuracy},
              {"drift", drift},
              {"weight_relative_l2", r.relativeL2},
              {"attacks", attacks},
              {"references",
               {{"fid_real", r.references.fidReal},
                {"fid_noise", r.references.fidNoise},
                {"kid_real", r.references.kidReal},
                {"kid_noise", r.references.kidNoise}}},
              {"seconds", r.seconds}};
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
        StudyPointResult r;
        r.key = j.at("key").get<std::string>();
        const json& p = j.at("point");
        r.point.id = p.at("id");
        r.point.defence = p.at("defence");
        r.point.label = p.at("label");
        r.point.strength = p.at("strength");
        r.point.epochs = p.at("epochs");
        r.point.learningRate = p.at("learning_rate");
        r.point.matches = p.at("matches");
        r.annAccuracy = j.at("ann_accuracy");
        r.snnAccuracy = j.at("snn_accuracy");
        r.reconvertedAccuracy = j.at("reconverted_ann_accuracy");
        for (const json& d : j.at("drift"))
            r.drift.push_back({d.at("layer"), d.at("cosine"), d.at("relative_l2")});
        r.relativeL2 = j.at("weight_relative_l2");
        for (const json& a : j.at("attacks")) {
            StudyAttackRow row;
            row.attack = a.at("attack");
            row.images = a.at("images");
            row.labels = a.at("labels").get<std::vector<int64_t>>();
            row.correct = a.at("correct").get<std::vector<int>>();
            row.correct2 = a.at("correct2").get<std::vector<int>>();
            row.confidence = a.at("confidence");
            row.fid = a.at("fid");
            row.kid = a.at("kid");
            row.fidNormalised = a.at("fid_normalised");
            row.kidNormalised = a.at("kid_normalised");
            r.attacks.push_back(std::move(row));
        }
        const json& ref = j.at("references");
        r.references = {ref.at("fid_real"), ref.at("fid_noise"), ref.at("kid_real"), ref.at("kid_noise")};
        r.seconds = j.at("seconds");
        return r;
    } catch (const std::exception& e) { // a damaged file (psnn::Error or JSON): the point is run again
        if (problem)
            *problem = e.what();
        return std::nullopt;
    }
}

} // namespace study_detail

namespace {

json summaryJsonOf(const StudySummary& s, const std::string& grid)
{
    json pts = json::array();
    for (const StudyPointResult& p : s.points) {
        json attacks = json::array();
        for (const StudyAttackRow& a : p.attacks)
            attacks.push_back({{"attack", a.attack}, {"images", a.images}, {"judge_accuracy", a.accuracy},
                               {"judge_ci_low", a.interval.low}, {"judge_ci_high", a.interval.high},
                               {"bootstrap_low", a.bootstrap.low}, {"bootstrap_high", a.bootstrap.high},
                               {"judge_confidence", a.confidence},
                               {"judge2_accuracy", a.accuracy2 >= 0 ? json(a.accuracy2) : json(nullptr)},
                               {"judge_agreement", a.agreement >= 0 ? json(a.agreement) : json(nullptr)},
                               {"fid", a.fid}, {"kid", a.kid}, {"fid_normalised", a.fidNormalised},
                               {"kid_normalised", a.kidNormalised}, {"mcnemar_p", a.mcnemarP},
                               {"verdict", verdictKey(a.verdict.verdict)}, {"verdict_text", verdictText(a.verdict)},
                               {"images_needed", a.verdict.imagesNeeded}});
        json drift = json::array();
        for (const LayerDrift& d : p.drift)
            drift.push_back({{"layer", d.path}, {"cosine", d.cosine}, {"relative_l2", d.relativeL2}});
        pts.push_back({{"id", p.point.id}, {"defence", p.point.defence}, {"label", p.point.label}, {"strength", p.point.strength},
                       {"weight_relative_l2", p.relativeL2}, {"drift", drift}, {"ann_accuracy", p.annAccuracy},
                       {"snn_accuracy", p.snnAccuracy}, {"accuracy_lost", p.annAccuracy - p.snnAccuracy},
                       {"reconverted_ann_accuracy", p.reconvertedAccuracy}, {"strongest", p.attacks.empty() ? json(nullptr) : json(p.attacks[p.strongest].attack)},
                       {"references", {{"fid_real", p.references.fidReal}, {"fid_noise", p.references.fidNoise},
                                       {"kid_real", p.references.kidReal}, {"kid_noise", p.references.kidNoise}}},
                       {"seconds", p.seconds}, {"attacks", attacks}});
    }
    return {{"schema", "privatesnn-study"}, {"version", 1}, {"grid", grid}, {"chance", s.chance}, {"margin", s.margin},
            {"recommended", s.recommended ? json(s.points[*s.recommended].point.id) : json(nullptr)}, {"answer", s.answer},
            {"rule", "leaks: the 95 % Clopper-Pearson interval's lower bound is above chance; protected against this attacker "
                     "budget: its upper bound is at most chance + the margin; otherwise inconclusive"},
            {"points", pts}};
}

} // namespace

std::string studySummaryJson(const StudySummary& summary, const std::string& grid)
{
    return summaryJsonOf(summary, grid).dump(1);
}

StudySummary collectStudy(const PipelineConfig& pipeline, const StudyConfig& study, const std::string& labFolder,
                          std::vector<std::string>* missing)
{
    Lab lab = Lab::open(labFolder);
    const std::string inputsHash = study_detail::loadStudyInputs(pipeline, labFolder, study).inputsHash;
    StudySummary s;
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
    lab.writeText("study/study.csv", studyCsv(s));
    lab.writeText("study/study.json", studySummaryJson(s, study.grid));
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
