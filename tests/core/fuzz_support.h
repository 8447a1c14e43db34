// SPDX-License-Identifier: GPL-3.0-or-later
// The seeded mutation fuzz's machinery, shared by the fuzz suites (fuzz_test.cpp: archives,
// TorchScript, IDX, lab state, study points, configs; fuzz_import_test.cpp: NIR graphs).
// PRIVATESNN_FUZZ_COUNT sets the inputs per reader, PRIVATESNN_FUZZ_SEED another seed,
// PRIVATESNN_FUZZ_FIRST the first input's index, PRIVATESNN_FUZZ_TRACE a file that always names the
// input being read (to replay a crash), PRIVATESNN_FUZZ_SHOW prints refusals holding that text.
#pragma once

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <random>
#include <string>

namespace psnn::test {

using Bytes = std::string;

int64_t envNumber(const char* name, int64_t fallback);
/// PRIVATESNN_FUZZ_COUNT, else the suite's default.
int64_t fuzzCount(int64_t ciDefault);
uint64_t fuzzSeed();

Bytes readAll(const std::string& path);
void writeAll(const std::string& path, const Bytes& bytes);

/// Byte-level mutations: flips, interesting bytes, truncation, deletion, duplication, insertion.
void mutateBytes(Bytes& b, std::mt19937_64& rng, size_t from = 0);
/// Replaces one leaf of a JSON document with a value a hostile file might hold.
void mutateJson(nlohmann::json& j, std::mt19937_64& rng);

/// A temporary folder in memory (/dev/shm) where there is one: the fuzz writes thousands of small
/// files, and on a busy disk their I/O, not the readers, would take the time.
std::unique_ptr<TempDir> fuzzDir();

/// The process's peak resident memory so far (kB).
long peakRssKb();

struct Tally {
    int64_t inputs = 0, accepted = 0, refused = 0, internal = 0;
    std::string internals; ///< the first few distinct internal errors, for the failure message
};

/// Runs mutateAndLoad on `count` seeded inputs; a psnn::Error is a clean refusal, anything else a bug.
Tally fuzz(const std::string& reader, int64_t count, const std::function<void(std::mt19937_64&)>& mutateAndLoad);

} // namespace psnn::test
