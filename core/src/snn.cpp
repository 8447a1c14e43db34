// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/snn.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>

namespace psnn {

std::vector<size_t> SpikingModel::spikingLayers() const
{
    std::vector<size_t> out;
    const size_t last = outputLayer();
    for (size_t i = 0; i < network.layers.size(); ++i)
        if (network.layers[i].hasWeights() && i != last)
            out.push_back(i);
    return out;
}

bool SpikingModel::reconvertsToRelu() const
{
    for (size_t i : spikingLayers())
        if (neurons.size() > i && neurons[i].defined()
            && !(at::equal(neurons[i].leak, at::ones_like(neurons[i].leak))
                 && at::equal(neurons[i].drive, at::zeros_like(neurons[i].drive))))
            return false;
    return true;
}

size_t SpikingModel::outputLayer() const
{
    for (size_t i = network.layers.size(); i > 0; --i)
        if (network.layers[i - 1].kind == LayerKind::Linear)
            return i - 1;
    throw Error(ErrorCode::Unsupported, "The network has no Linear output layer, so it cannot be read out as a spiking network.",
                "Use a classifier that ends in a Linear layer.");
}

at::Tensor encodeInput(const at::Tensor& images, InputCoding coding, at::Generator& gen)
{
    if (coding == InputCoding::Direct)
        return images;
    // Signed rate code: P(spike) = |x|, spike value sign(x). No gradient flows through it.
    // Seeded generators are CPU generators: draw there, then move, so CUDA builds work unchanged.
    const at::Tensor draw = at::rand(images.sizes(), gen, images.options().device(at::kCPU)).to(images.device());
    return at::sign(images) * (draw <= images.abs()).to(images.scalar_type());
}

} // namespace psnn
