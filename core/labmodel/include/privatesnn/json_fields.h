// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One field list per struct, read and written by the same code, so a key is spelled once:
//
//     template <class F> void describeFields(F& f, ConversionResults& v)
//     {
//         f("timesteps", v.timesteps);
//         f("seconds", v.seconds);                     // std::optional: left out when empty
//         f("statistic", v.mode, kThresholdModeNames); // an enum travels by name
//         f("thresholds", v.thresholds, fields::required);
//     }
//
// declared next to the struct (found by argument-dependent lookup). fields::toJson walks it with a
// Writer, fields::fromJson with a Reader; json(value) and get<T>() use them too. Values: numbers, bool, strings, nlohmann::json,
// std::optional, std::vector, std::map<std::string, T>, std::pair, enums with a table of names, and
// any struct with its own describeFields (nested). The Reader is lenient about missing fields (the
// value keeps what it had: a default, or a base config; null empties an optional) and strict about
// types: a mismatch throws FieldError naming the path ("conversion.thresholds[2].threshold") and the
// value found, which each document turns into its own message and way out. Field lists that need to
// convert a value (an index stored as a name) test `F::reads` and convert after reading.

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace psnn::fields {

/// The name an enum value has in a file.
template <class E> struct Name {
    E value;
    const char* text;
};
template <class E, std::size_t N> using Names = std::array<Name<E>, N>;

template <class E, std::size_t N> const char* nameOf(E value, const Names<E, N>& names)
{
    for (const Name<E>& n : names)
        if (n.value == value)
            return n.text;
    return names[0].text; // unreachable for a complete table
}

template <class E, std::size_t N> std::optional<E> valueOf(std::string_view text, const Names<E, N>& names)
{
    for (const Name<E>& n : names)
        if (text == n.text)
            return n.value;
    return std::nullopt;
}

/// "\"max\" or \"percentile\"", for messages that list the choices.
template <class E, std::size_t N> std::string nameList(const Names<E, N>& names)
{
    std::string text;
    for (std::size_t i = 0; i < N; ++i)
        text += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + ("\"" + std::string(names[i].text) + "\"");
    return text;
}

/// How a field is written when it holds nothing (an empty optional, string, vector or map), and
/// whether a reader may do without it.
enum class Option {
    Default,       ///< an empty optional is left out, anything else written; a missing field keeps its value
    OmitEmpty,     ///< left out when empty
    NullWhenEmpty, ///< written as null when empty ("undecided" says so in the file)
    Required,      ///< a missing or null field is an error (files that must be complete: model archives)
};
inline constexpr Option omitEmpty = Option::OmitEmpty;
inline constexpr Option nullWhenEmpty = Option::NullWhenEmpty;
inline constexpr Option required = Option::Required;

/// A field a reader cannot take. what() is "PATH PROBLEM".
class FieldError : public std::runtime_error {
public:
    enum Kind {
        Type,    ///< a value of another type
        Range,   ///< a number that does not fit (a fraction or 1e12 for an int)
        Missing, ///< a required field is absent or null
        Unknown, ///< a key no field takes (only where unknown keys are refused)
    };
    FieldError(Kind kind, std::string path, std::string problem)
        : std::runtime_error(path + " " + problem)
        , m_kind(kind)
        , m_path(std::move(path))
        , m_problem(std::move(problem))
    {
    }
    Kind kind() const noexcept { return m_kind; }
    const std::string& path() const noexcept { return m_path; }
    /// "is \"eight\"; it must be a whole number"
    const std::string& problem() const noexcept { return m_problem; }

private:
    Kind m_kind;
    std::string m_path, m_problem;
};

/// Whether a Reader accepts keys no field takes: documents the tool writes accept them (a newer
/// tool's additions), settings refuse them (a misspelt setting must not pass silently).
enum class Unknown { Ignore, Refuse };

namespace detail {

template <class T> struct IsOptional : std::false_type {
};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {
};
template <class T> struct IsVector : std::false_type {
};
template <class T, class A> struct IsVector<std::vector<T, A>> : std::true_type {
};
template <class T> struct IsMap : std::false_type {
};
template <class T, class C, class A> struct IsMap<std::map<std::string, T, C, A>> : std::true_type {
};
template <class T> struct IsPair : std::false_type {
};
template <class A, class B> struct IsPair<std::pair<A, B>> : std::true_type {
};

template <class T> bool holdsNothing(const T& value)
{
    if constexpr (IsOptional<T>::value)
        return !value.has_value();
    else if constexpr (IsVector<T>::value || IsMap<T>::value || std::is_same_v<T, std::string>)
        return value.empty();
    else
        return false;
}

[[noreturn]] inline void fail(const std::string& path, const nlohmann::json& found, const std::string& expected,
                              FieldError::Kind kind = FieldError::Type)
{
    throw FieldError(kind, path, "is " + found.dump() + "; it must be " + expected);
}

inline std::string child(const std::string& path, const char* key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

} // namespace detail

/// Builds a JSON object from a field list.
class Writer {
public:
    static constexpr bool reads = false;
    explicit Writer(nlohmann::json& out) : m_out(out) { }

    template <class T> void operator()(const char* key, const T& value, Option option = Option::Default)
    {
        static_assert(!std::is_enum_v<T>, "an enum travels by name: give its table of names");
        if (detail::holdsNothing(value)) {
            if (option == Option::OmitEmpty || (option != Option::NullWhenEmpty && detail::IsOptional<T>::value))
                return;
            if (option == Option::NullWhenEmpty) {
                m_out[key] = nullptr;
                return;
            }
        }
        m_out[key] = toJson(value);
    }
    template <class E, std::size_t N>
    void operator()(const char* key, const E& value, const Names<E, N>& names, Option = Option::Default)
    {
        m_out[key] = nameOf(value, names);
    }
    template <class E, std::size_t N>
    void operator()(const char* key, const std::optional<E>& value, const Names<E, N>& names,
                    Option option = Option::Default)
    {
        if (value)
            m_out[key] = nameOf(*value, names);
        else if (option == Option::NullWhenEmpty)
            m_out[key] = nullptr;
    }
    /// A value the file carries for its readers that follows from other fields (a difference, a
    /// sentence): written, and skipped when read.
    template <class T> void derived(const char* key, const T& value) { m_out[key] = toJson(value); }
    /// A nested object without a struct of its own: fn(visitor) lists its fields.
    template <class Fn> void object(const char* key, Fn&& fn, Option = Option::Default)
    {
        nlohmann::json inner = nlohmann::json::object();
        Writer w(inner);
        fn(w);
        m_out[key] = std::move(inner);
    }
    /// A key older files hold that no longer means anything (accepted by the Reader, never written).
    void retired(const char*) { }

    template <class T> static nlohmann::json toJson(const T& value)
    {
        if constexpr (std::is_same_v<T, nlohmann::json> || std::is_arithmetic_v<T> || std::is_same_v<T, std::string>) {
            return value;
        } else if constexpr (detail::IsOptional<T>::value) {
            return value ? toJson(*value) : nlohmann::json(nullptr);
        } else if constexpr (detail::IsVector<T>::value) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& element : value)
                list.push_back(toJson(element));
            return list;
        } else if constexpr (detail::IsMap<T>::value) {
            nlohmann::json map = nlohmann::json::object();
            for (const auto& [name, element] : value)
                map[name] = toJson(element);
            return map;
        } else if constexpr (detail::IsPair<T>::value) {
            return nlohmann::json::array({toJson(value.first), toJson(value.second)});
        } else {
            static_assert(!std::is_enum_v<T>, "an enum travels by name: give its table of names");
            nlohmann::json object = nlohmann::json::object();
            Writer w(object);
            // The Writer only reads the fields; field lists take T& so the Reader can share them.
            describeFields(w, const_cast<T&>(value));
            return object;
        }
    }

private:
    nlohmann::json& m_out;
};

