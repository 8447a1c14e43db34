// SPDX-License-Identifier: GPL-3.0-or-later
// The settings catalogue is the one description of every pipeline setting: its keys are exactly the
// config's, its defaults are the demo profile's, every key travels through the config's JSON, and
// core validates with its ranges.
#include "privatesnn/error.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/settings_catalogue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace psnn {
namespace {

using nlohmann::json;

json demoJson()
{
    return pipelineSettings(demoProfile());
}

/// Keys of every non-object value of a config ("conversion.scale", ...).
void collectLeaves(const json& j, const std::string& prefix, std::set<std::string>& out)
{
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_object())
            collectLeaves(*it, prefix + it.key() + ".", out);
        else
            out.insert(prefix + it.key());
    }
}

TEST(SettingsCatalogue, HasExactlyTheConfigsKeysWithTheDemoProfilesDefaults)
{
    const json demo = demoJson();
    std::set<std::string> configKeys, catalogueKeys;
    collectLeaves(demo, "", configKeys);
    for (const Setting& s : settingsCatalogue()) {
        EXPECT_TRUE(catalogueKeys.insert(s.key).second) << "listed twice: " << s.key;
        const json* value = findSettingValue(demo, s);
        ASSERT_NE(value, nullptr) << s.key << " is not in the config";
        EXPECT_EQ(*value, s.defaultValue) << s.key << ": demoProfile() has " << value->dump();
        EXPECT_EQ(settingValueProblem(s, s.defaultValue), "") << s.key;
        EXPECT_NE(*s.label, '\0') << s.key;
        EXPECT_NE(*s.help, '\0') << s.key;
    }
    EXPECT_EQ(configKeys, catalogueKeys);
}

/// A valid value other than the default.
json otherValue(const Setting& s)
{
    const json& d = s.defaultValue;
    switch (s.type) {
    case SettingType::Integer: return d.get<double>() + 1 <= s.maximum ? d.get<int64_t>() + 1 : d.get<int64_t>() - 1;
    case SettingType::Real: {
        const double middle = std::isinf(s.maximum) ? s.minimum + 1 : (s.minimum + s.maximum) / 2;
        return middle != d.get<double>() ? middle : s.maximum;
    }
    case SettingType::Bool: return !d.get<bool>();
    case SettingType::Choice:
        for (const SettingChoice& c : s.choices)
            if (d != c.value)
                return c.value;
        break;
    case SettingType::IndexList: return json::array({1, 2});
    case SettingType::Text: return "other-" + s.key;
    case SettingType::TextList: return json::array({"a", "b"});
    }
    ADD_FAILURE() << s.key << " has no second value";
    return d;
}

TEST(SettingsCatalogue, EveryKeyRoundTripsThroughTheConfigsJson)
{
    for (const Setting& s : settingsCatalogue()) {
        const json value = otherValue(s);
        ASSERT_NE(value, s.defaultValue) << s.key;
        json overrides = json::object();
        putSettingValue(overrides, s, value);
        const PipelineConfig config = pipelineConfigFromText(overrides.dump(), demoProfile());
        EXPECT_NO_THROW(validatePipelineConfig(config)) << s.key << " = " << value.dump();
        const json out = pipelineSettings(config);
        const json* back = findSettingValue(out, s);
        ASSERT_NE(back, nullptr) << s.key;
        EXPECT_EQ(*back, value) << s.key;
    }
}

TEST(SettingsCatalogue, CoreRefusesEveryNumberOutsideTheCataloguesRangeNamingKeyValueAndRange)
{
    int checked = 0;
    for (const Setting& s : settingsCatalogue()) {
        if (s.type != SettingType::Integer && s.type != SettingType::Real)
            continue;
        // Just outside each end; the largest seed is the type's own limit, which the reader enforces.
        std::vector<double> outside = {s.minimumOpen ? s.minimum : s.minimum - 1};
        if (!std::isinf(s.maximum) && s.maximum < 1e15)
            outside.push_back(s.maximum + 1);
        for (const double v : outside) {
            json overrides = json::object();
            putSettingValue(overrides, s, v);
            std::string message;
            try {
                validatePipelineConfig(pipelineConfigFromText(overrides.dump(), demoProfile()));
            } catch (const Error& e) {
                message = e.what();
            }
            EXPECT_NE(message.find("'" + s.key + "'"), std::string::npos) << s.key << " = " << v << " accepted or unnamed: " << message;
            EXPECT_NE(message.find(formatSettingNumber(v)), std::string::npos) << message;
            ++checked;
        }
        json inside = json::object();
        putSettingValue(inside, s, s.minimumOpen ? s.minimum + (s.type == SettingType::Integer ? 1 : 1e-9) : s.minimum);
        EXPECT_NO_THROW(validatePipelineConfig(pipelineConfigFromText(inside.dump(), demoProfile()))) << s.key;
    }
    EXPECT_GT(checked, 60);
}

TEST(SettingsCatalogue, ValidationMessageStatesTheAllowedRange)
{
    PipelineConfig c = demoProfile();
    c.conversion.scale = 0;
    try {
        validatePipelineConfig(c);
        FAIL() << "a threshold scale of 0 was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "The setting 'conversion.scale' is 0; allowed is more than 0 to 1e+06.");
        EXPECT_NE(e.hint().find("privatesnn settings"), std::string::npos) << e.hint();
    }
}

TEST(SettingsCatalogue, CommandLineAssignmentsAreTypedAndChecked)
{
    const auto [scale, half] = parseSettingAssignment("conversion.scale=0.5");
    EXPECT_EQ(scale->key, "conversion.scale");
    EXPECT_EQ(half, 0.5);
    EXPECT_EQ(parseSettingAssignment("leakage.attack2.classes=0, 3,7").second, json::array({0, 3, 7}));
    EXPECT_EQ(parseSettingAssignment("encryption.dropout=off").second, false);
    EXPECT_EQ(parseSettingAssignment("class_names=cat,dog").second, json::array({"cat", "dog"}));
    auto refusal = [](const std::string& text) {
        try {
            parseSettingAssignment(text);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(refusal("conversion.timesteps=2.5").find("a whole number from 1 to 10000"), std::string::npos);
    EXPECT_NE(refusal("conversion.statistic=median").find("max or percentile"), std::string::npos);
    EXPECT_NE(refusal("encryption.m=abc").find("\"abc\""), std::string::npos);
    EXPECT_NE(refusal("conversion.scael=0.5").find("conversion.scale"), std::string::npos);
    EXPECT_NE(refusal("conversion.scale").find("no value"), std::string::npos);
}

TEST(SettingsCatalogue, CloseKeysFindTyposAndSectionlessNames)
{
    EXPECT_EQ(closeSettingKeys("synthesis.per_clas").front(), "synthesis.per_class");
    const std::vector<std::string> timesteps = closeSettingKeys("timesteps", 10);
    EXPECT_NE(std::find(timesteps.begin(), timesteps.end(), "conversion.timesteps"), timesteps.end());
    EXPECT_NE(std::find(timesteps.begin(), timesteps.end(), "encryption.timesteps"), timesteps.end());
    EXPECT_TRUE(closeSettingKeys("completely.unrelated.words").empty());
}

} // namespace
} // namespace psnn
