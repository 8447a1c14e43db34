// SPDX-License-Identifier: GPL-3.0-or-later
// A study point file is checked before it is merged: its content hash (written with it) and the
// range of every number the frontier and the verdicts read. Setting a point's accuracy to 0.99 and
// every `correct` to 0 used to make --collect print it as 99 % accurate and "protected".
#include "study_point_check.h"

#include "privatesnn/sha256.h"

#include <cmath>

namespace psnn::study_detail {
namespace {

using nlohmann::json;

constexpr const char* kHashField = "content_sha256";

/// Empty when j[key] is a number in [low, high]; else what is wrong, naming the field.
std::string numberProblem(const json& j, const char* key, double low, double high, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return where + key + " is missing or not a number";
    const double v = it->get<double>();
    if (!(v >= low && v <= high))
        return where + key + " is " + it->dump() + ", outside " + json(low).dump() + " to " + json(high).dump();
    return {};
}

/// Empty when j[key] is a list of 0/1 values (or, when `bits` is false, of whole numbers >= 0).
std::string listProblem(const json& j, const char* key, bool bits, size_t& size, const std::string& where)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return where + key + " is missing or not a list";
    size = it->size();
    for (size_t i = 0; i < it->size(); ++i) {
        const json& v = (*it)[i];
        const bool ok = v.is_number_integer() && v.get<int64_t>() >= 0 && (!bits || v.get<int64_t>() <= 1);
        if (!ok)
            return where + key + "[" + std::to_string(i) + "] is " + v.dump()
                + (bits ? ", not 0 or 1" : ", not a class index");
    }
    return {};
}

} // namespace

std::string pointContentHash(const json& point)
{
    json body = point;
    body.erase(kHashField);
    const std::string text = body.dump();
    return sha256Hex(text.data(), text.size());
}

void signPoint(json& point)
{
    point[kHashField] = pointContentHash(point);
}

std::string pointProblem(const json& j)
{
    if (!j.is_object() || j.value("schema", json()) != "privatesnn-study-point")
        return "it is not a study point file";
    if (j.value("version", json()) != kPointVersion)
        return "it was written by another version (point format " + j.value("version", json()).dump() + ")";
    if (!j.contains(kHashField) || !j[kHashField].is_string() || j[kHashField] != pointContentHash(j))
        return "its content does not match the hash written with it (edited by hand or damaged)";
    for (const char* key : {"ann_accuracy", "snn_accuracy", "reconverted_ann_accuracy"})
        if (std::string p = numberProblem(j, key, 0, 1, ""); !p.empty())
            return p;
    if (std::string p = numberProblem(j, "weight_relative_l2", 0, 1e12, ""); !p.empty())
        return p;
    const auto attacks = j.find("attacks");
    if (attacks == j.end() || !attacks->is_array())
        return "attacks is missing or not a list";
    for (size_t i = 0; i < attacks->size(); ++i) {
        const json& a = (*attacks)[i];
        const std::string where = "attacks[" + std::to_string(i) + "].";
        if (!a.is_object())
            return where + " is not an object";
        size_t labels = 0, correct = 0, correct2 = 0;
        for (std::string p :
             {listProblem(a, "labels", false, labels, where), listProblem(a, "correct", true, correct, where),
              listProblem(a, "correct2", true, correct2, where), numberProblem(a, "confidence", 0, 1, where)})
            if (!p.empty())
                return p;
        if (labels != correct || (correct2 != 0 && correct2 != correct))
            return where + "labels, correct and correct2 have different lengths (" + std::to_string(labels) + ", "
                + std::to_string(correct) + ", " + std::to_string(correct2) + ")";
        if (!a.value("images", json()).is_number_integer() || a["images"].get<int64_t>() != int64_t(correct))
            return where + "images is not the number of judged images (" + std::to_string(correct) + ")";
    }
    return {};
}

} // namespace psnn::study_detail
