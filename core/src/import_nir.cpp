// SPDX-License-Identifier: GPL-3.0-or-later
// The NIR importer's entry points and the graph's shape: one chain of nodes from the Input to the
// Output (import_nir_internal.h names the other parts).
#include "import_nir_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace psnn {
using namespace nir_import;

namespace {

std::string list(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

} // namespace

namespace nir_import {

std::vector<ChainNode> chainOf(const nir::Group& graph, const std::string& file)
{
    const auto nodesIt = graph.groups.find("nodes");
    if (nodesIt == graph.groups.end())
        throw Error(ErrorCode::BadFormat, "'" + file + "' has no /node/nodes group, so it holds no NIR graph.",
                    "Give a file written by nir.write or a library's NIR export.");
    std::map<std::string, ChainNode> nodes;
    std::vector<std::string> inputs;
    for (const auto& [name, group] : nodesIt->second.groups) {
        const std::string type = text(group, "type");
        if (type.empty())
            throw Error(ErrorCode::BadFormat, "Node '" + name + "' in '" + file + "' has no 'type'.",
                        "Every NIR node names its type (Affine, Conv2d, IF, ...); export the graph again.");
        nodes[name] = ChainNode{name, type, &group};
        if (type == "Input")
            inputs.push_back(name);
    }
    if (inputs.size() != 1)
        throw Error(inputs.empty() ? ErrorCode::BadFormat : ErrorCode::Unsupported,
                    "'" + file + "' has " + std::to_string(inputs.size()) + " Input nodes"
                        + (inputs.empty() ? "" : " (" + list(inputs) + ")") + "; a chain has exactly one.",
                    "Export a feed-forward classifier with one input.");
    const auto edgesIt = graph.datasets.find("edges");
    if (edgesIt == graph.datasets.end() || edgesIt->second.kind != nir::Dataset::Kind::Text
        || edgesIt->second.texts.size() % 2 != 0)
        throw Error(ErrorCode::BadFormat, "'" + file + "' has no readable 'edges' (pairs of node names).",
                    "Export the graph again.");
    std::map<std::string, std::vector<std::string>> next, previous;
    const auto& texts = edgesIt->second.texts;
    for (size_t i = 0; i < texts.size(); i += 2) {
        for (const std::string* end : {&texts[i], &texts[i + 1]})
            if (!nodes.count(*end))
                throw Error(ErrorCode::BadFormat,
                            "The edge " + texts[i] + " -> " + texts[i + 1] + " in '" + file + "' names '" + *end
                                + "', which is no node of the graph.",
                            "Export the graph again.");
        next[texts[i]].push_back(texts[i + 1]);
        previous[texts[i + 1]].push_back(texts[i]);
    }
    std::vector<ChainNode> chain{nodes[inputs[0]]};
    std::set<std::string> seen{inputs[0]};
    if (!previous[inputs[0]].empty())
        throw Error(ErrorCode::Unsupported,
                    "The Input node '" + inputs[0] + "' in '" + file + "' receives an edge from "
                        + list(previous[inputs[0]]) + ": recurrent graphs are not supported.",
                    "Export a feed-forward network.");
    while (chain.back().type != "Output") {
        const ChainNode& at = chain.back();
        const auto& out = next[at.name];
        if (out.empty())
            throw Error(ErrorCode::BadFormat,
                        "Node '" + at.name + "' (" + at.type + ") in '" + file
                            + "' leads nowhere: no edge goes from it towards the Output.",
                        "Export the graph again.");
        if (out.size() > 1)
            throw Error(ErrorCode::Unsupported,
                        "Node '" + at.name + "' (" + at.type + ") in '" + file + "' feeds " + list(out)
                            + ": branching graphs are not supported.",
                        "Export a network that is one chain from input to output.");
        const ChainNode& following = nodes[out[0]];
        if (seen.count(following.name) || previous[following.name].size() > 1)
            throw Error(ErrorCode::Unsupported,
                        "Node '" + following.name + "' (" + following.type + ") in '" + file + "' has several inputs ("
                            + list(previous[following.name]) + "): recurrent or merging graphs are not supported.",
                        "Export a feed-forward network that is one chain from input to output.");
        seen.insert(following.name);
        chain.push_back(following);
    }
    if (!next[chain.back().name].empty())
        throw Error(ErrorCode::Unsupported,
                    "The Output node '" + chain.back().name + "' in '" + file + "' feeds "
                        + list(next[chain.back().name]) + ": recurrent graphs are not supported.",
                    "Export a feed-forward network.");
    for (const auto& [name, node] : nodes)
        if (!seen.count(name))
            throw Error(ErrorCode::Unsupported,
                        "Node '" + name + "' (" + node.type + ") in '" + file
                            + "' is not on the path from the input to the output: branching graphs are not supported.",
                        "Export a network that is one chain from input to output.");
    return chain;
}

} // namespace nir_import

bool isNirFile(const std::string& path)
{
    return nir::isHdf5File(path);
}

SpikingModel importNir(const std::string& path, const NirImportOptions& options)
{
    const nir::Group root = nir::readFile(path);
    const auto graphIt = root.groups.find("node");
    if (graphIt == root.groups.end() || text(graphIt->second, "type") != "NIRGraph")
        throw Error(ErrorCode::BadFormat,
                    "'" + path + "' is HDF5 but holds no NIR graph (no /node group of type NIRGraph).",
                    "Give a file written by nir.write or a library's NIR export.");
    const nir::Group& graph = graphIt->second;
    const auto metaIt = graph.groups.find("metadata");
    const std::vector<ChainNode> chain = chainOf(graph, path);
    const Semantics semantics =
        decideSemantics(metaIt == graph.groups.end() ? nir::Group{} : metaIt->second, options, path, chain);
    SpikingModel model = buildModel(chain, semantics, options, path);
    const std::string version = text(root, "version");
    model.importNotes.insert(model.importNotes.begin(),
                             "format: NIR graph" + (version.empty() ? "" : " version " + version));
    model.network.info.name = std::filesystem::path(path).stem().string();
    model.network.info.sourceFile = path;
    model.network.info.sourceSha256 = sha256File(path);
    model.network.info.notes = "Imported from the NIR graph " + path + ".";
    model.sourceModelSha256 = model.network.info.sourceSha256;
    validateSpikingModel(model, path);
    return model;
}

SpikingModel loadAnySpikingModel(const std::string& path, const NirImportOptions& options)
{
    if (isNirFile(path))
        return importNir(path, options);
    if (options.anyGiven())
        throw Error(ErrorCode::InvalidArgument,
                    "'" + path
                        + "' is not a NIR graph, and the import options (--reset, --input-coding, "
                          "--readout, --dt, --input-mean, --input-std, --input-shape) apply to NIR graphs only.",
                    "Leave them out: a PrivateSNN archive states its own semantics.");
    SpikingModel model = loadSpikingModel(path);
    if (options.timesteps)
        model.timesteps = *options.timesteps;
    return model;
}

} // namespace psnn
