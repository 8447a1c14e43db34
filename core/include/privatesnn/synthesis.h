// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"

#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace psnn {

/// Data-free synthesis (paper §3.1, Algorithm 3 step 1): class-conditioned images optimised from
/// noise so that the ANN's softened output matches a Dirichlet soft label drawn around each class.
///
/// Where each default comes from:
///   perClass 100, temperature 20, beta 1, accumulateGradients off: the reference code's values
///     (100 = its --num_synimage default; the README uses 1000) except the gradient bug, which is
///     an explicit option, off by default.
///   floor 1e-4: ZSKD's epsilon. The reference code adds none and breaks on PyTorch >= 1.8.
///   steps 200, learningRate 0.05: sized for this machine class (2 CPU cores). The reference code
///     runs Adam at lr 1e-3 for 2499 steps, one image at a time (12x the steps). Measured on the
///     bundled teacher, 100 images, one batch: 200 steps at 0.05 give 93 % teacher agreement,
///     100 steps 92 %, lr 0.01 84 %, lr 1e-3 53 % (too few steps for that rate).
///   batchSize 100: batched, each image with its own target (the reference does one at a time).
///     Moderate on purpose: big batches of big temporaries make the CPU allocator fault pages.
///   clampEachStep on: keeps every image inside the model's input range while optimising, so what
///     is saved (8-bit PNG) is what was optimised. The reference clips only when saving; measured
///     as above, that drops teacher agreement from 93 % to 88 % (loss 1.41 -> 1.66).
///   priors (tv, l2, jitter) off: the reference uses none.
struct SynthesisConfig {
    int perClass = 100;
    int steps = 200;
    int batchSize = 100;
    double learningRate = 0.05;     ///< Adam, default betas and eps, no weight decay
    double temperature = 20.0;      ///< tau: the loss sees log_softmax(z / tau)
    double beta = 1.0;              ///< concentration = beta * similarity row (ZSKD's beta)
    double floor = 1e-4;            ///< lower bound of every concentration, so Dir() is defined
    bool accumulateGradients = false; ///< reference bug: never zero the image gradient, Adam gets the running sum
    bool clampEachStep = true;      ///< project the images into the input range after every step
    double totalVariation = 0.0;    ///< weight of the mean squared neighbour difference
    double l2 = 0.0;                ///< weight of the mean squared pixel value
    int jitter = 0;                 ///< random roll of up to this many pixels each step (0 = off)
    uint64_t seed = 0;
};

/// The synthetic images with everything needed to reproduce and judge them.
struct SyntheticSet {
    at::Tensor images;     ///< float N x C x H x W in the model's input range ([-1, 1] for mean = std = 0.5)
    at::Tensor classes;    ///< int64 N: the class whose similarity row gave the image's target
    at::Tensor softLabels; ///< float N x K: the Dirichlet target each image was optimised for
    at::Tensor losses;     ///< float N: soft-label cross entropy of the final image (priors not included)
    std::vector<std::string> classNames;
    bool complete = false; ///< false when cancelled: only the finished batches are here
    SynthesisConfig config;
    InputSpec input;       ///< the model's input spec (mean/std map images to and from pixels)
    std::string teacherSha256;
    std::string created;   ///< ISO 8601, UTC
    double seconds = 0;
    std::string source;    ///< the folder or archive it was read from (empty when made in memory)

    int64_t size() const { return images.defined() ? images.size(0) : 0; }
    /// Items [begin, end) sharing storage with this set.
    SyntheticSet slice(int64_t begin, int64_t end) const;
    /// The images as a data set labelled with their class of origin.
    Dataset toDataset() const;
};

/// Class similarity from the last Linear layer's weights W (K x F): cosine similarity, then each
/// row min-max normalised as the reference code does (its variant of Eq. 4), so the diagonal is 1
/// and each row's least similar class is 0. K x K float.
at::Tensor classSimilarity(const Network& ann);

/// One Dirichlet sample per row: Gamma(alpha, 1) draws normalised to sum 1, with
/// alpha = max(concentration, floor). Rows whose draws all underflow to zero fall back to the
/// normalised concentration, so the result never contains NaN. B x K float.
at::Tensor sampleDirichlet(const at::Tensor& concentration, at::Generator& gen, double floor = 1e-4);

/// Called with each finished batch (images, classes, labels, losses of that batch only) and the
/// index of its first image in the whole set, e.g. to show or save batches as they come.
using SyntheticBatchCallback = std::function<void(const SyntheticSet& batch, int64_t firstIndex)>;

/// Synthesises config.perClass images for every class, class by class, in batches. The same seed
/// and settings give identical images; every image's target and initial noise come from its own
/// generator stream, so they do not depend on the batch size. Progress per step, metric
/// "synthesis_loss" (x = optimisation steps done over all batches). Cancellation is polled before
/// every step and does not throw: the finished batches come back with complete = false.
SyntheticSet synthesize(const Network& ann, const SynthesisConfig& config, ProgressSink& progress = nullProgress(),
                        const SyntheticBatchCallback& onBatch = {});

/// How good a synthetic set is, measured with the ANN it came from.
struct SynthesisQuality {
    int64_t images = 0;
    double teacherAgreement = 0; ///< argmax ANN(x) == argmax soft label, in [0, 1]
    double originAgreement = 0;  ///< argmax ANN(x) == class of origin, in [0, 1]
    double meanLoss = 0;         ///< mean of the stored final losses
    double diversity = 0;        ///< mean pairwise L2 distance within a class, averaged over classes
    int64_t diversitySample = 0; ///< images per class used for the diversity (first ones)
};

/// perClassSample bounds the images per class in the pairwise-distance figure (O(n^2) pairs).
SynthesisQuality measureSynthesisQuality(const Network& ann, const SyntheticSet& set, int64_t perClassSample = 100);

/// Writes 8-bit PNGs (pixel = round(clip(x * std + mean, 0, 1) * 255)) into one folder per class,
/// class_<k>_<name>, and index.json with each file's class, soft label and loss, the settings, the
/// seed and the teacher's SHA-256. index.json is written last and atomically, so a folder with an
/// index is complete up to the images it lists.
void saveSyntheticSet(const SyntheticSet& set, const std::string& folder);
/// Reads a folder written by saveSyntheticSet (images are the 8-bit versions).
SyntheticSet loadSyntheticSet(const std::string& folder);
/// True when folder holds a synthetic set's index.json.
bool isSyntheticFolder(const std::string& folder);

/// The exact float images in the project archive (kind "synthetic").
void saveSyntheticArchive(const std::string& path, const SyntheticSet& set);
SyntheticSet loadSyntheticArchive(const std::string& path);

/// "class_3_dress" from 3 and "Dress": lower case, anything but letters and digits becomes '_'.
std::string syntheticClassFolder(int64_t index, const std::string& name);

} // namespace psnn
