#!/usr/bin/env bash
# Drives the founding congress through the console's screens offscreen, then
# checks the figures against the independently computed ones and that every
# main screen and the projector were captured at both sizes. Then drives a
# committee's two-and-a-half-year term (register, executive meetings, a
# by-election) through the screens: the same figures, and the same register,
# as the engine gives for the scenario file.
set -euo pipefail
huixuan=$1
root=$2
compare=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$huixuan" --drive "$root/assets/scenarios/founding-congress.json" --workspace-out "$work/fc.huixuan" --screenshots "$work/shots"
"$compare" "$work/fc.huixuan.result.json" "$root/tests/fixtures/founding-congress/expected.json"
shots=$(ls "$work/shots"/*.png | wc -l)
echo "screenshots: $shots"
[ "$shots" -eq 22 ]

term="$root/tests/fixtures/executive-term"
"$huixuan" --drive "$term/scenario.json" --workspace-out "$work/term.huixuan"
"$compare" "$work/term.huixuan.result.json" "$term/expected.json"
python3 - "$work/term.huixuan.result.json" "$term/result.json" <<'PY'
import json, sys
got, want = (json.load(open(p)) for p in sys.argv[1:3])
assert got["register"] == want["register"], "the register driven through the screens differs"
for g, w in zip(got["meetings"], want["meetings"]):
    for key in ("topics", "duty_reports", "reviews", "absent_without_leave"):
        assert g.get(key) == w.get(key), (g["id"], key)
print("register through the screens: same as the engine's")
PY

# A congress prepared on screen: plan, candidate list, approvals, then the vote.
prep="$root/tests/fixtures/founding-preparation"
python3 - "$prep" "$work" <<'PY'
import json, sys
prep, work = sys.argv[1:3]
for name, out in (("scenario.json", "prep.json"), ("expected.json", "prep.expected.json")):
    d = json.load(open(f"{prep}/{name}"))
    d["meetings"] = [m for m in d["meetings"] if m["id"] == "prepared"]
    json.dump(d, open(f"{work}/{out}", "w"), ensure_ascii=False)
PY
"$huixuan" --drive "$work/prep.json" --workspace-out "$work/prep.huixuan"
"$compare" "$work/prep.huixuan.result.json" "$work/prep.expected.json"
