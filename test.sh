#!/usr/bin/env bash
# The tests. Installs what is missing, builds, runs ctest; ends with ctest's summary.
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
hx_install_packages
hx_build
cd "$HX_ROOT/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
