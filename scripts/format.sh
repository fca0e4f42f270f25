#!/usr/bin/env bash
# Formats every C++ source in src, tests, bench and fuzz in place with .clang-format.
# Usage: scripts/format.sh [FILE...]   (every source when no file is given)
set -euo pipefail
cd "$(dirname "$0")/.."
if (($#)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files -co --exclude-standard -- src tests bench fuzz | grep -E '\.(cpp|h)$')
fi
clang-format -i "${files[@]}"
echo "format: ${#files[@]} files"
