// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/data_spec.h"

#include "privatesnn/error.h"
#include "privatesnn/synthesis.h"

#include <ATen/ATen.h>

#include <sstream>

namespace psnn {

const char* const kDataSpecHelp =
    "fashion-mnist:train, fashion-mnist:test, cifar10:FILE[,FILE], cifar100:FILE[,FILE], a synthetic set (folder with index.json, or .psnn archive) or an image folder (one sub-folder per class)";

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

} // namespace

Dataset loadDataSpec(const std::string& spec, const Network& model, int64_t count, uint64_t seed)
{
    Dataset data;
    if (spec == "fashion-mnist:train")
        data = loadFashionMnist(Split::Train);
    else if (spec == "fashion-mnist:test")
        data = loadFashionMnist(Split::Test);
    else if (spec.rfind("cifar10:", 0) == 0)
        data = readCifar10(splitFiles(spec.substr(8)));
    else if (spec.rfind("cifar100:", 0) == 0)
        data = readCifar100(splitFiles(spec.substr(9)));
    else if (spec.size() > 5 && spec.compare(spec.size() - 5, 5, ".psnn") == 0)
        data = loadSyntheticArchive(spec).toDataset(); // the exact float images of a synthetic set
    else if (isSyntheticFolder(spec))
        // A synthesized set: read it through its index, so labels are the classes of origin and
        // pixels map back with the normalisation the images were made with.
        data = loadSyntheticSet(spec).toDataset();
    else
        data = readImageFolder(spec, int(model.input.channels), int(model.input.height), int(model.input.width));
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
