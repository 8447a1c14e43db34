// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/network.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Attack scenario 1, first half (paper §2.2/§4): threshold balancing keeps the ANN's weights, so
/// replacing every IF neuron by a ReLU gives the original ANN back. The thresholds are dropped;
/// a ReLU is inserted after a spiking layer only where the chain has none.
Network reconvertToAnn(const SpikingModel& snn);

/// Natural-image priors of a stronger attacker than the paper's (Yosinski/Lucent/DeepInversion
/// style, see docs/nir-and-attacks.md B1-B3 and docs/attacks/readable.md). All off by default, i.e.
/// the paper's plain gradient ascent; each one left off leaves the result bit for bit as without it.
struct ImagePriors {
    int jitter = 0;        ///< random circular shift of up to this many pixels before each forward pass
    double tv = 0;         ///< weight of the squared total variation (neighbour differences), per image
    double l2 = 0;         ///< weight of ||x||^2 (in the model's normalised input space)
    /// Transformation robustness (Olah et al. 2017): before each forward pass the images are zoomed
    /// by a factor drawn from [1 - scale, 1 + scale] and rotated by up to +-rotate degrees about
    /// their centre; the gradient comes back through the warp's adjoint. 0 = off.
    double scale = 0;
    double rotate = 0;
    /// Decorrelated (Fourier) parametrisation: ascend the spectrum z of x = irfft2(S z) with
    /// S = 1/f^decay (Lucid: 1), so the objective's step favours low frequencies. 0 = off.
    double fourierDecay = 0;
    /// Weight of the feature-statistics prior (DeepInversion without BatchNorm): each image's
    /// per-channel mean and variance after every convolutional ReLU of the attacked (re-converted)
    /// ANN are pulled towards those of AttackConfig::syntheticImages. Attack 1 only. 0 = off.
    double featureStats = 0;
};

/// Settings of both class-representation attacks. Images live in the model's normalised input
/// space (for the bundled models [-1, 1]); "valid range" means the normalised image of [0, 1].
struct AttackConfig {
    std::vector<int64_t> classes;  ///< target classes; empty = all classes of the model
    int restarts = 3;              ///< images per class, each from its own seeded noise
    int iterations = 150;          ///< N of Algorithm 2 / 4
    /// Step on the normalised image: attack 1 ascends x += eta * dy_c/dx with eta = 6 (the paper;
    /// as the reference [U], SGD lr 6 on the normalised image); attack 2 uses zeta = 0.01.
    double stepSize = 6.0;
    double weightDecay = 1e-4;     ///< [U]'s SGD weight decay on the image (0 = off)
    /// Divide each image's gradient by its mean |value| before the step, so stepSize is in input
    /// units per iteration whatever the gradient's scale (surrogate gradients through T steps are
    /// orders of magnitude larger than an ANN's). Off in the paper's setting.
    bool normalizeGradient = false;
    int blurEvery = 4;             ///< f_blur: blur before the forward pass when n % f_blur == 0 (n = 1..N); 0 = never
    double blurSigma = 1.0;        ///< Gaussian sigma in pixels (kernel radius ceil(3 sigma), reflected borders)
    bool quantize = true;          ///< round to 8 bit after every step, as [U] does
    ImagePriors priors;
    /// Surrogate attacker (LOMMA's model augmentation, Nguyen et al. 2023): distil a fresh ANN of
    /// the attacked model's architecture from the SNN's class scores on syntheticImages for this
    /// many epochs, then ascend the sum of its target logit and the re-conversion's. Attacks 1
    /// and 3 on a spiking model only. 0 = off.
    int surrogateEpochs = 0;
    /// The lab's own synthetic images (normalised space), which the attacker makes from the
    /// weights alone: the featureStats prior's reference and the surrogate's training set. Not a setting.
    at::Tensor syntheticImages;
    /// Best-of selection: optimise restarts * candidates images per class and keep the restarts ones
    /// the attacked model itself scores highest (target logit, or target output for attack 2).
    /// 1 = keep every restart (the paper). The judge is never used here, so it stays independent.
    int candidates = 1;
    uint64_t seed = 0;             ///< restart r of class c starts from noise seeded by (seed, c, r)
    int64_t batchSize = 64;        ///< images optimised together (memory; results do not depend on it)

    /// Algorithm 4 as printed sets G = 0 once, before the loop over n, so every step uses the sum of
    /// all gradients so far (line 7 adds to it, nothing clears it). true = that (attack 2's default);
    /// false = G reset every iteration, a plain gradient step (attack 1 and this lab's earlier attack 2).
    bool accumulateGradient = false;

    // Attack 2 only.
    int timesteps = 0;             ///< 0 = the model's T
    SurrogateGradient surrogate{true, 1.0, false}; ///< Eq. 9

    /// Live view: every imageEvery iterations (and after the last) the first restart's current
    /// image of each class, C x H x W in the normalised space. Called on the attack's thread.
    std::function<void(int64_t cls, int iteration, const at::Tensor& image)> onImage;
    int imageEvery = 10;
};

