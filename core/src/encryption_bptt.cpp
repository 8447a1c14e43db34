// SPDX-License-Identifier: GPL-3.0-or-later
// One training batch of the encryption stage: the loss of Eq. 6 on U_L^T and its gradients by
// BPTT through the spiking simulation (the time-batched engine's manual backward, snn_bptt.h).
#include "encryption_internal.h"

#include "privatesnn/error.h"
#include "snn_bptt.h"
#include "snn_engine.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/utils.h>

namespace psnn {
namespace {

struct LossTerms {
    at::Tensor loss;
    at::Tensor ce;
    at::Tensor kd;
};

/// Eq. 6 with the KD form stated in encryption.h for rows of a batch of `batch` images: the terms are
/// sums over the rows divided by `batch`, so the batch's rows give the batch mean and any subset of
/// them its share. target is int64 [B] (hard) or float [B, K] (soft); undefined only when m = 1.
LossTerms lossOf(const at::Tensor& membrane, const at::Tensor& teacherLogits, const at::Tensor& target,
                 const EncryptionConfig& config, double logitScale, int64_t batch)
{
    const at::Tensor output = membrane * logitScale;
    const double m = config.distillWeight;
    const double tau = config.temperature;
    const double alpha = config.labelSmoothing;
    const int64_t classes = output.size(1);
    LossTerms terms;
    if (target.defined() && alpha != 0)
        terms.ce = -(smoothTarget(target, classes, alpha) * at::log_softmax(output, 1)).sum(1).sum() / double(batch);
    else if (target.defined())
        terms.ce = target.scalar_type() == at::kLong
            ? at::cross_entropy_loss(output, target, {}, at::Reduction::Sum) / double(batch)
            : -(target * at::log_softmax(output, 1)).sum(1).sum() / double(batch);
    else
        terms.ce = at::zeros({}, output.options());
    // KL(p_teacher || p_snn) at temperature tau, times tau^2 so its gradient scale does not shrink
    // as 1/tau^2 (Hinton et al.); batch mean.
    const at::Tensor logTeacher = at::log_softmax(teacherLogits / tau, 1);
    const at::Tensor logStudent = at::log_softmax(output / tau, 1);
    if (alpha == 0) {
        terms.kd = (logTeacher.exp() * (logTeacher - logStudent)).sum(1).sum() / double(batch) * (tau * tau);
    } else {
        // A smoothed target may have negative entries, where the KL's own entropy term has no
        // value: it is summed over the positive entries only (a constant, so the gradient is the
        // cross-entropy's with the smoothed target, and the value is the KL wherever it exists).
        const at::Tensor t = smoothTarget(logTeacher.exp(), classes, alpha);
        const at::Tensor entropyTerm = at::where(t > 0, t * at::log(t.clamp_min(1e-30)), at::zeros_like(t));
        terms.kd = (entropyTerm - t * logStudent).sum(1).sum() / double(batch) * (tau * tau);
    }
    // The ends of the range skip the unused term, so a NaN there cannot leak in through 0 * NaN.
    if (m <= 0)
        terms.loss = terms.ce;
    else if (m >= 1)
        terms.loss = terms.kd;
    else
        terms.loss = (1 - m) * terms.ce + m * terms.kd;
    return terms;
}

BatchLoss finish(const LossTerms& terms, const at::Tensor& output)
{
    BatchLoss out;
    out.output = output.detach();
    out.ce = terms.ce.item<double>();
    out.kd = terms.kd.item<double>();
    out.loss = terms.loss.item<double>();
    return out;
}

/// The time-batched engine's forward and manual backward (see snn_bptt.h): the loss's gradient
/// w.r.t. each chunk's rows of U_L^T seeds that chunk's backward over all steps.
BatchLoss bpttBatch(const SpikingModel& model, const at::Tensor& images, const at::Tensor& teacherLogits,
                    const at::Tensor& target, const EncryptionConfig& config, int T, at::Generator& gen,
                    double logitScale, int64_t samplesPerChunk)
{
    torch::NoGradGuard noGrad;
    TimeBatchedBptt bptt(model, config.surrogate, config.dropout, {}, samplesPerChunk);
    const int64_t batch = images.size(0);
    auto rowGrad = [&](const at::Tensor& rows, int64_t begin, int64_t end) {
        const at::Tensor leaf = rows.detach().requires_grad_(true);
        at::AutoGradMode enable(true);
        const LossTerms part =
            lossOf(leaf, teacherLogits.slice(0, begin, end), target.defined() ? target.slice(0, begin, end) : target,
                   config, logitScale, batch);
        return torch::autograd::grad({part.loss}, {leaf})[0];
    };
    const at::Tensor output = bptt.run(images, T, gen, rowGrad, TimeBatchedBptt::Gradients::Weights).output;
    const LossTerms terms = lossOf(output, teacherLogits, target, config, logitScale, batch);
    return finish(terms, output);
}

} // namespace

at::Tensor smoothTarget(const at::Tensor& target, int64_t classes, double alpha)
{
    const at::Tensor t = target.scalar_type() == at::kLong ? at::one_hot(target, classes).to(at::kFloat) : target;
    return t * (1 - alpha) + alpha / double(classes);
}

double logitScaleOf(const SpikingModel& snn, const at::Tensor& images, const at::Tensor& teacherLogits,
                    const EncryptionConfig& config, int timesteps)
{
    if (config.readout == LogitReadout::Sum)
        return 1.0;
    if (config.readout == LogitReadout::Rate) {
        // Spikes are 0/1, so layer l fires at about a_l / (theta_1 ... theta_l) per step.
        double scale = 1.0 / timesteps;
        for (size_t i : snn.spikingLayers())
            scale *= snn.thresholds[i].mean().item<double>();
        return scale;
    }
    torch::NoGradGuard noGrad;
    const int64_t n = std::min<int64_t>(images.size(0), 500);
    at::Generator gen = at::detail::createCPUGenerator(config.seed);
    const TimeBatchedEngine engine(snn);
    double cross = 0, square = 0;
    for (int64_t begin = 0; begin < n; begin += 100) {
        const int64_t end = std::min(n, begin + 100);
        const at::Tensor x = images.slice(0, begin, end);
        const at::Tensor u = engine.run(encodeSteps(x, snn.coding, timesteps, gen))[timesteps - 1];
        // Row-centred: softmax ignores a shift per image, so only the spread has to match.
        const at::Tensor uc = (u - u.mean(1, true)).to(at::kDouble);
        const at::Tensor z = teacherLogits.slice(0, begin, end).to(at::kDouble);
        cross += (uc * (z - z.mean(1, true))).sum().item<double>();
        square += uc.square().sum().item<double>();
    }
    // A silent or inverted output gives no usable fit; fall back to the per-step mean.
    return square > 0 && cross > 0 ? cross / square : 1.0 / timesteps;
}

BatchLoss encryptionBatchBackward(const SpikingModel& model, const at::Tensor& images, const at::Tensor& teacherLogits,
                                  const at::Tensor& target, const EncryptionConfig& config, int timesteps,
                                  uint64_t drawSeed, double logitScale, int64_t samplesPerChunk)
{
    if (timesteps <= 0)
        throw Error(ErrorCode::InvalidArgument, "Encryption training needs at least one time step.");
    if (!target.defined() && config.distillWeight < 1)
        throw Error(ErrorCode::InvalidArgument, "The cross-entropy term needs labels, but the training images have none.",
                    "Give class or soft labels, or train with distillation only (m = 1).");
    at::Generator gen = at::detail::createCPUGenerator(drawSeed);
    return bpttBatch(model, images, teacherLogits, target, config, timesteps, gen, logitScale, samplesPerChunk);
}

} // namespace psnn
