#!/usr/bin/env bash
# Benchmark: a daily run of the six template programmes (the five 5A plays and the
# replenishment reminder, lists written as CSV) on the demo at a million customers (issue
# goal: within seconds on 2 cores). The programmes are saved and run once for the day
# before; then the next day's run is timed, each time from a copy of that state, best of 3,
# against the sqlite3 shell reading every customer's stage history (the least a stage
# trigger can read) in the same run.
# Usage: tests/bench/bench_programmes.sh [CUSTOMERS] [BUILD_DIR] [WORKSPACE]
set -euo pipefail
customers=${1:-1000000}
build=${2:-build/release}
mwb="$build/app/mwb/mwb"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=${3:-$work/demo.mwb}
if [ ! -e "$ws" ]; then
    echo "== mwb demo --customers $customers"
    /usr/bin/time -f "wall %e s" "$mwb" demo "$ws" --customers "$customers" >/dev/null
fi
cp "$ws" "$work/base.mwb"
last=$(sqlite3 "$work/base.mwb" "SELECT date(max(ordered_at), 'unixepoch') FROM transactions")
before=$(date -d "$last - 1 day" +%F)
"$mwb" programme templates --json | python3 -c "
import json, sys
for t in json.load(sys.stdin)['templates']:
    d = t['definition']
    d['output'] = {'folder': '$work/lists', 'format': 'csv'}
    open('$work/' + t['key'] + '.json', 'w').write(json.dumps(d))
"
for file in "$work"/*.json; do
    "$mwb" programme save "$work/base.mwb" --definition "$file" >/dev/null
done
/usr/bin/time -f "first run ($before): wall %e s" "$mwb" programme run "$work/base.mwb" --as-of "$before" >/dev/null

best() { sort -n | head -1; }
seconds() {
    local start
    start=$(date +%s.%N)
    "$@" >/dev/null
    echo "$(date +%s.%N) - $start" | bc
}
reference=()
ours=()
for run in 1 2 3; do
    reference+=("$(seconds sqlite3 "$work/base.mwb" "SELECT count(*), sum(length(stage_history)) FROM customer_metrics")")
    cp "$work/base.mwb" "$work/run.mwb"
    ours+=("$(seconds "$mwb" programme run "$work/run.mwb" --as-of "$last")")
done
"$mwb" programme run "$work/run.mwb" --as-of "$last" --json >/dev/null
sqlite3 "$work/run.mwb" "SELECT 'waves on $last: ' || count(*) || ', contacts ' || coalesce(sum(treatment), 0) || ', control ' || coalesce(sum(control), 0) FROM programme_runs WHERE day = (SELECT max(day) FROM programme_runs)"
ref=$(printf '%s\n' "${reference[@]}" | best)
mine=$(printf '%s\n' "${ours[@]}" | best)
echo "sqlite3 reading every stage history (best of 3): ${ref} s"
echo "mwb programme run, 6 programmes, one day (best of 3): ${mine} s, $(echo "scale=1; $mine / $ref" | bc)x"
