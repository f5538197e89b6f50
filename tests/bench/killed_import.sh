#!/usr/bin/env bash
# Crash safety of a large import: `mwb import` of ROWS orders (default 1,000,000) killed
# with SIGKILL at KILLS random moments (default 20). After each kill: PRAGMA
# integrity_check must say ok and the workspace must hold none or all of the file's
# orders (and the daily sales must agree). Prints one line per kill.
# Usage: tests/bench/killed_import.sh [ROWS] [KILLS] [BUILD_DIR]
set -euo pipefail
rows=${1:-1000000}
kills=${2:-20}
build=${3:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mwb="$build/app/mwb/mwb"

python3 "$here/make_orders_csv.py" "$rows" "$work/orders.csv"
"$mwb" init "$work/ws.mwb" --region CN --currency CNY >/dev/null
start=$(date +%s%N)
"$mwb" import "$work/ws.mwb" --kind transactions "$work/orders.csv" --dry-run >/dev/null
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "rows: $rows; an import left alone (dry run): ${full_ms} ms"

failures=0
RANDOM=20261130
for kill in $(seq 1 "$kills"); do
    delay_ms=$(( RANDOM % (full_ms * 11 / 10) + 10 ))
    "$mwb" import "$work/ws.mwb" --kind transactions "$work/orders.csv" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '0.%03d' $((delay_ms % 1000)))"
    sleep $((delay_ms / 1000))
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        outcome=killed
    else
        outcome=finished
    fi
    wait "$pid" 2>/dev/null || true
    integrity=$(sqlite3 "$work/ws.mwb" "PRAGMA integrity_check")
    orders=$(sqlite3 "$work/ws.mwb" "SELECT count(*) FROM transactions")
    daily=$(sqlite3 "$work/ws.mwb" "SELECT coalesce(sum(orders), 0) FROM sales_daily")
    verdict=ok
    if [[ $integrity != ok || ($orders != 0 && $orders != "$rows") || $daily != "$orders" ]]; then
        verdict=FAILED
        failures=$((failures + 1))
    fi
    printf 'kill %2d at %5d ms: %-8s integrity %-3s orders %8s daily %8s  %s\n' \
        "$kill" "$delay_ms" "$outcome" "$integrity" "$orders" "$daily" "$verdict"
    if [[ $orders == "$rows" ]]; then
        # All of it is in: start again from an empty workspace for the next kill.
        rm -f "$work/ws.mwb"*
        "$mwb" init "$work/ws.mwb" --region CN --currency CNY >/dev/null
    fi
done
echo "failures: $failures"
[[ $failures -eq 0 ]]
