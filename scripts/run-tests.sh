#!/usr/bin/env bash
# Every test: the release build and its whole CTest suite, then the core library and its tests
# built with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset) and the tests that
# feed it hostile files, damaged labs and fuzzed inputs run under the sanitizers. README.md's test
# command and .ci/run both call this script, so what CI proves is what the README says.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release && cmake --build --preset release && ctest --preset release
# Under the sanitizers the code runs unoptimised: the suites that read what a user hands the tool
# (every loader, the lab's state, the config, the fuzz at a fifth of its inputs) rather than the
# long numeric ones, which the release run covers.
cmake --preset asan && cmake --build --preset asan --target privatesnn_core_tests
PRIVATESNN_FUZZ_COUNT="${PRIVATESNN_FUZZ_COUNT:-2000}" ctest --preset asan \
  -R '^(Table/HostileFile|HostileFile|SimulationLimits|Fuzz|LabLock|LabState|AtomicWrite|LabPaths|LabSettings|ConfigValidation|Archive|IdxTest|TorchScriptImport)\.'
