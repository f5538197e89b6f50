#!/usr/bin/env bash
# Benchmark: `mwb products` and `mwb basket` (and `mwb replenishment`) on the demo at a
# million customers (about 5M order lines; issue goal: a few seconds on 2 cores), each
# against the sqlite3 shell's bare GROUP BY of the same lines by product in the same run
# (the least any per-product figure costs), best of 3.
# Usage: tests/bench/bench_products.sh [CUSTOMERS] [BUILD_DIR] [WORKSPACE]
# A WORKSPACE given is used as it is (and kept); else a demo is made in a temporary folder.
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
sqlite3 "$ws" "SELECT 'order lines: ' || count(*) FROM order_lines; SELECT 'orders: ' || count(*) FROM transactions"

best() { sort -n | head -1; }
seconds() { # COMMAND...: wall seconds of one run
    local start
    start=$(date +%s.%N)
    "$@" >/dev/null
    echo "$(date +%s.%N) - $start" | bc
}
reference=()
for run in 1 2 3; do
    reference+=("$(seconds sqlite3 "$ws" "SELECT product_id, count(*), sum(amount_minor) FROM order_lines GROUP BY product_id")")
done
ref=$(printf '%s\n' "${reference[@]}" | best)
echo "sqlite3 GROUP BY product (best of 3): ${ref} s"
for command in "products --limit 0" "products --by category" "basket" "basket --by category" "replenishment"; do
    times=()
    for run in 1 2 3; do
        # shellcheck disable=SC2086
        times+=("$(seconds "$mwb" $command "$ws" --json)")
    done
    mine=$(printf '%s\n' "${times[@]}" | best)
    echo "mwb $command (best of 3): ${mine} s, $(echo "scale=2; $mine / $ref" | bc)x the GROUP BY"
done
