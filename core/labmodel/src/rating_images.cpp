// SPDX-License-Identifier: GPL-3.0-or-later
// The images a person rates: the manifests the attack step and the study write beside their PNGs,
// gathered into one set with stable ids, and the blind order over it.
#include "privatesnn/ratings.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"
#include "privatesnn/results.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string readWhole(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::FileUnreadable, "Cannot read '" + path + "'.", "Check the file's permissions.");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The manifest's images as rating images, ids prefixed with the point.
void addImages(RatingImageSet& set, const fs::path& folder, const std::string& point, int64_t classes)
{
    const fs::path manifestPath = folder / kAttackImagesManifest;
    const AttackImageManifest manifest = readAttackImageManifest(manifestPath.string());
    for (const AttackImageEntry& e : manifest.images) {
        // A file name with a folder in it could point outside the lab.
        if (e.file.empty() || e.file.find('/') != std::string::npos || e.file.find('\\') != std::string::npos)
            throw Error(ErrorCode::BadFormat,
                        "'" + manifestPath.string() + "' names the image \"" + e.file
                            + "\", which is not a plain file name.",
                        "Run the attack again (privatesnn run --lab LAB --rerun-from attack) to rewrite it.");
        if (e.target < 0 || (classes > 0 && e.target >= classes))
            throw Error(ErrorCode::BadFormat,
                        "'" + manifestPath.string() + "' gives the image \"" + e.file + "\" the target class "
                            + std::to_string(e.target) + ", but the model has " + std::to_string(classes) + " classes.",
                        "Run the attack again (privatesnn run --lab LAB --rerun-from attack) to rewrite it.");
        RatingImage image;
        image.id =
            point + "/" + fs::path(e.file).stem().string() + (e.sha256.empty() ? "" : "-" + e.sha256.substr(0, 8));
        image.path = (folder / e.file).string();
        image.target = e.target;
        image.point = point;
        image.attack = e.attack;
        image.model = e.model;
        image.judge1 = e.judge1;
        image.judge2 = e.judge2;
        set.images.push_back(std::move(image));
    }
}

} // namespace

const RatingImage* RatingImageSet::find(const std::string& id) const
{
    const auto it = std::lower_bound(images.begin(), images.end(), id,
                                     [](const RatingImage& image, const std::string& key) { return image.id < key; });
    return it != images.end() && it->id == id ? &*it : nullptr;
}

AttackImageManifest readAttackImageManifest(const std::string& path)
{
    const std::string way = "Run the attack again (privatesnn run --lab LAB --rerun-from attack) to rewrite it.";
    json j;
    try {
        j = json::parse(readWhole(path));
    } catch (const json::parse_error& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not valid JSON: " + e.what(), way);
    }
    if (!j.is_object() || j.value("schema", json()) != kAttackImagesSchema)
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' is not a list of attack images (schema \"" + kAttackImagesSchema + "\").", way);
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int64_t>() > kAttackImagesVersion)
        throw Error(ErrorCode::Unsupported,
                    "'" + path + "' has version " + version.dump() + "; this PrivateSNN Lab reads version "
                        + std::to_string(kAttackImagesVersion) + ".",
                    "Open the lab with the PrivateSNN Lab that wrote it.");
    AttackImageManifest manifest;
    try {
        fields::fromJson(j, manifest);
    } catch (const fields::FieldError& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "': " + e.what() + ".", way);
    }
    return manifest;
}

void writeAttackImageManifest(const std::string& path, const AttackImageManifest& manifest)
{
    writeFileAtomically(path, fields::toJson(manifest).dump(1) + "\n");
}

RatingImageSet collectRatingImages(const std::string& labFolder)
{
    RatingImageSet set;
    const fs::path lab(labFolder);
    std::error_code ec;
    if (fs::exists(lab / "results.json", ec))
        set.classNames = parseLabResults(readWhole((lab / "results.json").string())).model.classNames;
    const int64_t classes = int64_t(set.classNames.size());
    if (fs::exists(lab / kLabAttackImagesFolder / kAttackImagesManifest, ec))
        addImages(set, lab / kLabAttackImagesFolder, kLabPoint, classes);
    const fs::path study = lab / kStudyAttackImagesFolder;
    if (fs::is_directory(study, ec)) {
        std::vector<fs::path> points;
        for (const fs::directory_entry& entry : fs::directory_iterator(study, ec))
            if (entry.is_directory(ec) && fs::exists(entry.path() / kAttackImagesManifest, ec))
                points.push_back(entry.path());
        std::sort(points.begin(), points.end());
        for (const fs::path& point : points)
            addImages(set, point, point.filename().string(), classes);
    }
    if (set.images.empty())
        throw Error(ErrorCode::FileNotFound,
                    "The lab '" + labFolder
                        + "' has no stored attack images to rate (labs attacked by earlier "
                          "versions keep only the image grid).",
                    "Run the attack step again (privatesnn run --lab LAB --rerun-from attack), or a study.");
    if (set.classNames.empty())
        throw Error(ErrorCode::FileNotFound,
                    "The lab '" + labFolder + "' has no results.json with the model's classes.",
                    "Run the pipeline on it first (privatesnn run --lab LAB).");
    std::sort(set.images.begin(), set.images.end(),
              [](const RatingImage& a, const RatingImage& b) { return a.id < b.id; });
    for (size_t i = 1; i < set.images.size(); ++i)
        if (set.images[i].id == set.images[i - 1].id)
            throw Error(ErrorCode::BadFormat, "The lab's attack images name \"" + set.images[i].id + "\" twice.",
                        "Run the attack again (privatesnn run --lab LAB --rerun-from attack) to rewrite them.");
    return set;
}

std::vector<size_t> blindOrder(size_t images, uint64_t seed)
{
    std::vector<size_t> order(images);
    for (size_t i = 0; i < images; ++i)
        order[i] = i;
    std::mt19937_64 rng(seed);
    // Fisher-Yates with a plain modulo: std::shuffle and uniform_int_distribution differ between
    // standard libraries, and a recorded seed must give the same order everywhere. The modulo's
    // bias (< 2^-40 for any lab) does not matter for a viewing order.
    for (size_t i = images; i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng() % i)]);
    return order;
}

} // namespace psnn
