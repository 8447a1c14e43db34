// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_support.h"

#include "privatesnn/error.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace psnn::test {

namespace fs = std::filesystem;
using nlohmann::json;

int64_t envNumber(const char* name, int64_t fallback)
{
    const char* text = std::getenv(name);
    return text && *text ? std::strtoll(text, nullptr, 10) : fallback;
}

int64_t fuzzCount(int64_t ciDefault)
{
    return envNumber("PRIVATESNN_FUZZ_COUNT", ciDefault);
}
uint64_t fuzzSeed()
{
    return uint64_t(envNumber("PRIVATESNN_FUZZ_SEED", 20261201));
}

Bytes readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeAll(const std::string& path, const Bytes& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

void mutateBytes(Bytes& b, std::mt19937_64& rng, size_t from)
{
    const int rounds = 1 + int(rng() % 6);
    for (int r = 0; r < rounds && b.size() > from; ++r) {
        const size_t at = from + size_t(rng() % (b.size() - from));
        switch (rng() % 7) {
        case 0:
            b[at] = char(b[at] ^ (1 << (rng() % 8)));
            break;
        case 1:
            b[at] = char(std::vector<uint8_t>{0, 1, 0x7f, 0x80, 0xff, '-', '9', '"'}[rng() % 8]);
            break;
        case 2:
            b.resize(at);
            break;
        case 3:
            b.erase(at, size_t(rng() % 64));
            break;
        case 4:
            b.insert(at, b.substr(at, size_t(rng() % 64)));
            break;
        case 5:
            b.insert(at, std::string(size_t(rng() % 16), char(rng())));
            break;
        default:
            for (size_t k = 0; k < 4 && at + k < b.size(); ++k)
                b[at + k] = char(0xff);
        }
    }
}

void mutateJson(json& j, std::mt19937_64& rng)
{
    const json flat = j.flatten();
    if (flat.empty())
        return;
    auto it = flat.begin();
    std::advance(it, long(rng() % flat.size()));
    static const std::vector<json> values = {0,
                                             -1,
                                             1,
                                             -0.5,
                                             2.5,
                                             int64_t(1) << 40,
                                             -(int64_t(1) << 40),
                                             1e308,
                                             -1e308,
                                             uint64_t(18446744073709551615ull),
                                             "",
                                             "x",
                                             "nan",
                                             json::array(),
                                             json::object(),
                                             nullptr,
                                             true,
                                             json::array({-1, -1}),
                                             json::array({int64_t(1) << 40, 3})};
    const json::json_pointer pointer(it.key());
    json& parent = j[pointer.parent_pointer()];
    if (rng() % 8 == 0 && parent.is_object())
        parent.erase(pointer.back()); // a missing field
    else if (rng() % 8 == 0 && parent.is_array())
        parent.erase(std::stoul(pointer.back())); // a shorter list
    else
        j[pointer] = values[rng() % values.size()];
}

std::unique_ptr<TempDir> fuzzDir()
{
    const char* previous = std::getenv("TMPDIR");
    const std::string saved = previous ? previous : "";
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec) && access("/dev/shm", W_OK) == 0)
        setenv("TMPDIR", "/dev/shm", 1);
    auto dir = std::make_unique<TempDir>();
    if (previous)
        setenv("TMPDIR", saved.c_str(), 1);
    else
        unsetenv("TMPDIR");
    return dir;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

Tally fuzz(const std::string& reader, int64_t count, const std::function<void(std::mt19937_64&)>& mutateAndLoad)
{
    Tally t;
    const auto started = std::chrono::steady_clock::now();
    const char* show = std::getenv("PRIVATESNN_FUZZ_SHOW"); // print refusals whose message holds this text
    const char* trace =
        std::getenv("PRIVATESNN_FUZZ_TRACE"); // a file that names the input in progress, to replay a crash
    for (int64_t i = envNumber("PRIVATESNN_FUZZ_FIRST", 0); i < count; ++i) {
        if (trace)
            std::ofstream(trace, std::ios::trunc) << reader << " " << i << "\n";
        std::mt19937_64 rng(fuzzSeed() * 1000003u + uint64_t(i));
        ++t.inputs;
        try {
            mutateAndLoad(rng);
            ++t.accepted;
        } catch (const Error& e) {
            ++t.refused;
            if (show && std::string(e.what()).find(show) != std::string::npos)
                std::printf("[fuzz] %s input %lld: %s\n", reader.c_str(), (long long)i, e.what());
        } catch (const std::exception& e) {
            if (t.internal++ < 5)
                t.internals += "input " + std::to_string(i) + ": " + e.what() + "\n";
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("[fuzz] %s: %lld inputs, %lld loaded, %lld refused with an error, %lld internal errors, 0 signals, "
                "%.1f s (seed %llu)\n",
                reader.c_str(), (long long)t.inputs, (long long)t.accepted, (long long)t.refused, (long long)t.internal,
                seconds, (unsigned long long)fuzzSeed());
    return t;
}
} // namespace psnn::test
