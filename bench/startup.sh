#!/usr/bin/env bash
# Start-up time and peak memory of Sala against a floor: an empty Qt Widgets main window
# (bench/floor). Each program starts, shows its main window, and quits as soon as the window has
# painted (`sala --quit-when-shown`), so the time is what a trainer waits for and the memory is
# the peak resident set size (/usr/bin/time -f %M) up to that moment.
#
# Measured, in one run and interleaved so that a busy machine slows all three alike:
#   floor      sala_floor, an empty QMainWindow
#   demo       sala on the demo database (28 participants, one session)
#   large      sala on a large database from sala_bigstore: 500 participants, 20 workshops,
#              40 sessions, a year of check-ins and run logs; the workshop it opens has all 500
#
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]
#   BUILD_DIR  a release build folder (default build/release) with sala, sala-cli, sala_floor
#              and sala_bigstore built
#   RUNS       measured starts of each program (default 15), after 2 warm-up starts each
# STARTUP_DISPLAY=xvfb runs everything on a virtual X display (xcb) instead of Qt's offscreen
# platform.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=$(readlink -f "${1:-$here/build/release}")
runs=${2:-15}
display=${STARTUP_DISPLAY:-offscreen}
sala=$build/src/app/sala
cli=$build/src/cli/sala-cli
floor=$build/bench/floor/sala_floor
bigstore=$build/bench/sala_bigstore
for program in "$sala" "$cli" "$floor" "$bigstore"; do
  [[ -x $program ]] || { echo "startup: no $program (cmake --build $build --target sala sala-cli sala_floor sala_bigstore)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "startup: /usr/bin/time is missing (run scripts/setup.sh)" >&2; exit 2; }

if [[ $display == xvfb && -z ${STARTUP_INSIDE_XVFB:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "startup: xvfb-run is missing (run scripts/setup.sh)" >&2; exit 2; }
  STARTUP_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$build" "$runs"
fi
if [[ $display == xvfb ]]; then export QT_QPA_PLATFORM=xcb; else export QT_QPA_PLATFORM=offscreen; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_RUNTIME_DIR=$work/home/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Their notes on stderr (migrations applied to the new files) matter only when they fail.
"$cli" demo --db "$work/demo.db" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
large_made=$("$bigstore" "$work/large.db" 2>"$work/stderr") || { cat "$work/stderr" >&2; exit 1; }
echo "startup: $large_made"
echo "startup: $(du -h "$work/large.db" | cut -f1) large database, $runs runs each on $QT_QPA_PLATFORM, load average $(cut -d' ' -f1-3 /proc/loadavg)"

names=(floor demo large)
# One start: prints "wall-milliseconds peak-kilobytes cpu-seconds" (user + system, to 10 ms).
measure() {
  local t0 t1 command
  case $1 in
    floor) command=("$floor") ;;
    demo) command=("$sala" --db "$work/demo.db" --quit-when-shown) ;;
    large) command=("$sala" --db "$work/large.db" --quit-when-shown) ;;
  esac
  t0=$(date +%s%N)
  timeout 120 /usr/bin/time -f '%M %U %S' -o "$work/rss" "${command[@]}" >/dev/null 2>"$work/stderr" ||
    { echo "startup: $1 did not start and quit cleanly:" >&2; cat "$work/stderr" >&2; exit 1; }
  t1=$(date +%s%N)
  echo "$(((t1 - t0) / 1000000)) $(tail -1 "$work/rss" | awk '{ print $1, $2 + $3 }')"
}

for _ in 1 2; do for name in "${names[@]}"; do measure "$name" >/dev/null; done; done
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do measure "$name" >>"$work/$name.txt"; done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A ms kb cpu
for name in "${names[@]}"; do
  ms[$name]=$(cut -d' ' -f1 "$work/$name.txt" | median)
  kb[$name]=$(cut -d' ' -f2 "$work/$name.txt" | median)
  cpu[$name]=$(cut -d' ' -f3 "$work/$name.txt" | median)
done

printf '\n| what | start to first paint (median of %d) | CPU, user + system (median) | peak RSS (median) | time vs floor | memory vs floor |\n' "$runs"
printf '| --- | --- | --- | --- | --- | --- |\n'
verdict=0
for name in "${names[@]}"; do
  awk -v n="$name" -v t="${ms[$name]}" -v c="${cpu[$name]}" -v m="${kb[$name]}" -v ft="${ms[floor]}" -v fm="${kb[floor]}" 'BEGIN {
    printf "| %s | %.0f ms | %.0f ms | %.1f MiB | %.2f× | %.2f× |\n", n, t, c * 1000, m / 1024, t / ft, m / fm }'
  if [[ $name != floor ]]; then
    awk -v t="${ms[$name]}" -v m="${kb[$name]}" -v ft="${ms[floor]}" -v fm="${kb[floor]}" \
      'BEGIN { exit !(t <= 1.5 * ft && m <= 1.5 * fm) }' || verdict=1
  fi
done
echo
if ((verdict == 0)); then echo "startup: Sala is within 1.5× of the floor in time and memory"; else
  echo "startup: Sala is NOT within 1.5× of the floor in time or memory"; fi
