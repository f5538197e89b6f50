#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time and reports executions and coverage.
# Builds them first with the "fuzz" preset (clang, ASan + UBSan) in build/fuzz.
# Each target starts from its saved inputs (tests/fuzz/corpus/<target>) and works in a copy
# under build/fuzz/corpus; a crash is written to build/fuzz/crashes/<target>/. Fix it, then
# add the input to tests/fuzz/corpus/<target>/ so the normal test-suite replays it
# (tst_fuzzreplay_<target>).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(csv values file segment)
fi

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is needed (apt install clang)" >&2; exit 2; }
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target "${targets[@]/#/fuzz_}"

declare -A max_len=([csv]=4096 [values]=256 [file]=8192 [segment]=2048)
status=0
printf '%-8s %12s %8s %8s %8s  %s\n' target executions exec/s cov ft result
for target in "${targets[@]}"; do
    work="build/fuzz/corpus/$target"
    crashes="build/fuzz/crashes/$target"
    mkdir -p "$work" "$crashes"
    cp -n tests/fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    log="build/fuzz/$target.log"
    result=ok
    if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        "build/fuzz/tests/fuzz/fuzz_$target" "$work" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
        -print_final_stats=1 -artifact_prefix="$crashes/" -close_fd_mask=1 >"$log" 2>&1; then
        result="CRASH (see $log and $crashes)"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    last=$(grep -E '#[0-9]+.*cov: [0-9]+' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo 0)
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo 0)
    printf '%-8s %12s %8s %8s %8s  %s\n' "$target" "$runs" "$speed" "$cov" "$ft" "$result"
done
exit $status
