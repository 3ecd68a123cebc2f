#!/usr/bin/env bash
# Builds the web app and the bare ImGui floor, serves both and prints the performance table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh test
scripts/build-web.sh
NODE_PATH=/usr/share/nodejs cmake --build --preset web --target floor
node tools/perf/perf.mjs
