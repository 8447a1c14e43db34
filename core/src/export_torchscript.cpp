// SPDX-License-Identifier: GPL-3.0-or-later
// TorchScript export: a module with the weights as parameters, the thresholds as buffers and the
// simulation loop compiled from generated TorchScript source (Module::define), so the file needs
// no Python class to load.
#include "privatesnn/export_torchscript.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <ATen/ATen.h>
#include <torch/script.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace psnn {
namespace {

std::string intList(std::initializer_list<int64_t> values)
{
    std::string text = "[";
    for (int64_t v : values)
        text += (text.size() > 1 ? ", " : "") + std::to_string(v);
    return text + "]";
}

std::string shapeList(const std::vector<int64_t>& shape)
{
    std::string text = "[n";
    for (int64_t v : shape)
        text += ", " + std::to_string(v);
    return text + "]";
}

torch::jit::Module newModule(const std::string& className, const Network& net)
{
    torch::jit::Module module("__torch__.privatesnn." + className);
    module.register_attribute("training", c10::BoolType::get(), false);
    c10::List<std::string> names;
    for (const auto& name : net.info.classNames)
        names.push_back(name);
    module.register_attribute("class_names", c10::ListType::ofStrings(), names);
    module.register_attribute("input_shape", c10::ListType::ofInts(),
                              c10::List<int64_t>({net.input.channels, net.input.height, net.input.width}));
    module.register_attribute("input_mean", c10::ListType::ofFloats(), c10::List<double>(net.input.mean));
    module.register_attribute("input_std", c10::ListType::ofFloats(), c10::List<double>(net.input.std));
    return module;
}

/// Registers a layer's weight and bias; returns the TorchScript expression of the layer applied to h.
std::string weightLayer(torch::jit::Module& module, const Layer& layer, size_t i)
{
    const std::string w = "layer" + std::to_string(i) + "_weight";
    module.register_parameter(w, layer.weight.detach().to(at::kFloat).contiguous().clone(), false);
    std::string b = "None";
    if (layer.bias.defined()) {
        b = "self.layer" + std::to_string(i) + "_bias";
        module.register_parameter(b.substr(5), layer.bias.detach().to(at::kFloat).contiguous().clone(), false);
    }
    if (layer.kind == LayerKind::Conv2d)
        return "torch.conv2d(h, self." + w + ", " + b + ", " + intList({layer.stride, layer.stride}) + ", "
            + intList({layer.padding, layer.padding}) + ")";
    return "torch.linear(h, self." + w + ", " + b + ")";
}

/// The shape-preserving layers between weight layers, as a TorchScript statement on h (or empty).
std::string passiveLayer(const Layer& layer, bool ann)
{
    switch (layer.kind) {
    case LayerKind::AvgPool2d:
        return "h = torch.avg_pool2d(h, " + intList({layer.kernel, layer.kernel}) + ", " + intList({layer.stride, layer.stride}) + ")";
    case LayerKind::Flatten:
        return "h = torch.flatten(h, 1)";
    case LayerKind::ReLU:
        return ann ? "h = torch.relu(h)" : ""; // the spiking neuron replaces the ReLU
    default:
        return ""; // dropout is training only
    }
}

void saveAtomically(torch::jit::Module& module, const std::string& path)
{
    const std::string target = writableTarget(path);
    const std::string temporary = temporaryFor(target);
    try {
        module.save(temporary);
    } catch (const c10::Error& e) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw Error(ErrorCode::FileUnwritable, "Writing the TorchScript file '" + path + "' failed: " + e.what_without_backtrace(),
                    "Check that the folder exists, is writable and has free space.");
    }
    commitTemporary(temporary, target);
}

} // namespace

