#!/usr/bin/env bash
# What SQLite alone needs to write what an import of the benchmark's orders file writes:
# the rows of an imported workspace copied in one transaction into an empty one, with the
# indexes and derived tables an import keeps (order indexes built after the rows, daily
# sales and customers' months, the search index, customer_metrics with stages and scores), no CSV, no parsing, no identity
# resolution. Compared with sqlite3's bare `.import` of the file in the same run: when the
# copy alone takes longer, no import that writes all of it in one transaction can match
# the reference on this schema.
# Usage: tests/bench/import_floor.sh [ROWS] [BUILD_DIR]
set -euo pipefail
rows=${1:-1000000}
build=${2:-build/release}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mwb="$build/app/mwb/mwb"

python3 "$here/make_orders_csv.py" "$rows" "$work/orders.csv"
"$mwb" init "$work/src.mwb" --region CN --currency CNY >/dev/null
"$mwb" import "$work/src.mwb" --kind transactions "$work/orders.csv" >/dev/null

best() { sort -n | head -1; }
reference=()
floor=()
for run in 1 2 3; do
    rm -f "$work/ref.db"
    start=$(date +%s.%N)
    sqlite3 "$work/ref.db" "CREATE TABLE orders(order_id TEXT PRIMARY KEY, customer_id TEXT, order_date TEXT, amount TEXT, channel TEXT, product TEXT, quantity TEXT);" ".import --csv --skip 1 $work/orders.csv orders"
    reference+=("$(echo "$(date +%s.%N) - $start" | bc)")

    rm -f "$work/dst.mwb"*
    "$mwb" init "$work/dst.mwb" --region CN --currency CNY >/dev/null
    start=$(date +%s.%N)
    sqlite3 "$work/dst.mwb" >"$work/timings.txt" <<SQL
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = OFF;
PRAGMA cache_size = -32768;
ATTACH '$work/src.mwb' AS src;
.timer on
BEGIN IMMEDIATE;
DROP TRIGGER transactions_sales_insert;
DROP TRIGGER transactions_months_insert;
DROP TRIGGER customers_search_insert;
DROP INDEX transactions_customer;
DROP INDEX transactions_time;
INSERT INTO customers SELECT * FROM src.customers;
INSERT INTO identities SELECT * FROM src.identities ORDER BY kind, value;
INSERT INTO transactions SELECT * FROM src.transactions ORDER BY id;
PRAGMA cache_size = -4096;
PRAGMA threads = 2;
CREATE INDEX transactions_customer ON transactions(customer_id, ordered_at, amount_minor, channel);
CREATE INDEX transactions_time ON transactions(ordered_at);
PRAGMA cache_size = -32768;
INSERT INTO sales_daily SELECT * FROM src.sales_daily;
INSERT INTO customer_months SELECT * FROM src.customer_months;
INSERT INTO customer_search(rowid, name, email, phone, external_id) SELECT id, name, email, phone, external_id FROM customers;
INSERT INTO customer_metrics SELECT * FROM src.customer_metrics ORDER BY customer_id;
COMMIT;
SQL
    floor+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
echo "sqlite3 .import (best of 3):                 $(printf '%s\n' "${reference[@]}" | best) s"
echo "SQLite copy of what mwb writes (best of 3):  $(printf '%s\n' "${floor[@]}" | best) s"
echo "statements of the last copy (real seconds):"
grep -o 'real [0-9.]*' "$work/timings.txt" | awk '{s += $2; printf "  %s", $2} END {printf "\n  sum %.3f s\n", s}'
