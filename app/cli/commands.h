// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CLI {
class App;
}

namespace psnn::cli {

/// Exit codes of the privatesnn command (documented in README.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,      ///< bad command line (CLI11 prints why)
    ExitUserError = 2,  ///< a file or setting the user can fix; the message says how
    ExitInternal = 3,   ///< a bug: please report it with the message
    ExitCancelled = 130 ///< Ctrl-C; finished work is kept
};

/// Options every command shares.
struct GlobalOptions {
    int threads = 0;
    bool json = false;
    bool quiet = false;
};

void addInspectCommand(CLI::App& app, const GlobalOptions& global);
void addTrainAnnCommand(CLI::App& app, const GlobalOptions& global);
void addRunCommand(CLI::App& app, const GlobalOptions& global);
void addConvertCommand(CLI::App& app, const GlobalOptions& global);
void addEncryptCommand(CLI::App& app, const GlobalOptions& global);
void addEvaluateCommand(CLI::App& app, const GlobalOptions& global);
void addSynthesizeCommand(CLI::App& app, const GlobalOptions& global);
void addAttackCommand(CLI::App& app, const GlobalOptions& global);
void addLeakageCommand(CLI::App& app, const GlobalOptions& global);
void addStudyCommand(CLI::App& app, const GlobalOptions& global);
void addExportCommand(CLI::App& app, const GlobalOptions& global);
/// `privatesnn membership`: the membership-inference audit of a lab (issue 27).
void addMembershipCommand(CLI::App& app, const GlobalOptions& global);
/// `privatesnn ratings`: the human judge's summary of a lab, and the import of a rating session (issue 25).
void addRatingsCommand(CLI::App& app, const GlobalOptions& global);
/// `privatesnn settings`: every pipeline setting with its type, default, range, unit, step and help.
void addSettingsCommand(CLI::App& app, const GlobalOptions& global);

} // namespace psnn::cli
