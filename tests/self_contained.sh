#!/usr/bin/env bash
# Nothing in the build, the tests, the scripts or the docs reaches outside
# the checkout: no path climbs to a sibling of the repository, and no file
# names this machine's own folders. (The suite itself is also run from a
# clone with nothing beside it; see README, "Checking a clean clone".)
set -euo pipefail
cd "$1"
sibling='\.\./'"shared"
hits=$(git ls-files -z | xargs -0 grep -I -n -E "$sibling|/work/(main|shared)" -- 2>/dev/null || true)
if [ -n "$hits" ]; then
  echo "these lines reach outside the repository:"
  echo "$hits"
  exit 1
fi
echo "no file reaches outside the repository ($(git ls-files | wc -l) files read)"
