#!/usr/bin/env bash
# The main job. Installs what is missing, builds, then runs Huixuan: the
# console when there is a display, otherwise the headless demo.
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
hx_install_packages
hx_build
cd "$HX_ROOT"
exec scripts/demo.sh "$@"