/// Fills a struct from a JSON object through its field list.
class Reader {
public:
    static constexpr bool reads = true;
    /// in must be an object; path is where it sits in its document ("" at the top), for messages.
    Reader(const nlohmann::json& in, std::string path, Unknown unknown = Unknown::Ignore)
        : m_in(in)
        , m_path(std::move(path))
        , m_unknown(unknown)
    {
        if (!m_in.is_object())
            detail::fail(m_path.empty() ? std::string("the document") : m_path, m_in, "an object");
    }

    template <class T> void operator()(const char* key, T& value, Option option = Option::Default)
    {
        if (const nlohmann::json* found = take(key, option))
            read(*found, value, detail::child(m_path, key), m_unknown);
        else if constexpr (detail::IsOptional<T>::value)
            if (isNull(key))
                value.reset(); // null says "nothing" in the file
    }
    template <class E, std::size_t N>
    void operator()(const char* key, E& value, const Names<E, N>& names, Option option = Option::Default)
    {
        if (const nlohmann::json* found = take(key, option))
            value = readName(*found, names, detail::child(m_path, key));
    }
    template <class E, std::size_t N>
    void operator()(const char* key, std::optional<E>& value, const Names<E, N>& names, Option option = Option::Default)
    {
        if (const nlohmann::json* found = take(key, option))
            value = readName(*found, names, detail::child(m_path, key));
        else if (isNull(key))
            value.reset();
    }
    template <class T> void derived(const char* key, const T&) { m_used.insert(key); }
    template <class Fn> void object(const char* key, Fn&& fn, Option option = Option::Default)
    {
        if (const nlohmann::json* found = take(key, option)) {
            Reader r(*found, detail::child(m_path, key), m_unknown);
            fn(r);
            r.finish();
        }
    }
    void retired(const char* key) { m_used.insert(key); }

