// SPDX-License-Identifier: GPL-3.0-or-later
// A session's sample: a few images of each attack on each model at each point, drawn so that every
// class comes up about as often, since nobody rates the thousands of images a study makes.
#include "privatesnn/ratings.h"

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

namespace psnn {

std::string ratingGroupKey(const RatingImage& image)
{
    // '\n' cannot occur in a point id, an attack or a model name, so keys never run together.
    return image.point + '\n' + image.attack + '\n' + image.model;
}

size_t ratingSampleSize(const RatingImageSet& set, size_t perGroup)
{
    if (perGroup == 0)
        return set.images.size();
    std::map<std::string, size_t> groups;
    for (const RatingImage& image : set.images)
        ++groups[ratingGroupKey(image)];
    size_t total = 0;
    for (const auto& [key, size] : groups)
        total += std::min(size, perGroup);
    return total;
}

std::vector<size_t> sampleRatingImages(const RatingImageSet& set, const std::vector<size_t>& candidates,
                                       size_t perGroup, uint64_t seed)
{
    // Sub-seeds come from one generator consumed in a fixed order (groups by key, classes by
    // number), and every shuffle is blindOrder's: the same seed gives the same sample everywhere.
    std::mt19937_64 rng(seed);
    std::vector<size_t> picked;
    if (perGroup == 0) {
        picked = candidates;
    } else {
        std::map<std::string, std::map<int64_t, std::vector<size_t>>> groups; // key -> class -> images
        for (const size_t i : candidates)
            groups[ratingGroupKey(set.images[i])][set.images[i].target].push_back(i);
        std::map<int64_t, size_t> drawn; // over the whole sample, per class
        for (auto& [key, classes] : groups) {
            std::map<int64_t, uint64_t> tieBreak; // a random rank per class, so ties do not favour class 0
            for (auto& [cls, images] : classes) {
                std::vector<size_t> shuffled;
                for (const size_t k : blindOrder(images.size(), rng()))
                    shuffled.push_back(images[k]);
                images = std::move(shuffled);
                tieBreak[cls] = rng();
            }
            std::map<int64_t, size_t> taken; // in this group, per class
            for (size_t n = 0; n < perGroup; ++n) {
                const std::vector<size_t>* best = nullptr;
                int64_t bestClass = 0;
                for (const auto& [cls, images] : classes) {
                    if (taken[cls] >= images.size())
                        continue;
                    const auto rank = [&](int64_t c) { return std::make_tuple(taken[c], drawn[c], tieBreak[c]); };
                    if (!best || rank(cls) < rank(bestClass)) {
                        best = &images;
                        bestClass = cls;
                    }
                }
                if (!best)
                    break; // the group is smaller than perGroup: all of it is in
                picked.push_back((*best)[taken[bestClass]++]);
                ++drawn[bestClass];
            }
        }
    }
    std::vector<size_t> order;
    for (const size_t k : blindOrder(picked.size(), rng()))
        order.push_back(picked[k]);
    return order;
}

} // namespace psnn
