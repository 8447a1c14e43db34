// SPDX-License-Identifier: GPL-3.0-or-later
// membership.json through the field lists of membership_results.h: one writer and one reader walk
// them. Both are local to this file on purpose: they are the small subset of the lab document's
// field-list visitors (issue 28a) this file needs, and go once those are merged.
#include "privatesnn/membership_results.h"

#include "privatesnn/error.h"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace psnn {
namespace {

using nlohmann::json;

template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};

class Writer {
public:
    explicit Writer(json& out) : m_out(out) { m_out = json::object(); }

    template <class T>
    void operator()(const char* key, T& value)
    {
        if constexpr (IsOptional<T>::value) {
            if (value)
                m_out[key] = toJson(*value);
        } else {
            m_out[key] = toJson(value);
        }
    }

    template <class T>
    static json toJson(T& value)
    {
        if constexpr (IsVector<T>::value) {
            json array = json::array();
            for (auto& item : value)
                array.push_back(toJson(item));
            return array;
        } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>) {
            json object;
            Writer writer(object);
            describeFields(writer, value);
            return object;
        } else {
            return json(value);
        }
    }

private:
    json& m_out;
};

class Reader {
public:
    Reader(const json& in, std::string path) : m_in(in), m_path(std::move(path)) {}

    template <class T>
    void operator()(const char* key, T& value)
    {
        const auto it = m_in.find(key);
        if (it == m_in.end() || it->is_null())
            return; // an older or shorter file: the value keeps its default
        read(*it, m_path.empty() ? std::string(key) : m_path + "." + key, value);
    }

    template <class T>
    static void read(const json& j, const std::string& path, T& value)
    {
        if constexpr (IsOptional<T>::value) {
            typename T::value_type inner{};
            read(j, path, inner);
            value = inner;
        } else if constexpr (IsVector<T>::value) {
            if (!j.is_array())
                fail(path, j, "a list");
            value.clear();
            for (size_t i = 0; i < j.size(); ++i) {
                typename T::value_type item{};
                read(j[i], path + "[" + std::to_string(i) + "]", item);
                value.push_back(std::move(item));
            }
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!j.is_string())
                fail(path, j, "text");
            value = j.get<std::string>();
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!j.is_boolean())
                fail(path, j, "true or false");
            value = j.get<bool>();
        } else if constexpr (std::is_integral_v<T>) {
            if (!j.is_number_integer())
                fail(path, j, "a whole number");
            value = j.get<T>();
        } else if constexpr (std::is_floating_point_v<T>) {
            if (!j.is_number())
                fail(path, j, "a number");
            value = j.get<T>();
        } else {
            if (!j.is_object())
                fail(path, j, "an object");
            Reader reader(j, path);
            describeFields(reader, value);
        }
    }

private:
    [[noreturn]] static void fail(const std::string& path, const json& found, const std::string& expected)
    {
        std::string shown = found.dump();
        if (shown.size() > 40)
            shown = shown.substr(0, 37) + "...";
        throw Error(ErrorCode::BadFormat, "membership.json: " + path + " is " + shown + "; it must be " + expected + ".",
                    "The file was edited or damaged: run 'privatesnn membership --lab LAB' again to rewrite it.");
    }

    const json& m_in;
    std::string m_path;
};

} // namespace

std::string membershipVerdictText(const std::string& verdict)
{
    return verdict == kMembershipLeaks ? "leaks" : "no evidence of leakage at this attacker budget";
}

const MembershipRow* MembershipResults::find(const std::string& target, const std::string& readout,
                                             const std::string& attack) const
{
    for (const MembershipRow& row : rows)
        if (row.target == target && row.readout == readout && row.attack == attack)
            return &row;
    return nullptr;
}

std::string membershipResultsToJson(const MembershipResults& results)
{
    MembershipResults copy = results; // the field lists take non-const references (one list for both ways)
    return Writer::toJson(copy).dump(1);
}

MembershipResults membershipResultsFromJson(const std::string& text)
{
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw Error(ErrorCode::BadFormat, "membership.json is not a JSON object.",
                    "The file was edited or damaged: run 'privatesnn membership --lab LAB' again to rewrite it.");
    if (j.value("schema", std::string()) != kMembershipSchema)
        throw Error(ErrorCode::BadFormat, std::string("membership.json is not of the schema \"") + kMembershipSchema + "\".",
                    "Point at a lab's membership/membership.json.");
    const json version = j.value("version", json());
    if (!version.is_number_integer() || version.get<int64_t>() > kMembershipVersion)
        throw Error(ErrorCode::BadFormat,
                    "membership.json has version " + version.dump() + "; this tool reads up to version "
                        + std::to_string(kMembershipVersion) + ".",
                    "Open it with the version of PrivateSNN Lab that wrote it, or run the audit again.");
    MembershipResults results;
    Reader::read(j, "", results);
    return results;
}

} // namespace psnn
