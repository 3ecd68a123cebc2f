#!/usr/bin/env bash
# Fuzzes the document pipeline (tests/fuzz/fuzz_document.cpp: parse → validate → evaluate → draft →
# .docx and print page, salvage, and the saved document read back) with libFuzzer for SECONDS
# (default 60). Builds the `fuzz` preset with clang into build/fuzz (SX_FUZZ_BUILD=<dir> for
# another; a tree configured with SX_BUILD_FUZZERS, as the `sanitize` preset is, is built as it
# is), seeds it with tests/fixtures and tests/export/fixtures (the bad ones included) copied at
# run time, prints libFuzzer's final stats and fails on any crash, leak, timeout or broken check.
# The corpus it grows stays in <build>/corpus; a failing input is left in <build>/artifacts/ and
# becomes a fixture in tests/fixtures/fuzz/. Arguments after SECONDS go to libFuzzer.
# Usage: scripts/fuzz.sh [seconds] [libFuzzer flags…]
set -euo pipefail
seconds="${1:-60}"
shift $(($# > 0 ? 1 : 0))
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${SX_FUZZ_BUILD:-build/fuzz}"

# A tree already built with the fuzzers (scripts/test.sh passes build/sanitize, which has them) is
# used as it is: configuring it with the `fuzz` preset would drop its tests.
if ! grep -q '^SX_BUILD_FUZZERS:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  cmake --preset fuzz -B "$build" >/dev/null
fi
cmake --build "$build" --target fuzz_document --parallel 2 >/dev/null

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$build/corpus" "$build/artifacts"
# Named after their folder as well (fixtures_bad_truncated.json), so that none overwrites another.
while IFS= read -r -d '' file; do
  name="${file#tests/}"
  cp "$file" "$seeds/${name//\//_}"
done < <(find tests/fixtures tests/export/fixtures -type f -print0)

log="$build/fuzz.log"
status=0
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  "$build/tests/fuzz/fuzz_document" -max_total_time="$seconds" -print_final_stats=1 \
  -dict=tests/fuzz/document.dict -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$build/artifacts/" "$@" "$build/corpus" "$seeds" >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  tail -n 80 "$log"
  echo "fuzz: failed (libFuzzer exit $status); the input is in $build/artifacts/, the whole log in $log" >&2
  exit 1
fi
# The start and the end (executions, cov: and ft: coverage, corpus), then the final stats.
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::' "$log"
echo "corpus: $(find "$build/corpus" -type f | wc -l) inputs in $build/corpus"
