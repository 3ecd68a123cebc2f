#!/usr/bin/env bash
# The Word 审核情况表 of `assess review --docx` (第十条) as LibreOffice Writer prints it: it opens,
# its pages are A4, the table lists every file with its decision, and the 初审意见 box, the seal
# and the date are on the page. The pages are left as PNGs in build/test-artifacts/ to look at.
# Usage: test_sheet_libreoffice.sh ASSESS FIXTURES [ARTIFACTS] — exit 77 (CTest: skipped) without soffice.
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fixtures="$(cd "$2" && pwd)"; artifacts="${3:-}"
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  echo "SKIPPED: soffice or pdftotext is not installed, so the sheet was not printed"
  exit 77
fi
. "$(dirname "$0")/check_lib.sh"

# Thirty enterprises (two pages of table), one broken file, a review file's decisions are not
# needed: the sheet's decision column is empty until the reviewer decides.
python3 - "$fixtures" "$work" <<'PY'
import json, sys
fixtures, work = sys.argv[1], sys.argv[2]
base = [json.load(open(f"{fixtures}/{n}", encoding="utf-8")) for n in ("discrete-full.json", "process-full.json")]
for i in range(30):
    doc = json.loads(json.dumps(base[i % 2]))
    doc["enterprise"]["name"] = f"绍兴市示例企业第{i + 1:02d}号有限公司"
    json.dump(doc, open(f"{work}/{i + 1:02d}.json", "w", encoding="utf-8"), ensure_ascii=False)
open(f"{work}/99-broken.json", "w").write("{")
PY
(cd "$work" && "$assess" review [0-9]*.json --year 2020 --docx sheet.docx) >/dev/null 2>&1
check "assess review --docx writes the sheet" test -s "$work/sheet.docx"
timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/sheet.docx" >/dev/null 2>&1
check "LibreOffice Writer prints it" test -s "$work/sheet.pdf"
pdftotext -layout "$work/sheet.pdf" "$work/sheet.txt" 2>/dev/null
pages=$(pdfinfo "$work/sheet.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
check "A4 landscape pages (842 x 595 pt)" bash -c "pdfinfo '$work/sheet.pdf' | grep -q 'Page size: *841.89 x 595.* (A4)'"
check "31 files on three to six pages (got ${pages:-0})" test "${pages:-0}" -ge 3 -a "${pages:-0}" -le 6
txt() { tr -d ' \n' < "$work/sheet.txt"; }
check "the title" bash -c "tr -d ' \n' < '$work/sheet.txt' | grep -q 绍兴市传统产业智能化改造项目认定申报审核情况表"
check "every enterprise, a line each" bash -c "test \$(tr -d ' ' < '$work/sheet.txt' | grep -c '绍兴市示例企业第[0-3][0-9]号有限公司') = 30"
check "the broken file with its reason" bash -c "tr -d ' \n' < '$work/sheet.txt' | grep -q '99-broken.json'"
check "the header row repeats on every page of the table" bash -c "test \$(grep -c '企业名称' '$work/sheet.txt') -ge \$(( ${pages:-0} - 1 ))"
check "the 初审意见 box, the seal and the date on the last page" bash -c \
  "pdftotext -f $pages -l $pages '$work/sheet.pdf' - | tr -d ' \n' | grep -q '初审意见（第十条）：.*（盖章）年月日'"
if [ -n "$artifacts" ] && command -v pdftoppm >/dev/null 2>&1; then
  mkdir -p "$artifacts" && pdftoppm -r 60 -png "$work/sheet.pdf" "$artifacts/review-sheet" && cp "$work/sheet.pdf" "$artifacts/review-sheet.pdf"
fi
checks_done
