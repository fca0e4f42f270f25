#!/usr/bin/env bash
# CPU that Sala uses while a countdown runs with the presenter timer open, under a virtual display.
# Sala starts on a fresh demo database in Run mode with the presenter timer open; Space starts the
# session; then the CPU time of the process (user + system, from /proc/PID/stat) is read over
# the measuring window. Start-up is not counted.
#
# Usage: bench/presenter-cpu.sh [SALA] [SECONDS]
#   SALA     the sala executable (default build/release/src/app/sala)
#   SECONDS  how long to measure (default 60)
# Needs xvfb-run, xauth and xdotool (scripts/setup.sh installs them).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
sala=$(readlink -f "${1:-$here/build/release/src/app/sala}")
seconds=${2:-60}
cli=$(dirname "$(dirname "$sala")")/cli/sala-cli
[[ -x $sala ]] || { echo "presenter-cpu: no executable at $sala (build the release preset first)" >&2; exit 2; }
[[ -x $cli ]] || { echo "presenter-cpu: no sala-cli beside it at $cli" >&2; exit 2; }
for tool in xvfb-run xdotool; do
  command -v $tool >/dev/null || { echo "presenter-cpu: $tool is missing (run scripts/setup.sh)" >&2; exit 2; }
done

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/runtime
mkdir -p "$XDG_CONFIG_HOME/Sala" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Open in Run mode (mode 3) with the presenter timer showing.
printf '[state]\nlastMode=3\npresenterVisible=true\n' > "$XDG_CONFIG_HOME/Sala/Sala.ini"
db=$home/data/Sala/sala.db

export SALA_BIN=$sala SECONDS_TO_MEASURE=$seconds
result=$(xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$SALA_BIN" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 100); do xdotool search --pid $pid >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 2                               # let start-up finish
  xdotool key space                     # start the session: the countdown runs
  sleep 1
  ticks() { awk "{print \$14 + \$15}" /proc/$pid/stat; }
  before=$(ticks); t0=$(date +%s.%N)
  sleep "$SECONDS_TO_MEASURE"
  after=$(ticks); t1=$(date +%s.%N)
  windows=$(xdotool search --pid $pid 2>/dev/null | wc -l)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$before $after $t0 $t1 $windows"')
read -r before after t0 t1 windows <<<"$result"
hz=$(getconf CLK_TCK)
state=$("$cli" run status --db "$db" --format json | sed -n 's/.*"state": "\([a-z-]*\)".*/\1/p')
awk -v b="$before" -v a="$after" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v w="$windows" -v s="$state" 'BEGIN {
  cpu = (a - b) / hz; wall = t1 - t0;
  printf "sala: %.2f s of CPU in %.1f s with a running countdown (%d windows, run state: %s)\n", cpu, wall, w, s;
  printf "      %.2f %% of one core\n", 100 * cpu / wall }'
[[ $state == running || $state == overtime ]] || { echo "presenter-cpu: the countdown was not running" >&2; exit 1; }
