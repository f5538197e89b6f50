#!/usr/bin/env bash
# Benchmark: the demo workspace at a million customers (issue goal: under 60 s), then the
# application's time to first paint and to its figures on it, and `mwb stats` on it.
# Usage: tests/bench/bench_demo.sh [CUSTOMERS] [BUILD_DIR]
set -euo pipefail
customers=${1:-1000000}
build=${2:-build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws="$work/demo-$customers.mwb"

echo "== mwb demo --customers $customers"
/usr/bin/time -f "wall %e s, peak memory %M KB" "$build/app/mwb/mwb" demo "$ws" --customers "$customers" --json
ls -l "$ws" | awk '{printf "file size %.1f MB\n", $5 / 1048576}'

echo "== mwb stats (first run, then warm)"
for run in 1 2; do
    /usr/bin/time -f "wall %e s" "$build/app/mwb/mwb" stats "$ws" --json >/dev/null
done

echo "== GUI startup on it (offscreen; ms since main())"
for run in 1 2 3; do
    QT_QPA_PLATFORM=offscreen "$build/app/gui/marketing-workbench" "$ws" --report-startup 2>/dev/null
done
