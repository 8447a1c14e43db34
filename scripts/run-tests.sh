#!/usr/bin/env bash
# Every test: the format of changed lines, the release build and its whole CTest suite, the .deb's
# contents and dependencies. With PRIVATESNN_SANITIZERS=1 (the default) also the
# core library and its tests built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset), running the suites that feed it hostile files, damaged labs and fuzzed inputs. README.md's
# test command and .ci/run both call this script, so what CI proves is what the README says.
set -euo pipefail
cd "$(dirname "$0")/.."
# The style of the C++ lines this change touches (.clang-format), first: it takes a second.
bash scripts/check-format.sh
# One test per core at a time: the suite takes about half as long on 2 cores (86-108 s instead of
# 177 s serially).
cmake --preset release && cmake --build --preset release && ctest --preset release --parallel "$(nproc)"
# The .deb made from this build: its file list and its Depends against what its programs link
# (packaging/linux/test-deb.sh also installs it, which needs root and a minute more).
bash packaging/linux/check-deb.sh build/release
if [[ "${PRIVATESNN_SANITIZERS:-1}" == 1 ]]; then
  # The sanitizer stage (set PRIVATESNN_SANITIZERS=0 to skip it): the core library and the suites
  # that read what a user hands the tool (every loader, the lab's state, the config, the fuzz at a
  # fifth of its inputs) built with ASan + UBSan at -O1, in one process rather than one per test.
  cmake --preset asan && cmake --build --preset asan --target privatesnn_hostile_input_tests
  (cd build/asan/tests/core && ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
     UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 PRIVATESNN_FUZZ_COUNT="${PRIVATESNN_FUZZ_COUNT:-2000}" \
     PRIVATESNN_FUZZ_LAB_COUNT="${PRIVATESNN_FUZZ_LAB_COUNT:-100}" \
     ./privatesnn_hostile_input_tests)
fi
