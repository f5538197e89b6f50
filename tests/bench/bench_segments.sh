#!/usr/bin/env bash
# Benchmark: live segment counts on a demo workspace (default 1,000,000 customers), once
# split over the cores (as the app counts) and once on one connection.
# Goal (issue): p95 <= 200 ms over 30 definitions with a behaviour condition each.
# Needs a build with -DMWB_BUILD_BENCHMARKS=ON.
# ACTIVITY 6 gives the scale: about 10M orders and 30M events on 1M customers
# (the default demo has about 1.9M orders and 6.6M events).
# Usage: tests/bench/bench_segments.sh [CUSTOMERS] [BUILD_DIR] [ACTIVITY]
set -euo pipefail
customers=${1:-1000000}
build=${2:-build/release}
activity=${3:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws="$work/demo.mwb"
echo "demo workspace: $customers customers, activity $activity"
/usr/bin/time -f "  demo: %e s, peak %M KB" "$build/app/mwb/mwb" demo "$ws" --customers "$customers" \
    --activity "$activity" >/dev/null
echo "counts split over the cores:"
"$build/tests/bench/bench_segments" "$ws" 5
echo "counts on one connection:"
MWB_COUNT_THREADS=1 "$build/tests/bench/bench_segments" "$ws" 5 | tail -1
