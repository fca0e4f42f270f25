#!/usr/bin/env bash
# Sets up the machine, builds Sala and opens it. Extra arguments go to sala (e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset dev
cmake --build --preset dev
exec ./build/dev/src/app/sala "$@"
