// SPDX-License-Identifier: GPL-3.0-or-later
// Surrogate-gradient BPTT on the time-batched engine, without an autograd graph. The forward keeps
// only the spikes of every layer (packed, one bit per neuron and step) and the coded input; the
// backward recomputes each layer's currents and membranes from them (cheap: event-driven), runs the
// surrogate recursion backwards over T, takes weight gradients from the sparse spikes and input
// gradients by one transposed product over all T x B frames. Same gradients as autograd through
// SnnSimulator (Eq. 9, detached reset, dropout masks held over T) up to float summation order.
#pragma once

#include "snn_engine.h"
#include "spike_packing.h"

#include <ATen/core/Generator.h>

#include <vector>

namespace psnn {

/// Bytes of one of the backward's per-chunk float buffers (the currents of the widest layer for one
/// chunk of samples over T steps): what the memory estimate multiplies by the buffers alive at once.
int64_t bpttChunkBytes(int64_t widestNeurons, int timesteps, int64_t batch);

class TimeBatchedBptt {
public:
    /// dropout: apply the network's dropout layers with masks drawn once per sample.
    TimeBatchedBptt(const SpikingModel& model, const SurrogateGradient& surrogate, bool dropout, EngineRates rates = {});

    /// Simulates T steps of images coded from gen, drawing the dropout masks from gen right after
    /// the first step's input, as SnnSimulator (with setDropoutGenerator(gen)) does. Returns U_L^T [B, K].
    at::Tensor forward(const at::Tensor& images, int timesteps, at::Generator& gen);
    /// Adds dL/dW (and dL/db) for outputGrad = dL/dU_L^T [B, K] to the weights' .grad().
    void backward(const at::Tensor& outputGrad);
    /// dL/dI_t summed over the T steps, for I_t the first weight layer's currents (bias included)
    /// and outputGrad = dL/dU_L^T [B, K], in the reference layout ([B, C, H, W] or [B, D]); no
    /// weight gradient is computed. Attack 2's G (Algorithm 4, line 7, before the 1/T).
    at::Tensor firstCurrentGradient(const at::Tensor& outputGrad);

private:
    struct Chunk {
        int64_t begin = 0, end = 0;
        at::Tensor coded;                 ///< float [T * n, C, H, W]
        std::vector<PackedSpikes> spikes; ///< per spiking stage, [T * n, ...] at one bit per spike
        std::vector<at::Tensor> masks;  ///< per layer, this chunk's rows
    };

    /// The prepared input of a stage: the coded images for stage 0, else spikes (uint8 [T * n, ...]
    /// of stage - 1; unpacked from the chunk when not given).
    Activation stageInput(const Chunk& chunk, size_t stage, at::Tensor spikes = {}) const;
    /// Gradient w.r.t. the spikes of stage k - 1 from the gradient w.r.t. the prepared input of stage k.
    at::Tensor throughOps(size_t stage, at::Tensor grad, const Chunk& chunk) const;
    void addGrad(size_t stage, const at::Tensor& weightGrad, const at::Tensor& biasGrad) const;
    /// dL/dW and dL/db of a hidden stage from its input and dL/dI (event-driven where the input is sparse).
    void addWeightGrad(size_t stage, const Activation& in, const at::Tensor& gi) const;
    /// The surrogate recursion from the output back to the first weight layer, chunk by chunk; adds
    /// weight gradients when asked, and writes the first layer's summed current gradient when given.
    void backwardPass(const at::Tensor& outputGrad, bool weightGrads, at::Tensor* firstCurrentGrad);

    const SpikingModel& m_model;
    SurrogateGradient m_surrogate;
    bool m_dropout;
    TimeBatchedEngine m_engine;
    int m_timesteps = 0;
    std::vector<Chunk> m_chunks;
    std::vector<at::Tensor> m_masks; ///< per layer, engine layout [B, frame...]
};

} // namespace psnn
