#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native unit, CLI and
# export tests through CTest, the same under the sanitizers, a minute of fuzzing, then the browser
# tests against the built web app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# Each stage's start, with the seconds since the run began (the whole must stay under 30 minutes).
stage() { echo "== [${SECONDS}s] $*"; }
stage "dependencies"
scripts/install-deps.sh test
stage "native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native
# The same tests under ASan + UBSan (clang), then the document fuzzer for a minute.
stage "sanitizer build and tests"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize
stage "fuzzing"
scripts/fuzz.sh 60
stage "web build"
scripts/build-web.sh
stage "browser tests"
node --test tests/browser/
stage "done"