    /// After the field list: with Unknown::Refuse, throws FieldError for a key no field took.
    void finish() const
    {
        if (m_unknown == Unknown::Ignore)
            return;
        for (auto it = m_in.begin(); it != m_in.end(); ++it)
            if (!m_used.count(it.key()))
                throw FieldError(FieldError::Unknown, detail::child(m_path, it.key().c_str()), "is not a known field");
    }

    template <class T>
    static void read(const nlohmann::json& j, T& out, const std::string& path, Unknown unknown = Unknown::Ignore)
    {
        if constexpr (std::is_same_v<T, nlohmann::json>) {
            out = j;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!j.is_boolean())
                detail::fail(path, j, "true or false");
            out = j.get<bool>();
        } else if constexpr (std::is_integral_v<T>) {
            out = readWhole<T>(j, path);
        } else if constexpr (std::is_floating_point_v<T>) {
            if (!j.is_number())
                detail::fail(path, j, "a number");
            out = j.get<T>();
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!j.is_string())
                detail::fail(path, j, "a string");
            out = j.get<std::string>();
        } else if constexpr (detail::IsOptional<T>::value) {
            if (j.is_null()) {
                out.reset();
                return;
            }
            typename T::value_type value = out ? *out : typename T::value_type{};
            read(j, value, path, unknown);
            out = std::move(value);
        } else if constexpr (detail::IsVector<T>::value) {
            if (!j.is_array())
                detail::fail(path, j, "a list");
            out.clear();
            for (std::size_t i = 0; i < j.size(); ++i) {
                typename T::value_type element{};
                read(j[i], element, path + "[" + std::to_string(i) + "]", unknown);
                out.push_back(std::move(element));
            }
        } else if constexpr (detail::IsMap<T>::value) {
            if (!j.is_object())
                detail::fail(path, j, "an object");
            out.clear();
            for (auto it = j.begin(); it != j.end(); ++it)
                read(it.value(), out[it.key()], detail::child(path, it.key().c_str()), unknown);
        } else if constexpr (detail::IsPair<T>::value) {
            if (!j.is_array() || j.size() != 2)
                detail::fail(path, j, "a pair [a, b]");
            read(j[0], out.first, path + "[0]", unknown);
            read(j[1], out.second, path + "[1]", unknown);
        } else {
            static_assert(!std::is_enum_v<T>, "an enum travels by name: give its table of names");
            Reader r(j, path, unknown);
            describeFields(r, out);
            r.finish();
        }
    }

