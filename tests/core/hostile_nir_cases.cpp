// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-file table's NIR rows: the lab's export of the tiny model (nodes input, features_0,
// features_0_if, features_2, flatten, classifier, output) with one thing broken, written back with
// HDF5, then imported as `privatesnn ... --snn FILE.nir` does.
#include "hostile_files.h"
#include "nir_test_files.h"

#include "privatesnn/nir_import.h"

#include <fstream>
#include <limits>

namespace psnn::test {
namespace {

/// The tiny model's graph changed by edit, written and imported.
std::function<void(const TempDir&)> editedNir(std::function<void(nir::Group&)> edit, NirImportOptions options = {})
{
    return [edit, options](const TempDir& dir) {
        nir::Group root = exportedNirTree(tinyConvSnn(), dir.file("base.nir"));
        edit(root);
        writeNirTree(dir.file("model.nir"), root);
        importNir(dir.file("model.nir"), options);
    };
}

nir::Group& graph(nir::Group& root)
{
    return root.groups.at("node");
}

/// Appends an edge from -> to.
void addEdge(nir::Group& root, const std::string& from, const std::string& to)
{
    nir::Dataset& edges = graph(root).datasets.at("edges");
    edges.texts.push_back(from);
    edges.texts.push_back(to);
    edges.shape[0] += 1;
}

/// Puts a node of this type between features_0_if and features_2.
void insertNode(nir::Group& root, const std::string& name, const std::string& type)
{
    nir::Group node;
    node.datasets["type"] = nirText(type);
    node.datasets["delay"] = nirNumbers({2, 3, 3}, std::vector<double>(18, 1.0));
    graph(root).groups.at("nodes").groups[name] = node;
    nir::Dataset& edges = graph(root).datasets.at("edges");
    for (size_t i = 0; i < edges.texts.size(); i += 2)
        if (edges.texts[i] == "features_0_if")
            edges.texts[i + 1] = name;
    addEdge(root, name, "features_2");
}

} // namespace

std::vector<HostileCase> hostileNirCases()
{
    return {
        {"NirEmptyFile",
         [](const TempDir& dir) {
             std::ofstream(dir.file("m.nir")).flush();
             importNir(dir.file("m.nir"));
         },
         ErrorCode::Truncated,
         {"empty"}},
        {"NirNotHdf5",
         [](const TempDir& dir) {
             std::ofstream(dir.file("m.nir")) << "not a graph";
             importNir(dir.file("m.nir"));
         },
         ErrorCode::BadFormat,
         {"HDF5's signature"}},
        {"NirTruncatedHdf5",
         [](const TempDir& dir) {
             exportedNirTree(tinyConvSnn(), dir.file("m.nir"));
             std::ifstream in(dir.file("m.nir"), std::ios::binary);
             std::string bytes((std::istreambuf_iterator<char>(in)), {});
             std::ofstream(dir.file("cut.nir"), std::ios::binary) << bytes.substr(0, bytes.size() / 2);
             importNir(dir.file("cut.nir"));
         },
         ErrorCode::BadFormat,
         {"cut.nir", "not a readable NIR graph"}},
        {"NirNoGraph",
         [](const TempDir& dir) {
             nir::Group root;
             root.datasets["version"] = nirText("1.0.7");
             writeNirTree(dir.file("m.nir"), root);
             importNir(dir.file("m.nir"));
         },
         ErrorCode::BadFormat,
         {"holds no NIR graph"}},
        {"NirMissingWeight",
         editedNir([](nir::Group& r) { nirNode(r, "features_0").datasets.erase("weight"); }),
         ErrorCode::BadFormat,
         {"'features_0' (Conv2d)", "lacks its field 'weight'"}},
        {"NirWeightAsText",
         editedNir([](nir::Group& r) { nirNode(r, "classifier").datasets["weight"] = nirText("0.5"); }),
         ErrorCode::BadFormat,
         {"'classifier' (Affine)", "is text, not numbers"}},
        {"NirWeightWrongShape",
         editedNir([](nir::Group& r) {
             nirNode(r, "classifier").datasets["weight"] = nirNumbers({3, 17}, std::vector<double>(51, 0.1));
         }),
         ErrorCode::ShapeMismatch,
         {"'classifier' (Affine)", "takes 17 inputs", "gives 18"}},
        {"NirThresholdWrongCount",
         editedNir([](nir::Group& r) {
             nirNode(r, "features_0_if").datasets["v_threshold"] = nirNumbers({5}, std::vector<double>(5, 1.0));
         }),
         ErrorCode::ShapeMismatch,
         {"'v_threshold'", "'features_0_if' (IF)", "5 values", "2x6x6"}},
        {"NirNaNWeight",
         editedNir([](nir::Group& r) { nirNode(r, "features_0").datasets.at("weight").numbers[4] = kNaN; }),
         ErrorCode::NumericError,
         {"'weight'", "'features_0' (Conv2d)", "nan", "element 4"}},
        {"NirNegativeThreshold",
         editedNir([](nir::Group& r) {
             for (double& v : nirNode(r, "features_0_if").datasets.at("v_threshold").numbers)
                 v = -1;
         }),
         ErrorCode::NumericError,
         {"v_threshold", "'features_0_if' (IF)", "-1"}},
        {"NirCycle",
         editedNir([](nir::Group& r) { addEdge(r, "classifier", "features_0"); }),
         ErrorCode::Unsupported,
         {"'features_0' (Conv2d)", "several inputs", "recurrent"}},
        {"NirBranch",
         editedNir([](nir::Group& r) { addEdge(r, "features_0_if", "classifier"); }),
         ErrorCode::Unsupported,
         {"'features_0_if' (IF)", "branching"}},
        {"NirEdgeToMissingNode",
         editedNir([](nir::Group& r) { addEdge(r, "flatten", "ghost"); }),
         ErrorCode::BadFormat,
         {"'ghost'", "no node of the graph"}},
        {"NirNoEdges",
         editedNir([](nir::Group& r) { graph(r).datasets.erase("edges"); }),
         ErrorCode::BadFormat,
         {"no readable 'edges'"}},
        {"NirTwoInputs",
         editedNir([](nir::Group& r) { graph(r).groups.at("nodes").groups["input2"] = nirNode(r, "input"); }),
         ErrorCode::Unsupported,
         {"2 Input nodes", "input, input2"}},
        {"NirDelayNode",
         editedNir([](nir::Group& r) { insertNode(r, "delay", "Delay"); }),
         ErrorCode::Unsupported,
         {"'delay' (Delay)", "no delays"}},
        {"NirCubaLif",
         editedNir([](nir::Group& r) { nirNode(r, "features_0_if").datasets["type"] = nirText("CubaLIF"); }),
         ErrorCode::Unsupported,
         {"'features_0_if' (CubaLIF)", "synaptic current"}},
        {"NirUnknownType",
         editedNir([](nir::Group& r) { insertNode(r, "mystery", "Banana"); }),
         ErrorCode::Unsupported,
         {"'mystery' (Banana)", "not a NIR node type"}},
        {"NirHugeDimensions",
         editedNir([](nir::Group& r) {
             nir::Dataset& w = nirNode(r, "classifier").datasets.at("weight");
             w.shape = {int64_t(1) << 20, int64_t(1) << 20}; // no values written: HDF5 keeps the file small
             w.numbers.clear();
         }),
         ErrorCode::BadFormat,
         {"classifier/weight", "claims more values"}},
        {"NirHugeInput",
         editedNir([](nir::Group& r) {
             nirNode(r, "input").datasets["shape"] = nirNumbers({3}, {1, 100000, 100000}, true);
         }),
         ErrorCode::Unsupported,
         {"'input' (Input)", "100000", "4096 pixels"}},
        {"NirConvStrideZero",
         editedNir([](nir::Group& r) {
             nirNode(r, "features_0").datasets["stride"] = nirNumbers({2}, {0, 0}, true);
         }),
         ErrorCode::BadFormat,
         {"'stride'", "'features_0' (Conv2d)", "is 0"}},
        {"NirGroupedConv",
         editedNir([](nir::Group& r) { nirNode(r, "features_0").datasets["groups"] = nirNumbers({}, {2}, true); }),
         ErrorCode::Unsupported,
         {"'features_0' (Conv2d)", "groups = 2"}},
        {"NirTimestepsHuge",
         editedNir([](nir::Group& r) {
             graph(r).groups.at("metadata").datasets["num_timesteps"] = nirNumbers({}, {1e9}, true);
         }),
         ErrorCode::BadFormat,
         {"T = 1e+09 (file metadata)", "1 to 10000"}},
        {"NirUnknownResetInMetadata",
         editedNir([](nir::Group& r) { graph(r).groups.at("metadata").datasets["reset_method"] = nirText("banana"); }),
         ErrorCode::Unsupported,
         {"reset_method = 'banana'"}},
        {"NirDeepNesting",
         editedNir([](nir::Group& r) {
             nir::Group* g = &graph(r).groups.at("metadata");
             for (int i = 0; i < 12; ++i)
                 g = &g->groups["deeper"];
         }),
         ErrorCode::BadFormat,
         {"nest deeper than 8"}},
        {"NirLeakBelowZero",
         editedNir([](nir::Group& r) {
             nir::Group& n = nirNode(r, "features_0_if");
             n.datasets["type"] = nirText("LIF");
             n.datasets["tau"] = nirNumbers({}, {0.25});
             n.datasets["v_leak"] = nirNumbers({}, {0.0});
         }),
         ErrorCode::Unsupported,
         {"dt / tau reaches 4", "'features_0_if' (LIF)"}},
    };
}

} // namespace psnn::test
