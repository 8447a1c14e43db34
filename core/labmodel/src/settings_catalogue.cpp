// SPDX-License-Identifier: GPL-3.0-or-later
// Looking up, describing, checking and parsing settings of the catalogue (the table itself is in
// settings_catalogue_table.cpp).
#include "privatesnn/settings_catalogue.h"

#include "privatesnn/error.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace psnn {

using nlohmann::json;

const Setting* findSetting(std::string_view key)
{
    for (const Setting& s : settingsCatalogue())
        if (s.key == key)
            return &s;
    return nullptr;
}

namespace {

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string_view lastPart(std::string_view key)
{
    const size_t dot = key.rfind('.');
    return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

} // namespace

std::vector<std::string> closeSettingKeys(std::string_view key, size_t count)
{
    // A key typed without its section ("timesteps") matches every setting ending in it; otherwise
    // the nearest keys by edit distance, within a third of the key's length.
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const Setting& s : settingsCatalogue()) {
        const size_t whole = editDistance(key, s.key);
        const size_t tail = editDistance(lastPart(key), lastPart(s.key));
        const size_t distance = std::min(whole, tail == 0 ? size_t(0) : whole);
        if (distance <= std::max<size_t>(2, key.size() / 3))
            ranked.emplace_back(distance, s.key);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (size_t i = 0; i < ranked.size() && i < count && ranked[i].first <= ranked.front().first + 1; ++i)
        out.push_back(ranked[i].second); // the best and those nearly as good, not every remote match
    return out;
}

const char* settingTypeName(SettingType type)
{
    switch (type) {
    case SettingType::Integer: return "integer";
    case SettingType::Real: return "real";
    case SettingType::Bool: return "bool";
    case SettingType::Choice: return "choice";
    case SettingType::IndexList: return "index list";
    case SettingType::Text: return "text";
    case SettingType::TextList: return "text list";
    }
    return "";
}

std::string formatSettingNumber(double value)
{
    if (value == std::numeric_limits<double>::infinity())
        return "no limit";
    if (value >= 18446744073709551615.0)
        return "18446744073709551615"; // the largest seed, which a double prints as 1.84467e+19
    std::ostringstream text;
    text.precision(6);
    text << value;
    return text.str();
}

std::string describeAllowed(const Setting& s)
{
    const std::string low = formatSettingNumber(s.minimum), high = formatSettingNumber(s.maximum);
    const bool unlimited = s.maximum == std::numeric_limits<double>::infinity();
    const std::string range = unlimited ? (s.minimumOpen ? "more than " + low : low + " or more")
                                        : (s.minimumOpen ? "more than " : "from ") + low + " to " + high;
    switch (s.type) {
    case SettingType::Integer: return "a whole number " + range;
    case SettingType::Real: return range;
    case SettingType::IndexList: return "a list of whole numbers, each " + range;
    case SettingType::Bool: return "true or false";
    case SettingType::Choice: {
        std::string names;
        for (size_t i = 0; i < s.choices.size(); ++i)
            names += std::string(i == 0 ? "" : i + 1 == s.choices.size() ? " or " : ", ") + s.choices[i].value;
        return names;
    }
    case SettingType::Text: return "any text";
    case SettingType::TextList: return "a list of texts";
    }
    return {};
}

const json* findSettingValue(const json& config, const Setting& setting)
{
    const json* node = &config;
    std::string_view rest = setting.key;
    while (true) {
        const size_t dot = rest.find('.');
        const std::string part(rest.substr(0, dot));
        if (!node->is_object() || !node->contains(part))
            return nullptr;
        node = &(*node)[part];
        if (dot == std::string_view::npos)
            return node;
        rest = rest.substr(dot + 1);
    }
}

void putSettingValue(json& config, const Setting& setting, json value)
{
    json* node = &config;
    std::string_view rest = setting.key;
    for (size_t dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.')) {
        node = &(*node)[std::string(rest.substr(0, dot))];
        rest = rest.substr(dot + 1);
    }
    (*node)[std::string(rest)] = std::move(value);
}

namespace {

bool inRange(const Setting& s, double v)
{
    if (std::isnan(v))
        return false;
    if (std::isinf(v))
        return v > 0 && s.maximum == std::numeric_limits<double>::infinity();
    return (s.minimumOpen ? v > s.minimum : v >= s.minimum) && v <= s.maximum;
}

bool wholeInRange(const Setting& s, const json& v)
{
    // A whole number written as a fraction (10.0) is taken only where a double holds it exactly: a
    // seed of 2^64 parsed as a double used to become seed 0.
    constexpr double kExact = 9007199254740992.0; // 2^53
    const bool whole = v.is_number_integer()
        || (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>()
            && std::fabs(v.get<double>()) < kExact);
    return whole && inRange(s, v.get<double>());
}

std::string shown(const json& value)
{
    // Numbers as the range is printed (1e+06, nan); the rest as JSON.
    return value.is_number() ? formatSettingNumber(value.get<double>()) : value.dump();
}

} // namespace

std::string settingValueProblem(const Setting& s, const json& value)
{
    bool ok = false;
    switch (s.type) {
    case SettingType::Integer: ok = wholeInRange(s, value); break;
    case SettingType::Real: ok = value.is_number() && inRange(s, value.get<double>()); break;
    case SettingType::Bool: ok = value.is_boolean(); break;
    case SettingType::Choice:
        ok = value.is_string() && std::any_of(s.choices.begin(), s.choices.end(), [&](const SettingChoice& c) {
                 return value.get<std::string>() == c.value;
             });
        break;
    case SettingType::IndexList:
        ok = value.is_array() && std::all_of(value.begin(), value.end(), [&](const json& v) { return wholeInRange(s, v); });
        break;
    case SettingType::Text: ok = value.is_string(); break;
    case SettingType::TextList:
        ok = value.is_array() && std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); });
        break;
    }
    return ok ? std::string() : "is " + shown(value) + "; allowed is " + describeAllowed(s);
}

