#!/usr/bin/env bash
# Installs what the build and the tests need, from Debian's packages and the npm registry only,
# skipping whatever is already there. Usage: scripts/install-deps.sh serve|test
set -euo pipefail
profile="${1:-test}"
root="$(cd "$(dirname "$0")/.." && pwd)"

# Packages by the command or file that shows they are installed.
serve_packages=(
  "cmake:cmake" "g++:g++" "make:make" "emcc:emscripten" "python3:python3"
  "/usr/include/nlohmann/json.hpp:nlohmann-json3-dev"
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk"
  "/usr/lib/python3/dist-packages/fontTools:python3-fonttools"
  "/usr/lib/python3/dist-packages/PIL:python3-pil"
  "/usr/share/nodejs/acorn:node-acorn"
  "brotli:brotli"
  # tools/dist/finish_dist.py: the split of app.wasm, and the scripts minified.
  "wasm-split:binaryen" "/usr/share/nodejs/uglify-js:node-uglify-js"
)
test_packages=(
  "/usr/include/gtest/gtest.h:libgtest-dev"
  "/usr/include/benchmark/benchmark.h:libbenchmark-dev"
  "chromium:chromium" "node:nodejs" "npm:npm" "brotli:brotli"
  "libreoffice:libreoffice-writer-nogui" "pdftotext:poppler-utils" "xmllint:libxml2-utils"
  "/usr/lib/libreoffice/program/libsclo.so:libreoffice-calc-nogui"
  "unzip:unzip"
  # The result picture's test reads its QR code back (tests/browser/picture.test.mjs).
  "zbarimg:zbar-tools"
  # The sanitizer build and the fuzzer (scripts/fuzz.sh): bookworm's clang is 14, and its
  # ASan/UBSan/libFuzzer runtimes come in a package of their own.
  "clang:clang" "/usr/lib/clang/14/lib/linux/libclang_rt.fuzzer-x86_64.a:libclang-rt-14-dev"
  # Links its ~60 test programs in a third of GNU ld's time (0.5 s against 1.6 s each).
  "ld.lld:lld"
)

wanted=("${serve_packages[@]}")
[ "$profile" = "test" ] && wanted+=("${test_packages[@]}")

missing=()
for entry in "${wanted[@]}"; do
  probe="${entry%%:*}"
  package="${entry#*:}"
  if [[ "$probe" == /* ]]; then
    [ -e "$probe" ] || missing+=("$package")
  else
    command -v "$probe" >/dev/null 2>&1 || missing+=("$package")
  fi
done
# apt-get source (scripts/fetch-sources.sh) needs the source archive keys and tools of apt itself.
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$profile" = "test" ]; then
  # playwright-core drives Debian's Chromium; it never downloads a browser of its own.
  (cd "$root/tests/browser" && { { [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ]; } || npm ci --no-audit --no-fund --loglevel=error; })
fi

# Dear ImGui, zlib/minizip and qrcodegen, compiled from Debian's source packages (pinned, hash-checked).
"$root/scripts/fetch-sources.sh"
