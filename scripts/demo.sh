#!/usr/bin/env bash
# What ./run.sh runs after building: the console when there is a display,
# otherwise the headless demo — the founding congress played through the
# engine, with its result, workspace and journal left in out/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build
OUT=out/demo
mkdir -p "$OUT"
"$BIN/cli/huixuan-cli" run assets/scenarios/founding-congress.json --out "$OUT"
WS="$OUT/workspace.huixuan"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN/qml/huixuan" "$WS"
fi
echo
echo "== 无显示器：无界面演示 (no display: headless demo)"
"$BIN/cli/huixuan-cli" verify "$WS"
"$BIN/cli/huixuan-cli" log "$WS" > "$OUT/journal.txt"
"$BIN/cli/huixuan-cli" roster export "$WS" "$OUT/roster.xlsx" > /dev/null
python3 - "$OUT/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
for m in r["meetings"]:
    print(f"{m.get('title', m['id'])}：应到 {m['expected']} 名，实到 {m['present']} 名")
    for part in [m] + ([m["first_plenary"]] if "first_plenary" in m else []):
        for c in part["contests"]:
            names = "、".join(e["name"] for e in c["elected"])
            print(f"  {c['id']}（{c['seats']} 名）当选：{names}")
PY
echo
echo "结果 (result):       $OUT/result.json"
echo "工作区 (workspace):  $WS"
echo "日志 (journal):      $OUT/journal.txt"
echo "名册 (roster):       $OUT/roster.xlsx"
