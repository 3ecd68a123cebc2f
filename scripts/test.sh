#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native unit, CLI and
# export tests through CTest under the sanitizers, half a minute of fuzzing (SX_FUZZ_SECONDS), then the browser tests
# against the built web app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# Each stage's start, with the seconds since the run began (the whole must stay under 30 minutes).
stage() { echo "== [${SECONDS}s] $*"; }
stage "dependencies"
scripts/install-deps.sh test
# Every native test under ASan + UBSan (clang): the plain native run (`ctest --preset native`)
# is the same tests, for working on the code; here it would only repeat them.
stage "sanitizer build and tests"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ctest --preset sanitize
stage "fuzzing"
# In the sanitizer tree, which built the fuzzer with the tests: a second build of the core is 70 s.
SX_FUZZ_BUILD=build/sanitize scripts/fuzz.sh "${SX_FUZZ_SECONDS:-30}"
stage "web build"
scripts/build-web.sh
stage "browser tests"
# Two files at a time, the longest first (tests/browser/run.mjs): much of a browser test is waiting
# for the page to settle; three at a time made tests that time real input fail under the load.
node tests/browser/run.mjs
stage "done"
