#!/usr/bin/env bash
# The static checks CI runs: clang-tidy (.clang-tidy) over every source file in src/, with the
# compile commands of the dev build, and clang-format (.clang-format) over src, tests, bench and
# fuzz without changing anything. Fails when either finds something.
#
# Usage: scripts/check-static.sh [tidy|format]   (both by default)
# Needs a built dev tree (cmake --preset dev && cmake --build --preset dev) for its
# compile_commands.json and generated headers; SALA_BUILD_DIR names another tree.
set -uo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
status=0

if [[ $what == all || $what == tidy ]]; then
    commands=${SALA_BUILD_DIR:-build/dev}/compile_commands.json
    if [[ ! -f $commands ]]; then
        echo "check-static: $commands is missing; build the dev preset first" >&2
        exit 2
    fi
    # GCC's precompiled headers mean nothing to clang: the same commands without them, for the
    # sources in src/ only (moc output and resources are generated, not ours to fix).
    mkdir -p build/tidy
    python3 - "$commands" build/tidy/compile_commands.json "$PWD/src/" <<'PY'
import json, re, sys
source, target, root = sys.argv[1:]
entries = [e for e in json.load(open(source)) if e['file'].startswith(root)]
for e in entries:
    e['command'] = re.sub(r' -Winvalid-pch -include \S+cmake_pch\.hxx', '', e['command'])
json.dump(entries, open(target, 'w'), indent=1)
PY
    start=$SECONDS
    # run-clang-tidy 14 always asks for colour; the report is kept plain.
    run-clang-tidy -quiet -p build/tidy -j "$(nproc)" -extra-arg=-Wno-unknown-warning-option "$PWD/src/" 2>&1 \
        | sed 's/\x1b\[[0-9;]*m//g' > build/tidy/report.txt
    if ((PIPESTATUS[0] == 0)); then
        echo "clang-tidy: clean ($((SECONDS - start)) s)"
    else
        grep -E 'warning:|error:' build/tidy/report.txt | sort -u
        echo "clang-tidy: $(grep -cE '(warning|error):' build/tidy/report.txt) findings; full report in build/tidy/report.txt"
        status=1
    fi
fi

if [[ $what == all || $what == format ]]; then
    mapfile -t files < <(git ls-files -co --exclude-standard -- src tests bench fuzz | grep -E '\.(cpp|h)$')
    if clang-format --dry-run --Werror "${files[@]}" 2> build/format-report.txt; then
        echo "clang-format: ${#files[@]} files formatted"
    else
        echo "clang-format: $(grep -c 'warning:' build/format-report.txt) places in $(grep 'warning:' build/format-report.txt | cut -d: -f1 | sort -u | wc -l) files differ from .clang-format; scripts/format.sh fixes them"
        status=1
    fi
fi
exit "$status"
