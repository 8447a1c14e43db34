// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the privatesnn command as a user would (a child process, no shell) for the CLI suites.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace psnn::test {

struct Outcome {
    int exitCode = -1; ///< -1 when killed by a signal
    int signal = 0;
    bool hung = false;
    std::string out, err;
};

std::string slurp(const std::string& path);

/// The binary under test: this build's, or PRIVATESNN_CLI_UNDER_TEST (e.g. an older build, to show
/// which of these cases it fails).
std::string binary();

/// Starts privatesnn with args (one LibTorch thread, then each "NAME=VALUE" of env), stdout and
/// stderr to the given files.
pid_t start(const std::vector<std::string>& args, const std::string& outPath, const std::string& errPath,
            const std::vector<std::string>& env = {});

/// Runs privatesnn with args, stdout and stderr captured; killed after `limit`, which counts as a hang.
Outcome cli(const std::vector<std::string>& args, std::chrono::seconds limit = std::chrono::minutes(2),
            const std::vector<std::string>& env = {});

/// Exit code 2, no signal, no hang, every mention in stderr, and a hint.
void expectUserError(const Outcome& o, const std::vector<std::string>& mentions);

} // namespace psnn::test
