// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded mutation fuzz of the NIR and ONNX importers (fuzz_support.h has the machinery and its
// variables). NIR: the lab's export of the tiny model with its bytes mutated (HDF5's own structures,
// read in the reader's child process) or its tree of groups and datasets mutated (values, shapes,
// types, edges, missing fields) and written back. ONNX: the tiny ONNX model's bytes, or its protobuf
// fields (operators, attributes, dimensions, values, inputs). Every input must load or be refused
// with a psnn::Error.
#include "fuzz_support.h"
#include "hostile_files.h"
#include "nir_test_files.h"
#include "onnx_test_files.h"

#include "privatesnn/error.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/torchscript_import.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <vector>

namespace psnn {
namespace {

using namespace psnn::test;

/// Every dataset of the tree, with the group holding it.
void collect(nir::Group& g, std::vector<std::pair<nir::Group*, std::string>>& out)
{
    for (auto& [name, d] : g.datasets)
        out.emplace_back(&g, name);
    for (auto& [name, child] : g.groups)
        collect(child, out);
}

/// One structural change a damaged or hand-edited graph might have.
void mutateTree(nir::Group& root, std::mt19937_64& rng)
{
    std::vector<std::pair<nir::Group*, std::string>> sets;
    collect(root, sets);
    if (sets.empty())
        return;
    auto& [group, name] = sets[rng() % sets.size()];
    nir::Dataset& d = group->datasets.at(name);
    static const std::vector<double> values = {0,
                                               -1,
                                               1,
                                               0.5,
                                               1e30,
                                               -1e30,
                                               std::numeric_limits<double>::quiet_NaN(),
                                               std::numeric_limits<double>::infinity(),
                                               4096,
                                               1e9};
    switch (rng() % 6) {
    case 0: // a value
        if (!d.numbers.empty())
            d.numbers[rng() % d.numbers.size()] = values[rng() % values.size()];
        else if (!d.texts.empty())
            d.texts[rng() % d.texts.size()] = std::vector<std::string>{
                "", "IF", "LIF", "CubaLIF", "Delay", "input", "output", "features_0", "subtract", "x"}[rng() % 10];
        break;
    case 1: // a shape, keeping or dropping the values
        d.shape =
            std::vector<std::vector<int64_t>>{{}, {0}, {1}, {3}, {2, 2}, {int64_t(1) << 40}, {7, 1, 1}}[rng() % 7];
        if (rng() % 2)
            d.numbers.assign(size_t(std::min<int64_t>(64, d.shape.empty() ? 1 : d.shape[0])), 1.0);
        break;
    case 2: // another kind
        d = rng() % 2 ? nirText("1") : nirNumbers({2}, {1, 2}, rng() % 2 == 0);
        break;
    case 3: // missing
        group->datasets.erase(name);
        break;
    case 4: { // an edge between two of the graph's nodes
        nir::Group& graph = root.groups["node"];
        std::vector<std::string> nodes;
        for (const auto& [node, unused] : graph.groups["nodes"].groups)
            nodes.push_back(node);
        const auto edges = graph.datasets.find("edges");
        if (nodes.empty() || edges == graph.datasets.end() || edges->second.shape.size() != 2)
            break;
        edges->second.texts.push_back(nodes[rng() % nodes.size()]);
        edges->second.texts.push_back(nodes[rng() % nodes.size()]);
        edges->second.shape[0] += 1;
        break;
    }
    default: { // a whole node gone
        auto& nodes = root.groups["node"].groups["nodes"].groups;
        if (nodes.empty())
            break;
        auto it = nodes.begin();
        std::advance(it, long(rng() % nodes.size()));
        nodes.erase(it);
    }
    }
}

/// One change to an ONNX model's fields.
void mutateOnnx(onnx::ModelProto& m, std::mt19937_64& rng)
{
    onnx::GraphProto& g = *m.mutable_graph();
    static const std::vector<std::string> ops = {"Conv",
                                                 "Relu",
                                                 "MaxPool",
                                                 "AveragePool",
                                                 "GlobalAveragePool",
                                                 "Flatten",
                                                 "Reshape",
                                                 "Gemm",
                                                 "MatMul",
                                                 "Add",
                                                 "BatchNormalization",
                                                 "Pad",
                                                 "Dropout",
                                                 "Identity",
                                                 "Softmax",
                                                 "Constant",
                                                 ""};
    static const std::vector<int64_t> numbers = {0, -1, 1, 2, 3, 7, 4096, 65536, int64_t(1) << 31, int64_t(1) << 62};
    switch (rng() % 7) {
    case 0:
        if (g.node_size() > 0)
            g.mutable_node(int(rng() % g.node_size()))->set_op_type(ops[rng() % ops.size()]);
        break;
    case 1: { // an attribute value
        if (g.node_size() == 0)
            break;
        onnx::NodeProto* n = g.mutable_node(int(rng() % g.node_size()));
        if (n->attribute_size() == 0)
            break;
        onnx::AttributeProto* a = n->mutable_attribute(int(rng() % n->attribute_size()));
        if (a->ints_size() > 0)
            a->set_ints(int(rng() % a->ints_size()), numbers[rng() % numbers.size()]);
        else
            a->set_i(numbers[rng() % numbers.size()]);
        break;
    }
    case 2: { // a dimension of an initializer
        if (g.initializer_size() == 0)
            break;
        onnx::TensorProto* t = g.mutable_initializer(int(rng() % g.initializer_size()));
        if (t->dims_size() > 0)
            t->set_dims(int(rng() % t->dims_size()), numbers[rng() % numbers.size()]);
        break;
    }
    case 3: { // a value: NaN, inf, huge
        if (g.initializer_size() == 0)
            break;
        onnx::TensorProto* t = g.mutable_initializer(int(rng() % g.initializer_size()));
        const float v[] = {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(), 1e30f,
                           0.0f};
        if (t->float_data_size() > 0)
            t->set_float_data(int(rng() % t->float_data_size()), v[rng() % 4]);
        break;
    }
    case 4: // a node's input renamed (a branch, a missing tensor)
        if (g.node_size() > 0) {
            onnx::NodeProto* n = g.mutable_node(int(rng() % g.node_size()));
            if (n->input_size() > 0)
                n->set_input(int(rng() % n->input_size()),
                             std::vector<std::string>{"image", "c", "r", "p", "ghost", ""}[rng() % 6]);
        }
        break;
    case 5: // a node removed
        if (g.node_size() > 0)
            g.mutable_node()->DeleteSubrange(int(rng() % g.node_size()), 1);
        break;
    default: // the input's shape or the opset
        if (rng() % 2)
            m.mutable_opset_import(0)->set_version(numbers[rng() % numbers.size()]);
        else if (g.input_size() > 0 && g.input(0).type().tensor_type().shape().dim_size() > 0) {
            auto* shape = g.mutable_input(0)->mutable_type()->mutable_tensor_type()->mutable_shape();
            shape->mutable_dim(int(rng() % shape->dim_size()))->set_dim_value(numbers[rng() % numbers.size()]);
        }
    }
}

} // namespace

TEST(Fuzz, OnnxReader)
{
    const auto tmp = fuzzDir();
    const std::string path = tmp->file("m.onnx");
    const onnx::ModelProto base = tinyOnnxModel();
    Bytes original;
    base.SerializeToString(&original);
    const Tally t = fuzz("onnx", fuzzCount(10000), [&](std::mt19937_64& rng) {
        if (rng() % 3 == 0) {
            Bytes b = original;
            mutateBytes(b, rng, 1); // the first byte picks the reader
            writeAll(path, b);
        } else {
            onnx::ModelProto m = base;
            for (int k = 1 + int(rng() % 3); k > 0; --k)
                mutateOnnx(m, rng);
            writeOnnx(path, m);
        }
        loadAnyModel(path);
    });
    EXPECT_EQ(t.internal, 0) << t.internals;
    EXPECT_GT(t.refused, 0);
    EXPECT_GT(t.accepted, 0);
}

TEST(Fuzz, NirReader)
{
    const auto tmp = fuzzDir();
    const std::string base = tmp->file("base.nir"), path = tmp->file("m.nir");
    const nir::Group tree = exportedNirTree(tinyConvSnn(), base);
    const Bytes original = readAll(base);
    int64_t unwritable = 0; // trees HDF5 itself will not store (e.g. 2^40 strings): not inputs of the reader
    // Each input forks a reader process (nir_file.cpp), ~60 ms from a test process that holds LibTorch:
    // a tenth of the readers' count unless PRIVATESNN_FUZZ_NIR_COUNT says otherwise (10,000 inputs took
    // 572 s on 2 cores beside other tests).
    const Tally t =
        fuzz("nir", envNumber("PRIVATESNN_FUZZ_NIR_COUNT", fuzzCount(10000) / 10), [&](std::mt19937_64& rng) {
            if (rng() % 3 == 0) {
                Bytes b = original;
                mutateBytes(b, rng);
                writeAll(path, b);
            } else {
                nir::Group root = tree;
                for (int k = 1 + int(rng() % 3); k > 0; --k)
                    mutateTree(root, rng);
                try {
                    writeNirTree(path, root);
                } catch (const std::runtime_error&) {
                    ++unwritable;
                    throw Error(ErrorCode::BadFormat, "not written");
                }
            }
            importNir(path);
        });
    std::printf("[fuzz] nir: %lld of the refusals were trees HDF5 would not write\n", (long long)unwritable);
    EXPECT_LT(unwritable, t.inputs / 10);
    EXPECT_EQ(t.internal, 0) << t.internals;
    EXPECT_GT(t.refused, 0);
    EXPECT_GT(t.accepted, 0); // harmless changes (a metadata text, a value) still load
}

} // namespace psnn
