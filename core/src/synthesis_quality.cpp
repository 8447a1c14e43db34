// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic set as a value (slices, data set view) and its quality figures.
#include "privatesnn/synthesis.h"

#include "privatesnn/error.h"

#include <ATen/ATen.h>
#include <torch/utils.h>

namespace psnn {

SyntheticSet SyntheticSet::slice(int64_t begin, int64_t end) const
{
    SyntheticSet part = *this;
    if (!images.defined())
        return part;
    part.images = images.slice(0, begin, end);
    part.classes = classes.slice(0, begin, end);
    part.softLabels = softLabels.slice(0, begin, end);
    part.losses = losses.slice(0, begin, end);
    return part;
}

Dataset SyntheticSet::toDataset() const
{
    Dataset data;
    data.images = images;
    data.labels = classes;
    data.classNames = classNames;
    data.source = source.empty() ? "synthetic (" + std::to_string(size()) + " images, seed " + std::to_string(config.seed) + ")"
                                 : source;
    return data;
}

SynthesisQuality measureSynthesisQuality(const Network& ann, const SyntheticSet& set, int64_t perClassSample)
{
    SynthesisQuality q;
    q.images = set.size();
    if (q.images == 0)
        return q;
    if (set.softLabels.size(1) != ann.numClasses())
        throw Error(ErrorCode::ShapeMismatch,
                    "The synthetic set has " + std::to_string(set.softLabels.size(1)) + " classes but the model has "
                        + std::to_string(ann.numClasses()) + ".",
                    "Measure the set with the model it was synthesised from.");
    torch::NoGradGuard noGrad;
    constexpr int64_t kBatch = 500;
    int64_t agreeLabel = 0;
    int64_t agreeOrigin = 0;
    for (int64_t begin = 0; begin < q.images; begin += kBatch) {
        const int64_t end = std::min(q.images, begin + kBatch);
        const at::Tensor predicted = ann.forward(set.images.slice(0, begin, end), false).argmax(1);
        agreeLabel += predicted.eq(set.softLabels.slice(0, begin, end).argmax(1)).sum().item<int64_t>();
        agreeOrigin += predicted.eq(set.classes.slice(0, begin, end)).sum().item<int64_t>();
    }
    q.teacherAgreement = double(agreeLabel) / double(q.images);
    q.originAgreement = double(agreeOrigin) / double(q.images);
    q.meanLoss = set.losses.to(at::kDouble).mean().item<double>();

    // Mean distance over all distinct pairs of a class, on its first perClassSample images.
    double sum = 0;
    int64_t counted = 0;
    const int64_t classes = set.softLabels.size(1);
    for (int64_t k = 0; k < classes; ++k) {
        const at::Tensor members = set.classes.eq(k).nonzero().flatten();
        const int64_t m = std::min(members.numel(), std::max<int64_t>(perClassSample, 2));
        if (m < 2)
            continue;
        const at::Tensor flat = set.images.index_select(0, members.slice(0, 0, m)).flatten(1).to(at::kDouble);
        const double pairSum = at::cdist(flat, flat).sum().item<double>(); // the diagonal is 0
        sum += pairSum / double(m * (m - 1));
        ++counted;
        q.diversitySample = std::max(q.diversitySample, m);
    }
    q.diversity = counted > 0 ? sum / double(counted) : 0.0;
    return q;
}

} // namespace psnn
