#!/usr/bin/env bash
# The whole reliability run: every hostile case of tests/cli/tst_reliability with 20 kills
# at random moments per write on a 60,000-customer workspace (the test-suite runs 3 on a
# small one), then the hostile files of scripts/hostile-inputs.sh; prints each part's
# totals and the sum: attacks, survived with nothing lost, crashes.
# Usage: scripts/reliability.sh [BUILD_DIR (default build/release)]
# Full disks and read-only disks are small tmpfs mounts: run as root to include them.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

MWB_KILL_ROUNDS=${MWB_KILL_ROUNDS:-20} MWB_KILL_CUSTOMERS=${MWB_KILL_CUSTOMERS:-60000} \
    QT_QPA_PLATFORM=offscreen "$build/tests/cli/tst_reliability" 2>&1 | tee "$log" | grep -E '^(FAIL|SKIP|QINFO|Totals)' || true
scripts/hostile-inputs.sh "$build" 2>&1 | tee -a "$log"

sum() { grep -oE "$1 [0-9]+" "$log" | awk '{s += $NF} END {print s + 0}'; }
attacks=$(sum 'attacks')
survived=$(sum 'nothing lost')
crashes=$(sum 'crashes')
echo
echo "reliability: $attacks attacks, $survived survived with nothing lost, $crashes crashes"
if grep -q '^FAIL' "$log" || [[ $attacks -ne $survived || $crashes -ne 0 ]]; then
    exit 1
fi
