#!/usr/bin/env bash
# Runs every benchmark in one go: set-up, the release build, sala_bench, sala_gui_bench, the CPU of
# a running countdown (bench/presenter-cpu.sh) and start-up time and memory (bench/startup.sh).
# Each result is printed as it comes and kept in build/release/bench-results/; a summary of how
# each stage went ends the run. docs/performance.md records the figures.
#
# Usage: scripts/bench.sh [--build-dir DIR] [STAGE...]
#   stages: core gui presenter startup (default: all four, in that order)
#   --build-dir  the release build folder (default build/release)
# Environment: SAMPLES (Catch2 samples per benchmark, default 20), CPU_SECONDS (presenter
# measuring window, default 60), STARTUP_RUNS (default 15).
set -uo pipefail
cd "$(dirname "$0")/.."

build=build/release
if [[ ${1:-} == --build-dir ]]; then build=${2:?--build-dir needs a folder}; shift 2; fi
stages=("$@")
((${#stages[@]})) || stages=(core gui presenter startup)
samples=${SAMPLES:-20}
results=$build/bench-results

bash scripts/setup.sh || exit 1
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1
cmake --build "$build" --target sala sala-cli sala_bench sala_gui_bench sala_floor sala_bigstore || exit 1
mkdir -p "$results"

summary=()
run_stage() {  # name, command...
  local name=$1 start status verdict=ok; shift
  printf '\n==== %s: %s\n' "$name" "$*"
  start=$(date +%s)
  "$@" 2>&1 | tee "$results/$name.txt"
  status=${PIPESTATUS[0]}
  ((status == 0)) || verdict=FAILED
  summary+=("$(printf '%-10s %-6s %5d s   %s' "$name" "$verdict" $(($(date +%s) - start)) "$results/$name.txt")")
}

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD 2>/dev/null || echo 'no git')"
for stage in "${stages[@]}"; do
  case $stage in
    core) run_stage core "$build/bench/sala_bench" --benchmark-samples "$samples" ;;
    gui) run_stage gui "$build/bench/sala_gui_bench" --benchmark-samples "$samples" ;;
    presenter) run_stage presenter bench/presenter-cpu.sh "$build/src/app/sala" "${CPU_SECONDS:-60}" ;;
    startup) run_stage startup bench/startup.sh "$build" "${STARTUP_RUNS:-15}" ;;
    *) echo "bench: unknown stage $stage (core gui presenter startup)" >&2; exit 64 ;;
  esac
done

printf '\n==== summary\n'
printf '%s\n' "${summary[@]}"
! printf '%s\n' "${summary[@]}" | grep -q FAILED
