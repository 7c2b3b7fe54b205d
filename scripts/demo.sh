#!/usr/bin/env bash
# What ./run.sh runs after building: the console when there is a display,
# otherwise a headless demo that leaves a real workspace and its records in out/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build
OUT=out/demo
mkdir -p "$OUT"
WS="$OUT/星光社区妇联.huixuan"
if [ ! -f "$WS" ]; then
  "$BIN/cli/huixuan-cli" init "$WS" --name 渝中区石油路街道星光社区妇女联合会 --kind community \
      --party-org 中共渝中区石油路街道星光社区委员会 --upper 渝中区石油路街道妇女联合会
  "$BIN/cli/huixuan-cli" roster import "$WS" assets/roster-sample.csv --commit
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN/qml/huixuan" "$WS"
fi
echo
echo "== 无显示器：运行无界面演示 (no display: headless demo)"
"$BIN/cli/huixuan-cli" roster export "$WS" "$OUT/roster.xlsx"
"$BIN/cli/huixuan-cli" verify "$WS"
"$BIN/cli/huixuan-cli" log "$WS" > "$OUT/journal.txt"
echo
echo "工作区 (workspace):   $WS"
echo "名册 (roster):        $OUT/roster.xlsx"
echo "日志 (journal):       $OUT/journal.txt"
