#!/usr/bin/env bash
# Benchmark: `mwb import` of the orders file against the sqlite3 shell's bare `.import` of
# the same file into a table with a primary key on order id, in the same run.
# Also the peak memory of the import at two file sizes (it should not grow with the file).
# Usage: tests/bench/bench_import.sh [ROWS] [BUILD_DIR]
set -euo pipefail
rows=${1:-1000000}
build=${2:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mwb="$build/app/mwb/mwb"

python3 "$here/make_orders_csv.py" "$rows" "$work/orders.csv"
python3 "$here/make_orders_csv.py" $((rows / 4)) "$work/orders-quarter.csv"
ls -l "$work/orders.csv" | awk '{printf "orders.csv: %.1f MB\n", $5 / 1e6}'

best() { sort -n | head -1; }
reference=()
ours=()
for run in 1 2 3; do
    rm -f "$work/ref.db"
    start=$(date +%s.%N)
    sqlite3 "$work/ref.db" "CREATE TABLE orders(order_id TEXT PRIMARY KEY, customer_id TEXT, order_date TEXT, amount TEXT, channel TEXT, product TEXT, quantity TEXT);" ".import --csv --skip 1 $work/orders.csv orders"
    reference+=("$(echo "$(date +%s.%N) - $start" | bc)")

    rm -f "$work/ws.mwb"*
    "$mwb" init "$work/ws.mwb" --region CN --currency CNY >/dev/null
    start=$(date +%s.%N)
    "$mwb" import "$work/ws.mwb" --kind transactions "$work/orders.csv" --json >/dev/null
    ours+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
ref=$(printf '%s\n' "${reference[@]}" | best)
mine=$(printf '%s\n' "${ours[@]}" | best)
echo "sqlite3 .import (best of 3): ${ref} s"
echo "mwb import      (best of 3): ${mine} s"
echo "ratio mwb / sqlite3: $(echo "scale=2; $mine / $ref" | bc)"

for file in orders-quarter.csv orders.csv; do
    rm -f "$work/ws.mwb"*
    "$mwb" init "$work/ws.mwb" >/dev/null
    /usr/bin/time -f "$file: peak memory %M KB, %e s" "$mwb" import "$work/ws.mwb" --kind transactions "$work/$file" >/dev/null
done
