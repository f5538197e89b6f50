#!/usr/bin/env bash
# Compares two builds' answers on the same data: a demo workspace made by each, an orders
# file imported by each, then the same questions asked of every workspace by both builds
# (stats, funnel, migration, trend, RFM, KPIs, cohorts, segment counts, the CLV fit,
# journeys). Timings are left out of the comparison; any other difference is printed and
# the script exits 1. For a restructuring that must not change what the product computes.
# Usage: tests/bench/same_results.sh BUILD_A BUILD_B [CUSTOMERS] [ORDERS_CSV]
set -euo pipefail
a=${1:?build directory A}
b=${2:?build directory B}
customers=${3:-20000}
orders=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Timings and the moment of the run are not results. An answer that is not JSON (an error)
# is compared as its text.
strip() { python3 -c '
import json, sys
text = sys.stdin.read()
def clean(v):
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items() if k not in ("seconds", "millis", "fitted_at", "scored_at")}
    if isinstance(v, list):
        return [clean(x) for x in v]
    return v
try:
    print(json.dumps(clean(json.loads(text)), indent=1, sort_keys=True, ensure_ascii=False))
except ValueError:
    print("not JSON: " + text)'; }

if [[ -z $orders ]]; then
    orders="$work/orders.csv"
    python3 "$here/make_orders_csv.py" 50000 "$orders" >/dev/null
fi
cat >"$work/repeat.json" <<'JSON'
{"all": [{"field": "frequency", "op": ">=", "value": 2}, {"field": "lifecycle_stage", "op": "in", "value": ["adopt", "advocate"]}]}
JSON
cat >"$work/touched.json" <<'JSON'
{"any": [{"event": {"type": "email_open", "within_days": 365, "min_count": 2}}, {"field": "monetary", "op": ">", "value": 500}]}
JSON

# COMMAND[:SUBCOMMAND] [OPTIONS]: the workspace goes after the (sub)command.
questions=(
    "stats"
    "funnel"
    "funnel --as-of 2025-01-01"
    "migration --from 2025-06-30 --to 2026-06-30"
    "lifecycle-trend"
    "rfm"
    "kpis"
    "cohorts"
    "segment:count --definition $work/repeat.json"
    "segment:count --definition $work/touched.json"
    "clv:fit --calibration-end 2025-06-30"
    "journeys"
)
status=0
for name in a b; do
    build=$a
    [[ $name == b ]] && build=$b
    "$build/app/mwb/mwb" demo "$work/demo-$name.mwb" --customers "$customers" >/dev/null
    "$build/app/mwb/mwb" init "$work/orders-$name.mwb" --region GB --currency GBP >/dev/null
    "$build/app/mwb/mwb" import "$work/orders-$name.mwb" --kind transactions "$orders" --json | strip \
        | grep -v '"rejects_file"' >"$work/import-$name.json"
done
name_a=a
name_b=b
if ! diff -q "$work/import-$name_a.json" "$work/import-$name_b.json" >/dev/null; then
    echo "import summaries differ:"
    diff "$work/import-$name_a.json" "$work/import-$name_b.json" | head -20
    status=1
fi
compared=0
for ws in demo orders; do
    for q in "${questions[@]}"; do
        read -r -a words <<<"$q"
        IFS=: read -r -a command <<<"${words[0]}"
        # Each build asks its own workspace and the other's: the files and the answers alike.
        for file in "$work/$ws-$name_a.mwb" "$work/$ws-$name_b.mwb"; do
            "$a/app/mwb/mwb" "${command[@]}" "$file" "${words[@]:1}" --json 2>&1 | strip >"$work/answer-a" || true
            "$b/app/mwb/mwb" "${command[@]}" "$file" "${words[@]:1}" --json 2>&1 | strip >"$work/answer-b" || true
            if grep -q '^not JSON' "$work/answer-a"; then
                echo "not an answer: mwb $q on $(basename "$file"): $(head -c 200 "$work/answer-a")"
                status=1
            fi
            compared=$((compared + 1))
            if ! diff -q "$work/answer-a" "$work/answer-b" >/dev/null; then
                echo "differ: mwb $q on $(basename "$file")"
                diff "$work/answer-a" "$work/answer-b" | head -10
                status=1
            fi
        done
    done
done
echo "$compared answers compared: $([[ $status == 0 ]] && echo 'all the same' || echo 'differences above')"
exit $status
