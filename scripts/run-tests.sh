#!/usr/bin/env bash
# Sets up, builds and runs the whole test-suite (GUI tests run offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
export QT_QPA_PLATFORM=offscreen
ctest --preset release --output-on-failure "$@"
