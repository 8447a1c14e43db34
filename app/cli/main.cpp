// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn: the command-line face of PrivateSNN Lab.
#include "commands.h"
#include "report_process.h"
#include "terminal_progress.h"
#include "validators.h"

#include "i18n.h"

#include "privatesnn/error.h"
#include "privatesnn/runtime.h"

#include <CLI/CLI.hpp>
#include <c10/util/Exception.h>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace psnn::cli;
    CLI::App app{"PrivateSNN Lab: data-free ANN-to-SNN conversion, encryption and class-leakage attacks"};
    // A callback: asking the report writer for its versions runs a process, only worth it for --version.
    app.set_version_flag("--version", [] {
        return "privatesnn " + psnn::toolVersion() + " (" + psnn::libraryVersions()
            + "; reports: " + reportWriterVersions() + ")";
    });
    GlobalOptions global;
    app.add_option("--threads", global.threads, "LibTorch intra-op threads (default: $PRIVATESNN_THREADS or all cores)")
        ->check(nonNegative());
    app.add_flag("--json", global.json, "Print results as JSON on stdout");
    app.add_flag("-q,--quiet", global.quiet, "No progress output");
    app.require_subcommand(1);
    addRunCommand(app, global);
    addInspectCommand(app, global);
    addTrainAnnCommand(app, global);
    addConvertCommand(app, global);
    addEncryptCommand(app, global);
    addEvaluateCommand(app, global);
    addSynthesizeCommand(app, global);
    addAttackCommand(app, global);
    addLeakageCommand(app, global);
    addStudyCommand(app, global);
    addExportCommand(app, global);
    addMembershipCommand(app, global);
    addRatingsCommand(app, global);
    addSettingsCommand(app, global);
    app.footer("Exit codes: 0 ok, 1 bad command line, 2 input or setting to fix, 3 internal error, 130 cancelled.");

    psnn::i18n::useEnvironmentLanguage(); // LC_ALL / LC_MESSAGES / LANG; see translations/README.md
    using psnn::i18n::fill;
    using psnn::i18n::translate;
    installInterruptHandler();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? ExitOk : ExitUsage;
    } catch (const psnn::Error& e) {
        if (e.code() == psnn::ErrorCode::Cancelled) {
            std::cerr << "\n" << fill(translate("privatesnn", "Cancelled: %1"), {e.what()}) << "\n";
            return ExitCancelled;
        }
        std::cerr << "\n" << fill(translate("privatesnn", "error: %1"), {e.what()}) << "\n";
        if (!e.hint().empty())
            std::cerr << fill(translate("privatesnn", "hint: %1"), {e.hint()}) << "\n";
        return ExitUserError;
    } catch (const c10::Error& e) {
        std::cerr << "\n" << fill(translate("privatesnn", "error in LibTorch: %1"), {e.what_without_backtrace()}) << "\n";
        return ExitInternal;
    } catch (const std::filesystem::filesystem_error& e) {
        // A folder that cannot be made or read: the user's to fix (permissions, a full disk, a file in the way).
        std::cerr << "\n" << fill(translate("privatesnn", "error: %1"), {e.what()}) << "\n"
                  << fill(translate("privatesnn", "hint: %1"), {"Check the path, its permissions and the free space on its disk."}) << "\n";
        return ExitUserError;
    } catch (const std::bad_alloc&) {
        std::cerr << "\n" << translate("privatesnn", "error: out of memory.\nhint: use a smaller batch size or fewer images.") << "\n";
        return ExitUserError;
    } catch (const std::exception& e) {
        std::cerr << "\n" << fill(translate("privatesnn", "internal error: %1"), {e.what()}) << "\n";
        return ExitInternal;
    }
    return ExitOk;
}
