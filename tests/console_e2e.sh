#!/usr/bin/env bash
# Drives the founding congress through the console's screens offscreen, then
# checks the figures against the independently computed ones and that every
# main screen and the projector were captured at both sizes.
set -euo pipefail
huixuan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$huixuan" --drive "$root/assets/scenarios/founding-congress.json" --workspace-out "$work/fc.huixuan" --screenshots "$work/shots"
python3 "$root/../shared/scenarios/compare.py" "$work/fc.huixuan.result.json" "$root/../shared/scenarios/founding-congress.expected.json"
shots=$(ls "$work/shots"/*.png | wc -l)
echo "screenshots: $shots"
[ "$shots" -eq 20 ]