void exportSnnTorchScript(const SpikingModel& model, const std::string& path)
{
    if (!model.neurons.empty())
        throw Error(ErrorCode::Unsupported,
                    "The spiking model has imported neurons (per-neuron leak, gain, threshold or reset value), and the "
                    "TorchScript export writes the lab's own IF/LIF simulator only.",
                    "Export it as a NIR graph (--format nir), which carries its neurons.");
    const Network& net = model.network;
    const size_t output = model.outputLayer();
    const std::vector<size_t> spiking = model.spikingLayers();
    const std::vector<LayerSummary> rows = net.summarize();
    torch::jit::Module module = newModule("SpikingNetwork", net);
    module.register_attribute("timesteps", c10::IntType::get(), int64_t(model.timesteps));
    module.register_attribute("coding", c10::StringType::get(), std::string(model.coding == InputCoding::Poisson ? "poisson" : "direct"));
    module.register_attribute("leak", c10::FloatType::get(), model.leak);
    module.register_attribute("reset", c10::StringType::get(), std::string("subtract"));

    std::ostringstream init;
    std::ostringstream step;
    for (size_t i = 0; i <= output; ++i) {
        const Layer& layer = net.layers[i];
        if (!layer.hasWeights()) {
            if (const std::string line = passiveLayer(layer, false); !line.empty())
                step << "        " << line << "\n";
            continue;
        }
        const std::string current = weightLayer(module, layer, i);
        if (i == output) {
            init << "    out = torch.zeros(" << shapeList(rows[i].outputShape) << ", dtype=x.dtype, device=x.device)\n";
            step << "        out = out + " << current << "\n";
            break;
        }
        if (std::find(spiking.begin(), spiking.end(), i) == spiking.end())
            continue;
        // Per-layer thresholds stay 0-d, per-channel ones broadcast over the channel axis.
        at::Tensor theta = model.thresholds[i].detach().to(at::kFloat).contiguous().clone();
        if (theta.numel() > 1)
            theta = layer.kind == LayerKind::Conv2d ? theta.view({1, -1, 1, 1}) : theta.view({1, -1});
        const std::string u = "u" + std::to_string(i);
        const std::string th = "self.layer" + std::to_string(i) + "_threshold";
        module.register_buffer(th.substr(5), theta);
        init << "    " << u << " = torch.zeros(" << shapeList(rows[i].outputShape) << ", dtype=x.dtype, device=x.device)\n";
        step << "        " << u << " = " << u << " * self.leak + " << current << "\n"
             << "        h = (" << u << " > " << th << ").to(x.dtype)\n"
             << "        " << u << " = " << u << " - " << th << " * h\n";
    }
    const std::string source =
        "def encode(self, x: Tensor) -> Tensor:\n"
        "    if self.coding == \"poisson\":\n"
        "        return torch.sign(x) * (torch.rand_like(x) <= torch.abs(x)).to(x.dtype)\n"
        "    return x\n"
        "\n"
        "def simulate(self, x: Tensor, timesteps: int) -> Tensor:\n"
        "    n = x.size(0)\n"
        + init.str()
        + "    for t in range(timesteps):\n"
          "        h = self.encode(x)\n"
        + step.str()
        + "    return out\n"
          "\n"
          "def forward(self, x: Tensor) -> Tensor:\n"
          "    return self.simulate(x, self.timesteps)\n";
    try {
        module.define(source);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Unsupported, std::string("The spiking network could not be compiled to TorchScript: ") + e.what_without_backtrace(),
                    "Please report this with the model archive.");
    }
    saveAtomically(module, path);
}

void exportNetworkTorchScript(const Network& net, const std::string& path)
{
    torch::jit::Module module = newModule("Network", net);
    std::ostringstream body;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        const Layer& layer = net.layers[i];
        if (layer.hasWeights())
            body << "    h = " << weightLayer(module, layer, i) << "\n";
        else if (const std::string line = passiveLayer(layer, true); !line.empty())
            body << "    " << line << "\n";
    }
    try {
        module.define("def forward(self, x: Tensor) -> Tensor:\n    h = x\n" + body.str() + "    return h\n");
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Unsupported, std::string("The network could not be compiled to TorchScript: ") + e.what_without_backtrace(),
                    "Please report this with the model archive.");
    }
    saveAtomically(module, path);
}

} // namespace psnn
