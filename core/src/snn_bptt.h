// SPDX-License-Identifier: GPL-3.0-or-later
// Surrogate-gradient BPTT on the time-batched engine, without an autograd graph. The batch runs in
// chunks of samples: a chunk's forward keeps its layers' prepared inputs and currents, and its
// backward follows at once (the loss being a sum over samples, a chunk's output gradient needs only
// its own rows), so nothing is recomputed and nothing outlives the chunk. The backward runs the
// surrogate recursion backwards over T, takes weight gradients from the sparse spikes and input
// gradients by one transposed product over all T x n frames. Same gradients as autograd through
// SnnSimulator (Eq. 9, detached reset, dropout masks held over T) up to float summation order.
#pragma once

#include "snn_engine.h"

#include <ATen/core/Generator.h>

#include <functional>
#include <vector>

namespace psnn {

/// Bytes of one of the backward's per-chunk float buffers (the currents of the widest layer for one
/// chunk of samples over T steps): what the memory estimate multiplies by the buffers alive at once.
int64_t bpttChunkBytes(int64_t widestNeurons, int timesteps, int64_t batch);

class TimeBatchedBptt {
public:
    /// What the backward computes.
    enum class Gradients {
        None,         ///< no backward: U_L^T only, the same draws and chunks as the others
        Weights,      ///< dL/dW and dL/db, added to the weights' .grad()
        FirstCurrents ///< dL/dI_t summed over T for the first weight layer's currents (no weight gradient)
    };
    /// dL/dU_L^T of the batch's rows [begin, end), given those rows of U_L^T [end - begin, K]. The
    /// loss must be a sum of per-sample terms (a batch mean is one, with its 1/B).
    using RowGradient = std::function<at::Tensor(const at::Tensor& output, int64_t begin, int64_t end)>;
    struct Result {
        at::Tensor output;           ///< U_L^T [B, K]
        at::Tensor firstCurrentGrad; ///< Gradients::FirstCurrents: [B, C, H, W] or [B, D] (attack 2's G before the 1/T)
    };

    /// dropout: apply the network's dropout layers with masks drawn once per sample. samplesPerChunk:
    /// 0 sizes the chunks by memory (bpttChunkBytes); tests set it to split small batches.
    TimeBatchedBptt(const SpikingModel& model, const SurrogateGradient& surrogate, bool dropout, EngineRates rates = {},
                    int64_t samplesPerChunk = 0);

    /// Simulates T steps of images coded from gen, drawing the dropout masks from gen right after
    /// the first step's input, as SnnSimulator (with setDropoutGenerator(gen)) does, and runs the
    /// backward for the loss whose output gradient rowGrad gives (not called for Gradients::None).
    Result run(const at::Tensor& images, int timesteps, at::Generator& gen, const RowGradient& rowGrad, Gradients what);

private:
    /// One chunk of samples while it is being processed.
    struct Chunk {
        int64_t begin = 0, end = 0;
        std::vector<Activation> inputs;   ///< per stage, as prepared for its weight layer
        std::vector<at::Tensor> currents; ///< per stage, float [T * n, ..., C]; consumed by the backward
        std::vector<at::Tensor> masks;  ///< per layer, this chunk's rows
    };

    /// The coded inputs [T, B, C, H, W] of every step, with the dropout masks drawn in between.
    at::Tensor codeInputs(const at::Tensor& images, at::Generator& gen);
    /// The chunk's forward from its coded frames [T * n, C, H, W]; returns its rows of U_L^T.
    at::Tensor forwardChunk(Chunk& chunk, const at::Tensor& coded) const;
    /// The chunk's backward for g = dL/dU_L^T of its rows.
    void backwardChunk(Chunk& chunk, const at::Tensor& g, Gradients what, at::Tensor& firstCurrentGrad) const;
    /// Gradient w.r.t. the spikes of stage k - 1 from the gradient w.r.t. the prepared input of stage k.
    at::Tensor throughOps(size_t stage, at::Tensor grad, const Chunk& chunk) const;
    void addGrad(size_t stage, const at::Tensor& weightGrad, const at::Tensor& biasGrad) const;
    /// dL/dW and dL/db of a hidden stage from its input and dL/dI (event-driven where the input is sparse).
    void addWeightGrad(size_t stage, const Activation& in, const at::Tensor& gi) const;

    const SpikingModel& m_model;
    SurrogateGradient m_surrogate;
    bool m_dropout;
    TimeBatchedEngine m_engine;
    int64_t m_samplesPerChunk;
    int m_timesteps = 0;
    std::vector<at::Tensor> m_masks; ///< per layer, engine layout [B, frame...]
    /// Per linear stage after the first, its weight as linearInputGrad's kernel: laid out once, not
    /// per chunk (transposing a 256 x 3136 weight per chunk took 6 % of a training epoch).
    std::vector<at::Tensor> m_transposed;
};

} // namespace psnn
