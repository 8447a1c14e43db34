// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/attacks.h"
#include "privatesnn/dataset.h"
#include "privatesnn/network.h"
#include "privatesnn/progress.h"
#include "privatesnn/snn.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// Mean and unbiased (N - 1) covariance of feature vectors, in float64.
struct GaussianFit {
    at::Tensor mean; ///< d
    at::Tensor cov;  ///< d x d
    int64_t count = 0;
};

/// features: N x d (any float type; N >= 2).
GaussianFit fitGaussian(const at::Tensor& features);

/// Frechet distance ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2)) (Heusel et al. 2017). The trace
/// of the square root is sum_i sqrt(lambda_i) of the symmetric PSD matrix S1^(1/2) S2 S1^(1/2),
/// whose eigenvalues equal those of S1 S2; tiny negative eigenvalues from rounding are clamped to 0,
/// so singular covariances (fewer samples than dimensions) give a finite number. Clamped to >= 0.
double frechetDistance(const GaussianFit& a, const GaussianFit& b);
double frechetDistance(const at::Tensor& featuresA, const at::Tensor& featuresB);

/// Kernel Inception Distance (Binkowski et al. 2018): unbiased MMD^2 with k(x, y) = (x.y / d + 1)^3,
/// averaged over `subsets` random subsets of size min(n, m, maxSubset) drawn without replacement
/// from each set; std is the sample standard deviation over subsets. Can be slightly negative.
struct KidResult {
    double mean = 0;
    double std = 0;
    int subsets = 0;
    int64_t subsetSize = 0;
};
KidResult kernelInceptionDistance(const at::Tensor& featuresA, const at::Tensor& featuresB, int subsets = 100,
                                  int64_t maxSubset = 1000, uint64_t seed = 0);

/// The feature space the distances are measured in.
class FeatureExtractor {
public:
    virtual ~FeatureExtractor() = default;
    /// images N x C x H x W in the models' normalised space -> N x d (float).
    virtual at::Tensor extract(const at::Tensor& images) const = 0;
    virtual std::string name() const = 0;
};

/// The penultimate layer of a classifier (Network::features), by default the judge's. space: how the
/// images given to it are normalised, when not as net's (an imported model's, imagesInSpace).
std::unique_ptr<FeatureExtractor> penultimateFeatures(const Network& net, std::string name = "judge penultimate layer",
                                                      const InputSpec* space = nullptr);

/// A user-supplied Inception-V3 TorchScript file (nothing is downloaded). Images are mapped from
/// `spec`'s normalised space to [0, 1], then to [-1, 1], grey replicated to 3 channels, resized to
/// 299 x 299 (bilinear, align_corners = false), run in batches; the module's output (a tensor, or
/// the first tensor of a tuple/list) flattened per image is the feature vector.
std::unique_ptr<FeatureExtractor> inceptionFeatures(const std::string& torchscriptPath, const InputSpec& spec,
                                                    int64_t batchSize = 25);

/// Share of images the judge puts in their target class, overall and per class.
struct JudgeScore {
    double accuracy = 0;
    std::vector<int64_t> classes;         ///< the target classes present, ascending
    std::vector<double> perClassAccuracy; ///< aligned with classes
    std::vector<int64_t> perClassCount;
    double meanConfidence = 0;            ///< mean softmax probability of the target class
    std::vector<int64_t> predicted;       ///< the judge's class for each image, in order
};
/// space: how the images are normalised, when not as the judge's.
JudgeScore judgeAccuracy(const Network& judge, const at::Tensor& images, const at::Tensor& targets,
                         const InputSpec* space = nullptr);

/// FID, KID and judge accuracy of one set of generated images against reference features.
struct LeakageScore {
    std::string label;
    int64_t images = 0;
    double fid = 0;
    KidResult kid;
    std::optional<JudgeScore> judge;
};
LeakageScore scoreLeakage(const std::string& label, const at::Tensor& images, const at::Tensor& targets,
                          const at::Tensor& referenceFeatures, const FeatureExtractor& features, const Network* judge,
                          int kidSubsets = 100, uint64_t seed = 0, const InputSpec* space = nullptr);

/// Table 3 of the paper plus reference rows: what to attack and how.
struct LeakageStudyInputs {
    const Network* ann = nullptr;             ///< the original ANN (Fig. 2 reference row), optional
    const SpikingModel* snn = nullptr;        ///< converted, not encrypted, optional
    const SpikingModel* encrypted = nullptr;  ///< after encryption training, optional
    const Network* judge = nullptr;           ///< independent classifier, optional
    const FeatureExtractor* features = nullptr; ///< required
    const Dataset* reference = nullptr;       ///< real images (e.g. the test split), required
};

struct LeakageStudyConfig {
    AttackConfig attack1 = paperAttackConfig(1);
    AttackConfig attack2 = paperAttackConfig(2);
    /// Attack 3, "readable": attack 1's re-conversion with natural-image priors (readableAttackConfig).
    AttackConfig attack3 = readableAttackConfig();
    bool runAttack1 = true;
    bool runAttack2 = true;
    bool runAttack3 = false; ///< off by default: see docs/attacks/readable.md for the measurement behind that

    int kidSubsets = 100;
    uint64_t seed = 0;
};

struct LeakageRow {
    std::string attack;  ///< "attack 1", "attack 2", "attack 3", "reference"
    std::string target;  ///< "ANN", "SNN", "encrypted SNN", "real images", "initial noise"
    AttackResult result;
    LeakageScore score;
};

struct LeakageStudy {
    std::vector<LeakageRow> rows;
    std::string featureName;
    int64_t referenceImages = 0;
    double seconds = 0;
};

/// Runs every attack the inputs allow and scores it against the reference set. Two context rows
/// frame the numbers: "real images" (held-out real images, as many per class as the attacks make:
/// the best a perfect attacker could score) and "initial noise" (the attacks' starting point).
/// The reference features use the reference set minus those held-out images.
LeakageStudy runLeakageStudy(const LeakageStudyInputs& inputs, const LeakageStudyConfig& config,
                             ProgressSink& progress = nullProgress());

/// Fig. 6 columns from a study: real sample | ANN | attack 1 w/o | attack 1 w/ | attack 2 w/o | attack 2 w/,
/// then attack 3 w/o | w/ when it ran.
std::vector<GridColumn> leakageGridColumns(const LeakageStudy& study);

} // namespace psnn
