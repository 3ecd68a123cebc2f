# Sourced by the LibreOffice check scripts here: a scratch folder removed on exit, and `check NAME
# COMMAND…`, which runs the command quietly, prints ok/FAIL and counts. The script ends with
# `checks_done`, which prints the counts and fails when any check did.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() {
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
checks_done() {
  echo "$passed passed, $failed failed"
  test "$failed" -eq 0
}
