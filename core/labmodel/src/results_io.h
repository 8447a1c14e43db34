// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The field helpers every results binding uses: a missing or null field leaves the value as it is
// (lenient, for older labs); a present field must have the right type (nlohmann throws type_error,
// which labResultsFromJson turns into an Error naming the section).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace psnn::results_io {

/// Throws nlohmann's type_error when `j` is not an object.
void requireObject(const nlohmann::json& j);

template <class T>
void read(const nlohmann::json& j, const char* key, T& out)
{
    const auto it = j.find(key);
    if (it != j.end() && !it->is_null())
        it->get_to(out);
}

template <class T>
void read(const nlohmann::json& j, const char* key, std::optional<T>& out)
{
    const auto it = j.find(key);
    if (it != j.end() && !it->is_null())
        out = it->template get<T>();
}

template <class T>
void write(nlohmann::json& j, const char* key, const T& value)
{
    j[key] = value;
}

template <class T>
void write(nlohmann::json& j, const char* key, const std::optional<T>& value)
{
    if (value)
        j[key] = *value;
}

} // namespace psnn::results_io
