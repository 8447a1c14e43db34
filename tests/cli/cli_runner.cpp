// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_runner.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <thread>

namespace psnn::test {

std::string slurp(const std::string& path)
{
    std::ifstream in(path);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string binary()
{
    const char* other = std::getenv("PRIVATESNN_CLI_UNDER_TEST");
    return other && *other ? other : PRIVATESNN_CLI;
}

pid_t start(const std::vector<std::string>& args, const std::string& outPath, const std::string& errPath,
            const std::vector<std::string>& env)
{
    const std::string program = binary();
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        dup2(err, 2);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const std::string& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        setenv("PRIVATESNN_THREADS", "1", 1);
        for (const std::string& e : env)
            setenv(e.substr(0, e.find('=')).c_str(), e.substr(e.find('=') + 1).c_str(), 1);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    return pid;
}

Outcome cli(const std::vector<std::string>& args, std::chrono::seconds limit, const std::vector<std::string>& env)
{
    TempDir io;
    const std::string outPath = io.file("out"), errPath = io.file("err");
    const pid_t pid = start(args, outPath, errPath, env);
    int status = 0;
    Outcome o;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            o.hung = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (WIFEXITED(status))
        o.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status) && !o.hung)
        o.signal = WTERMSIG(status);
    o.out = slurp(outPath);
    o.err = slurp(errPath);
    return o;
}

void expectUserError(const Outcome& o, const std::vector<std::string>& mentions)
{
    EXPECT_FALSE(o.hung) << "still running at the time limit";
    EXPECT_EQ(o.signal, 0) << "killed by signal " << o.signal;
    EXPECT_EQ(o.exitCode, 2) << o.err;
    for (const std::string& m : mentions)
        EXPECT_NE(o.err.find(m), std::string::npos) << "'" << m << "' missing in: " << o.err;
    EXPECT_NE(o.err.find("hint:"), std::string::npos) << o.err;
}

} // namespace psnn::test
