// SPDX-License-Identifier: GPL-3.0-or-later
// The records of a membership audit: class-balanced members and non-members, population samples
// z from the held-out data, and a pool for the reference models that mixes both sources' leftovers.
#include "privatesnn/membership.h"

#include "privatesnn/error.h"
#include "privatesnn/sha256.h"
#include "tensor_hash.h"

#include <ATen/ATen.h>

#include <functional>
#include <string_view>
#include <unordered_set>

namespace psnn {
namespace {

/// A 64-bit hash of each image's pixels: finds the same image in both data sets.
std::vector<size_t> imageHashes(const at::Tensor& images)
{
    const at::Tensor flat = images.contiguous().to(at::kFloat).view({images.size(0), -1});
    const size_t bytes = size_t(flat.size(1)) * sizeof(float);
    const char* base = static_cast<const char*>(flat.data_ptr());
    std::vector<size_t> hashes(size_t(flat.size(0)));
    for (size_t i = 0; i < hashes.size(); ++i)
        hashes[i] = std::hash<std::string_view>{}(std::string_view(base + i * bytes, bytes));
    return hashes;
}

std::string className(const Dataset& data, int64_t c)
{
    const std::string name = size_t(c) < data.classNames.size() ? data.classNames[size_t(c)] : std::to_string(c);
    return "'" + name + "' (class " + std::to_string(c) + ")";
}

std::vector<int64_t> toIndexVector(const at::Tensor& t)
{
    const at::Tensor c = t.to(at::kLong).contiguous();
    return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

/// Takes `count` of `candidates` at random (seeded), removing them from candidates.
std::vector<int64_t> take(std::vector<int64_t>& candidates, int64_t count, at::Generator& gen)
{
    const std::vector<int64_t> order = toIndexVector(at::randperm(int64_t(candidates.size()), gen));
    std::vector<int64_t> picked, rest;
    for (size_t i = 0; i < order.size(); ++i)
        (int64_t(i) < count ? picked : rest).push_back(candidates[size_t(order[i])]);
    candidates = rest;
    return picked;
}

at::Tensor indexTensor(const std::vector<int64_t>& indices)
{
    return at::tensor(indices, at::kLong);
}

} // namespace

MembershipData sampleMembershipData(const Dataset& members, const Dataset& nonMembers, int64_t numClasses,
                                    const MembershipSampling& sampling)
{
    if (members.size() == 0 || nonMembers.size() == 0)
        throw Error(ErrorCode::InvalidArgument,
                    std::string("The ") + (members.size() == 0 ? "member" : "non-member") + " data holds no images.",
                    "Give --members the model's training data and --non-members held-out data, both with images.");
    if (members.images.sizes().slice(1) != nonMembers.images.sizes().slice(1))
        throw Error(ErrorCode::ShapeMismatch, "The member and non-member images differ in size or channels.",
                    "Give both data sets in the model's input size.");
    if (sampling.perSet < 1 || sampling.population < 1 || sampling.pool < 2)
        throw Error(ErrorCode::InvalidArgument,
                    "The audit needs at least one member, one non-member, one population sample "
                    "and a pool of two records.",
                    "Use --n, --population and --pool of at least 1, 1 and 2.");

    // The same image on both sides would be a member counted as a non-member: drop the few that
    // real data sets share, refuse data given twice.
    const std::vector<size_t> memberHashes = imageHashes(members.images);
    const std::unordered_set<size_t> memberSet(memberHashes.begin(), memberHashes.end());
    const std::vector<size_t> nonMemberHashes = imageHashes(nonMembers.images);
    std::vector<int64_t> shared;
    std::vector<std::vector<int64_t>> memberByClass(static_cast<size_t>(numClasses));
    std::vector<std::vector<int64_t>> nonMemberByClass(static_cast<size_t>(numClasses));
    const std::vector<int64_t> memberLabels = toIndexVector(members.labels),
                               nonMemberLabels = toIndexVector(nonMembers.labels);
    for (const std::vector<int64_t>* labels : {&memberLabels, &nonMemberLabels})
        for (int64_t label : *labels)
            if (label < 0 || label >= numClasses)
                throw Error(ErrorCode::ShapeMismatch,
                            std::string("The ") + (labels == &memberLabels ? "member" : "non-member")
                                + " data has label " + std::to_string(label) + " but the model has "
                                + std::to_string(numClasses) + " classes.",
                            "Give data of the model's classes (--class-map or --labels-as-is say how labels map).");
    for (size_t i = 0; i < nonMemberHashes.size(); ++i) {
        if (memberSet.count(nonMemberHashes[i]))
            shared.push_back(int64_t(i));
        else
            nonMemberByClass[size_t(nonMemberLabels[i])].push_back(int64_t(i));
    }
    if (double(shared.size()) > 0.01 * double(nonMembers.size()))
        throw Error(
            ErrorCode::InvalidArgument,
            std::to_string(shared.size()) + " of the " + std::to_string(nonMembers.size())
                + " non-member images are also in the member data (the same pixels): the two sets must be disjoint.",
            "Give --non-members data the model never saw, e.g. the test split when --members is the training split.");
    for (size_t i = 0; i < memberLabels.size(); ++i)
        memberByClass[size_t(memberLabels[i])].push_back(int64_t(i));

    std::vector<int64_t> classes;
    for (int64_t c = 0; c < numClasses; ++c)
        if (!memberByClass[size_t(c)].empty() && !nonMemberByClass[size_t(c)].empty())
            classes.push_back(c);
    if (classes.empty())
        throw Error(ErrorCode::InvalidArgument, "The member and non-member data share no class.",
                    "Give data of the same classes on both sides.");

    MembershipData data;
    if (!shared.empty())
        data.notes.push_back(std::to_string(shared.size())
                             + " non-member images also found in the member data were left out.");
    at::Generator gen = at::detail::createCPUGenerator(sampling.seed * 7 + 27);
    std::vector<int64_t> memberPick, nonMemberPick;
    const int64_t perClass = sampling.perSet / int64_t(classes.size());
    for (size_t k = 0; k < classes.size(); ++k) {
        const int64_t c = classes[k];
        const int64_t quota = perClass + (int64_t(k) < sampling.perSet % int64_t(classes.size()) ? 1 : 0);
        for (const bool isMember : {true, false}) {
            std::vector<int64_t>& pool = (isMember ? memberByClass : nonMemberByClass)[size_t(c)];
            if (int64_t(pool.size()) < quota)
                throw Error(ErrorCode::InvalidArgument,
                            std::string("The ") + (isMember ? "member" : "non-member") + " data has "
                                + std::to_string(pool.size()) + " images of class "
                                + className(isMember ? members : nonMembers, c) + ", but a class-balanced sample of "
                                + std::to_string(sampling.perSet) + " needs " + std::to_string(quota) + ".",
                            "Lower --n or give more " + std::string(isMember ? "member" : "non-member")
                                + " data of that class.");
            const std::vector<int64_t> picked = take(pool, quota, gen);
            (isMember ? memberPick : nonMemberPick)
                .insert((isMember ? memberPick : nonMemberPick).end(), picked.begin(), picked.end());
        }
    }
    if (classes.size() < size_t(numClasses))
        data.notes.push_back("Only " + std::to_string(classes.size()) + " of the model's " + std::to_string(numClasses)
                             + " classes occur in both data sets; the audit samples those.");

    std::vector<int64_t> memberRest, nonMemberRest;
    for (const auto& v : memberByClass)
        memberRest.insert(memberRest.end(), v.begin(), v.end());
    for (const auto& v : nonMemberByClass)
        nonMemberRest.insert(nonMemberRest.end(), v.begin(), v.end());
    if (int64_t(nonMemberRest.size()) < sampling.population)
        throw Error(ErrorCode::InvalidArgument,
                    "The non-member data has " + std::to_string(nonMemberRest.size())
                        + " images left after the audit sample, but " + std::to_string(sampling.population)
                        + " population samples were asked for.",
                    "Lower --population or --n, or give more held-out data.");
    const std::vector<int64_t> population = take(nonMemberRest, sampling.population, gen);
    // The pool mixes both sources, half from each where the held-out data allows.
    const int64_t fromHeldOut = std::min<int64_t>(sampling.pool / 2, int64_t(nonMemberRest.size()));
    const int64_t fromMembers = sampling.pool - fromHeldOut;
    if (int64_t(memberRest.size()) < fromMembers)
        throw Error(ErrorCode::InvalidArgument,
                    "The reference models' pool of " + std::to_string(sampling.pool) + " records needs "
                        + std::to_string(fromMembers) + " from the member data, which has "
                        + std::to_string(memberRest.size()) + " left after the audit sample.",
                    "Lower --pool (at most " + std::to_string(int64_t(memberRest.size()) + fromHeldOut)
                        + " fits) or --n.");
    const std::vector<int64_t> poolHeldOut = take(nonMemberRest, fromHeldOut, gen);
    const std::vector<int64_t> poolMembers = take(memberRest, fromMembers, gen);

    const at::Tensor mi = indexTensor(memberPick), ni = indexTensor(nonMemberPick);
    data.images = at::cat({members.images.index_select(0, mi), nonMembers.images.index_select(0, ni)});
    data.labels = at::cat({members.labels.index_select(0, mi), nonMembers.labels.index_select(0, ni)}).to(at::kLong);
    data.members = int64_t(memberPick.size());
    data.nonMembers = int64_t(nonMemberPick.size());
    data.member.assign(size_t(data.members), 1);
    data.member.resize(size_t(data.members + data.nonMembers), 0);
    data.populationImages = nonMembers.images.index_select(0, indexTensor(population));
    data.populationLabels = nonMembers.labels.index_select(0, indexTensor(population)).to(at::kLong);
    const at::Tensor pm = indexTensor(poolMembers), ph = indexTensor(poolHeldOut);
    data.poolImages = at::cat({members.images.index_select(0, pm), nonMembers.images.index_select(0, ph)});
    data.poolLabels =
        at::cat({members.labels.index_select(0, pm), nonMembers.labels.index_select(0, ph)}).to(at::kLong);
    const std::string audit = tensorSha256(data.images) + tensorSha256(data.labels);
    data.auditSha256 = sha256Hex(audit.data(), audit.size());
    const std::string pool = tensorSha256(data.poolImages) + tensorSha256(data.poolLabels);
    data.poolSha256 = sha256Hex(pool.data(), pool.size());
    return data;
}

} // namespace psnn
