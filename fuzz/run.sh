#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 in build/fuzz (sala_core and fuzz/ only, with ASan
# and UBSan) and runs each one for a bounded time from its committed corpus, two at a time.
# Fails when any target finds a crash, a hang, a leak or runs out of memory; the input that did
# it is kept in build/fuzz/artifacts/ and named in the output.
#
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]   (default 45 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${SALA_FUZZ_SECONDS:-45}}
shift || true
build=build/fuzz

cmake -S . -B "$build" -G Ninja -DSALA_FUZZ=ON -DSALA_WERROR=OFF -DSALA_PCH=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" >/dev/null
cmake --build "$build"

targets=("$@")
if ((${#targets[@]} == 0)); then
    for exe in "$build"/fuzz/fuzz_*; do
        [[ -x $exe && -f $exe ]] && targets+=("$(basename "$exe")")
    done
fi

mkdir -p "$build/artifacts" "$build/logs"
export SALA_FUZZ_BUILD=$build SALA_FUZZ_SECONDS_EACH=$seconds

run_one() {
    local target=$1 name=${1#fuzz_}
    local exe=$SALA_FUZZ_BUILD/fuzz/$target log=$SALA_FUZZ_BUILD/logs/$target.log
    local grown=$SALA_FUZZ_BUILD/grown/$name
    local dict=fuzz/dict/$name.dict
    [[ $name == roster_import || $name == attendance ]] && dict=fuzz/dict/csv.dict
    mkdir -p "$grown"
    local options=(-max_total_time="$SALA_FUZZ_SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048
                   -max_len=65536 -print_final_stats=1 -artifact_prefix="$SALA_FUZZ_BUILD/artifacts/$target-")
    [[ -f $dict ]] && options+=(-dict="$dict")
    local start=$SECONDS status=0
    # New inputs go to the first folder (build/), the committed corpus is only read.
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$exe" "${options[@]}" "$grown" "fuzz/corpus/$name" >"$log" 2>&1 || status=$?
    local runs cov
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    if ((status == 0)); then
        printf 'fuzz %-20s ok      %6s runs  %-9s %3ds\n' "$target" "${runs:-?}" "${cov:-}" $((SECONDS - start))
    else
        printf 'fuzz %-20s FAILED  (exit %d) after %ds; log %s\n' "$target" "$status" $((SECONDS - start)) "$log"
        # The sanitizer's verdict, the frames in Sala's code and where the input was kept.
        grep -E 'ERROR:|SUMMARY:|runtime error|what\(\)|invariant broken|Test unit written|in sala::|LLVMFuzzerTestOneInput' \
            "$log" | cut -c1-200 | head -30
        return 1
    fi
}
export -f run_one

printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {}
