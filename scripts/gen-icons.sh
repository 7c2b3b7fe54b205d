#!/usr/bin/env bash
# Renders assets/icons/huixuan.svg into the PNG sizes desktops look for
# (assets/icons/png/NN.png, committed). Needs rsvg-convert (librsvg2-bin),
# only to regenerate; the build and the package use the committed files.
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
mkdir -p png
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" huixuan.svg -o "png/$s.png"
done