/// The paper's defaults for each scenario (attack 1: eta 6, blur every 4, 8-bit steps; attack 2:
/// zeta 0.01, Algorithm 4 as printed: G accumulated over iterations, no blur, no decay, no quantisation) and the "strong" variants:
/// jitter 2 px, TV 0.005 and L2 0.005 priors, blur every 4, each kept image the best of 4 candidates.
/// The TV weight must stay below 1 / (8 eta): explicit steps on the discrete Laplacian oscillate into
/// a checkerboard otherwise. Strong attack 2 also normalises its gradient (step 0.1 per iteration),
/// rounds to 8 bit and keeps the best of 2 candidates (each candidate costs a BPTT over T).
AttackConfig paperAttackConfig(int scenario);
AttackConfig strongAttackConfig(int scenario);
/// Attack 3, "readable": attack 1's re-conversion with every natural-image prior on, at the
/// literature's defaults (docs/attacks/readable.md): jitter 2 px, zoom 0.9-1.1, rotation +-10
/// degrees, Fourier parametrisation with 1/f decay, TV 0.05 and L2 0.005 against a gradient
/// normalised to mean magnitude 1, step 0.1, no blur, one candidate per image (attack 1's budget).
AttackConfig readableAttackConfig();
/// "paper", "strong" or "readable" for scenario 1 or 2 ("readable" runs on scenario 1's
/// re-conversion); throws Error(InvalidArgument) naming the presets otherwise.
AttackConfig attackPreset(const std::string& name, int scenario);

/// Whether the attack needs AttackConfig::syntheticImages (feature statistics or a surrogate).
inline bool usesSyntheticImages(const AttackConfig& c)
{
    return c.priors.featureStats > 0 || c.surrogateEpochs > 0;
}

/// Generated images with what the attack knows about them.
struct AttackResult {
    std::string method;            ///< e.g. "attack 1 (re-converted ANN)"
    at::Tensor images;             ///< N x C x H x W, normalised space, restarts of a class adjacent
    at::Tensor labels;             ///< int64 N: the target class of each image
    std::vector<int> restart;      ///< which restart (after selection: rank, 0 = best)
    std::vector<double> targetScore; ///< attacked model's target logit/output on the final image
    std::vector<int> blurIterations; ///< the iterations (1-based) on which the blur was applied
    double seconds = 0;
};

/// Algorithm 2 on any ANN: x ~ U(0, 1) mapped to the input range; for n = 1..N: blur if
/// n % f_blur == 0, then x += eta * d y_c / dx (pre-softmax logit), weight decay, clamp to the valid
/// range, 8-bit rounding. Progress per iteration, metric "target_logit/<class>" (mean over the
/// class's images), cancellation between iterations. Works on the original ANN (Fig. 2 reference).
AttackResult classRepresentation(const Network& net, const AttackConfig& config, ProgressSink& progress = nullProgress());

/// Attack scenario 1: reconvertToAnn, then Algorithm 2 (with config.surrogateEpochs > 0 on the
/// re-conversion and a distilled surrogate together).
AttackResult attackReconverted(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress = nullProgress());

/// The surrogate attacker's model: the SNN's layers (ReLU for its neurons) with fresh weights
/// (PyTorch's default initialisation, seeded), trained with Adam (lr 1e-3, batch 64) on the
/// soft-label cross entropy to softmax(SNN class scores / T) on `images`. Data-free: `images`
/// are synthetic. Progress per epoch.
Network distilSurrogate(const SpikingModel& snn, const at::Tensor& images, int epochs, uint64_t seed,
                        ProgressSink& progress = nullProgress());

/// Attack scenario 2 (Algorithm 4): gradient ascent directly through the SNN over T steps with
/// surrogate spikes (the time-batched engine's BPTT; the same gradient as autograd through
/// SnnSimulator). The encoder is not differentiated: each step's encoded input s_t (Poisson
/// spikes, or x itself for direct coding) enters the first weight layer as data; the first layer's
/// output current c_t is where the gradient stops, G = (1/T) sum_t
/// d y_c / d c_t is accumulated over the window, and delta_x = W1^T G (a transposed convolution
/// with the first layer's weights). That equals the exact gradient w.r.t. the analog image when
/// the encoder is treated as the identity (straight through, E[s_t] = x). The objective y_c is the
/// target class's output membrane accumulated over T. Metric "target_logit/<class>" = that output.
AttackResult attackSnnDirect(const SpikingModel& snn, const AttackConfig& config, ProgressSink& progress = nullProgress());

/// Writes one image (C x H x W in the spec's normalised space) as an 8-bit PNG.
void saveImagePng(const std::string& path, const at::Tensor& image, const InputSpec& spec);

/// One attack's images for the human judge (privatesnn/ratings.h): which attack on which model,
/// the images and the class each was made for.
struct RatedImages {
    std::string attack, model;
    at::Tensor images, labels;
    /// Each judge network's class per image (empty: no such judge), for the classroom's reveal.
    std::vector<int64_t> judge1, judge2;
};

/// Writes every image of sets as a PNG into folder ("attack-1-snn-007.png") with the manifest
/// (kAttackImagesManifest) naming each file's target class, attack and model. Images a previous
/// run left there are replaced; the manifest is written last and atomically, so it never names a
/// file that is not there yet.
void saveRatedImages(const std::string& folder, const std::vector<RatedImages>& sets, const InputSpec& spec);

/// One column of a Fig. 6 style grid: a title and images with labels; the first image of each
/// class in the column is shown.
struct GridColumn {
    std::string title;
    at::Tensor images;
    at::Tensor labels;
};

/// Rows = classes, columns as given (missing cells stay grey), upscaled by `zoom`, with titles and
/// class names. Saved as PNG through OpenCV.
void saveAttackGrid(const std::string& path, const std::vector<GridColumn>& columns, const std::vector<int64_t>& classes,
                    const std::vector<std::string>& classNames, const InputSpec& spec, int zoom = 3);

} // namespace psnn
