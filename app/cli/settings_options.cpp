// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_options.h"
#include "commands.h"

#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/settings_catalogue.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace psnn::cli {
namespace {

/// Which step reads a setting, for messages: a step's name, "study" (`privatesnn study` alone) or
/// "every" (the seed, the teacher, ...).
std::string readerOf(const Setting& s)
{
    if (s.step)
        return std::string(stepName(*s.step));
    return s.key.rfind("study.", 0) == 0 ? "study" : "every";
}

} // namespace

void addSetOption(CLI::App* cmd, SetOptions& options)
{
    std::string scope;
    for (const std::string& p : options.prefixes)
        scope += (scope.empty() ? "" : ", ") + (p.empty() ? std::string("any setting") : p + "*");
    cmd->add_option("--set", options.assignments,
                    "Change one setting, e.g. --set " + (options.prefixes.front().empty() ? std::string("conversion.scale")
                                                                                          : options.prefixes.front() + "seed")
                        + "=1 (repeatable; " + scope + "; `privatesnn settings` lists them)")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
}

PipelineConfig applySetOptions(const PipelineConfig& config, const SetOptions& options)
{
    if (options.assignments.empty())
        return config;
    nlohmann::json overrides = nlohmann::json::object();
    for (const std::string& text : options.assignments) {
        const auto [setting, value] = parseSettingAssignment(text);
        if (std::find(options.refused.begin(), options.refused.end(), setting->key) != options.refused.end())
            throw Error(ErrorCode::InvalidArgument,
                        "`privatesnn " + options.command + "` takes the setting '" + setting->key + "' through its own options.",
                        "See `privatesnn " + options.command + " --help`.");
        const bool taken = std::any_of(options.prefixes.begin(), options.prefixes.end(),
                                       [&](const std::string& p) { return setting->key.rfind(p, 0) == 0; });
        if (!taken) {
            const std::string step = readerOf(*setting);
            throw Error(ErrorCode::InvalidArgument,
                        "`privatesnn " + options.command + "` does not use the setting '" + setting->key + "' (the " + step
                            + " step reads it).",
                        "Set it with `privatesnn run --set " + setting->key + "=...`, or give this command a setting it runs ("
                            + options.prefixes.front() + "*).");
        }
        putSettingValue(overrides, *setting, value);
    }
    return withSettings(config, overrides);
}

void addLabelOptions(CLI::App* cmd, LabelMapping& mapping)
{
    CLI::Option* asIs =
        cmd->add_flag("--labels-as-is", mapping.asIs,
                      "Take the data's label numbers as the model's classes (default: match the class names)");
    cmd->add_option("--class-map", mapping.classMapFile,
                    "File naming, on line k, the model's class for the data's label k (default: match the class names)")
        ->check(CLI::ExistingFile)
        ->excludes(asIs);
}

CLI::Validator settingRange(const std::string& key)
{
    const Setting* setting = findSetting(key);
    if (!setting)
        throw std::logic_error("settingRange: the settings catalogue has no '" + key + "'");
    return CLI::Validator(
        [key](std::string& text) -> std::string {
            try {
                parseSettingAssignment(key + "=" + text);
                return {};
            } catch (const Error& e) {
                return e.what();
            }
        },
        describeAllowed(*setting));
}

namespace {

std::string defaultText(const Setting& s)
{
    if (s.defaultValue.is_string())
        return s.defaultValue.get<std::string>().empty() ? "\"\"" : s.defaultValue.get<std::string>();
    if (s.defaultValue.is_number_float())
        return formatSettingNumber(s.defaultValue.get<double>());
    return s.defaultValue.dump();
}

void printSettings(bool json)
{
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const Setting& s : settingsCatalogue()) {
            nlohmann::json row = {{"key", s.key}, {"type", settingTypeName(s.type)}, {"default", s.defaultValue},
                                  {"allowed", describeAllowed(s)}, {"unit", s.unit}, {"label", s.label}, {"help", s.help},
                                  {"step", s.step ? nlohmann::json(std::string(stepName(*s.step))) : nlohmann::json()}};
            if (s.type == SettingType::Integer || s.type == SettingType::Real || s.type == SettingType::IndexList)
                row.update({{"minimum", s.minimum}, {"minimum_open", s.minimumOpen},
                            {"maximum", std::isinf(s.maximum) ? nlohmann::json() : nlohmann::json(s.maximum)}});
            out.push_back(row);
        }
        std::cout << out.dump(2) << "\n";
        return;
    }
    std::printf("Every pipeline setting (defaults: the demo profile). Change one with --set KEY=VALUE or a --config file.\n\n");
    for (const Setting& s : settingsCatalogue()) {
        std::printf("%s  (%s, default %s%s%s; step: %s)\n", s.key.c_str(), settingTypeName(s.type),
                    defaultText(s).c_str(), *s.unit ? " " : "", s.unit, readerOf(s).c_str());
        std::printf("    allowed: %s\n    %s\n", describeAllowed(s).c_str(), s.help);
    }
}

} // namespace

void addSettingsCommand(CLI::App& app, const GlobalOptions& global)
{
    CLI::App* cmd = app.add_subcommand("settings", "List every pipeline setting: key, type, default, allowed range, unit, step and help");
    cmd->callback([&global] { printSettings(global.json); });
}

PipelineConfig withConfigFile(const PipelineConfig& base, const std::string& path)
{
    return pipelineConfigFromText(readTextFile(path, "config file"), base);
}

} // namespace psnn::cli
