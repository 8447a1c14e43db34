// SPDX-License-Identifier: GPL-3.0-or-later
// The study's files: one JSON per point, the merged study.json and study.csv, and the job list.
#include "study_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/sha256.h"

#include <filesystem>
#include <fstream>
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
    return {{"schema", "privatesnn-study-point"}, {"version", 1}, {"key", r.key},
            {"point", {{"id", p.id}, {"defence", p.defence}, {"label", p.label}, {"strength", p.strength}, {"epochs", p.epochs},
                       {"learning_rate", p.learningRate}, {"matches", p.matches}}},
            {"ann_accuracy", r.annAccuracy}, {"snn_accuracy", r.snnAccuracy}, {"reconverted_ann_accuracy", r.reconvertedAccuracy},
            {"drift", drift}, {"weight_relative_l2", r.relativeL2}, {"attacks", attacks},
            {"references", {{"fid_real", r.references.fidReal}, {"fid_noise", r.references.fidNoise},
                            {"kid_real", r.references.kidReal}, {"kid_noise", r.references.kidNoise}}},
            {"seconds", r.seconds}};
}

std::optional<StudyPointResult> readPoint(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    try {
        const json j = json::parse(in);
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
    } catch (const json::exception&) {
        return std::nullopt; // a damaged file: the point is simply run again
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
        std::optional<StudyPointResult> r = study_detail::readPoint(lab.path("study/points/" + p.id + ".json"));
        if (!r || r->key != study_detail::pointKey(p, study, pipeline, inputsHash)) {
            if (missing)
                missing->push_back(p.id);
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
    lab.writeText("study/study.json", toJson(s).dump(1));
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
