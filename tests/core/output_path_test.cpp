// SPDX-License-Identifier: GPL-3.0-or-later
// Writes never replace what is not ours, reads of settings files are bounded, and the thread count
// is a number this machine can run.
#include "hostile_files.h"
#include "test_support.h"

#include "privatesnn/archive.h"
#include "privatesnn/error.h"
#include "privatesnn/json_file.h"
#include "privatesnn/output_path.h"
#include "privatesnn/runtime.h"

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

namespace psnn {
namespace {

namespace fs = std::filesystem;

std::string refusalText(const std::function<void()>& run)
{
    try {
        run();
    } catch (const Error& e) {
        EXPECT_FALSE(e.hint().empty()) << e.what();
        return std::string(e.what()) + " | " + e.hint();
    }
    ADD_FAILURE() << "no psnn::Error";
    return {};
}

TEST(OutputPath, DevicesFifosSocketsAndFoldersAreNeverReplaced)
{
    test::TempDir dir;
    ASSERT_EQ(mkfifo(dir.file("fifo").c_str(), 0644), 0);
    fs::create_directories(dir.file("folder"));
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string socketPath = dir.file("sock");
    std::snprintf(address.sun_path, sizeof(address.sun_path), "%s", socketPath.c_str());
    ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    fs::create_symlink("/dev/null", dir.file("link-to-null"));
    const std::vector<std::pair<std::string, std::string>> cases{{"/dev/null", "character device"},
                                                                 {dir.file("fifo"), "FIFO"},
                                                                 {socketPath, "socket"},
                                                                 {dir.file("folder"), "folder"},
                                                                 {dir.file("link-to-null"), "character device"}};
    for (const auto& [path, kind] : cases) {
        for (const bool force : {false, true}) {
            const std::string text =
                refusalText([&, p = path, f = force] { checkOutputPath(p, OutputKind::Archive, f); });
            EXPECT_NE(text.find(kind), std::string::npos) << text;
            EXPECT_NE(text.find("nothing was written"), std::string::npos) << text;
        }
        // The write itself refuses too (a caller that did not check first).
        refusalText([&, p = path] { writeFileAtomically(p, "x"); });
    }
    ::close(sock);
    EXPECT_TRUE(fs::is_fifo(dir.file("fifo")));
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    EXPECT_TRUE(fs::is_symlink(dir.file("link-to-null")));
}

TEST(OutputPath, AForeignFileNeedsForceAndOurOwnIsReplaced)
{
    test::TempDir dir;
    test::writeText(dir.file("notes.psnn"), "my thesis, not an archive");
    const std::string text = refusalText([&] { checkOutputPath(dir.file("notes.psnn"), OutputKind::Archive, false); });
    EXPECT_NE(text.find("--force"), std::string::npos) << text;
    EXPECT_NO_THROW(checkOutputPath(dir.file("notes.psnn"), OutputKind::Archive, true));
    saveNetwork(dir.file("model.psnn"), test::tinyConvNet());
    EXPECT_NO_THROW(checkOutputPath(dir.file("model.psnn"), OutputKind::Archive, false));
    EXPECT_NO_THROW(checkOutputPath(dir.file("new.psnn"), OutputKind::Archive, false));
    test::writeText(dir.file("empty.psnn"), "");
    EXPECT_NO_THROW(checkOutputPath(dir.file("empty.psnn"), OutputKind::Archive, false)) << "nothing to lose";
    // An archive is not a NIR graph or a TorchScript file of ours.
    refusalText([&] { checkOutputPath(dir.file("model.psnn"), OutputKind::Nir, false); });
    refusalText([&] { checkOutputPath(dir.file("model.psnn"), OutputKind::TorchScript, false); });
    // A folder output refuses a file in its place.
    EXPECT_NE(refusalText([&] {
                  checkOutputPath(dir.file("model.psnn"), OutputKind::Folder, false);
              }).find("folder is needed"),
              std::string::npos);
}

TEST(OutputPath, ASymbolicLinkIsWrittenThroughAndStays)
{
    test::TempDir dir;
    test::writeText(dir.file("real.json"), "old");
    fs::create_symlink(dir.file("real.json"), dir.file("link.json"));
    writeFileAtomically(dir.file("link.json"), "new");
    EXPECT_TRUE(fs::is_symlink(dir.file("link.json")));
    EXPECT_EQ(test::readText(dir.file("real.json")), "new");
}

TEST(OutputPath, TheFinalRenameRefusesATargetThatBecameADevice)
{
    test::TempDir dir;
    test::writeText(dir.file("out.part"), "finished");
    ASSERT_EQ(mkfifo(dir.file("out").c_str(), 0644), 0); // appeared while the file was being written
    refusalText([&] { commitTemporary(dir.file("out.part"), dir.file("out")); });
    EXPECT_TRUE(fs::is_fifo(dir.file("out")));
    EXPECT_FALSE(fs::exists(dir.file("out.part"))) << "no temporary file stays behind";
}

TEST(BoundedRead, DevicesFifosAndHugeFilesAreRefusedNotReadForever)
{
    test::TempDir dir;
    // `run --config /dev/zero` read forever at 125 MB/s.
    EXPECT_NE(refusalText([] { readTextFile("/dev/zero", "config file"); }).find("not a regular file"),
              std::string::npos);
    ASSERT_EQ(mkfifo(dir.file("fifo").c_str(), 0644), 0);
    refusalText([&] { readJsonFile(dir.file("fifo"), "config file"); });
    test::writeText(dir.file("big.json"), std::string(2000, ' ') + "{}");
    EXPECT_NE(refusalText([&] { readJsonFile(dir.file("big.json"), "config file", 1000); }).find("2002 bytes"),
              std::string::npos);
    EXPECT_TRUE(readJsonFile(dir.file("big.json"), "config file").is_object());
    EXPECT_NE(refusalText([&] { readJsonFile(dir.file("missing.json"), "config file"); }).find("does not exist"),
              std::string::npos);
    test::writeText(dir.file("bad.json"), "{\"a\": ");
    EXPECT_NE(refusalText([&] { readJsonFile(dir.file("bad.json"), "config file"); }).find("not valid JSON"),
              std::string::npos);
}

TEST(Threads, CountsBeyondFourPerCoreAndNonNumbersAreRefused)
{
    const int most = maxThreads();
    EXPECT_EQ(most, 4 * int(std::max(1u, std::thread::hardware_concurrency())));
    // --threads 100000 started hundreds of OpenMP threads and never finished.
    EXPECT_NE(refusalText([] { configureThreads(100000); }).find("100000"), std::string::npos);
    refusalText([] { configureThreads(-1); });
    EXPECT_EQ(configureThreads(1), 1);
    setenv("PRIVATESNN_THREADS", "abc", 1);
    EXPECT_NE(refusalText([] { configureThreads(0); }).find("'abc'"), std::string::npos);
    setenv("PRIVATESNN_THREADS", "2x", 1);
    refusalText([] { configureThreads(0); });
    setenv("PRIVATESNN_THREADS", "1", 1);
    EXPECT_EQ(configureThreads(0), 1);
    unsetenv("PRIVATESNN_THREADS");
}

} // namespace
} // namespace psnn
