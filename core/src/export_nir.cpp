// SPDX-License-Identifier: GPL-3.0-or-later
// NIR writer with the HDF5 C API. The layout follows nir.write of nir 1.0.x
// (neuromorphs/NIR: nir/serialization.py): /version, /node/{type, nodes/<name>/..., edges, metadata/}.
// Readers turn every dataset of a node group into a constructor argument, so anything that is not a
// field of the node type goes into the graph's metadata.
#include "privatesnn/export_nir.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"

#include <ATen/ATen.h>
#include <hdf5.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

namespace psnn {
namespace {

/// Owns one HDF5 identifier.
class H5Id {
public:
    H5Id(hid_t id, herr_t (*close)(hid_t)) : m_id(id), m_close(close) {}
    H5Id(const H5Id&) = delete;
    H5Id& operator=(const H5Id&) = delete;
    ~H5Id()
    {
        if (m_id >= 0)
            m_close(m_id);
    }
    hid_t get() const { return m_id; }

private:
    hid_t m_id;
    herr_t (*m_close)(hid_t);
};

class NirWriter {
public:
    explicit NirWriter(std::string path) : m_path(std::move(path)) {}

    hid_t check(hid_t id, const std::string& what) const
    {
        if (id < 0)
            fail(what);
        return id;
    }
    void check(herr_t status, const std::string& what, bool) const
    {
        if (status < 0)
            fail(what);
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        throw Error(ErrorCode::FileUnwritable, "Writing the NIR file '" + m_path + "' failed at " + what + ".",
                    "Check that the folder exists, is writable and has free space.");
    }

    H5Id group(hid_t parent, const std::string& name) const
    {
        return {check(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), "group " + name), H5Gclose};
    }

    void strings(hid_t parent, const std::string& name, const std::vector<std::string>& values, std::vector<hsize_t> dims) const
    {
        H5Id type(check(H5Tcopy(H5T_C_S1), name), H5Tclose);
        check(H5Tset_size(type.get(), H5T_VARIABLE), name, true);
        check(H5Tset_cset(type.get(), H5T_CSET_UTF8), name, true);
        H5Id space(check(dims.empty() ? H5Screate(H5S_SCALAR) : H5Screate_simple(int(dims.size()), dims.data(), nullptr), name),
                   H5Sclose);
        H5Id set(check(H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name),
                 H5Dclose);
        std::vector<const char*> pointers;
        for (const auto& v : values)
            pointers.push_back(v.c_str());
        if (!pointers.empty())
            check(H5Dwrite(set.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()), name, true);
    }
    void string(hid_t parent, const std::string& name, const std::string& value) const { strings(parent, name, {value}, {}); }

