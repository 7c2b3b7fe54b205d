#!/usr/bin/env bash
# Shared by run.sh and test.sh: install what is missing from Debian's
# packages (scripts/debian-packages.txt is the one list), then configure and
# build into build/. Sourced, not run.
set -euo pipefail
HX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

hx_missing_packages() {
  local pkgs
  pkgs=$(cat "$HX_ROOT/scripts/debian-packages.txt" "$HX_ROOT/scripts/runtime-packages.txt" | grep -v -E '^\s*(#|$)')
  # dpkg-query prints "install ok installed" only for packages really installed.
  for p in $pkgs; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' || echo "$p"
  done
}

hx_install_packages() {
  local missing
  missing=$(hx_missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  echo "huixuan: installing Debian packages: $missing"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  else
    echo "huixuan: these packages are missing; install them and run again:" >&2
    echo "  sudo apt-get install $missing" >&2
    exit 1
  fi
}

# hx_build [TARGET…]: configures HX_BUILD_DIR (default build/) once, then
# builds the targets (default all).
hx_build() {
  local gen=() dir="${HX_BUILD_DIR:-$HX_ROOT/build}" targets=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  [ $# -gt 0 ] && targets=(--target "$@")
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$HX_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}
