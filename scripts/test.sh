#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native unit, CLI and
# export tests through CTest, then the browser tests against the built web app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh test
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native
scripts/build-web.sh
node --test tests/browser/
