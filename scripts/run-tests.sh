#!/usr/bin/env bash
# Every test: the format of changed lines, the release build and its whole CTest suite, the .deb's
# contents and dependencies. With PRIVATESNN_SANITIZERS=1 (the default) also the
# core library and its tests built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset), running the suites that feed it hostile files, damaged labs and fuzzed inputs. README.md's
# test command and .ci/run both call this script, so what CI proves is what the README says.
set -euo pipefail
cd "$(dirname "$0")/.."
# Where the time goes: each stage prints its wall-clock seconds (the CI budget is 25 minutes in all).
stage() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "run-tests: ${name} took $((SECONDS - start)) s (${SECONDS} s so far)"
}
# The style of the C++ lines this change touches (.clang-format), first: it takes a second.
stage format bash scripts/check-format.sh
# The release build, then one test per core at a time (each test a GoogleTest shard, tests/CMakeLists.txt).
stage configure cmake --preset release
stage build cmake --build --preset release
stage tests ctest --preset release --parallel "$(nproc)"
# The .deb made from this build: its file list and its Depends against what its programs link
# (packaging/linux/test-deb.sh also installs it, which needs root and a minute more).
stage package bash packaging/linux/check-deb.sh build/release
if [[ "${PRIVATESNN_SANITIZERS:-1}" == 1 ]]; then
  # The sanitizer stage (set PRIVATESNN_SANITIZERS=0 to skip it): the core library and the suites
  # that read what a user hands the tool (every loader, the lab's state, the config, the fuzz at a
  # fifth of its inputs; the NIR reader, which forks per input, at 60: 200 took 78 of the stage's
  # 162 s) built with ASan + UBSan, in one process rather than one per test. At -O0, not -O1: the
  # build is most of the stage and one LibTorch-heavy core source compiled in 37.5 CPU-s at -O0
  # against 75.7 at -O1, while the suites took 112 against 89 CPU-s (each pair under the same load).
  stage sanitizer-configure cmake --preset asan
  stage sanitizer-build cmake --build --preset asan --target privatesnn_hostile_input_tests
  (cd build/asan/tests/core && stage sanitizer-tests env ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
     UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 PRIVATESNN_FUZZ_COUNT="${PRIVATESNN_FUZZ_COUNT:-2000}" \
     PRIVATESNN_FUZZ_LAB_COUNT="${PRIVATESNN_FUZZ_LAB_COUNT:-100}" \
     PRIVATESNN_FUZZ_NIR_COUNT="${PRIVATESNN_FUZZ_NIR_COUNT:-60}" \
     ./privatesnn_hostile_input_tests)
fi
