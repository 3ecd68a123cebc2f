#!/usr/bin/env bash
# The `assess` command line, end to end: exit codes, the JSON shape, CSV over many files, bad input.
# Usage: test_cli.sh ASSESS FIXTURES
set -u
assess="$1"
fixtures="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME COMMAND…  — passes when the command succeeds
  local name="$1"
  shift
  if "$@" >/dev/null 2>&1; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

status_of() { "$@" >/dev/null 2>&1; echo $?; }
json_has() {  # json_has FILE PYTHON-EXPRESSION-over-d
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"
}

# Exit codes
check "valid discrete file exits 0" test "$(status_of "$assess" score "$fixtures/discrete-full.json")" = 0
check "valid process file exits 0" test "$(status_of "$assess" score "$fixtures/process-full.json")" = 0
check "missing file exits 1" test "$(status_of "$assess" score "$work/nope.json")" = 1
check "a directory exits 1" test "$(status_of "$assess" score "$work")" = 1
check "no arguments exits 1" test "$(status_of "$assess")" = 1
check "unknown command exits 1" test "$(status_of "$assess" rank x.json)" = 1
for bad in "$fixtures"/bad/*.json; do
  check "$(basename "$bad") exits 2" test "$(status_of "$assess" score "$bad")" = 2
  check "$(basename "$bad") says why on stderr" test -n "$("$assess" score "$bad" 2>&1 >/dev/null)"
done
"$assess" score "$fixtures/bad/unknown-option.json" 2>"$work/err" >/dev/null
check "error names the JSON path" grep -q 'answers\["2.1"\]\[1\]: .*unknown option "cax"' "$work/err"
"$assess" score "$fixtures/bad/out-of-range.json" 2>"$work/err" >/dev/null
check "range error names the metric" grep -q '^metrics.cnc_rate: ' "$work/err"

# JSON shape
"$assess" score "$fixtures/discrete-full.json" >"$work/d.json"
check "JSON has the spec's members" json_has "$work/d.json" \
  "all(k in d for k in ['standard','type','total','max','complete','items','sections','categories','modes','recommended'])"
check "total is 88 of 100" json_has "$work/d.json" "d['total'] == 88 and d['max'] == 100 and d['complete'] is True"
check "items carry id/points/max/answered/provisional" json_has "$work/d.json" \
  "all(set(['id','points','max','answered','provisional']) <= set(i) for i in d['items']) and len(d['items']) == 15"
check "categories carry eligible/failed/unknown" json_has "$work/d.json" \
  "d['categories']['workshop']['eligible'] is True and d['categories']['factory']['eligible'] is None and 'factory.new_mode' in d['categories']['factory']['unknown']"
check "modes carry basically_met and counts" json_has "$work/d.json" \
  "all(set(['basically_met','met','partial','unmet']) <= set(m) for m in d['modes'].values()) and len(d['modes']) == 5"
check "recommended is workshop" json_has "$work/d.json" "d['recommended'] == 'workshop'"
"$assess" score "$fixtures/process-full.json" >"$work/p.json"
check "process fixture: 84, factory recommended" json_has "$work/p.json" "d['total'] == 84 and d['recommended'] == 'factory'"
"$assess" score - <"$fixtures/process-full.json" >"$work/stdin.json"
check "- reads standard input" cmp -s "$work/stdin.json" "$work/p.json"

# CSV over many files, one bad among good ones
"$assess" score --csv "$fixtures/discrete-full.json" "$fixtures/bad/unknown-option.json" "$fixtures/process-full.json" >"$work/out.csv"
csv_status=$?
check "CSV with a bad file exits 2" test "$csv_status" = 2
check "CSV has a header and one row per file" test "$(wc -l <"$work/out.csv")" = 4
check "CSV good row" grep -q '^.*discrete-full.json,绍兴市柯桥区示例纺织有限公司,91350100M000100Y43,discrete,88,true,true,true,unknown,workshop,' "$work/out.csv"
check "CSV bad row carries the error" grep -q 'unknown-option.json,,,,,,,,,,.*unknown option' "$work/out.csv"
check "CSV keeps going after the bad file" grep -q 'process-full.json,.*,process,84,' "$work/out.csv"
"$assess" score --csv "$fixtures/discrete-full.json" "$work/missing.json" >/dev/null
check "CSV with an unreadable file exits 1" test $? = 1
"$assess" score --csv "$fixtures/discrete-full.json" >/dev/null
check "CSV of good files exits 0" test $? = 0
python3 - "$fixtures/discrete-full.json" "$work/hostile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["enterprise"]["name"] = '=HYPERLINK("x"),"逗号"'
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$assess" score --csv "$work/hostile.json" >"$work/hostile.csv"
check "CSV quotes commas and quotes and defuses formulas" grep -qF '"'"'"'=HYPERLINK(""x""),""逗号"""' "$work/hostile.csv"

# Hostile input is refused quickly
python3 -c "print('[' * 500000)" >"$work/deep.json"
start=$(date +%s%N)
deep_status=$(status_of "$assess" score "$work/deep.json")
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "500000 nested brackets exit 2" test "$deep_status" = 2
check "…within 2 seconds (${elapsed_ms} ms)" test "$elapsed_ms" -lt 2000
head -c 3000000 /dev/urandom >"$work/random.bin"
check "random bytes exit 2" test "$(status_of "$assess" score "$work/random.bin")" = 2

echo "$passed passed, $failed failed"
test "$failed" -eq 0
