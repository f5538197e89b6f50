#!/usr/bin/env bash
# Benchmark: the propensity models on the demo at a million customers (budget: training
# within 60 s and scoring within 10 s on 2 cores). Each target is trained with both
# algorithms and scored, each command timed once on a copy of the demo, with its AUC.
# Exits 1 when a command fails or any training or scoring is over its budget
# (MWB_TRAIN_BUDGET and MWB_SCORE_BUDGET, in seconds, set other budgets).
# Usage: tests/bench/bench_models.sh [CUSTOMERS] [BUILD_DIR] [WORKSPACE]
set -euo pipefail
customers=${1:-1000000}
build=${2:-build/release}
train_budget=${MWB_TRAIN_BUDGET:-60}
score_budget=${MWB_SCORE_BUDGET:-10}
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
over=0
# within SECONDS_FILE BUDGET WHAT: whether the wall time /usr/bin/time wrote first is within
# the budget; says so when it is not.
within() {
    if ! awk -v budget="$2" 'NR == 1 { exit !($1 + 0 <= budget + 0) }' "$1"; then
        echo "OVER BUDGET: $3 took $(head -n1 "$1" | awk '{print $1}') s, budget $2 s" >&2
        over=1
    fi
}
for target in churn purchase; do
    for algorithm in logistic gbt; do
        /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %M KB" \
            "$mwb" model train "$work/run.mwb" --target "$target" --algorithm "$algorithm" --json >"$work/train.json"
        python3 -c "
import json
d = json.load(open('$work/train.json'))
print('train %-8s %-8s: %s; AUC %.3f, F1 %.3f, lift %.2f, %d train / %d test rows' % ('$target', '$algorithm',
      open('$work/time').read().strip(), d['auc'], d['f1'], d['lift_top_decile'], d['customers_train'], d['customers_test']))"
        within "$work/time" "$train_budget" "train $target $algorithm"
        /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %M KB" \
            "$mwb" model score "$work/run.mwb" --target "$target" --json >"$work/score.json"
        python3 -c "
import json
d = json.load(open('$work/score.json'))
print('score %-8s %-8s: %s; %d customers scored' % ('$target', '$algorithm', open('$work/time').read().strip(), d['customers_scored']))"
        within "$work/time" "$score_budget" "score $target $algorithm"
    done
done
if [ "$over" -ne 0 ]; then
    echo "FAIL: over budget (training ${train_budget} s, scoring ${score_budget} s)" >&2
    exit 1
fi
echo "PASS: every training within ${train_budget} s, every scoring within ${score_budget} s"
