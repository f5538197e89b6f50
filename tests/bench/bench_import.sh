#!/usr/bin/env bash
# Benchmark: `mwb import` of the orders file against the sqlite3 shell's bare `.import` of
# the same file into a table with a primary key on order id, in the same run; the same for
# an orders file whose customers are named by mobile numbers written four ways (the
# Chinese shops' exports: every number goes through libphonenumber).
# Then a file of order lines (Online Retail's December 2010: 42k lines of 1.9k invoices)
# against sqlite3's `.import` of it into a table indexed by invoice, when the data is here.
# Also the peak memory of the import at two file sizes (it should not grow with the file).
# Usage: tests/bench/bench_import.sh [ROWS] [BUILD_DIR]
# Where the time goes: QT_LOGGING_RULES="mwb.import.debug=true" mwb import … prints each phase.
set -euo pipefail
rows=${1:-1000000}
build=${2:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mwb="$build/app/mwb/mwb"

python3 "$here/make_orders_csv.py" "$rows" "$work/orders.csv"
python3 "$here/make_orders_csv.py" $((rows / 4)) "$work/orders-quarter.csv"
python3 "$here/make_orders_csv.py" "$rows" "$work/phones.csv" 42 --phones

best() { sort -n | head -1; }
compare() { # FILE KEY_COLUMN LABEL
    local file=$1 key=$2 label=$3 reference=() ours=()
    ls -l "$file" | awk -v l="$label" '{printf "%s: %.1f MB\n", l, $5 / 1e6}'
    for run in 1 2 3; do
        rm -f "$work/ref.db"
        start=$(date +%s.%N)
        sqlite3 "$work/ref.db" "CREATE TABLE orders(order_id TEXT PRIMARY KEY, $key TEXT, order_date TEXT, amount TEXT, channel TEXT, product TEXT, quantity TEXT);" ".import --csv --skip 1 $file orders"
        reference+=("$(echo "$(date +%s.%N) - $start" | bc)")

        rm -f "$work/ws.mwb"*
        "$mwb" init "$work/ws.mwb" --region CN --currency CNY >/dev/null
        start=$(date +%s.%N)
        "$mwb" import "$work/ws.mwb" --kind transactions "$file" --json >/dev/null
        ours+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    ref=$(printf '%s\n' "${reference[@]}" | best)
    mine=$(printf '%s\n' "${ours[@]}" | best)
    echo "  sqlite3 .import (best of 3): ${ref} s"
    echo "  mwb import      (best of 3): ${mine} s"
    echo "  ratio mwb / sqlite3: $(echo "scale=2; $mine / $ref" | bc)"
}
compare "$work/orders.csv" customer_id "orders by customer id"
compare "$work/phones.csv" mobile "orders by mobile number"

retail=${MWB_SHARED_DATA_DIR:-$here/../../../shared/data}/online-retail-uci
if compgen -G "$retail/2010-*.csv" >/dev/null; then
    first=1
    for day in "$retail"/2010-*.csv; do
        if [ $first = 1 ]; then cat "$day"; first=0; else tail -n +2 "$day"; fi
    done >"$work/retail.csv"
    echo "order lines (Online Retail): $(($(wc -l <"$work/retail.csv") - 1)) lines"
    reference=()
    ours=()
    for run in 1 2 3; do
        rm -f "$work/ref.db"
        start=$(date +%s.%N)
        sqlite3 "$work/ref.db" "CREATE TABLE lines(invoice TEXT, stock_code TEXT, description TEXT, quantity TEXT, invoice_date TEXT, unit_price TEXT, customer_id TEXT, country TEXT); CREATE INDEX lines_invoice ON lines(invoice);" ".import --csv --skip 1 $work/retail.csv lines"
        reference+=("$(echo "$(date +%s.%N) - $start" | bc)")
        rm -f "$work/ws.mwb"*
        "$mwb" init "$work/ws.mwb" --region GB --currency GBP >/dev/null
        start=$(date +%s.%N)
        "$mwb" import "$work/ws.mwb" --kind transactions "$work/retail.csv" --json >/dev/null
        ours+=("$(echo "$(date +%s.%N) - $start" | bc)")
    done
    ref=$(printf '%s\n' "${reference[@]}" | best)
    mine=$(printf '%s\n' "${ours[@]}" | best)
    echo "  sqlite3 .import (best of 3): ${ref} s"
    echo "  mwb import      (best of 3): ${mine} s"
    echo "  ratio mwb / sqlite3: $(echo "scale=2; $mine / $ref" | bc)"
else
    echo "order lines: $retail is not here; skipped"
fi

for file in orders-quarter.csv orders.csv phones.csv; do
    rm -f "$work/ws.mwb"*
    "$mwb" init "$work/ws.mwb" >/dev/null
    /usr/bin/time -f "$file: peak memory %M KB, %e s" "$mwb" import "$work/ws.mwb" --kind transactions "$work/$file" >/dev/null
done