void validateSettingsJson(const json& config)
{
    for (const Setting& s : settingsCatalogue()) {
        const json* value = findSettingValue(config, s);
        if (!value)
            continue;
        const std::string problem = settingValueProblem(s, *value);
        if (!problem.empty())
            throw Error(ErrorCode::InvalidArgument, "The setting '" + s.key + "' " + problem + ".",
                        "Change it in the config (`privatesnn settings` lists every setting and its range); no step was run.");
    }
}

namespace {

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, ','))
        if (part.find_first_not_of(" \t") != std::string::npos)
            parts.push_back(part.substr(part.find_first_not_of(" \t"), part.find_last_not_of(" \t") - part.find_first_not_of(" \t") + 1));
    return parts;
}

/// A number typed on the command line, or a string when it is none (the range check then names it).
json parseNumber(const std::string& text, bool whole)
{
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    if (whole && !text.empty() && text[0] != '-') {
        const unsigned long long v = std::strtoull(begin, &end, 10);
        if (*end == '\0' && end != begin)
            return errno == 0 ? json(uint64_t(v)) : json(text); // beyond 2^64 - 1: the range check names it
    }
    errno = 0;
    const double v = std::strtod(begin, &end);
    if (end == begin || *end != '\0')
        return json(text);
    return json(v);
}

} // namespace

std::pair<const Setting*, json> parseSettingAssignment(const std::string& text)
{
    const size_t eq = text.find('=');
    const std::string key = text.substr(0, eq);
    const Setting* s = findSetting(key);
    if (!s) {
        const std::vector<std::string> close = closeSettingKeys(key);
        std::string names;
        for (const std::string& k : close)
            names += (names.empty() ? "" : ", ") + k;
        throw Error(ErrorCode::InvalidArgument,
                    "Unknown setting '" + key + "'." + (names.empty() ? "" : " Did you mean " + names + "?"),
                    "`privatesnn settings` lists every setting with its type, default and range.");
    }
    if (eq == std::string::npos)
        throw Error(ErrorCode::InvalidArgument, "--set " + key + " has no value.", "Write it as --set " + key + "=VALUE.");
    const std::string raw = text.substr(eq + 1);
    json value;
    switch (s->type) {
    case SettingType::Integer: value = parseNumber(raw, true); break;
    case SettingType::Real: value = parseNumber(raw, false); break;
    case SettingType::Bool:
        if (raw == "true" || raw == "1" || raw == "yes" || raw == "on")
            value = true;
        else if (raw == "false" || raw == "0" || raw == "no" || raw == "off")
            value = false;
        else
            value = raw;
        break;
    case SettingType::IndexList:
        value = json::array();
        for (const std::string& part : splitList(raw))
            value.push_back(parseNumber(part, true));
        break;
    case SettingType::TextList:
        value = json::array();
        for (const std::string& part : splitList(raw))
            value.push_back(part);
        break;
    case SettingType::Choice:
    case SettingType::Text: value = raw; break;
    }
    const std::string problem = settingValueProblem(*s, value);
    if (!problem.empty())
        throw Error(ErrorCode::InvalidArgument, "The setting '" + key + "' " + problem + ".",
                    "`privatesnn settings` lists every setting with its type, default and range.");
    return {s, value};
}

} // namespace psnn
