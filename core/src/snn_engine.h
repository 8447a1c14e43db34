// SPDX-License-Identifier: GPL-3.0-or-later
// The time-batched spiking engine: a feed-forward SpikingModel simulated one layer at a time over
// all T steps of a chunk of images. Each weight layer computes the currents of all T x B frames in
// one call (event-driven from its sparse input spikes, or one dense convolution/GEMM where the
// input is dense), then the IF/LIF dynamics run element-wise over T. Gives the same spikes as
// the step-by-step reference (SnnSimulator, test-only: tests/support/snn_reference.h) up to float
// summation order (see snn_engine_test.cpp).
#pragma once

#include "privatesnn/snn.h"
#include "snn_layer_kernels.h"
#include "snn_neuron_kernels.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// The input of a layer for a stack of frames, channels-last ([F, H, W, C] or [F, D]): either
/// float values (coded images) or uint8 spike counts whose value is count / divisor (average
/// pooling of spikes sums counts and multiplies the divisor).
struct Activation {
    at::Tensor values;
    float divisor = 1.0f;
    int64_t maxCount = 1; ///< largest count the values can hold (pooling grows it)
    bool isCounts() const { return values.scalar_type() == at::kByte; }
    /// sum of |value| over all elements (input events)
    double eventSum() const;
};

/// The activation's values as float (count / divisor).
at::Tensor floatValues(const Activation& a);

/// Per-layer spike activity summed over everything run(), indexed like network.layers.
struct EngineActivity {
    std::vector<double> inputEvents;
    std::vector<double> outputSpikes;
    double pixelEvents = 0; ///< |coded input| summed
};

/// Above these input rates (fraction of non-zero inputs) a layer's currents come from one dense
/// product instead of the event-driven kernels: the measured crossover (tests/bench/snn_kernel_bench.cpp,
/// 2026-12-07, the 2-core AVX-512 machine; 300 frames). Convolutions: oneDNN's dense kernel runs at
/// 55-67 GMAC/s on one thread, so events only win below 3-5 % (16->16 at 28x28: 9.7 ms events vs
/// 7.9 ms dense at 5 %; 32->32 at 28x28, 2 threads: 22 vs 14 ms at 5 %, 6 vs 15 ms at 1 %); the
/// earlier 30 % made attack 2 on the demo 1.5x slower. Linear 3136->256: 5.1 ms events vs 4.3 ms
/// dense at 20 %, 1.6 ms at 5 %.
struct EngineRates {
    double convDense = 0.04;
    double linearDense = 0.15;
};

class TimeBatchedEngine {
public:
    /// A layer between two weight layers that acts on the activation (ReLU does not: the neuron replaces it).
    struct Op {
        size_t layer = 0;
        LayerKind kind = LayerKind::Flatten;
        std::vector<int64_t> frameIn;   ///< engine-layout shape of one input frame: {H, W, C} or {D}
        std::vector<int64_t> logical;   ///< the same in the reference's layout: {C, H, W} or {D}
        std::vector<int64_t> flattened; ///< {C, H, W} when the input is a flattened map, else empty
    };
    /// One weight layer and what comes before it.
    struct Stage {
        size_t layer = 0;
        std::vector<Op> before;      ///< AvgPool2d, Flatten and Dropout layers applied to the input first
        LayerKind kind = LayerKind::Linear;
        at::Tensor denseWeight;      ///< Conv2d: channels-last [O, I, k, k]; Linear: columns in channels-last order
        at::Tensor eventWeight;      ///< Conv2d: [k, k, I, O]; Linear: [I, O]
        at::Tensor bias;
        std::vector<int64_t> flattened; ///< Linear: {C, H, W} of the map its input was flattened from
        int64_t stride = 1, padding = 0, kernel = 1;
        int64_t inHeight = 0, inWidth = 0, outHeight = 0, outWidth = 0, inChannels = 0, outChannels = 0;
        at::Tensor theta;            ///< float [C] (spiking stages)
        /// An imported model's neurons (SpikingModel::neurons), per neuron in this layout; undefined
        /// for the lab's own IF/LIF (theta and the model's leak).
        kernels::NeuronVectors neuron;
    };

    /// thresholds may be missing (conversion sets them stage by stage through setThreshold).
    explicit TimeBatchedEngine(const SpikingModel& model, EngineRates rates = {});

    /// Weight layers in order; the last one is the output layer.
    size_t stages() const { return m_stages.size(); }
    size_t layerOf(size_t stage) const { return m_stages[stage].layer; }
    /// The path of the stage's layer ("features.3"), as kernel errors name it.
    const std::string& layerName(size_t stage) const;
    void setThreshold(size_t stage, const at::Tensor& theta);
    /// Neurons in one frame of the stage's output.
    int64_t outputNeurons(size_t stage) const;

    /// Coded images [F, C, H, W] (NCHW, as encodeInput gives them) as the first stage's input.
    static Activation fromImages(const at::Tensor& frames);
    const Stage& stage(size_t k) const { return m_stages[k]; }
    /// Whether the stage's currents come from the event-driven kernels for this input.
    bool eventDriven(size_t stage, const Activation& in) const;
    /// Applies the pooling/flatten layers that come before `stage`. Dropout acts only when masks are
    /// given: masks[layer] in the engine's layout [B, frame...], the same for all T frames of a sample.
    Activation prepare(size_t stage, Activation in, const std::vector<at::Tensor>* masks = nullptr) const;
    /// Input currents of the stage for a prepared input: float [F, ..., C] channels-last, bias added.
    at::Tensor current(size_t stage, const Activation& in) const;
    /// Spikes of a spiking stage for currents [T*B frames, ...] of B samples, continuing `membrane`
    /// (float [B, N], zeros at the first step); uint8 of the currents' shape. Returns the spike count.
    int64_t fire(size_t stage, const at::Tensor& currents, int64_t batch, at::Tensor& membrane, at::Tensor& spikes) const;

    /// The output stage's class scores after every step, float [T, B, K], from its currents
    /// [T * B, K] (time-major): their running sum (the lab's U_L^t), an imported output neuron's
    /// membrane, or its spike counts so far (SpikingModel::readout).
    at::Tensor readout(const at::Tensor& currents, int64_t timesteps, int64_t batch) const;

    /// Whole window for B images: coded input [T, B, C, H, W] -> accumulated output membrane after
    /// every step [T, B, K] (row t equals SnnSimulator::step's result at step t).
    at::Tensor run(const at::Tensor& codedInput, EngineActivity* activity = nullptr) const;

private:
    kernels::ConvShape convShape(size_t stage) const;

    const SpikingModel& m_model;
    EngineRates m_rates;
    std::vector<Stage> m_stages;
};

/// T coded frames of the images, [T, B, C, H, W], drawn from gen step after step: the draws a
/// step-by-step loop (SnnSimulator::run) makes, for TimeBatchedEngine::run.
at::Tensor encodeSteps(const at::Tensor& images, InputCoding coding, int timesteps, at::Generator& gen);

/// Samples per chunk so that the float currents of T steps of `neuronsPerFrame` stay near `budgetBytes`.
int64_t samplesPerChunk(int64_t neuronsPerFrame, int64_t timesteps, int64_t budgetBytes);

} // namespace psnn
