#!/usr/bin/env bash
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer:
# builds everything with g++ -fsanitize=address,undefined into build-asan/
# (or $HX_ASAN_BUILD) and runs ctest there; any sanitizer report fails the
# test it occurs in. The package tests and the walkthrough are left out (they
# test the installed or the release binaries, and run in ./test.sh).
#   scripts/sanitize.sh [ctest arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${HX_ASAN_BUILD:-$root/build-asan}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$out" --parallel "$(nproc)"
cd "$out"
# Qt's and fontconfig's own allocations at exit are not ours to report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --output-on-failure --parallel "$(nproc)" -E "package|walkthrough|fuzz" "$@"
