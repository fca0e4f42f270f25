#!/usr/bin/env bash
# Builds Sala's Debian package and checks it: set-up, the release build of what the package holds,
# cpack, then the package is unpacked into a throw-away root (dpkg -x, no root needed) and every
# file it must hold, its control fields and both programs are checked there. See docs/packaging.md.
#
# Usage: scripts/package.sh [--install] [--build-dir DIR]
#   --install    also install the package with apt (as root) and start both installed programs
#   --build-dir  the release build folder to use (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

install=0
build=build/release
while (($#)); do
  case $1 in
    --install) install=1 ;;
    --build-dir) build=${2:?--build-dir needs a folder}; shift ;;
    *) echo "usage: scripts/package.sh [--install] [--build-dir DIR]" >&2; exit 64 ;;
  esac
  shift
done

step() { printf '\n== %s\n' "$*"; }
fail() { echo "package: $*" >&2; exit 1; }

step "set-up"
bash scripts/setup.sh

step "release build of sala, sala-cli and the icons ($build)"
# cpack installs from the build folder; without this it would first build every test and
# benchmark of the release preset, which the package does not hold.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$build" --target sala sala-cli sala_hicolor_icons

step "cpack"
rm -f "$build"/package/sala_*.deb
cpack --config "$build/CPackConfig.cmake" -B "$build/package" >/dev/null
debs=("$build"/package/sala_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack wrote no package into $build/package"
deb=$(readlink -f "${debs[0]}")
echo "$deb ($(du -h "$deb" | cut -f1))"

step "checking the package in a throw-away root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb --field "$deb" Package Version Architecture Maintainer Section Depends Recommends | tee "$tmp/control"
dpkg -x "$deb" "$tmp/root"
r=$tmp/root/usr
problems=0
need() { [[ -e $r/$1 ]] || { echo "missing: /usr/$1"; problems=$((problems + 1)); }; }
need bin/sala
need bin/sala-cli
need share/applications/org.sala.Sala.desktop
need share/metainfo/org.sala.Sala.metainfo.xml
need share/icons/hicolor/scalable/apps/org.sala.Sala.svg
for size in 16 22 24 32 48 64 128 256 512; do
  png=share/icons/hicolor/${size}x${size}/apps/org.sala.Sala.png
  need "$png"
  [[ -f $r/$png ]] && ! file "$r/$png" | grep -q "PNG image data, $size x $size" &&
    { echo "wrong size: /usr/$png is $(file -b "$r/$png")"; problems=$((problems + 1)); }
done
for doc in README.md LICENSE copyright docs/user-guide.md docs/packaging.md docs/roster.md docs/run-mode.md \
           docs/plan-format.md docs/building-on-windows-and-macos.md docs/screenshots/plan-mode.png; do
  need "share/doc/sala/$doc"
done
for field in "Package: sala" "Section: education" "fonts-noto-core" "libqt6sql6-sqlite" "libqt6svg6" "libqt6widgets6" \
             "libqt6multimedia6" "libspdlog" "libc6"; do
  grep -q "$field" "$tmp/control" || { echo "control: no $field"; problems=$((problems + 1)); }
done
[[ -x $r/bin/sala && -x $r/bin/sala-cli ]] || { echo "the programs are not executable"; problems=$((problems + 1)); }
file "$r/bin/sala" | grep -q "stripped" && ! file "$r/bin/sala" | grep -q "not stripped" ||
  { echo "/usr/bin/sala is not stripped"; problems=$((problems + 1)); }
desktop-file-validate "$r/share/applications/org.sala.Sala.desktop" || problems=$((problems + 1))
appstreamcli validate --no-net "$r/share/metainfo/org.sala.Sala.metainfo.xml" >/dev/null ||
  { appstreamcli validate --no-net "$r/share/metainfo/org.sala.Sala.metainfo.xml"; problems=$((problems + 1)); }

# The unpacked programs run against the system's libraries, as they will once installed.
version=$(sed -n 's/^project(Sala VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config XDG_RUNTIME_DIR=$tmp/home/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Runs a command that must succeed and, when given, print the expected text.
run_check() {  # what, expected text or "", command...
  local what=$1 expected=$2 out status=0; shift 2
  out=$("$@" 2>&1) || status=$?
  if ((status == 0)) && { [[ -z $expected ]] || grep -q -- "$expected" <<<"$out"; }; then echo "ok: $what"; else
    echo "FAILED: $what (exit $status): $out"; problems=$((problems + 1)); fi
}
run_check "sala --version" "Sala $version" env QT_QPA_PLATFORM=offscreen "$r/bin/sala" --version
run_check "sala-cli --version" "$version" "$r/bin/sala-cli" --version
run_check "sala-cli demo" "" "$r/bin/sala-cli" demo --db "$tmp/demo.db"
run_check "sala-cli db check" "" "$r/bin/sala-cli" db check --db "$tmp/demo.db"
run_check "sala opens the demo database and quits once shown" "" \
  timeout 60 env QT_QPA_PLATFORM=offscreen "$r/bin/sala" --db "$tmp/demo.db" --quit-when-shown

if ((install)); then
  step "apt install"
  [[ $(id -u) -eq 0 ]] || fail "--install needs root (apt installs into /usr)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  run_check "installed sala --version" "Sala $version" env QT_QPA_PLATFORM=offscreen /usr/bin/sala --version
  run_check "installed sala-cli --version" "$version" /usr/bin/sala-cli --version
  run_check "installed sala opens the demo database" "" \
    timeout 60 env QT_QPA_PLATFORM=offscreen /usr/bin/sala --db "$tmp/demo.db" --quit-when-shown
  echo "installed; remove with: apt-get remove sala"
fi

((problems == 0)) || fail "$problems problem(s) with $deb"
echo
echo "package: $deb is complete"
