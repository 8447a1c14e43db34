// SPDX-License-Identifier: GPL-3.0-or-later
// A data set's labels matched to a model's classes by name. Label numbers mean nothing across
// sources: an IDX folder whose classes.txt lists the names in another order than the model's gave
// 0.33 % instead of 91 % without a word, and an image folder with one name spelt differently fell
// back to sorted order (38 % instead of 93.5 %).
#include "privatesnn/data_spec.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cctype>

namespace psnn {
namespace {

/// Names as unnamed sources give them ("0", "1", ...), or none at all.
bool unnamed(const std::vector<std::string>& names)
{
    for (size_t k = 0; k < names.size(); ++k)
        if (names[k] != std::to_string(k))
            return false;
    return true;
}

std::string quotedList(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& n : names)
        text += (text.empty() ? "'" : ", '") + n + "'";
    return text;
}

/// data label k -> model class, applied to every label; refuses a label the mapping does not cover.
void relabel(Dataset& data, const std::vector<int64_t>& toModel)
{
    const at::Tensor table = at::tensor(toModel, at::kLong);
    if (data.size() > 0) {
        const int64_t most = data.labels.max().item<int64_t>();
        if (data.labels.min().item<int64_t>() < 0 || most >= int64_t(toModel.size()))
            throw Error(
                ErrorCode::ShapeMismatch,
                "The data set '" + data.source + "' has the label " + std::to_string(most) + ", but only "
                    + std::to_string(toModel.size()) + " classes are mapped to the model's.",
                "Give a data set whose labels are the model's classes, or a --class-map with one line per label.");
        data.labels = table.index_select(0, data.labels);
    }
}

} // namespace

std::string normalizedClassName(const std::string& name)
{
    const size_t begin = name.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    std::string text = name.substr(begin, name.find_last_not_of(" \t") + 1 - begin);
    for (char& c : text)
        c = c == '/' || c == '\\' ? '_' : char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

void mapLabelsToModel(Dataset& data, const std::vector<std::string>& modelClasses, int64_t modelClassCount,
                      const LabelMapping& mapping)
{
    // A model of no output layer (a shape only, as some callers pass) counts its names.
    const size_t classes = modelClassCount > 0 ? size_t(modelClassCount) : modelClasses.size();
    if (classes == 0)
        return;
    std::vector<int64_t> toModel;
    if (!mapping.classMapFile.empty()) {
        std::vector<std::string> modelNames = modelClasses;
        if (modelNames.size() != classes)
            throw Error(ErrorCode::InvalidArgument,
                        "--class-map needs the model's class names, but the model has none.",
                        "Name the model's classes first (--class-names), or use --labels-as-is.");
        for (const std::string& name : readClassNamesFile(mapping.classMapFile)) {
            const auto it = std::find_if(modelNames.begin(), modelNames.end(), [&](const std::string& m) {
                return normalizedClassName(m) == normalizedClassName(name);
            });
            if (it == modelNames.end())
                throw Error(ErrorCode::InvalidArgument,
                            "The class map '" + mapping.classMapFile + "' names '" + name
                                + "', which is not one of the model's classes (" + quotedList(modelNames) + ").",
                            "Write one of the model's class names on each line, one line per label of the data.");
            toModel.push_back(int64_t(it - modelNames.begin()));
        }
        relabel(data, toModel);
        data.source += " (labels through the class map " + mapping.classMapFile + ")";
        return;
    }
    const bool bothNamed = !unnamed(data.classNames) && !unnamed(modelClasses) && modelClasses.size() == classes;
    if (mapping.asIs || !bothNamed) {
        // Without names on both sides the numbers are all there is; they must still be the model's.
        for (size_t k = 0; k < classes; ++k)
            toModel.push_back(int64_t(k));
        relabel(data, toModel);
        if (mapping.asIs)
            data.source += " (labels as-is)";
        return;
    }
    // Fewer classes than the model's is a subset (an evaluation folder of some classes); more is not
    // the model's data (12 names for a 10-class model used to be accepted).
    if (data.classNames.size() > classes)
        throw Error(ErrorCode::ShapeMismatch,
                    "The data set '" + data.source + "' names " + std::to_string(data.classNames.size()) + " classes ("
                        + quotedList(data.classNames) + "), but the model has only " + std::to_string(classes) + " ("
                        + quotedList(modelClasses) + ").",
                    "Give data of the model's classes, a --class-map FILE (one model class name per data label), or "
                    "--labels-as-is to take the label numbers as they are.");
    std::vector<std::string> unmatched;
    for (const std::string& name : data.classNames) {
        const std::string key = normalizedClassName(name);
        const auto it = std::find_if(modelClasses.begin(), modelClasses.end(),
                                     [&](const std::string& m) { return normalizedClassName(m) == key; });
        if (it == modelClasses.end()
            || std::count(toModel.begin(), toModel.end(), int64_t(it - modelClasses.begin())) > 0)
            unmatched.push_back(name);
        else
            toModel.push_back(int64_t(it - modelClasses.begin()));
    }
    if (!unmatched.empty())
        throw Error(
            ErrorCode::ShapeMismatch,
            "The classes " + quotedList(unmatched) + " of the data set '" + data.source
                + "' match none of the model's classes (" + quotedList(modelClasses)
                + "; compared ignoring case, with '/' and '_' alike).",
            "Rename them, give a --class-map FILE (one model class name per data label), or --labels-as-is to take the "
            "label numbers as they are.");
    bool identity = toModel.size() == classes;
    for (size_t k = 0; k < toModel.size(); ++k)
        identity = identity && toModel[k] == int64_t(k);
    relabel(data, toModel);
    if (!identity)
        data.source += " (labels matched by name to " + std::to_string(toModel.size()) + " of the model's "
            + std::to_string(classes) + " classes)";
    data.classNames = modelClasses;
}

} // namespace psnn
