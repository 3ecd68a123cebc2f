#!/usr/bin/env bash
# The `assess` command line, end to end (spec "The command-line tool"): exit codes, the JSON shape
# of `assess score`, standard input, CSV over many files, hostile input, `assess review`.
# Usage: test_cli.sh ASSESS FIXTURES — prints one line per check, then "N passed, M failed".
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fixtures="$(cd "$2" && pwd)"
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

# The time bound of the "within 2 seconds" checks: they catch work that grows out of proportion;
# under ASan (the sanitize preset) every step is several times slower (as sx_test::kSlowdown).
limit_ms=2000
if grep -q __asan_init "$assess"; then limit_ms=10000; fi
json_has() {  # json_has FILE PYTHON-EXPRESSION-over-d
  python3 -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); sys.exit(0 if ($2) else 1)" "$1"
}
csv_has() {  # csv_has FILE PYTHON-EXPRESSION-over-rows (a list of lists, header first)
  python3 -c "
import csv,sys
raw=open(sys.argv[1],'rb').read()
rows=list(csv.reader(raw.decode('utf-8-sig').splitlines()))
sys.exit(0 if ($2) else 1)" "$1"
}

# --- Exit codes: 0 scored, 2 not a valid document, 1 anything else
for good in discrete-full process-full discrete-partial; do
  check "$good.json exits 0" test "$(status_of "$assess" score "$fixtures/$good.json")" = 0
