#!/usr/bin/env bash
# Builds the WebAssembly app into build/web/dist/ (cmake --preset web; Debian's Emscripten needs
# NODE_PATH to find its acorn, ../shared/notes/stack.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
cmake --preset web >/dev/null
cmake --build --preset web