private:
    bool isNull(const char* key) const
    {
        const auto it = m_in.find(key);
        return it != m_in.end() && it->is_null();
    }
    /// The field's value, or nullptr when it is missing or null (the value keeps what it had).
    const nlohmann::json* take(const char* key, Option option = Option::Default)
    {
        m_used.insert(key);
        const auto it = m_in.find(key);
        if (it != m_in.end() && !it->is_null())
            return &*it;
        if (option == Option::Required)
            throw FieldError(FieldError::Missing, detail::child(m_path, key),
                             it == m_in.end() ? "is missing" : "is null; it must hold a value");
        return nullptr;
    }

    template <class E, std::size_t N>
    static E readName(const nlohmann::json& j, const Names<E, N>& names, const std::string& path)
    {
        if (j.is_string())
            if (const std::optional<E> value = valueOf(j.get<std::string>(), names))
                return *value;
        detail::fail(path, j, nameList(names));
    }

    /// A whole number that fits T: get<int>() alone would turn 1e12 or 2.5 into another number.
    template <class T> static T readWhole(const nlohmann::json& j, const std::string& path)
    {
        using Limits = std::numeric_limits<T>;
        const std::string expected = sizeof(T) >= 8
            ? std::string("a whole number")
            : "a whole number from " + std::to_string(Limits::min()) + " to " + std::to_string(Limits::max());
        if (j.is_number_unsigned()) {
            const auto v = j.get<std::uint64_t>();
            if (v > static_cast<std::uint64_t>(Limits::max()))
                detail::fail(path, j, expected, FieldError::Range);
            return static_cast<T>(v);
        }
        if (j.is_number_integer()) {
            const auto v = j.get<std::int64_t>();
            if constexpr (std::is_signed_v<T>) {
                if (v < static_cast<std::int64_t>(Limits::min()) || v > static_cast<std::int64_t>(Limits::max()))
                    detail::fail(path, j, expected, FieldError::Range);
            } else if (v < 0 || static_cast<std::uint64_t>(v) > static_cast<std::uint64_t>(Limits::max())) {
                detail::fail(path, j, expected, FieldError::Range);
            }
            return static_cast<T>(v);
        }
        if (j.is_number_float()) {
            const double d = j.get<double>();
            // 2^digits is one past the largest value (exact in a double even for 64-bit types).
            const double limit = std::ldexp(1.0, Limits::digits);
            const double low = std::is_signed_v<T> ? -limit : 0.0;
            if (!(d == std::floor(d) && d >= low && d < limit))
                detail::fail(path, j, expected, FieldError::Range);
            return static_cast<T>(d);
        }
        detail::fail(path, j, expected);
    }

    const nlohmann::json& m_in;
    std::string m_path;
    Unknown m_unknown;
    std::set<std::string> m_used;
};

/// The JSON object of a struct with a field list.
template <class T> nlohmann::json toJson(const T& value)
{
    return Writer::toJson(value);
}

/// Fills value (over what it holds) from j; path names j in its document for messages.
template <class T>
void fromJson(const nlohmann::json& j, T& value, const std::string& path = {}, Unknown unknown = Unknown::Ignore)
{
    Reader::read(j, value, path, unknown);
}

} // namespace psnn::fields

namespace psnn {

/// nlohmann::json's json(value) and get<T>() for every psnn struct with a field list, found by
/// argument-dependent lookup like the field lists themselves.
template <class T, class = decltype(describeFields(std::declval<fields::Writer&>(), std::declval<T&>()))>
void to_json(nlohmann::json& j, const T& value)
{
    j = fields::toJson(value);
}
template <class T, class = decltype(describeFields(std::declval<fields::Reader&>(), std::declval<T&>()))>
void from_json(const nlohmann::json& j, T& value)
{
    fields::fromJson(j, value);
}

} // namespace psnn
