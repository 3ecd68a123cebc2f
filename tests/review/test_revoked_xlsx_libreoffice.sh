#!/usr/bin/env bash
# A revoked list (第十四条) kept in a spreadsheet (issue 16): LibreOffice Calc turns a CSV into an
# .xlsx as a bureau's own Excel file would be (shared strings, years as numbers, dates as date
# cells), `assess review --revoked LIST.xlsx` flags the listed enterprise, and a bad row refuses
# the list naming the sheet's row.
# Usage: test_revoked_xlsx_libreoffice.sh ASSESS FIXTURES — exit 77 (CTest: skipped) without soffice.
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fixtures="$(cd "$2" && pwd)"
if ! command -v soffice >/dev/null 2>&1; then
  echo "SKIPPED: soffice (LibreOffice) is not installed, so no .xlsx list was made"
  exit 77
fi
. "$(dirname "$0")/check_lib.sh"

# discrete-full.json's code revoked on 2019-06-30 (a date), two others by year; the bad list has a
# wrong check character on its fourth row.
cat > "$work/list.csv" <<'CSV'
统一社会信用代码,撤销年份,备注
91330603MA2BK7L37A,2019-06-30,经复核撤销
91330604MA2D4C8Q0R,2015,
CSV
cat > "$work/bad.csv" <<'CSV'
统一社会信用代码,撤销年份
91330603MA2BK7L37A,2019
91330604MA2D4C8Q0R,2015
91330603MA2BK7L37B,2018
CSV
cp "$fixtures/discrete-full.json" "$fixtures/process-full.json" "$work/"
timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless --infilter=CSV:44,34,76,1 \
  --convert-to xlsx --outdir "$work" "$work/list.csv" "$work/bad.csv" >/dev/null 2>&1
check "LibreOffice Calc makes the .xlsx lists" test -s "$work/list.xlsx" -a -s "$work/bad.xlsx"
check "…with shared strings, as Excel writes text" bash -c "unzip -Z1 '$work/list.xlsx' | grep -qx xl/sharedStrings.xml"
check "…and the date as a date cell (a number with a date style)" \
  bash -c "unzip -p '$work/list.xlsx' xl/worksheets/sheet1.xml | grep -q '<c r=\"B2\" s=\"[1-9][0-9]*\" t=\"n\"><v>43646</v>'"

(cd "$work" && "$assess" review discrete-full.json process-full.json --year 2020 --revoked list.xlsx --csv review.csv) \
  >"$work/out" 2>&1
check "assess review takes the .xlsx list" test -s "$work/review.csv"
has() {  # has PYTHON-EXPRESSION over rows (the review's CSV, header first)
  python3 -c "
import csv, sys
rows = list(csv.reader(open('$work/review.csv', encoding='utf-8-sig').read().splitlines()))
sys.exit(0 if ($1) else 1)"
}
check "the code revoked in 2019 is flagged in 2020 (within three years)" has "'revoked' in rows[1][12].split(';')"
check "the one revoked in 2015 is not (more than three years before)" has "'revoked' not in rows[2][12].split(';')"

(cd "$work" && "$assess" review discrete-full.json --year 2020 --revoked bad.xlsx --csv bad-review.csv) >"$work/bad-out" 2>&1
status=$?
check "a bad row refuses the list (exit 1, nothing written)" test "$status" = 1 -a ! -e "$work/bad-review.csv"
check "…naming the sheet's row 4 and the check character" grep -q "bad.xlsx: 第 4 行：统一社会信用代码“91330603MA2BK7L37B”的校验码应为 A" "$work/bad-out"
checks_done
