#!/usr/bin/env bash
# The design-scale benchmark: the workbench on a demo of CUSTOMERS customers with 10
# transactions and 20 events each (1M: 10M orders, 20M events), whole processes on this
# machine, warm cache, medians of 5 runs. Prints each measure beside its goal:
#   - workspace file size (and bytes per transaction + event row);
#   - the six segment counts of the scale goals (the count, wall time, peak resident memory),
#     beside DuckDB in-process from the same rows (tests/bench/duckdb, `npm install` there once;
#     skipped when node or the package is absent; the counts must agree);
#   - funnel, migration, RFM, KPIs, cohorts, journeys (last quarter, all time), CLV fit;
#   - the GUI (under xvfb-run, when present): longest stall of the UI thread while it opens
#     the workspace and visits every page, time to the Overview's figures, peak memory;
#   - import of ROWS orders from CSV against sqlite3's `.import` of the same file, same run.
# Run it at 100000 customers too, so regressions at small scale show.
# Usage: tests/bench/bench_scale.sh [CUSTOMERS] [BUILD_DIR] [IMPORT_ROWS] [WORKSPACE]
#   WORKSPACE: an existing demo to measure instead of making one (kept).
set -euo pipefail
customers=${1:-1000000}
build=$(cd "${2:-build/release}" && pwd)
rows=${3:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mwb="$build/app/mwb/mwb"
gui="$build/app/gui/marketing-workbench"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# Runs a command 5 times (after one warm-up); prints "median_wall_s peak_rss_mb".
# (The GUI runs 3 times: the median of 3.)
timed() {
    local walls=() peak=0
    "$@" >/dev/null 2>&1 || true
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
        read -r wall rss <"$work/time"
        walls+=("$wall")
        ((rss > peak)) && peak=$rss
    done
    printf '%s %d\n' "$(printf '%s\n' "${walls[@]}" | median)" $((peak / 1024))
}
row() { printf '%-44s %12s   %s\n' "$1" "$2" "$3"; }

ws=${4:-}
if [[ -z "$ws" ]]; then
    ws="$work/scale.mwb"
    echo "making the demo: $customers customers, 10 transactions and 20 events each"
    /usr/bin/time -f "  demo: %e s, peak %M KB" "$mwb" demo "$ws" --customers "$customers" --seed 7 \
        --orders-per-customer 10 --events-per-customer 20 --json | head -c 400
    echo
fi
sqlite3 "$ws" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
read -r transactions events < <(sqlite3 -separator ' ' "$ws" "SELECT (SELECT count(*) FROM transactions), (SELECT count(*) FROM events)")
bytes=$(stat -c %s "$ws")
echo
row "measure" "measured" "goal (at 1M customers)"
row "workspace file" "$(printf '%.2f' "$(echo "$bytes / 1073741824" | bc -l)") GB" "<= 2.5 GB"
row "  bytes per transaction or event" "$((bytes / (transactions + events)))" ""

# The six definitions.
defs=(
    '{"field":"frequency","op":">=","value":2}'
    '{"purchase":{"within_days":365}}'
    '{"event":{"type":"email_open","within_days":180}}'
    '{"all":[{"field":"frequency","op":">=","value":2},{"event":{"type":"email_open","within_days":180}},{"field":"city","op":"in","value":["上海","北京","London"]}]}'
    '{"any":[{"field":"recency_days","op":"<=","value":90},{"not":{"event":{"type":"email_open","within_days":180}}}]}'
    '{"all":[{"field":"monetary","op":">","value":500},{"event":{"channel":"wechat","within_days":90,"min_count":2}},{"field":"lifecycle_stage","op":"in","value":["adopt","advocate"]}]}'
)
duck=""
if command -v node >/dev/null && [[ -d "$here/duckdb/node_modules/@duckdb/node-api" ]]; then
    for table in "customers:id, city" "transactions:customer_id, ordered_at, amount_minor" \
        "events:customer_id, occurred_at, type, channel" "customer_metrics:customer_id, lifecycle_stage AS stage"; do
        name=${table%%:*}
        out=$name
        [[ $name == customer_metrics ]] && out=stages
        sqlite3 -header -csv "$ws" "SELECT ${table#*:} FROM $name" >"$work/$out.csv"
    done
    ref=$(sqlite3 "$ws" "SELECT value FROM settings WHERE key = 'lifecycle_reference_day'")
    duck=$(node "$here/duckdb/counts.mjs" "$work" "$ref")
    rm -f "$work"/*.csv
else
    echo "(DuckDB skipped: needs node and 'npm install' in tests/bench/duckdb)"
fi
cli_peak=0
for i in "${!defs[@]}"; do
    echo "${defs[$i]}" >"$work/def$i.json"
    read -r wall rss < <(timed "$mwb" segment count "$ws" --definition "$work/def$i.json")
    ((rss > cli_peak)) && cli_peak=$rss
    count=$("$mwb" segment count "$ws" --definition "$work/def$i.json" --json | sed 's/.*"count":\([0-9]*\).*/\1/')
    line="$(printf '%.0f' "$(echo "$wall * 1000" | bc)") ms"
    reference=""
    if [[ -n "$duck" ]]; then
        read -r dcount dms < <(node -e "const r = JSON.parse(process.argv[1]).counts[$i]; console.log(r.count, r.ms.toFixed(0))" "$duck")
        reference=" DuckDB ${dms} ms (ratio $(printf '%.2f' "$(echo "$wall * 1000 / $dms" | bc -l)"))"
        [[ "$dcount" == "$count" ]] || reference+=" COUNTS DIFFER: $count vs DuckDB $dcount"
    fi
    row "segment count $((i + 1)) ($count)" "$line" "<= 200 ms, <= DuckDB;$reference"
done

analysis() {
    local name=$1 goal=$2
    shift 2
    read -r wall rss < <(timed "$mwb" "$@" "$ws")
    ((rss > cli_peak)) && cli_peak=$rss
    row "$name" "$wall s" "$goal"
}
last=$(sqlite3 "$ws" "SELECT date(max(ordered_at), 'unixepoch') FROM transactions")
quarter=$(date -d "$last -3 months +1 day" +%F)
calibration=$(date -d "$last -9 months" +%F)
analysis "funnel" "<= 0.5 s" funnel
analysis "migration" "<= 0.5 s" migration
analysis "RFM" "<= 0.5 s" rfm
analysis "KPIs (month)" "<= 0.5 s" kpis
analysis "cohorts" "<= 0.5 s" cohorts
analysis "journeys, last quarter" "<= 1.0 s" journeys --from "$quarter" --to "$last"
analysis "journeys, all time" "<= 2.5 s" journeys
# (The fit is stored as the workspace's last one; nothing else changes.)
analysis "CLV fit (calibration to $calibration)" "<= 3 s" clv fit --calibration-end "$calibration"
row "peak memory, command line" "$cli_peak MB" "<= 500 MB"

if command -v xvfb-run >/dev/null && [[ -x "$gui" ]]; then
    stalls=() figures=() gui_peak=0
    for _ in 1 2 3; do # a minute or more each at 1M
        XDG_CONFIG_HOME="$work/xdg" xvfb-run -a -s "-screen 0 1440x900x24" /usr/bin/time -f "%M" -o "$work/time" \
            "$gui" "$ws" --size 1280x800 --report-stalls >"$work/gui.json" 2>/dev/null
        stalls+=("$(sed 's/.*"longest_stall_ms":\([0-9]*\).*/\1/' "$work/gui.json")")
        figures+=("$(sed 's/.*"figures_ms":\([0-9]*\).*/\1/' "$work/gui.json")")
        rss=$(cat "$work/time")
        ((rss / 1024 > gui_peak)) && gui_peak=$((rss / 1024))
    done
    row "GUI: longest stall, start and every page" "$(printf '%s\n' "${stalls[@]}" | median) ms" "<= 100 ms (max $(printf '%s\n' "${stalls[@]}" | sort -n | tail -1) ms)"
    row "GUI: Overview figures after launch" "$(printf '%s\n' "${figures[@]}" | median) ms" "<= 1000 ms"
    row "GUI: peak resident memory" "$gui_peak MB" "<= 1500 MB"
    echo "  last run: longest stall on $(sed 's/.*"stall_during":"\([^"]*\)".*/\1/' "$work/gui.json"); each page's time to its figures: $(sed 's/.*"pages_ms":\({[^}]*}\).*/\1/' "$work/gui.json")"
else
    echo "(GUI skipped: needs xvfb-run)"
fi

# Import of ROWS orders against sqlite3's .import of the same file.
python3 "$here/make_orders_csv.py" "$rows" "$work/orders.csv"
imports=() references=()
for _ in 1 2 3 4 5; do
    rm -f "$work/imp.mwb"* "$work/ref.db"
    "$mwb" init "$work/imp.mwb" --region CN --currency CNY >/dev/null
    /usr/bin/time -f "%e" -o "$work/time" "$mwb" import "$work/imp.mwb" --kind transactions "$work/orders.csv" >/dev/null
    imports+=("$(cat "$work/time")")
    /usr/bin/time -f "%e" -o "$work/time" sqlite3 "$work/ref.db" \
        "CREATE TABLE orders(order_id TEXT PRIMARY KEY, customer_id TEXT, order_date TEXT, amount TEXT, channel TEXT, product TEXT, quantity TEXT);" \
        ".import --csv --skip 1 $work/orders.csv orders"
    references+=("$(cat "$work/time")")
done
imp=$(printf '%s\n' "${imports[@]}" | median)
ref=$(printf '%s\n' "${references[@]}" | median)
row "import of $rows orders" "$imp s" "sqlite3 .import $ref s: ratio $(printf '%.2f' "$(echo "$imp / $ref" | bc -l)") (goal <= 1.5 at 1M, <= 2.0 at 5M)"
