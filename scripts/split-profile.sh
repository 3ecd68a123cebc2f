#!/usr/bin/env bash
# Regenerates tools/split/deferred.txt, the functions app.wasm leaves to app.deferred.wasm
# (tools/dist/split_wasm.py), from the app run in headless Chromium, then rebuilds with it. Run it
# when tests/browser/split.test.mjs says "the start called functions of app.deferred.wasm".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh test
scripts/build-web.sh
node tools/split/profile.mjs
scripts/build-web.sh
