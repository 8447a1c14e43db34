// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/layer_drift.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// Training images for encryption: the synthetic set in the pipeline, but any labelled images do.
/// Kept as a plain struct so the encryption stage does not depend on the synthesis code.
struct EncryptionData {
    at::Tensor images;     ///< float N x C x H x W, normalised to [-1, 1]
    at::Tensor labels;     ///< int64 N class labels; may be undefined when softLabels are given
    at::Tensor softLabels; ///< optional float N x K (each row a distribution), e.g. the Dirichlet targets
    /// The teacher's logits on the images when they come from elsewhere (float N x K): an imported
    /// SNN distilled from its own outputs. The teacher network then only gives the input size and
    /// class count, and augmentation is refused (nothing would score the augmented images).
    at::Tensor teacherLogits;

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
};

/// What the cross-entropy term of Eq. 6 is computed against.
enum class CeTarget {
    Hard, ///< argmax of the soft label when there is one, else the class label (default)
    Soft, ///< the soft label itself: -sum_k y_k log softmax(U)_k
};

/// "hard" or "soft" (settings files and the command line).
inline constexpr fields::Names<CeTarget, 2> kCeTargetNames{{{CeTarget::Hard, "hard"}, {CeTarget::Soft, "soft"}}};
std::string ceTargetName(CeTarget target);
/// The inverse of ceTargetName; false for an unknown name.
bool ceTargetFromName(const std::string& name, CeTarget& target);

/// How the SNN's accumulated output membrane U_L^T becomes the logits of Eq. 6.
enum class LogitReadout {
    /// c * U_L^T with one factor c fitted before training (least squares of the converted SNN's
    /// row-centred outputs on the teacher's, on the training images). Default: U_L^T grows with T and
    /// with 1 / (product of thresholds), so raw it is several times larger than the teacher's logits,
    /// and at tau = 20 the KD term then mostly pushes the output scale down instead of the classes.
    Matched,
    Sum,  ///< U_L^T itself, as the authors' spike-training code feeds its loss
    /// Rate decoding: U_L^T / T times the product of the spiking layers' (mean) thresholds, what a
    /// perfectly converted SNN's output equals the ANN's logits by. Unlike Matched it keeps the
    /// pressure to fix a gain error (e.g. an SNN too silent at low T).
    Rate,
};
/// "matched", "sum" or "rate" (settings files and the command line).
inline constexpr fields::Names<LogitReadout, 3> kReadoutNames{
    {{LogitReadout::Matched, "matched"}, {LogitReadout::Sum, "sum"}, {LogitReadout::Rate, "rate"}}};
std::string readoutName(LogitReadout readout);
/// The inverse of readoutName; false for an unknown name.
bool readoutFromName(const std::string& name, LogitReadout& readout);

/// Encryption = spike-based training of the converted SNN (paper §3.2, Eq. 5-9) with distillation.
/// Loss on the SNN's logits Z = c * U_L^T (c = 1 for LogitReadout::Sum, see LogitReadout):
///   L = (1 - m) * CE(Z, y) + m * KD,   KD = tau^2 * KL(softmax(A(x)/tau) || softmax(Z/tau)),
/// batch-mean, where A(x) are the teacher ANN's logits on the clean (un-coded) image.
/// m = 0 is the no-distillation ablation (KD is still reported, not trained on).
/// The paper leaves the readout unstated; c only rescales the logits, so accuracy is unaffected.
struct EncryptionConfig {
    int epochs = 20;                  ///< paper §5.1
    int batchSize = 50;
    double learningRate = 1e-4;       ///< Adam; divided by 10 at 50 % and 70 % of the epochs (§5.1)
    double weightDecay = 0.0;         ///< L2 in Adam; the authors' spike training code used 5e-4
    bool amsgrad = false;             ///< the authors' spike training code used AMSGrad
    double distillWeight = 0.7;       ///< m in Eq. 6
    double temperature = 20.0;        ///< tau in Eq. 6
    CeTarget ceTarget = CeTarget::Hard;
    LogitReadout readout = LogitReadout::Matched;
    SurrogateGradient surrogate{true, 1.0, false}; ///< Eq. 9; {true, 0.3, true} = the authors' LinearSpike
    int timesteps = 0;                ///< 0 = the spiking model's own T; the result keeps this T
    bool dropout = true;              ///< the network's dropout layers act (masks fixed over T), as in [R]'s train()
    bool horizontalFlip = false;      ///< augmentation (not in the paper): random left-right flips
    int maxShift = 0;                 ///< augmentation (not in the paper): random shifts up to this many pixels
    /// Label smoothing of both targets of Eq. 6 (the CE target and the teacher's softened
    /// distribution): t' = (1 - a) t + a / K, a in [-1, 1). Negative a sharpens them, the defence
    /// against model inversion of Struppek et al. (2024); positive a is the usual smoothing. 0 = the paper.
    double labelSmoothing = 0;
    /// Train only the first k weight layers (Adam sees no others, so later layers stay bit-identical);
    /// 0 = all. The study's early-layer defence; not a setting of the pipeline's encryption step.
    int trainedLayers = 0;
    uint64_t seed = 0;                ///< shuffling, Poisson draws and dropout masks, per (seed, epoch, batch)
    int evalBatchSize = 100;
    std::string checkpointPath;       ///< written atomically after every epoch when not empty
    bool resume = false;              ///< continue from checkpointPath (which must exist)
    double memoryBudgetBytes = 0;     ///< 0 = MemAvailable from /proc/meminfo
};

