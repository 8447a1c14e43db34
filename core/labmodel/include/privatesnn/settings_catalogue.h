// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/steps.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace psnn {

/// Longest simulation and largest batch any setting may ask for.
inline constexpr int64_t kMaxTimesteps = 10000;
inline constexpr int64_t kMaxBatchSize = 65536;

enum class SettingType {
    Integer,   ///< a whole number
    Real,      ///< a finite number (or +infinity where the maximum is unlimited)
    Bool,
    Choice,    ///< one of `choices`' values
    IndexList, ///< a list of whole numbers, each within the range (e.g. class indices)
    Text,      ///< a name or a path
    TextList,  ///< a list of names
};

struct SettingChoice {
    const char* value; ///< what the config holds ("max")
    const char* label; ///< English text for a menu; the GUI translates it
};

/// One pipeline setting: everything core, the GUI and the CLI need to know about it. A key is its
/// path in the pipeline config's JSON ("conversion.scale" is {"conversion": {"scale": …}}).
struct Setting {
    std::string key;
    SettingType type = SettingType::Real;
    nlohmann::json defaultValue; ///< the demo profile's; the paper profile's differences live in core's profiles
    double minimum = 0;          ///< numbers and index-list entries only
    double maximum = 0;          ///< +infinity = no upper limit
    bool minimumOpen = false;    ///< the value must be more than minimum, not equal to it
    std::vector<SettingChoice> choices;
    const char* unit = "";       ///< what the number counts ("images", "pixels"); "" when it is a plain factor
    const char* label = "";      ///< short English name ("Threshold scale"); the GUI translates it
    const char* help = "";       ///< one English sentence or two; the GUI shows it as a tooltip
    /// The step that reads it; nullopt for settings every step reads (the seed, the teacher, ...) and
    /// for the study's own ("study.*"), which `privatesnn study` reads.
    std::optional<Step> step;
};

/// Every pipeline setting, in the config's order.
const std::vector<Setting>& settingsCatalogue();
/// nullptr when no setting has this key.
const Setting* findSetting(std::string_view key);
/// Up to `count` keys closest to a misspelt one (edit distance, or sharing its last part), best first.
std::vector<std::string> closeSettingKeys(std::string_view key, size_t count = 3);

/// "integer", "real", "bool", "choice", "index list", "text", "text list".
const char* settingTypeName(SettingType type);
/// The allowed values in English: "from 1 to 10000", "more than 0 to 1e+06", "0 or more",
/// "max or percentile", "true or false", "any text".
std::string describeAllowed(const Setting& setting);
/// A number as messages print it: 6 significant digits, "no limit" for +infinity.
std::string formatSettingNumber(double value);

/// The setting's value inside a config JSON object; nullptr when absent.
const nlohmann::json* findSettingValue(const nlohmann::json& config, const Setting& setting);
/// Writes value at the setting's path, creating the sections it needs.
void putSettingValue(nlohmann::json& config, const Setting& setting, nlohmann::json value);

/// Why `value` is not allowed for the setting, as "is 0; allowed is from 1 to 10000"; "" when it is.
std::string settingValueProblem(const Setting& setting, const nlohmann::json& value);
/// Checks every catalogue setting present in a config JSON object; throws Error(InvalidArgument)
/// naming the first bad one's key, value and allowed range.
void validateSettingsJson(const nlohmann::json& config);

/// Parses "key=value" as typed on a command line (value: "30", "0.7", "true", "max", "0,3,7",
/// "a,b"), checked against the catalogue. Throws Error(InvalidArgument) naming close keys for an
/// unknown key and the allowed range for a bad value.
std::pair<const Setting*, nlohmann::json> parseSettingAssignment(const std::string& text);

} // namespace psnn
