// SPDX-License-Identifier: GPL-3.0-or-later
// membership.json: the audit's verdict text, look-ups, and the file read through the field lists.
#include "privatesnn/membership_results.h"

#include "privatesnn/error.h"

#include <fstream>

namespace psnn {

using nlohmann::json;

std::string membershipVerdictText(MembershipVerdict verdict)
{
    return verdict == MembershipVerdict::Leaks ? "leaks" : "no evidence of leakage at this attacker budget";
}

const MembershipOperatingPoint* MembershipRow::at(double targetFpr) const
{
    for (const MembershipOperatingPoint& p : operatingPoints)
        if (p.targetFpr == targetFpr)
            return &p;
    return nullptr;
}

const MembershipRow* MembershipResults::find(const std::string& target, const std::string& readout,
                                             const std::string& attack) const
{
    for (const MembershipRow& row : rows)
        if (row.target == target && row.readout == readout && row.attack == attack)
            return &row;
    return nullptr;
}

const MembershipTarget* MembershipResults::target(const std::string& name) const
{
    for (const MembershipTarget& t : targets)
        if (t.name == name)
            return &t;
    return nullptr;
}

json toJson(const MembershipResults& results)
{
    return fields::toJson(results);
}

MembershipResults membershipResultsFromJson(const json& j)
{
    const std::string way = "Run the audit again (privatesnn membership --lab LAB) to rewrite it; finished reference "
                            "models are reused.";
    if (!j.is_object() || j.value("schema", json()) != kMembershipSchema)
        throw Error(ErrorCode::BadFormat,
                    "membership.json is not a PrivateSNN membership audit (schema \"" + std::string(kMembershipSchema)
                        + "\").",
                    way);
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int64_t>() < 1)
        throw Error(ErrorCode::BadFormat, "membership.json has no valid version (" + version.dump() + ").", way);
    if (version.get<int64_t>() > kMembershipVersion)
        throw Error(ErrorCode::Unsupported,
                    "membership.json has version " + version.dump()
                        + ", written by a newer PrivateSNN Lab; this one reads up to version "
                        + std::to_string(kMembershipVersion) + ".",
                    "Open the lab with the newer PrivateSNN Lab, or run the audit again with this one.");
    MembershipResults results;
    try {
        fields::fromJson(j, results);
    } catch (const fields::FieldError& e) {
        throw Error(ErrorCode::BadFormat, std::string("membership.json: ") + e.what() + ".", way);
    }
    return results;
}

std::optional<MembershipResults> readMembershipResults(const std::string& labFolder)
{
    std::ifstream in(labFolder + "/" + kMembershipFile, std::ios::binary);
    if (!in)
        return std::nullopt;
    json j;
    try {
        j = json::parse(in);
    } catch (const json::parse_error& e) {
        throw Error(ErrorCode::BadFormat, std::string("membership.json is not valid JSON: ") + e.what(),
                    "Run the audit again (privatesnn membership --lab LAB) to rewrite it; finished reference models "
                    "are reused.");
    }
    return membershipResultsFromJson(j);
}

} // namespace psnn
