#!/usr/bin/env bash
# Configures and builds Marketing Workbench with a CMake preset (default: release).
# Usage: scripts/build.sh [PRESET] [extra cmake -D options...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
shift || true
extra=()
# CI treats compiler warnings as errors.
if [ "${CI:-}" = "true" ]; then extra+=(-DMWB_WERROR=ON); fi
cmake --preset "$preset" "${extra[@]}" "$@" >/dev/null
cmake --build --preset "$preset"
