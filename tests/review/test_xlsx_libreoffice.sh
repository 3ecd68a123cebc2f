#!/usr/bin/env bash
# The 申报汇总表 of `assess review --xlsx` as a spreadsheet reads it (issue 16): every part is
# well-formed XML (xmllint), and LibreOffice Calc (headless) converts the workbook to CSV with every
# text cell quoted, so a total that comes back unquoted was a number in the sheet. The rows, the
# Chinese and the numbers must match the review's own CSV of the same files.
# Usage: test_xlsx_libreoffice.sh ASSESS FIXTURES — exit 77 (CTest: skipped) without soffice.
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fixtures="$(cd "$2" && pwd)"
if ! command -v soffice >/dev/null 2>&1; then
  echo "SKIPPED: soffice (LibreOffice) is not installed, so the .xlsx was not read back by a spreadsheet"
  exit 77
fi
. "$(dirname "$0")/check_lib.sh"

# A batch: both types, a second file of one code declaring another category, a Chinese name with
# markup, a broken file.
python3 - "$fixtures" "$work" <<'PY'
import json, sys
fixtures, work = sys.argv[1], sys.argv[2]
def load(name): return json.load(open(f"{fixtures}/{name}", encoding="utf-8"))
docs = {"01-discrete.json": load("discrete-full.json"), "02-process.json": load("process-full.json"),
        "03-partial.json": load("discrete-partial.json")}
again = load("discrete-full.json"); again["category"] = "line"; again["enterprise"]["name"] = "<柯桥&纺织> “第二份”"
docs["04-again.json"] = again
for name, doc in docs.items(): json.dump(doc, open(f"{work}/{name}", "w", encoding="utf-8"), ensure_ascii=False)
open(f"{work}/05-broken.json", "w").write("{")
PY
(cd "$work" && "$assess" review 0*.json --year 2020 --xlsx summary.xlsx --csv review.csv)
check "assess review exits 2 (a broken file) and writes both" bash -c "cd '$work' && '$assess' review 0*.json --xlsx s.xlsx --csv s.csv; test \$? = 2 && test -s s.xlsx && test -s s.csv"
check "the .xlsx is a zip of its six parts" bash -c "unzip -Z1 '$work/summary.xlsx' | sort | tr '\n' ' ' | grep -qx '\[Content_Types\].xml _rels/.rels xl/_rels/workbook.xml.rels xl/styles.xml xl/workbook.xml xl/worksheets/sheet1.xml '"
if command -v xmllint >/dev/null 2>&1; then
  mkdir -p "$work/parts" && (cd "$work/parts" && unzip -q "$work/summary.xlsx")
  for part in '[Content_Types].xml' _rels/.rels xl/_rels/workbook.xml.rels xl/styles.xml xl/workbook.xml xl/worksheets/sheet1.xml; do
    check "xmllint: $part is well-formed" xmllint --noout "$work/parts/$part"
  done
else
  echo "skip xmllint (not installed)"
fi

# Token 3: UTF-8 (76); token 7: quote every text cell; token 9: cells as shown.
timeout 120 soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true' --outdir "$work" "$work/summary.xlsx" >/dev/null 2>&1
check "LibreOffice Calc converts the .xlsx" test -s "$work/summary.csv"

# raw: the converted text's lines (a record starts with its quoted file name; the first six cells
# hold no comma or line break); rows: its records; review: assess's own CSV of the same files.
has() {  # has PYTHON-EXPRESSION
  python3 -c "
import csv, sys
raw = open('$work/summary.csv', encoding='utf-8').read().splitlines()
rows = list(csv.reader(raw))
review = list(csv.reader(open('$work/review.csv', encoding='utf-8-sig').read().splitlines()))
sys.exit(0 if ($1) else 1)"
}
check "a header and one row per file" has "len(rows) == 6"
check "the header in Chinese, the categories as columns" has \
  "rows[0] == ['文件','企业名称','申报类别','总分','审核标记','审核结论','审核意见','生产线智能化改造项目','智能制造示范车间','智能工厂','建议类别','统一社会信用代码','所在区、县（市）','项目名称','总投资（万元）','联系人','联系电话','类型','评分表填完','标记说明','文件问题']"
check "the project, its investment as a number, the contact" has \
  "rows[1][13:16] == ['年产 5000 万米高档面料智能化改造项目','3200','王工'] and raw[1].split(',')[14] == '3200'"
check "the files in order, as in the review's CSV" has "[r[0] for r in rows[1:]] == [r[0] for r in review[1:]]"
check "the Chinese names intact, markup and all" has \
  "[r[1] for r in rows[1:]] == ['绍兴市柯桥区示例纺织有限公司','绍兴市上虞区示例化工股份有限公司','诸暨市示例袜业有限公司','<柯桥&纺织> “第二份”','']"
