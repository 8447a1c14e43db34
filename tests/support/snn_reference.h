// SPDX-License-Identifier: GPL-3.0-or-later
// The step-by-step spiking simulator: the reference semantics of a SpikingModel, written as the
// paper states them (and, for imported models, as NeuronLayer defines their neurons), with LibTorch autograd for the surrogate gradients. Test-only: the library
// runs every simulation on the time-batched engine (core/src/snn_engine.h) and its manual BPTT
// (core/src/snn_bptt.h), and the tests check those against this oracle.
#pragma once

#include "privatesnn/snn.h"

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace psnn {

/// The spike nonlinearity with the surrogate derivative of SurrogateGradient, as a custom autograd
/// function: Heaviside forward, triangular backward. theta broadcasts against u and gets no gradient.
at::Tensor surrogateSpike(const at::Tensor& u, const at::Tensor& theta, const SurrogateGradient& surrogate);

/// Runs a SpikingModel step by step on one batch (its state takes its shape from the first step). training = true applies dropout with masks drawn
/// once per sample and held for all steps. With a surrogate enabled and weights that require grad,
/// spikes are differentiable (Eq. 9), the soft reset is detached (theta * o.detach()) and the
/// membrane's path from step to step carries gradient (full BPTT); thresholds and leak stay fixed.
class SnnSimulator {
public:
    explicit SnnSimulator(const SpikingModel& model, bool training = false);

    /// Feeds one time step of input and returns the accumulated output membrane so far.
    at::Tensor step(const at::Tensor& input);
    /// Feeds `timesteps` steps of images, coded with the model's input coding from gen, and returns
    /// the accumulated output membrane U_L^T.
    at::Tensor run(const at::Tensor& images, int timesteps, at::Generator& gen);
    /// Turns on activity counting (for spike rates and energy).
    void recordActivity(bool on) { m_record = on; }
    /// Sums of |input| and output spikes per weight layer since construction.
    const std::vector<double>& inputEvents() const { return m_inputEvents; }
    const std::vector<double>& outputSpikes() const { return m_outputSpikes; }

    void setSurrogate(const SurrogateGradient& surrogate) { m_surrogate = surrogate; }
    /// Draws dropout masks from gen instead of LibTorch's global generator, so that a run can be
    /// reproduced from its seeds (TimeBatchedBptt draws them the same way). Call before the first step.
    void setDropoutGenerator(const at::Generator& gen) { m_dropoutGen = gen; }

private:
    /// One step of an imported model's neurons (SpikingModel::neurons) on layer i's current: their
    /// spikes, or an integrator's membrane; sets the output for the output layer.
    at::Tensor neuronStep(size_t i, const at::Tensor& current);

    const SpikingModel& m_model;
    bool m_training;
    bool m_record = false;
    SurrogateGradient m_surrogate;
    std::optional<at::Generator> m_dropoutGen;
    std::vector<at::Tensor> m_membrane;
    std::vector<at::Tensor> m_masks;
    at::Tensor m_output;
    std::vector<double> m_inputEvents;
    std::vector<double> m_outputSpikes;
};

} // namespace psnn