struct EncryptionEpoch {
    int epoch = 0;                ///< 1-based
    double learningRate = 0;
    double ce = 0;                ///< means over the epoch's images
    double kd = 0;
    double loss = 0;
    double trainAccuracy = 0;     ///< argmax U against the CE target's class
    double evalAccuracy = -1;     ///< at the training T; -1 without an evaluation set
    double seconds = 0;
    std::vector<LayerDrift> drift;
};

/// Peak memory of one training batch, estimated before training starts. BPTT codes the whole
/// batch's input for every step up front (floats); the rest lives per chunk of samples: the chunk's
/// currents and spikes of every layer, kept from its forward to its backward, and the backward's
/// gradient buffers.
struct MemoryEstimate {
    double stateBytesPerImageStep = 0; ///< the coded input of one image and step
    double stateBytes = 0;             ///< that for the batch over T (plus dropout masks)
    double chunkBytes = 0;             ///< one per-chunk float buffer (the widest layer's currents for a chunk of samples)
    double workspaceBytes =
        0; ///< the chunk's held currents and spikes and the buffers alive at once, allocator slack included (measured)
    double fixedBytes = 0;             ///< weights, gradients, Adam state, teacher logits and forward pass, LibTorch
    double neededBytes = 0;            ///< all of the above
    double availableBytes = 0;
    std::string describe() const;
};

struct EncryptionResult {
    SpikingModel model;                 ///< a new model with the trained weights; the inputs stay untouched
    std::vector<EncryptionEpoch> history;
    double initialEvalAccuracy = -1;    ///< of the converted model at the training T (only when an eval set is given)
    int resumedFromEpoch = 0;           ///< 0 when it started from scratch
    MemoryEstimate memory;
    double logitScale = 1;              ///< c of the readout (1 for LogitReadout::Sum)
    double seconds = 0;                 ///< this call only
};

/// Label smoothing of a batch of target distributions (B x K, or int64 class indices B, which
/// become one-hot rows): (1 - alpha) t + alpha / K. alpha < 0 gives rows that still sum to 1 but
/// have negative entries where t is below -alpha / (K (1 - alpha)).
at::Tensor smoothTarget(const at::Tensor& target, int64_t classes, double alpha);

/// Estimates peak memory for a configuration (see MemoryEstimate) on the given spiking model.
MemoryEstimate estimateEncryptionMemory(const SpikingModel& snn, const EncryptionConfig& config, int64_t images);

/// Trains a copy of snn by surrogate-gradient BPTT (Eq. 7-9) on Poisson-coded images, with teacher
/// distillation. Refuses with Error(OutOfMemory) when the estimate exceeds the memory budget.
/// Progress per batch; cancellation between batches and during the initial evaluation (the last
/// epoch checkpoint stays valid; an epoch's own evaluation runs to its end so the epoch is kept).
/// Metrics: per batch "ce", "kd", "loss" (x = global batch index); per epoch (x = epoch) "lr",
/// "eval_accuracy", "drift_cos/<layer path>", "drift_l2/<layer path>" (also for epoch 0 = the
/// converted model) and, last, "train_accuracy", sent after the epoch's checkpoint is written. Resuming (config.resume) continues from the checkpoint and gives
/// the same weights as an uninterrupted run: every random draw is derived from (seed, epoch, batch).
EncryptionResult encryptSnn(const SpikingModel& snn, const Network& teacher, const EncryptionData& data,
                            const EncryptionConfig& config, const Dataset* eval = nullptr,
                            ProgressSink& progress = nullProgress());

/// Weight drift of every weight layer of current against reference (same architecture).
std::vector<LayerDrift> weightDrift(const Network& reference, const Network& current);

/// The readout factor c (see LogitReadout) of snn at T steps: least squares of its row-centred
/// outputs U_L^T on the row-centred teacher logits, over at most 500 of the images (seeded Poisson
/// draws, no dropout). 1 for LogitReadout::Sum; for LogitReadout::Rate the product of the mean
/// thresholds over T.
double logitScaleOf(const SpikingModel& snn, const at::Tensor& images, const at::Tensor& teacherLogits,
                    const EncryptionConfig& config, int timesteps);

/// Gradients of the training loss for one batch by BPTT on the time-batched engine (snn_bptt.h).
/// Leaves the gradients in the model's weights (which must require grad) and returns the loss.
/// Exposed for tests and the benchmark; samplesPerChunk > 0 splits the batch into chunks of that
/// many samples (0: sized by memory), so tests can check that the chunks add up to the batch.
struct BatchLoss {
    at::Tensor output;  ///< U_L^T, detached
    double ce = 0, kd = 0, loss = 0;
};
BatchLoss encryptionBatchBackward(const SpikingModel& model, const at::Tensor& images, const at::Tensor& teacherLogits,
                                  const at::Tensor& target, const EncryptionConfig& config, int timesteps,
                                  uint64_t drawSeed, double logitScale = 1.0, int64_t samplesPerChunk = 0);

} // namespace psnn
