#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves it at http://127.0.0.1:8080/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/install-deps.sh serve
scripts/build-web.sh
port="${PORT:-8080}"
echo "serving build/web/dist at http://127.0.0.1:${port}/  (Ctrl+C stops)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/web/dist