done
check "missing file exits 1" test "$(status_of "$assess" score "$work/nope.json")" = 1
check "a directory exits 1" test "$(status_of "$assess" score "$work")" = 1
"$assess" score "$work/nope.json" 2>"$work/err" >/dev/null
check "missing file: the message names it" grep -q "nope.json: cannot read" "$work/err"
check "usage: no arguments exits 1" test "$(status_of "$assess")" = 1
check "usage: score without a file exits 1" test "$(status_of "$assess" score)" = 1
check "usage: score with two files exits 1" test "$(status_of "$assess" score "$fixtures/discrete-full.json" "$fixtures/process-full.json")" = 1
check "usage: --csv without files exits 1" test "$(status_of "$assess" score --csv)" = 1
check "usage: unknown command exits 1" test "$(status_of "$assess" rank x.json)" = 1
"$assess" score 2>"$work/err" >"$work/out"
check "usage: printed on stderr, nothing on stdout" bash -c "grep -q '^usage: assess score FILE' '$work/err' && test ! -s '$work/out'"
check "--help exits 0 with usage on stdout" bash -c "'$assess' --help | grep -q '^usage:'"
bad_count=0
for bad in "$fixtures"/bad/*.json; do
  bad_count=$((bad_count + 1))
  name="$(basename "$bad")"
  check "$name exits 2" test "$(status_of "$assess" score "$bad")" = 2
  "$assess" score "$bad" >"$work/out" 2>"$work/err"
  check "$name: nothing on stdout" test ! -s "$work/out"
  check "$name: one 'path: 中文 / English' line on stderr" \
    bash -c "test \$(wc -l <'$work/err') -eq 1 && grep -qE '^(\\(document\\)|line [0-9]+, column [0-9]+|[^ ]+): .+ / .+\$' '$work/err'"
done
check "all ten bad fixtures are there" test "$bad_count" = 10
"$assess" score "$fixtures/bad/unknown-option.json" 2>"$work/err" >/dev/null
check "error names the JSON path" grep -qx 'answers\["2.1"\]\[1\]: 未知选项 "cax" / unknown option "cax"' "$work/err"
"$assess" score "$fixtures/bad/out-of-range.json" 2>"$work/err" >/dev/null
check "range error names the metric" grep -q '^metrics.cnc_rate: .* / value 140 is outside \[0, 100\]$' "$work/err"
"$assess" score "$fixtures/bad/figure-overflow.json" 2>"$work/err" >/dev/null
check "a figure past its published bound is refused with its path" \
  grep -qx 'figures.key_equipment: 数值 10000000000 超出范围 \[0, 1000000\] / value 10000000000 is outside \[0, 1000000\]' "$work/err"
"$assess" score "$fixtures/bad/duplicate-key.json" 2>"$work/err" >/dev/null
check "a duplicate key is refused with its path" grep -q '^enterprise.name: 重复的键 "name".* / duplicate key "name"$' "$work/err"
"$assess" score "$fixtures/bad/malformed.json" 2>"$work/err" >/dev/null
check "syntax error gives line and column" grep -q '^line 1, column 51: ' "$work/err"
"$assess" score "$fixtures/bad/invalid-utf8.json" 2>"$work/err" >/dev/null
check "an invalid UTF-8 file gives a valid UTF-8 message" \
  python3 -c "import sys; t=open('$work/err','rb').read().decode('utf-8'); sys.exit(0 if 'ill-formed UTF-8' in t else 1)"
printf '%s' '{"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete","metrics":{"cnc_rate":140,"speed":1},"answers":{"4.3":true}}' >"$work/multi.json"
"$assess" score "$work/multi.json" 2>"$work/err" >/dev/null
check "every problem on its own line (3)" test "$(wc -l <"$work/err")" = 3
check "…in document order" bash -c "cut -d: -f1 '$work/err' | tr '\n' ' ' | grep -qx 'metrics.cnc_rate metrics.speed answers\[\"4.3\"\] '"

# --- The JSON of `assess score`
"$assess" score "$fixtures/discrete-full.json" >"$work/d.json"
check "JSON has the spec's members" json_has "$work/d.json" \
  "all(k in d for k in ['standard','type','total','max','complete','items','sections','categories','modes','recommended'])"
check "standard and type" json_has "$work/d.json" "d['standard'] == 'shaoxing-2019' and d['type'] == 'discrete'"
check "total is 88 of 100, complete" json_has "$work/d.json" "d['total'] == 88 and d['max'] == 100 and d['complete'] is True"
check "15 items with id/points/max/answered/provisional of the right types" json_has "$work/d.json" \
  "len(d['items']) == 15 and all(type(i['id']) is str and type(i['points']) is int and type(i['max']) is int and type(i['answered']) is bool and type(i['provisional']) is bool for i in d['items'])"
check "items in table order" json_has "$work/d.json" \
  "[i['id'] for i in d['items']] == ['1.1','2.1','3.1','3.2','3.3','4.1','4.2','4.3','5.1','6.1','6.2','6.3','6.4','6.5','6.6']"
check "items sum to the total" json_has "$work/d.json" "sum(i['points'] for i in d['items']) == d['total']"
check "sections 1–6 with points and max, maxima 100" json_has "$work/d.json" \
  "[s['id'] for s in d['sections']] == ['1','2','3','4','5','6'] and [s['max'] for s in d['sections']] == [10,10,30,20,4,26] and [s['points'] for s in d['sections']] == [10,8,26,20,2,22]"
check "categories line/workshop/factory with eligible/failed/unknown" json_has "$work/d.json" \
  "list(d['categories']) == ['line','workshop','factory'] and all(set(c) >= {'eligible','failed','unknown'} and type(c['failed']) is list and type(c['unknown']) is list for c in d['categories'].values())"
check "eligible true/true/null" json_has "$work/d.json" \
  "d['categories']['line']['eligible'] is True and d['categories']['workshop']['eligible'] is True and d['categories']['factory']['eligible'] is None and 'factory.new_mode' in d['categories']['factory']['unknown']"
check "five modes with basically_met and counts" json_has "$work/d.json" \
  "list(d['modes']) == ['discrete','process','network','customization','remote'] and all(type(m['basically_met']) is bool and all(type(m[k]) is int for k in ['met','partial','unmet']) for m in d['modes'].values())"
check "recommended is workshop" json_has "$work/d.json" "d['recommended'] == 'workshop'"
"$assess" score "$fixtures/process-full.json" >"$work/p.json"
check "process: 84, 14 items, 5 sections, factory recommended" json_has "$work/p.json" \
  "d['total'] == 84 and len(d['items']) == 14 and len(d['sections']) == 5 and d['recommended'] == 'factory' and d['modes']['process']['basically_met'] is True and d['modes']['process']['met'] == 5"
"$assess" score "$fixtures/discrete-partial.json" >"$work/partial.json"
check "partial: 32, incomplete, nothing recommended, 3.2 provisional, 6.1 forced" json_has "$work/partial.json" \
  "d['total'] == 32 and d['complete'] is False and d['recommended'] is None and [i['id'] for i in d['items'] if i['provisional']] == ['3.2'] and [i['id'] for i in d['items'] if i.get('forced')] == ['6.1'] and [i['id'] for i in d['items'] if not i['answered']] == ['4.3','5.1','6.2','6.4','6.5','6.6']"
check "partial: eligibility false everywhere" json_has "$work/partial.json" \
  "[c['eligible'] for c in d['categories'].values()] == [False, False, False] and d['categories']['line']['failed'] == ['line.cnc_rate']"
check "partial: the gap says 4 more units for a workshop" json_has "$work/partial.json" \
  "any(g['id'] == 'workshop.cnc_rate' and '58%' in g['zh'] and '65%' in g['zh'] and '还需 4' in g['zh'] for g in d['gaps'])"
"$assess" score - <"$fixtures/process-full.json" >"$work/stdin.json"
check "- reads standard input" bash -c "test -s '$work/p.json' && cmp -s '$work/stdin.json' '$work/p.json'"
check "- with a bad document exits 2" test "$(status_of "$assess" score - <"$fixtures/bad/wrong-root.json")" = 2
check "- with nothing exits 2 (empty)" test "$(status_of "$assess" score - </dev/null)" = 2

# --- CSV over many files, a bad one among good ones
header='file,enterprise,credit_code,type,total,complete,line,workshop,factory,recommended,error'
"$assess" score --csv "$fixtures/discrete-full.json" "$fixtures/bad/unknown-option.json" "$fixtures/process-full.json" \
  "$fixtures/discrete-partial.json" >"$work/out.csv"
csv_status=$?
check "CSV with a bad file exits 2" test "$csv_status" = 2
check "CSV starts with the UTF-8 byte order mark, once" bash -c "head -c 3 '$work/out.csv' | od -An -tx1 | grep -q 'ef bb bf' && test \$(grep -c \$'\xef\xbb\xbf' '$work/out.csv') = 1"
check "CSV header" test "$(head -n 1 "$work/out.csv" | tr -d '\r')" = $'\xef\xbb\xbf'"$header"
check "CSV lines end in CRLF" bash -c "test \$(grep -c \$'\r\$' '$work/out.csv') -eq 5"
check "CSV: a header and one row per file, 11 fields each" csv_has "$work/out.csv" "len(rows) == 5 and all(len(r) == 11 for r in rows)"
check "CSV good row" csv_has "$work/out.csv" \
  "rows[1][1:] == ['绍兴市柯桥区示例纺织有限公司','91330603MA2BK7L37A','discrete','88','true','true','true','unknown','workshop',''] and rows[1][0].endswith('discrete-full.json')"
check "CSV bad row: empty fields and the error" csv_has "$work/out.csv" \
  "rows[2][0].endswith('unknown-option.json') and rows[2][1:10] == ['']*9 and rows[2][10] == 'answers[\"2.1\"][1]: 未知选项 \"cax\" / unknown option \"cax\"'"
check "CSV keeps going after the bad file" csv_has "$work/out.csv" \
  "rows[3][3:] == ['process','84','true','unknown','unknown','true','factory',''] and rows[4][3:] == ['discrete','32','false','false','false','false','','']"
"$assess" score --csv "$fixtures/discrete-full.json" "$work/missing.json" >"$work/missing.csv"
check "CSV with an unreadable file exits 1" test $? = 1
check "…and its row says it cannot be read" csv_has "$work/missing.csv" "len(rows) == 3 and rows[2][10].startswith('cannot read')"
"$assess" score --csv "$fixtures/discrete-full.json" "$fixtures/process-full.json" >/dev/null
check "CSV of good files exits 0" test $? = 0
"$assess" score --csv "$fixtures"/bad/*.json >"$work/bad.csv"
check "CSV of bad files only exits 2" test $? = 2
check "…one row each, all with an error, valid UTF-8" csv_has "$work/bad.csv" "len(rows) == 11 and all(r[10] and r[4] == '' for r in rows[1:])"
"$assess" score --csv - <"$fixtures/discrete-partial.json" >"$work/stdin.csv"
check "CSV reads - from standard input" csv_has "$work/stdin.csv" "len(rows) == 2 and rows[1][4] == '32'"
python3 - "$fixtures/discrete-full.json" "$work/hostile.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["enterprise"]["name"] = '=HYPERLINK("x"),"逗号"'
d["enterprise"]["credit_code"] = "+91330603MA2BK7L37A"
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
cp "$work/hostile.json" "$work/=cmd,1.json"
(cd "$work" && "$assess" score --csv hostile.json "=cmd,1.json" >"$work/hostile.csv")
check "CSV quotes commas and quotes and defuses a leading =" grep -qF '"'"'"'=HYPERLINK(""x""),""逗号"""' "$work/hostile.csv"
check "…and a leading + in any field" csv_has "$work/hostile.csv" "rows[1][2] == \"'+91330603MA2BK7L37A\""
check "…and reads back as the intended text" csv_has "$work/hostile.csv" \
  "rows[1][1] == \"'\" + '=HYPERLINK(\"x\"),\"逗号\"' and len(rows[1]) == 11"
check "…a file name too" csv_has "$work/hostile.csv" "rows[2][0] == \"'=cmd,1.json\" and rows[2][4] == '88'"

# --- Hostile input is refused quickly
python3 -c "import sys; sys.stdout.write('[' * 500000)" >"$work/deep.json"
start=$(date +%s%N)
deep_status=$(status_of "$assess" score "$work/deep.json")
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "500000 nested brackets exit 2" test "$deep_status" = 2
check "…within 2 seconds (${elapsed_ms} ms)" test "$elapsed_ms" -lt "$limit_ms"
"$assess" score "$work/deep.json" 2>"$work/err" >/dev/null
check "…saying it is nested too deep" grep -q "nested deeper than 64 levels" "$work/err"
start=$(date +%s%N)
"$assess" score --csv "$work/deep.json" "$fixtures/discrete-full.json" >"$work/deep.csv"
deep_csv_status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "…and in CSV mode: exit 2, the good file still scored (${elapsed_ms} ms)" \
  bash -c "test $deep_csv_status = 2 && test $elapsed_ms -lt $limit_ms && grep -q ',88,' '$work/deep.csv'"
head -c 1000000 /dev/urandom >"$work/random.bin"
check "1 MB of random bytes exit 2" test "$(status_of "$assess" score "$work/random.bin")" = 2
python3 -c "import sys; sys.stdout.write('{\"format\":\"' + 'a' * 1000000)" >"$work/long.json"
"$assess" score "$work/long.json" 2>"$work/err" >/dev/null
long_status=$?
check "a 1 MB unterminated string exits 2 with a short message ($(wc -c <"$work/err") bytes)" \
  bash -c "test $long_status = 2 && grep -q 'missing closing quote' '$work/err' && test \$(wc -c <'$work/err') -lt 1000"

# --- Bounded work on one bad file (issue 9): 1 MiB at most, 20 problems and "and N more"
elapsed_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
too_large='文件超过 1 MiB 的大小上限（申报文件通常只有几 KB） / the file is larger than the 1 MiB limit (documents are a few KB)'
start=$(date +%s%N)
zero_status=$(status_of timeout 20 "$assess" score /dev/zero)
elapsed_ms=$(elapsed_since "$start")
check "/dev/zero exits 2 within 2 seconds (${elapsed_ms} ms)" test "$zero_status" = 2 -a "$elapsed_ms" -lt "$limit_ms"
timeout 20 "$assess" score /dev/zero 2>"$work/err" >/dev/null
check "…naming the file and the limit" grep -qxF "/dev/zero: $too_large" "$work/err"
start=$(date +%s%N)
yes_status=$( (timeout 20 yes '{"a":' | timeout 20 "$assess" score - >/dev/null 2>"$work/err"); echo $?)
elapsed_ms=$(elapsed_since "$start")
check "an endless standard input exits 2 within 2 seconds (${elapsed_ms} ms)" \
  bash -c "test $yes_status = 2 -a $elapsed_ms -lt $limit_ms && grep -qxF -- '-: $too_large' '$work/err'"
mkfifo "$work/fifo"
(timeout 20 yes '[' >"$work/fifo" 2>/dev/null &)
start=$(date +%s%N)
fifo_status=$(status_of timeout 20 "$assess" score "$work/fifo")
elapsed_ms=$(elapsed_since "$start")
check "an endless FIFO exits 2 within 2 seconds (${elapsed_ms} ms)" test "$fifo_status" = 2 -a "$elapsed_ms" -lt "$limit_ms"
# A valid document padded with spaces to exactly the limit, and to one byte more.
pad_to() {  # pad_to SIZE OUT
  python3 -c "
import sys
t = open(sys.argv[1], encoding='utf-8').read().rstrip()
b = t.encode('utf-8')
open(sys.argv[3], 'wb').write(b[:-1] + b' ' * (int(sys.argv[2]) - len(b)) + b[-1:])" "$fixtures/discrete-full.json" "$1" "$2"
}
pad_to 1048576 "$work/at-limit.json"
pad_to 1048577 "$work/over-limit.json"
check "a document of exactly 1 MiB is scored" test "$(status_of "$assess" score "$work/at-limit.json")" = 0
"$assess" score "$work/over-limit.json" 2>"$work/err" >"$work/out"
over_status=$?
check "one byte more exits 2, naming the file and the limit" \
  bash -c "test $over_status = 2 && test ! -s '$work/out' && grep -qxF '$work/over-limit.json: $too_large' '$work/err'"
python3 -c "
import sys
sys.stdout.write('{\"format\":\"sx-retrofit-assessment\",\"version\":1,\"standard\":\"shaoxing-2019\",\"type\":\"discrete\",\"facts\":{\"results\":[' + ','.join(['\"cost\"'] * 100000) + ']}}')" >"$work/repeated.json"
start=$(date +%s%N)
"$assess" score "$work/repeated.json" 2>"$work/err" >/dev/null
repeated_status=$?
elapsed_ms=$(elapsed_since "$start")
check "one option 100000 times exits 2 within 2 seconds (${elapsed_ms} ms)" test "$repeated_status" = 2 -a "$elapsed_ms" -lt "$limit_ms"
check "…with 21 lines: 20 problems and how many more ($(wc -l <"$work/err"))" bash -c "test \$(wc -l <'$work/err') = 21 && \
  head -n 1 '$work/err' | grep -qx 'facts.results\[1\]: 重复的选项 \"cost\" / duplicate option \"cost\"' && \
  tail -n 1 '$work/err' | grep -qx '…: 另有 99979 处问题 / and 99979 more problems'"
# A batch with good files among a bad, a too large, a repeated, an unreadable and an endless one.
"$assess" score --csv "$fixtures/discrete-full.json" "$fixtures/bad/unknown-option.json" "$work/over-limit.json" \
  "$work/repeated.json" "$work/missing.json" /dev/zero "$fixtures/process-full.json" >"$work/batch.csv" 2>"$work/err"
batch_status=$?
check "a mixed batch exits 1 (an unreadable file) with nothing on stderr" bash -c "test $batch_status = 1 && test ! -s '$work/err'"
check "…a row per file, the good ones scored" csv_has "$work/batch.csv" \
  "len(rows) == 8 and rows[1][4] == '88' and rows[7][4] == '84' and all(r[4] == '' and r[10] for r in rows[2:7])"
check "…the too large ones say so" csv_has "$work/batch.csv" \
  "rows[3][10] == rows[6][10] == '$too_large' and rows[6][0] == '/dev/zero'"
check "…the repeated one has 20 problems and how many more in a short cell" csv_has "$work/batch.csv" \
  "len(rows[4][10].split('; ')) == 21 and rows[4][10].endswith('…: 另有 99979 处问题 / and 99979 more problems') and len(rows[4][10]) < 3000"
# Out of memory: a megabyte of empty objects is a tree of some 50 MB. Under a 20 MB address space
# that file's row says so and the others are still scored (ASan's shadow memory cannot run so).
python3 -c "
import sys
sys.stdout.write('{\"format\":\"sx-retrofit-assessment\",\"version\":1,\"standard\":\"shaoxing-2019\",\"type\":\"discrete\",\"project\":{\"x\":[' + ','.join(['{}'] * 340000) + ']}}')" >"$work/heavy.json"
if grep -q __asan_init "$assess"; then
  echo "skip out of memory (an ASan build)"
else
  (ulimit -v 20000; "$assess" score --csv "$fixtures/discrete-full.json" "$work/heavy.json" "$fixtures/process-full.json" \
    >"$work/oom.csv" 2>"$work/err")
  oom_status=$?
  check "out of memory in one file: exit 1, no abort ($oom_status)" test "$oom_status" = 1
  check "…its row says so, the good files are scored" csv_has "$work/oom.csv" \
    "len(rows) == 4 and rows[1][4] == '88' and rows[3][4] == '84' and rows[2][10] == '内存不足，未能处理此文件 / out of memory while reading this file'"
  (ulimit -v 20000; "$assess" score "$work/heavy.json" >/dev/null 2>"$work/err")
  oom_status=$?
  check "…and alone: exit 1 with a message" bash -c "test $oom_status = 1 && grep -qx 'assess: 内存不足 / out of memory' '$work/err'"
  check "…which, with memory enough, is a valid document" test "$(status_of "$assess" score "$work/heavy.json")" = 0
fi

# --- assess export --date: real calendar days only
for date in 2024-02-31 2023-02-29 2024-13-01 2024-00-10 2024-2-3 24-02-03 2024-02-29x; do
  "$assess" export "$fixtures/discrete-full.json" --html "$work/d.html" --date "$date" >/dev/null 2>"$work/err"
  date_status=$?
  check "--date $date exits 1 with a clear message" \
    bash -c "test $date_status = 1 && grep -qxF -- '--date $date: 不是有效的日期（应为 YYYY-MM-DD，2000 年以后的真实日期） / not a real date (YYYY-MM-DD, from 2000)' '$work/err'"
done
check "--date 2024-02-29 is a day (leap year)" \
  bash -c "'$assess' export '$fixtures/discrete-full.json' --html '$work/leap.html' --date 2024-02-29 && grep -q '2024年2月29日' '$work/leap.html'"

# --- Older format versions: a version-0 file (answers in items, metrics at the top level) is
# scored as the same document written in version 1; a newer version exits 2 and says so.
python3 -c "
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
assert d['version'] == 0
out = {}
for k, v in d.items():
    if k == 'version': out[k] = 1
    elif k == 'items': out['answers'] = v
    elif k in ('cnc_rate', 'network_rate', 'efficiency_gain'): out.setdefault('metrics', {})[k] = v
    else: out[k] = v
json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)" "$fixtures/version-0.json" "$work/version-1.json"
check "version-0.json exits 0" test "$(status_of "$assess" score "$fixtures/version-0.json")" = 0
"$assess" score "$fixtures/version-0.json" >"$work/v0.out" 2>"$work/err"
"$assess" score "$work/version-1.json" >"$work/v1.out" 2>/dev/null
check "…scored exactly as its version-1 form, nothing on stderr" \
  bash -c "test -s '$work/v0.out' && cmp -s '$work/v0.out' '$work/v1.out' && test ! -s '$work/err'"
check "…its answers and metrics count (3.1 from cnc_rate 72.5, 4.3 claimed, 6.4 from efficiency_gain)" json_has "$work/v0.out" \
  "[i['points'] for i in d['items'] if i['id'] in ('3.1', '4.3', '6.4')] == [10, 4, 5]"
"$assess" score --csv "$fixtures/version-0.json" >"$work/v0.csv" 2>/dev/null
check "…and in a CSV batch" csv_has "$work/v0.csv" \
  "rows[1][1] == '绍兴市上虞区示例机械有限公司' and rows[1][4] != '' and rows[1][10] == ''"
python3 -c "
import json, sys
d = json.load(open(sys.argv[1], encoding='utf-8'))
d['version'] = 2
json.dump(d, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)" "$fixtures/discrete-full.json" "$work/version-2.json"
"$assess" score "$work/version-2.json" >"$work/out" 2>"$work/err"
newer_status=$?
check "a version-2 file exits 2, saying it is newer" bash -c "test $newer_status = 2 && test ! -s '$work/out' && \
  grep -qxF 'version: 文件的格式版本为 2，是更新版本的自评工具保存的；本工具只能读取版本 0 和 1，请使用最新版本的自评工具打开 / format version 2 was written by a newer version of the tool; this one reads versions 0 and 1' '$work/err'"

# --- assess review (issue 16): the bureau's batch — the score CSV's columns, then category, flags,
# decision, comment; the 申报汇总表 as .xlsx; exit status as `assess score --csv`
check "review: no files exits 1" test "$(status_of "$assess" review --csv "$work/r.csv")" = 1
check "review: no output exits 1" test "$(status_of "$assess" review "$fixtures/discrete-full.json")" = 1
check "review: an unknown option exits 1" test "$(status_of "$assess" review "$fixtures/discrete-full.json" --csv - --pdf x)" = 1
check "review: a year that is none exits 1" test "$(status_of "$assess" review "$fixtures/discrete-full.json" --csv - --year 20x0)" = 1
"$assess" review 2>"$work/err" >/dev/null
check "review: the usage names it" grep -q "assess review FILE… \[--revoked LIST\] \[--year YYYY\] \[--xlsx OUT\] \[--csv OUT\]" "$work/err"
review_header='file,enterprise,credit_code,type,total,complete,line,workshop,factory,recommended,error,category,flags,decision,comment'
"$assess" review "$fixtures/discrete-full.json" "$fixtures/process-full.json" "$fixtures/discrete-partial.json" --csv "$work/review.csv"
check "review of good files exits 0" test $? = 0
check "review CSV: the byte order mark once, the header, CRLF" bash -c "head -c 3 '$work/review.csv' | od -An -tx1 | grep -q 'ef bb bf' && \
  test \"\$(head -n 1 '$work/review.csv')\" = \$'\xef\xbb\xbf''$review_header'\$'\r' && test \$(grep -c \$'\r\$' '$work/review.csv') -eq 4"
"$assess" score --csv "$fixtures/discrete-full.json" "$fixtures/process-full.json" "$fixtures/discrete-partial.json" >"$work/score.csv"
check "review CSV: each row starts as the score CSV's row of the file" python3 -c "
import csv, sys
review = list(csv.reader(open('$work/review.csv', encoding='utf-8-sig').read().splitlines()))
score = list(csv.reader(open('$work/score.csv', encoding='utf-8-sig').read().splitlines()))
sys.exit(0 if len(review) == 4 and all(r[:11] == s for r, s in zip(review, score)) else 1)"
check "review CSV: category, flags, decision, comment" csv_has "$work/review.csv" \
  "[r[11:] for r in rows[1:]] == [['workshop','incomplete','',''], ['factory','incomplete','',''], ['line','category_not_met;incomplete','','']]"
"$assess" review "$fixtures/discrete-full.json" "$fixtures/bad/unknown-option.json" "$work/over-limit.json" \
  "$fixtures/discrete-full.json" "$fixtures/process-full.json" --csv "$work/mixed.csv" 2>"$work/err"
check "review: a bad and a too large file exit 2, nothing on stderr" bash -c "test $? = 2 && test ! -s '$work/err'"
check "…every file has its row, the bad ones their reason" csv_has "$work/mixed.csv" \
  "len(rows) == 6 and rows[1][4] == '88' and rows[5][4] == '84' and rows[2][10].startswith('answers[\"2.1\"][1]: 未知选项') and rows[3][10] == '$too_large'"
check "…the same file twice is counted once" csv_has "$work/mixed.csv" \
  "rows[4][4] == '' and rows[4][10].startswith('与 ') and '内容完全相同（重复提交的文件），只计一次 / the same bytes as' in rows[4][10] and rows[1][12] == 'incomplete'"
"$assess" review "$fixtures/discrete-full.json" "$work/missing.json" --csv "$work/missing-review.csv" 2>/dev/null
check "review: an unreadable file exits 1, its row says so" bash -c "test $? = 1 && python3 -c \"
import csv, sys
rows = list(csv.reader(open('$work/missing-review.csv', encoding='utf-8-sig').read().splitlines()))
sys.exit(0 if len(rows) == 3 and rows[2][10].startswith('无法读取此文件：') and ' / cannot read: ' in rows[2][10] else 1)\""
printf '统一社会信用代码,撤销年份\r\n91330603MA2BK7L37A,2019\r\n' >"$work/revoked.csv"
for case in "2019 revoked" "2022 revoked" "2023 none" "2018 none"; do
  set -- $case
  "$assess" review "$fixtures/discrete-full.json" --revoked "$work/revoked.csv" --year "$1" --csv "$work/revoked-$1.csv"
  if [ "$2" = revoked ]; then expected="'revoked' in rows[1][12].split(';')"; else expected="'revoked' not in rows[1][12].split(';')"; fi
  check "review --revoked, revoked in 2019, review year $1: $2" csv_has "$work/revoked-$1.csv" "$expected"
done
printf '91330603MA2BK7L37A,2019\n91330603MA2BK7L37B,2019\n' >"$work/bad-revoked.csv"
"$assess" review "$fixtures/discrete-full.json" --revoked "$work/bad-revoked.csv" --csv "$work/out.csv" 2>"$work/err"
check "review: a revoked list with a wrong code exits 1, naming its line" bash -c "test $? = 1 && \
  grep -qF 'bad-revoked.csv: 第 2 行：统一社会信用代码“91330603MA2BK7L37B”的校验码应为 A / line 2:' '$work/err'"
check "review: a revoked list that cannot be read exits 1" \
  test "$(status_of "$assess" review "$fixtures/discrete-full.json" --revoked "$work/nope.csv" --csv -)" = 1
"$assess" review "$fixtures/discrete-full.json" "$fixtures/process-full.json" --xlsx "$work/summary.xlsx"
check "review --xlsx writes a zip with the sheet" bash -c "test \$(head -c 2 '$work/summary.xlsx') = PK && unzip -l '$work/summary.xlsx' | grep -q 'xl/worksheets/sheet1.xml'"
"$assess" review "$fixtures/discrete-full.json" --csv - >"$work/stdout.csv"
check "review --csv - writes to standard output" csv_has "$work/stdout.csv" "len(rows) == 2 and rows[1][4] == '88'"

# A standard folder read at run time (`--standard DIR`): a made-up year built here from the 2019
# folder where years really differ — a new id and issue date, line's 数控化率 threshold 60 → 70,
# workshop renamed 数字化车间, a fourth category (智能制造单元) below line, and 表1 with other items
# (1.1 worth 8, a new 5.2). The same year as tests/core/made_up_year.hpp, which the view tests draw.
standards="$(cd "$fixtures/../../core/standards" && pwd)"
year="$work/testland-2031"
cp -r "$standards/shaoxing-2019" "$year"
python3 - "$year" "$fixtures/discrete-full.json" "$work/testland.json" <<'PY'
import json, sys
year, source, doc_out = sys.argv[1:4]
def edit(name, change):
    path = f"{year}/{name}"
    d = json.load(open(path, encoding="utf-8"))
    change(d)
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
def standard(d):
    d["id"], d["issued"] = "testland-2031", "2031-01-01"
def conditions(d):
    for c in d["conditions"]:
        if c["id"] == "line.cnc_rate":
            c["rule"]["min"] = 70
    for c in d["categories"]:
        if c["id"] == "workshop":
            c["title"] = "数字化车间"
    d["categories"].insert(0, {"id": "cell", "title": "智能制造单元", "title_en": "Cell", "article": "第六条之一", "rank": 0})
    d["conditions"].append({"id": "cell.cnc_rate", "category": "cell", "article": "第六条之一", "title": "装备数控化率达到50%以上",
                            "title_en": "CNC rate ≥ 50%", "text": "单元内关键工序装备数控化率达到50%以上。",
                            "evidence": "单元设备清单及数控设备明细",
                            "rule": {"kind": "metric_at_least", "metric": "cnc_rate", "min": 50}})
def tables(d):
    for s in d["discrete"]["sections"]:
        if s["id"] == "1":
            s["max"] = s["items"][0]["points"] = s["items"][0]["max"] = 8
            s["items"][0]["published"] = "□无（0分）\n□有（8分）"
        if s["id"] == "5":
            s["max"] = 6
            s["items"].append({"id": "5.2", "title": "数据备份", "title_en": "Data backup",
                               "text": "生产数据异地备份并定期演练恢复", "text_en": "Off-site backup", "max": 2,
                               "answer": "bool", "points": 2, "published": "□无（0分）\n□有（2分）",
                               "evidence": "备份策略及最近一次恢复演练记录"})
edit("standard.json", standard)
edit("conditions.json", conditions)
edit("tables.json", tables)
doc = json.load(open(source, encoding="utf-8"))
doc["standard"] = "testland-2031"
json.dump(doc, open(doc_out, "w", encoding="utf-8"), ensure_ascii=False)
PY
"$assess" score --standard "$year" "$work/testland.json" >"$work/testland.out" 2>"$work/testland.err"
testland_status=$?
check "--standard DIR: a made-up year scores its own files (exit 0)" test "$testland_status" = 0
check "…with its own threshold: 数控化率 68 no longer meets line (≥ 70)" json_has "$work/testland.out" \
  "d['categories']['line']['eligible'] is False and d['categories']['line']['failed'] == ['line.cnc_rate']"
check "…and its fourth category, met at 68 ≥ 50" json_has "$work/testland.out" \
  "list(d['categories']) == ['cell', 'line', 'workshop', 'factory'] and d['categories']['cell']['eligible'] is True"
check "…and its own 表1: 1.1 worth 8, a 5.2 unanswered" json_has "$work/testland.out" \
  "{i['id']: (i['points'], i['max']) for i in d['items']}['1.1'] == (8, 8) and [i for i in d['items'] if i['id'] == '5.2'][0]['answered'] is False"
"$assess" score --standard "$year" --csv "$work/testland.json" >"$work/testland.csv" 2>/dev/null
check "…and a CSV with a column per category, in the year's order" csv_has "$work/testland.csv" \
  "rows[0][6:11] == ['cell', 'line', 'workshop', 'factory', 'recommended'] and rows[1][6:8] == ['true', 'false']"
check "without --standard the made-up year is unknown (exit 2)" \
  bash -c "test \$('$assess' score '$work/testland.json' >/dev/null 2>&1; echo \$?) = 2"
sed -i 's/"category": "cell"/"category": "cells"/' "$year/conditions.json"
"$assess" score --standard "$year" "$work/testland.json" >"$work/out" 2>"$work/err"
broken_status=$?
check "a malformed standard folder exits 1, naming the file and the condition" bash -c "test $broken_status = 1 && \
  grep -qF 'conditions.json: condition cell.cnc_rate: category \"cells\" is neither' '$work/err'"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