check "the totals are numbers (unquoted) and the CSV's" has \
  "[l.split(',')[3] for l in raw if l.startswith('\"0')] == ['88','84','32','88',''] and [r[3] for r in rows[1:5]] == [r[4] for r in review[1:5]]"
check "…and the text cells are quoted: the name is text" has "raw[1].split(',')[1] == '\"绍兴市柯桥区示例纺织有限公司\"'"
check "districts, tables and declared categories in words" has \
  "rows[1][12] == '柯桥区' and [rows[1][17], rows[1][2]] == ['表1 离散型','智能制造示范车间'] and rows[2][12] == '上虞区' and [rows[2][17], rows[2][2]] == ['表2 流程型','智能工厂']"
check "verdicts in words; a duplicate's own ✓ reads 须核查" has "rows[1][7:10] == ['! 自评符合，须核查','! 自评符合，须核查','? 待补充'] and rows[3][7:10] == ['× 不符合']*3"
check "the flags by name, the same code twice is 重复申报" has "rows[1][4].startswith('重复申报') and rows[4][4].startswith('重复申报') and '不满足申报类别' in rows[3][4]"
check "…explained with the article" has "'（第十三条）' in rows[1][19] and '同一企业在本批中申报了生产线智能化改造项目、智能制造示范车间' in rows[1][19]"
check "the broken file: its name and its reason, nothing else" has \
  "rows[5][0] == '05-broken.json' and rows[5][20].startswith('第 1 行第 2 列') and not any(rows[5][1:20])"

# Printed: sixty files, as a bureau would print the summary to stamp and send. A4 landscape, two
# pages across, the header row on every page, page numbers; every line of a multi-line 标记说明 shows.
python3 - "$fixtures" "$work" <<'PY'
import json, os, sys
fixtures, work = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/print", exist_ok=True)
base = [json.load(open(f"{fixtures}/{n}", encoding="utf-8")) for n in ("discrete-full.json", "process-full.json", "discrete-partial.json")]
for i in range(60):
    doc = json.loads(json.dumps(base[i % 3]))
    doc["enterprise"]["name"] = f"绍兴市示例企业第{i + 1:02d}号有限公司"
    json.dump(doc, open(f"{work}/print/{i + 1:02d}.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
(cd "$work/print" && "$assess" review [0-9]*.json --year 2020 --xlsx print.xlsx) >/dev/null 2>&1
timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/print" \
  "$work/print/print.xlsx" >/dev/null 2>&1
check "LibreOffice Calc prints the summary" test -s "$work/print/print.pdf"
pages=$(pdfinfo "$work/print/print.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
pdftotext -layout "$work/print/print.pdf" "$work/print/print.txt" 2>/dev/null
check "A4 landscape" bash -c "pdfinfo '$work/print/print.pdf' | grep -q 'Page size: *841.89 x 595.* (A4)'"
# Two pages across (one shrank the text to about 4 pt): an even count, the file's name on the left
# page of each pair, the enterprise's name on both (a print title).
check "two pages across: 60 rows on 2–30 pages (got ${pages:-0}), every file on them" bash -c \
  "test ${pages:-0} -ge 2 -a ${pages:-0} -le 30 -a \$(( ${pages:-0} % 2 )) = 0 && test \$(grep -c '^ *[0-6][0-9]\.json' '$work/print/print.txt') = 60 && test \$(grep -c '示例企业第' '$work/print/print.txt') = 120"
check "the header row on every page" bash -c "test \$(grep -c '企业名称' '$work/print/print.txt') = ${pages:-0}"
check "page numbers in the footer" grep -q "第 ${pages:-0} 页，共 ${pages:-0} 页" "$work/print/print.txt"
# Each file's code is also in two other files (duplicate: 第十三条) and 40 lack what they declare
# (incomplete: 第十条); a cell showing one line would hide the second explanation.
check "every line of every two-line 标记说明 shows" bash -c \
  "test \$(grep -c '重复申报：' '$work/print/print.txt') = 60 && test \$(grep -c '填报不完整：' '$work/print/print.txt') -ge 40"
if [ -n "${SX_ARTIFACTS:-}" ] && command -v pdftoppm >/dev/null 2>&1; then
  mkdir -p "$SX_ARTIFACTS" && pdftoppm -r 80 -png -f 1 -l 2 "$work/print/print.pdf" "$SX_ARTIFACTS/summary-xlsx-print"
fi

checks_done
