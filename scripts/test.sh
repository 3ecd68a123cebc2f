#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native unit, CLI and
# export tests through CTest, the same under the sanitizers, a minute of fuzzing, then the browser
# tests against the built web app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh test
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native
# The same tests under ASan + UBSan (clang), then the document fuzzer for a minute.
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize
scripts/fuzz.sh 60
scripts/build-web.sh
node --test tests/browser/
