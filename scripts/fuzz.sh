#!/usr/bin/env bash
# The libFuzzer harnesses (tests/fuzz): builds the engine with clang,
# libFuzzer, ASan and UBSan into build-fuzz/ (or $HX_FUZZ_BUILD), then runs each harness on its
# corpus (tests/fuzz/corpus/<name>) for SECONDS (default 600: the ten minutes
# docs/RELIABILITY.md reports). New inputs found go to build-fuzz/corpus, not
# into the repository. Exits non-zero on the first crash, leak or sanitizer report.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
out=${HX_FUZZ_BUILD:-$root/build-fuzz}
cmake -S "$root" -B "$out" -G Ninja -DHX_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" --parallel "$(nproc)" >/dev/null
for name in csv xlsx scenario command verify record; do
  work="$out/corpus/$name"
  mkdir -p "$work"
  cp -n "$root/tests/fuzz/corpus/$name"/* "$work/" 2>/dev/null || true
  echo "fuzz_$name: ${seconds}s"
  "$out/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/crash-$name-" "$work" 2>&1 | grep -aE "^(stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb|==|SUMMARY)" || true
  if ls "$out/crash-$name-"* >/dev/null 2>&1; then
    echo "fuzz_$name found a failing input: $(ls "$out/crash-$name-"*)" >&2
    exit 1
  fi
done
