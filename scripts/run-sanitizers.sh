#!/usr/bin/env bash
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer (the asan preset) and runs the
# test-suite under them: every core, import, fuzz-corpus and command-line test (the tool
# itself runs sanitized in the CLI tests). The GUI and its tests are left out here: Qt's
# own widgets report leaks and races that are not ours, and they double the time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan -DMWB_BUILD_GUI=OFF >/dev/null
cmake --build --preset asan
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --preset asan --output-on-failure "$@"
