#!/usr/bin/env bash
# Everything CI checks, in stages: set-up, the dev build with every test, the same tests under
# AddressSanitizer and UndefinedBehaviorSanitizer, bounded fuzzing of the readers of outside
# data, and the static checks. Each stage prints one line (name, result, seconds); a table closes
# the run. A failed stage fails the run, but the stages after it still run and are reported.
#
# Usage: scripts/test.sh [STAGE...|all]   stages: setup dev asan fuzz static
# Without arguments, or with `all`, it runs every stage, as CI does (about 45 minutes on two
# cores; docs/reliability.md). Name stages to run only those: `scripts/test.sh dev`.
# SALA_FUZZ_SECONDS sets the fuzzing time of each target (default 45).
set -uo pipefail
cd "$(dirname "$0")/.."

all_stages=(setup dev asan fuzz static)
stages=("$@")
((${#stages[@]})) || stages=(all)
[[ ${stages[0]} == all ]] && stages=("${all_stages[@]}")

stage_setup() { bash scripts/setup.sh; }
stage_dev() { cmake --preset dev && cmake --build --preset dev && ctest --preset dev; }
stage_asan() { cmake --preset asan && cmake --build --preset asan && ctest --preset asan; }
stage_fuzz() { bash fuzz/run.sh "${SALA_FUZZ_SECONDS:-45}"; }
stage_static() { bash scripts/check-static.sh; }

names=() results=() times=()
failed=0
for stage in "${stages[@]}"; do
    if ! declare -F "stage_$stage" >/dev/null; then
        echo "test.sh: unknown stage “$stage”; stages are: ${all_stages[*]}" >&2
        exit 2
    fi
    echo "=== stage $stage"
    start=$SECONDS
    if "stage_$stage"; then result=passed; else result=FAILED; failed=1; fi
    elapsed=$((SECONDS - start))
    echo "=== stage $stage: $result in ${elapsed}s"
    names+=("$stage") results+=("$result") times+=("$elapsed")
done

total=0
echo
printf '%-8s %-8s %8s\n' stage result seconds
for i in "${!names[@]}"; do
    printf '%-8s %-8s %8d\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
    total=$((total + times[i]))
done
printf '%-8s %-8s %8d\n' total "$( ((failed)) && echo FAILED || echo passed)" "$total"
passed=0; for r in "${results[@]}"; do [[ $r == passed ]] && passed=$((passed + 1)); done
echo "stages: $passed passed, $((${#results[@]} - passed)) failed"
exit "$failed"
