#!/usr/bin/env bash
# Installs every Debian 12 package Sala needs to build, test and run. Safe to run again:
# packages already present are left alone and apt is only called when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # libraries
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-multimedia-dev
  # the attendance charts on screen and in the PDF report (Qt Charts' CMake files need Qt OpenGL's)
  qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite libgl-dev
  nlohmann-json3-dev libspdlog-dev libsqlite3-dev catch2
  zlib1g-dev
  # attendance reports as Excel workbooks
  libxlsxwriter-dev
  # runtime: fonts that cover Khmer, Lao and Thai, platform plugins for a real window
  fonts-noto-core fonts-dejavu-core qt6-qpa-plugins
  # a virtual display and key presses for the presenter benchmark (bench/presenter-cpu.sh)
  xvfb xauth xdotool
  # peak memory for the start-up benchmark (bench/startup.sh)
  time
  # the sqlite3 shell, the yardstick of the attendance benchmarks (bench/bench_attendance*.cpp)
  sqlite3
  # the Debian package and its checks (scripts/package.sh): dpkg-shlibdeps, desktop entry, AppStream
  dpkg-dev file desktop-file-utils appstream
  # fuzzing (libFuzzer ships in clang's runtime) and the static checks (scripts/check-static.sh)
  clang-14 libclang-rt-14-dev clang-tidy clang-format
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi
