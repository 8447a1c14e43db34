// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/data_spec.h"

#include "privatesnn/error.h"
#include "privatesnn/synthesis.h"

#include <ATen/ATen.h>

#include <filesystem>
#include <sstream>

namespace psnn {

const char* const kDataSpecHelp =
    "fashion-mnist:train, fashion-mnist:test, idx:DIR:train|test (any MNIST-style IDX folder, .gz or plain; also mnist:DIR:SPLIT, fashion-mnist:DIR:SPLIT), cifar10:FILE[,FILE], cifar100:FILE[,FILE], a synthetic set (folder with index.json, or .psnn archive) or an image folder (one sub-folder per class)";

namespace {

std::vector<std::string> splitFiles(const std::string& list)
{
    std::vector<std::string> files;
    std::stringstream stream(list);
    std::string item;
    while (std::getline(stream, item, ','))
        if (!item.empty())
            files.push_back(item);
    return files;
}

/// "train" or "test" (MNIST's file prefix "t10k" is accepted for the test split).
Split parseSplit(const std::string& text, const std::string& spec)
{
    if (text == "train")
        return Split::Train;
    if (text == "test" || text == "t10k")
        return Split::Test;
    throw Error(ErrorCode::InvalidArgument, "The data set '" + spec + "' names the split '" + text + "', which is neither train nor test.",
                "End the data set with :train or :test, e.g. idx:/data/mnist:test.");
}

/// idx:DIR:SPLIT and its aliases; prefix is "idx:", "mnist:" or "fashion-mnist:".
Dataset loadIdxSpec(const std::string& spec, const std::string& prefix)
{
    const std::string rest = spec.substr(prefix.size());
    const size_t colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw Error(ErrorCode::InvalidArgument, "The data set '" + spec + "' needs a folder and a split.",
                    "Write " + prefix + "DIR:train or " + prefix + "DIR:test.");
    const std::string dir = rest.substr(0, colon);
    const Split split = parseSplit(rest.substr(colon + 1), spec);
    return loadIdxFolder(dir, split, prefix == "fashion-mnist:" ? fashionMnistClassNames() : std::vector<std::string>{});
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.rfind(prefix, 0) == 0;
}

} // namespace

std::string idxDataSpec(const std::string& dir, Split split)
{
    return "idx:" + dir + (split == Split::Train ? ":train" : ":test");
}

std::vector<std::string> parseClassNames(const std::string& argument)
{
    std::error_code ec;
    if (std::filesystem::is_regular_file(argument, ec))
        return readClassNamesFile(argument);
    std::vector<std::string> names;
    std::stringstream stream(argument);
    std::string item;
    while (std::getline(stream, item, ',')) {
        const size_t begin = item.find_first_not_of(' ');
        if (begin == std::string::npos)
            throw Error(ErrorCode::InvalidArgument, "The class names '" + argument + "' contain an empty name.",
                        "Give one name per class separated by commas (a,b,c), or a file with one name per line.");
        names.push_back(item.substr(begin, item.find_last_not_of(' ') + 1 - begin));
    }
    if (names.empty())
        throw Error(ErrorCode::InvalidArgument, "No class names were given.",
                    "Give one name per class separated by commas (a,b,c), or a file with one name per line.");
    return names;
}

void applyClassNames(Network& net, const std::vector<std::string>& names)
{
    const int64_t classes = net.numClasses();
    if (int64_t(names.size()) != classes)
        throw Error(ErrorCode::ShapeMismatch, std::to_string(names.size()) + " class names were given, but the model '" + net.info.name
                        + "' has " + std::to_string(classes) + " classes.",
                    "Give exactly one name per output of the model, in label order.");
    net.info.classNames = names;
}

Dataset loadDataSpec(const std::string& spec, const Network& model, int64_t count, uint64_t seed,
                     const DataConversion& conversion)
{
    Dataset data;
    InputSpec space = pixelSpace(); // where the readers put the images; synthetic sets keep their model's
    if (spec == "fashion-mnist:train")
        data = loadFashionMnist(Split::Train);
    else if (spec == "fashion-mnist:test")
        data = loadFashionMnist(Split::Test);
    else if (startsWith(spec, "fashion-mnist:"))
        data = loadIdxSpec(spec, "fashion-mnist:");
    else if (startsWith(spec, "mnist:"))
        data = loadIdxSpec(spec, "mnist:");
    else if (startsWith(spec, "idx:"))
        data = loadIdxSpec(spec, "idx:");
    else if (spec.rfind("cifar10:", 0) == 0)
        data = readCifar10(splitFiles(spec.substr(8)));
    else if (spec.rfind("cifar100:", 0) == 0)
        data = readCifar100(splitFiles(spec.substr(9)));
    else if (spec.size() > 5 && spec.compare(spec.size() - 5, 5, ".psnn") == 0) {
        const SyntheticSet set = loadSyntheticArchive(spec); // the exact float images of a synthetic set
        data = set.toDataset();
        space = set.input;
    } else if (isSyntheticFolder(spec)) {
        // A synthesized set: read it through its index, so labels are the classes of origin and
        // pixels map back with the normalisation the images were made with.
        const SyntheticSet set = loadSyntheticSet(spec);
        data = set.toDataset();
        space = set.input;
    } else if (isIdxFolder(spec))
        throw Error(ErrorCode::InvalidArgument, "'" + spec + "' holds IDX files, which have a training and a test split.",
                    "Name the split: idx:" + spec + ":test or idx:" + spec + ":train.");
    else {
        ImageFolderOptions options;
        options.resize = conversion.resize;
        options.convertColour = conversion.grayscale;
        data = readImageFolder(spec, int(model.input.channels), int(model.input.height), int(model.input.width), options);
        std::string notes;
        for (const std::string& note : data.notes)
            notes += (notes.empty() ? "" : "; ") + note;
        data.source += " (" + notes + ")";
    }
    // The size first: a set of other images is the more basic mistake than its class names.
    const InputSpec& in = model.input;
    if (!conversion.sizeOnly && data.size() > 0 && in.channels > 0 && in.height > 0
        && (data.images.size(1) != in.channels || data.images.size(2) != in.height || data.images.size(3) != in.width))
        throw Error(ErrorCode::ShapeMismatch,
                    "The images of '" + spec + "' are " + std::to_string(data.images.size(1)) + "x"
                        + std::to_string(data.images.size(2)) + "x" + std::to_string(data.images.size(3))
                        + " (channels x height x width), but the model takes " + std::to_string(in.channels) + "x"
                        + std::to_string(in.height) + "x" + std::to_string(in.width) + ".",
                    "Choose data the model was made for.");
    if (!conversion.sizeOnly && !conversion.labelsUnused)
        mapLabelsToModel(data, model.info.classNames, model.numClasses(), conversion.labels);
    if (!conversion.sizeOnly && data.size() > 0)
        data.images = imagesInSpace(data.images, space, model.input);
    if (count > 0 && count < data.size()) {
        at::Generator gen = at::detail::createCPUGenerator(seed);
        const at::Tensor pick = at::randperm(data.size(), gen).slice(0, 0, count);
        data.images = data.images.index_select(0, pick);
        data.labels = data.labels.index_select(0, pick);
        data.source += " (random " + std::to_string(count) + ", seed " + std::to_string(seed) + ")";
    }
    return data;
}

} // namespace psnn