    void floats(hid_t parent, const std::string& name, const at::Tensor& tensor) const
    {
        const at::Tensor t = tensor.detach().to(at::kFloat).cpu().contiguous();
        std::vector<hsize_t> dims(t.sizes().begin(), t.sizes().end());
        H5Id space(check(H5Screate_simple(int(dims.size()), dims.data(), nullptr), name), H5Sclose);
        H5Id set(check(H5Dcreate2(parent, name.c_str(), H5T_IEEE_F32LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name),
                 H5Dclose);
        check(H5Dwrite(set.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, t.data_ptr<float>()), name, true);
    }

    void doubles(hid_t parent, const std::string& name, const std::vector<double>& values) const
    {
        const hsize_t n = values.size();
        H5Id space(check(H5Screate_simple(1, &n, nullptr), name), H5Sclose);
        H5Id set(check(H5Dcreate2(parent, name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name),
                 H5Dclose);
        check(H5Dwrite(set.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), name, true);
    }

    /// A Python tuple of ints in nir (int64 1-D), or with scalar = true a Python int (int64 scalar).
    void ints(hid_t parent, const std::string& name, const std::vector<int64_t>& values, bool scalar = false) const
    {
        const hsize_t n = values.size();
        H5Id space(check(scalar ? H5Screate(H5S_SCALAR) : H5Screate_simple(1, &n, nullptr), name), H5Sclose);
        H5Id set(check(H5Dcreate2(parent, name.c_str(), H5T_STD_I64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name),
                 H5Dclose);
        check(H5Dwrite(set.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), name, true);
    }
    void scalarDouble(hid_t parent, const std::string& name, double value) const
    {
        H5Id space(check(H5Screate(H5S_SCALAR), name), H5Sclose);
        H5Id set(check(H5Dcreate2(parent, name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name),
                 H5Dclose);
        check(H5Dwrite(set.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, &value), name, true);
    }

private:
    std::string m_path;
};

/// Node names become HDF5 group names and, in the readers, PyTorch module names: no dots.
std::string nodeName(const Layer& layer, size_t index)
{
    std::string name = layer.path.empty() ? "layer" + std::to_string(index) : layer.path;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

/// A per-layer (0-d) or per-channel threshold as an array of the layer's output shape.
at::Tensor thresholdArray(const at::Tensor& theta, const std::vector<int64_t>& shape)
{
    const at::Tensor t = theta.detach().to(at::kFloat).cpu();
    if (t.numel() == 1)
        return at::full(shape, t.reshape({}).item<float>());
    std::vector<int64_t> view(shape.size(), 1);
    view[0] = -1;
    return t.reshape(view).expand(shape).contiguous();
}

/// The reset all of a model's neurons share, as its metadata states it ("subtract" or "v_reset").
std::string resetMethod(const SpikingModel& model)
{
    std::string method;
    for (const NeuronLayer& n : model.neurons) {
        if (!n.defined() || !n.fires)
            continue;
        const std::string m = n.resetMode == ResetMode::Subtract ? "subtract" : "v_reset";
        if (!method.empty() && m != method)
            throw Error(ErrorCode::Unsupported,
                        "The spiking model's neurons reset in two ways (some subtract, some set a value), and a NIR "
                        "graph states one reset method.",
                        "Export a model whose neurons all reset the same way.");
        method = m;
    }
    return method.empty() ? "subtract" : method;
}

/// An imported neuron layer as a NIR node in forward Euler with dt = 1 (what the metadata states):
/// IF where the leak is 1 and there is no drive (r = gain), else LIF, or LI for a readout that
/// does not fire, with tau = 1 / (1 - leak), r = gain tau and v_leak = drive tau. Returns the type.
std::string writeNeuron(const NirWriter& w, hid_t node, const NeuronLayer& n, const std::string& name)
{
    const at::Tensor leak = n.leak.to(at::kDouble);
    const bool leaky = (leak < 1).any().item<bool>();
    if (leaky && !(leak < 1).all().item<bool>())
        throw Error(ErrorCode::Unsupported,
                    "The neurons after '" + name
                        + "' mix a leak of 1 with leaky ones; NIR's IF and LIF are whole layers.",
                    "Export a model whose layers are all IF or all leaky.");
    if (!leaky && n.drive.abs().max().item<double>() > 0)
        throw Error(ErrorCode::Unsupported,
                    "The neurons after '" + name
                        + "' integrate without a leak but with a constant drive, which NIR's IF "
                          "cannot state.",
                    "Export a model without that drive.");
    const std::string type = !leaky ? "IF" : n.fires ? "LIF" : "LI";
    w.string(node, "type", type);
    if (leaky) {
        const at::Tensor tau = 1.0 / (1.0 - leak);
        w.floats(node, "tau", tau);
        w.floats(node, "r", n.gain.to(at::kDouble) * tau);
        w.floats(node, "v_leak", n.drive.to(at::kDouble) * tau);
    } else {
        w.floats(node, "r", n.gain);
    }
    if (type != "LI") {
        w.floats(node, "v_threshold", n.threshold);
        w.floats(node, "v_reset", n.reset);
    }
    return type;
}

} // namespace

NirExportResult exportNir(const SpikingModel& model, const std::string& path, const NirExportOptions& options)
{
    const Network& net = model.network;
    if (!(model.leak > 0.0 && model.leak <= 1.0))
        throw Error(ErrorCode::Unsupported, "The spiking model's leak " + std::to_string(model.leak)
                        + " has no NIR neuron (IF needs leak 1, LIF a leak in (0, 1)).",
                    "Convert with --leak 1 (IF) or a leak between 0 and 1 (LIF).");
    const size_t output = model.outputLayer();
    const std::vector<size_t> spiking = model.spikingLayers();
    const std::vector<LayerSummary> rows = net.summarize();
    NirExportResult result;
    if (resetMethod(model) == "subtract")
        result.warnings.push_back("NIR's IF neuron resets the membrane to v_reset (0 here) after a spike, while this "
                                  "network subtracts the threshold "
                                  "(soft reset). The file records reset_method = \"subtract\" in its metadata; readers "
                                  "that reset by subtraction "
                                  "(snnTorch's IF import, Sinabs, SpiNNaker2) reproduce it, readers that reset to "
                                  "v_reset (Norse, Lava-DL) do not "
                                  "and lose accuracy (README, 'Export').");

    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // errors become exceptions naming the step
    const std::string target = writableTarget(path);
    const std::string temporary = temporaryFor(target);
    NirWriter w(path);
    try {
        H5Id file(w.check(H5Fcreate(temporary.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), "creating the file"), H5Fclose);
        w.string(file.get(), "version", "1.0.7");
        H5Id graph = w.group(file.get(), "node");
        w.string(graph.get(), "type", "NIRGraph");
        H5Id nodes = w.group(graph.get(), "nodes");
        std::vector<std::string> edges;
        std::string previous = "input";
        auto connect = [&](const std::string& name, const std::string& type) {
            edges.push_back(previous);
            edges.push_back(name);
            previous = name;
            result.nodes.push_back(name + " (" + type + ")");
        };
        {
            H5Id node = w.group(nodes.get(), "input");
            w.string(node.get(), "type", "Input");
            w.ints(node.get(), "shape", {net.input.channels, net.input.height, net.input.width});
            result.nodes.push_back("input (Input)");
        }
        double pendingScale = 1.0; // SumPool2d factors waiting for the next weight layer
        std::vector<int64_t> inShape{net.input.channels, net.input.height, net.input.width};
        for (size_t i = 0; i <= output; ++i) {
            const Layer& layer = net.layers[i];
            const std::vector<int64_t>& outShape = rows[i].outputShape;
            const std::string name = nodeName(layer, i);
            switch (layer.kind) {
            case LayerKind::ReLU:
            case LayerKind::Dropout:
                break; // the IF node stands for the ReLU; dropout is training only
            case LayerKind::Conv2d: {
                H5Id node = w.group(nodes.get(), name);
                w.string(node.get(), "type", "Conv2d");
                w.ints(node.get(), "input_shape", {inShape[1], inShape[2]});
                w.floats(node.get(), "weight", layer.weight * pendingScale);
                w.ints(node.get(), "stride", {layer.stride, layer.stride});
                w.ints(node.get(), "padding", {layer.padding, layer.padding});
                w.ints(node.get(), "dilation", {1, 1});
                w.ints(node.get(), "groups", {1}, true);
                w.floats(node.get(), "bias", layer.bias.defined() ? layer.bias : at::zeros({layer.weight.size(0)}));
                pendingScale = 1.0;
                connect(name, "Conv2d");
                break;
            }
            case LayerKind::Linear: {
                H5Id node = w.group(nodes.get(), name);
                const char* type = layer.bias.defined() ? "Affine" : "Linear";
                w.string(node.get(), "type", type);
                w.floats(node.get(), "weight", layer.weight * pendingScale);
                if (layer.bias.defined())
                    w.floats(node.get(), "bias", layer.bias);
                pendingScale = 1.0;
                connect(name, type);
                break;
            }
            case LayerKind::AvgPool2d: {
                H5Id node = w.group(nodes.get(), name);
                const char* type = options.sumPool ? "SumPool2d" : "AvgPool2d";
                w.string(node.get(), "type", type);
                w.ints(node.get(), "kernel_size", {layer.kernel, layer.kernel});
                w.ints(node.get(), "stride", {layer.stride, layer.stride});
                w.ints(node.get(), "padding", {0, 0});
                if (options.sumPool)
                    pendingScale /= double(layer.kernel * layer.kernel);
                connect(name, type);
                break;
            }
            case LayerKind::Flatten: {
                H5Id node = w.group(nodes.get(), name);
                w.string(node.get(), "type", "Flatten");
                w.ints(node.get(), "input_type", inShape);
                w.ints(node.get(), "start_dim", {0}, true);
                w.ints(node.get(), "end_dim", {-1}, true);
                connect(name, "Flatten");
                break;
            }
            }
            if (model.neurons.size() > i && model.neurons[i].defined()) { // an imported model's neurons
                const std::string neuron = name + "_neuron";
                H5Id node = w.group(nodes.get(), neuron);
                connect(neuron, writeNeuron(w, node.get(), model.neurons[i], name));
            } else if (std::find(spiking.begin(), spiking.end(), i) != spiking.end()) {
                const std::string neuron = name + "_if";
                H5Id node = w.group(nodes.get(), neuron);
                const at::Tensor ones = at::ones(outShape);
                const bool lif = model.leak < 1.0;
                w.string(node.get(), "type", lif ? "LIF" : "IF");
                if (lif) {
                    // Forward Euler with dt = 1: v += (v_leak - v + r I) / tau gives v = leak v + I for
                    // tau = r = 1 / (1 - leak) (snnTorch's convention for its Leaky neuron).
                    const double tau = 1.0 / (1.0 - model.leak);
                    w.floats(node.get(), "tau", ones * tau);
                    w.floats(node.get(), "r", ones * tau);
                    w.floats(node.get(), "v_leak", at::zeros(outShape));
                } else {
                    w.floats(node.get(), "r", ones);
                }
                w.floats(node.get(), "v_threshold", thresholdArray(model.thresholds[i], outShape));
                w.floats(node.get(), "v_reset", at::zeros(outShape));
                connect(neuron, lif ? "LIF" : "IF");
            }
            inShape = outShape;
        }
        {
            H5Id node = w.group(nodes.get(), "output");
            w.string(node.get(), "type", "Output");
            w.ints(node.get(), "shape", {net.numClasses()});
            connect("output", "Output");
        }
        w.strings(graph.get(), "edges", edges, {hsize_t(edges.size() / 2), 2});

        H5Id meta = w.group(graph.get(), "metadata");
        w.string(meta.get(), "reset_method", resetMethod(model));
        w.scalarDouble(meta.get(), "dt", 1.0);
        w.ints(meta.get(), "num_timesteps", {model.timesteps}, true);
        w.string(meta.get(), "input_encoding", model.coding == InputCoding::Poisson ? "poisson_signed_rate" : "direct");
        if (model.neurons.empty()) {
            w.string(meta.get(), "readout", "output_membrane_sum");
            w.string(meta.get(), "neuron_model",
                     "discrete time: v[t] = leak * v[t-1] + W s[t] + b (bias every step); spike when v > v_threshold, "
                     "then v -= v_threshold; the output layer only accumulates and is read out after num_timesteps "
                     "steps");
        } else {
            w.string(meta.get(), "readout", spikeReadoutName(model.readout));
            w.string(meta.get(), "neuron_model",
                     "forward Euler with dt = 1: v[t] = (1 - 1/tau) v[t-1] + (r/tau) I[t] + v_leak/tau (IF: v[t-1] + r "
                     "I[t]); spike when v > v_threshold, then reset_method; read out after num_timesteps steps");
        }
        w.doubles(meta.get(), "input_mean", net.input.mean);
        w.doubles(meta.get(), "input_std", net.input.std);
        if (!net.info.classNames.empty())
            w.strings(meta.get(), "class_names", net.info.classNames, {hsize_t(net.info.classNames.size())});
        w.string(meta.get(), "pooling", options.sumPool ? "sumpool_scale_folded_into_next_layer" : "avgpool");
        w.string(meta.get(), "writer", "PrivateSNN Lab " + toolVersion());
        if (!model.sourceModelSha256.empty())
            w.string(meta.get(), "source_model_sha256", model.sourceModelSha256);
        if (H5Fflush(file.get(), H5F_SCOPE_GLOBAL) < 0)
            w.fail("flushing");
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored); // no half-written file is left behind
        throw;
    }
    commitTemporary(temporary, target);
    return result;
}

} // namespace psnn
