#!/usr/bin/env bash
# Benchmark: the propensity models on the demo at a million customers (budget: training
# within 60 s and scoring within 10 s on 2 cores). Each target is trained with both
# algorithms and scored, each command timed once on a copy of the demo, with its AUC.
# Usage: tests/bench/bench_models.sh [CUSTOMERS] [BUILD_DIR] [WORKSPACE]
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
cp "$ws" "$work/run.mwb"
sqlite3 "$work/run.mwb" "SELECT 'customers ' || (SELECT count(*) FROM customers) || ', transactions ' || (SELECT count(*) FROM transactions) || ', events ' || (SELECT count(*) FROM events)"
for target in churn purchase; do
    for algorithm in logistic gbt; do
        /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %M KB" \
            "$mwb" model train "$work/run.mwb" --target "$target" --algorithm "$algorithm" --json >"$work/train.json"
        python3 -c "
import json
d = json.load(open('$work/train.json'))
print('train %-8s %-8s: %s; AUC %.3f, F1 %.3f, lift %.2f, %d train / %d test rows' % ('$target', '$algorithm',
      open('$work/time').read().strip(), d['auc'], d['f1'], d['lift_top_decile'], d['customers_train'], d['customers_test']))"
        /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %M KB" \
            "$mwb" model score "$work/run.mwb" --target "$target" --json >"$work/score.json"
        python3 -c "
import json
d = json.load(open('$work/score.json'))
print('score %-8s %-8s: %s; %d customers scored' % ('$target', '$algorithm', open('$work/time').read().strip(), d['customers_scored']))"
    done
done
