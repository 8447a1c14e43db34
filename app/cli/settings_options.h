// SPDX-License-Identifier: GPL-3.0-or-later
// The settings catalogue on the command line: --set KEY=VALUE on every command that runs a step,
// the ranges of the dedicated options (--per-class, --scale, ...), and `privatesnn settings`.
#pragma once

#include "privatesnn/pipeline_config.h"

#include <string>
#include <vector>

namespace CLI {
class App;
class Validator;
}

namespace psnn::cli {

/// What a command's --set options hold and which settings it takes.
struct SetOptions {
    std::vector<std::string> assignments; ///< "conversion.scale=0.5", in command-line order
    /// Key prefixes the command runs ("synthesis."); "" = every setting (run, study).
    std::vector<std::string> prefixes;
    std::string command;                  ///< for messages: "synthesize"
    /// Keys under the prefixes that the command takes another way (its own option says so).
    std::vector<std::string> refused = {};
};

/// Adds the repeatable --set KEY=VALUE option for settings whose keys start with one of `prefixes`.
void addSetOption(CLI::App* cmd, SetOptions& options);

/// The config with the assignments applied in order, read as a --config file would be. Throws
/// Error(InvalidArgument) for an unknown key (naming the close ones), a bad value (naming the range)
/// or a setting the command does not run (naming the step that reads it).
PipelineConfig applySetOptions(const PipelineConfig& config, const SetOptions& options);

/// base with the settings of a --config JSON file over it (pipelineConfigFromText); throws
/// Error(FileUnreadable) naming the file when it cannot be read.
PipelineConfig withConfigFile(const PipelineConfig& base, const std::string& path);

/// --labels-as-is and --class-map FILE: how a command's data labels become the model's classes
/// when they are not to be matched by name (they exclude each other).
void addLabelOptions(CLI::App* cmd, LabelMapping& mapping);

/// The range check of a dedicated option that stands for catalogue setting `key` (--per-class for
/// synthesis.per_class): the one range the GUI and core use as well.
CLI::Validator settingRange(const std::string& key);

} // namespace psnn::cli
