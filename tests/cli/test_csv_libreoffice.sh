#!/usr/bin/env bash
# The CSV of `assess score --csv` as a spreadsheet reads it: LibreOffice Calc (headless) converts it
# to ODS, and the cells are read back from the ODS's content.xml (issue 9). Calc's import detects
# the encoding as its Text Import dialog does (charset token 0), so the UTF-8 byte order mark is what
# it goes by; a name starting with = or ＝ must come back as text, not as the formula's result.
# Usage: test_csv_libreoffice.sh ASSESS FIXTURES
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fixtures="$(cd "$2" && pwd)"
. "$(dirname "$0")/../review/check_lib.sh"

# One document per enterprise name, the fixture's own (Chinese) first.
python3 - "$fixtures/discrete-full.json" "$work" <<'PY'
import json, sys
base = json.load(open(sys.argv[1], encoding="utf-8"))
names = ["绍兴市柯桥区示例纺织有限公司", "=1+1", "＝1+1", "+1+1", "＋1+1", "-1+1", "－1+1", "@SUM(1)", "＠SUM(1)",
         "\t=1+1", "\r=1+1", '=HYPERLINK("http://x","点击")']
for i, name in enumerate(names):
    base["enterprise"]["name"] = name
    json.dump(base, open(f"{sys.argv[2]}/doc{i:02}.json", "w", encoding="utf-8"), ensure_ascii=False)
json.dump(names, open(f"{sys.argv[2]}/names.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
(cd "$work" && "$assess" score --csv doc*.json >"$work/intake.csv")
check "assess writes the CSV" test -s "$work/intake.csv"
check "the CSV starts with the UTF-8 byte order mark" sh -c "head -c 3 '$work/intake.csv' | od -An -tx1 | grep -q 'ef bb bf'"

timeout 120 soffice -env:UserInstallation="file://$work/profile" --headless --infilter="CSV:44,34,0,1" \
  --convert-to ods --outdir "$work" "$work/intake.csv" >/dev/null 2>&1
check "LibreOffice Calc converts the CSV" test -s "$work/intake.ods"

# Cells as Calc holds them: [(text, value type, formula or None)] per row.
python3 - "$work/intake.ods" >"$work/cells.json" <<'PY'
import json, sys, zipfile
import xml.etree.ElementTree as ET
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
def q(ns, tag): return "{%s}%s" % (NS[ns], tag)
def text_of(p):
    out = p.text or ""
    for child in p:
        if child.tag == q("text", "s"): out += " " * int(child.get(q("text", "c"), "1"))
        elif child.tag == q("text", "tab"): out += "\t"
        elif child.tag == q("text", "line-break"): out += "\n"
        else: out += text_of(child)
        out += child.tail or ""
    return out
root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("content.xml"))
rows = []
for row in root.iter(q("table", "table-row")):
    cells = []
    for cell in row.findall("table:table-cell", NS):
        content = "\n".join(text_of(p) for p in cell.findall("text:p", NS))
        repeat = int(cell.get(q("table", "number-columns-repeated"), "1"))
        if not content and repeat > 50: continue  # the sheet's empty remainder
        cells += [[content, cell.get(q("office", "value-type")), cell.get(q("table", "formula"))]] * repeat
    if any(c[0] for c in cells): rows.append(cells)
json.dump(rows, sys.stdout, ensure_ascii=False)
PY
cells_have() {  # cells_have PYTHON-EXPRESSION over rows (header first) and names
  python3 -c "
import json, sys
rows = json.load(open('$work/cells.json', encoding='utf-8'))
names = json.load(open('$work/names.json', encoding='utf-8'))
sys.exit(0 if ($1) else 1)"
}
check "a header and one row per document" cells_have "len(rows) == 1 + len(names)"
check "A1 reads 'file': the byte order mark is taken as the encoding, not as text" cells_have "rows[0][0][0] == 'file'"
check "the Chinese enterprise name comes back intact" cells_have "rows[1][1][0] == '绍兴市柯桥区示例纺织有限公司'"
check "…and its total is the number 88" cells_have "rows[1][4][1] == 'float' and rows[1][4][0] == '88'"
check "no cell is a formula" cells_have "all(c[2] is None for r in rows for c in r)"
for i in $(seq 1 11); do
  name="$(python3 -c "import json,sys; print(repr(json.load(open('$work/names.json', encoding='utf-8'))[$i]))")"
  # (Calc keeps a CR inside a quoted cell as a line break.)
  check "name $name comes back as text, behind a quote" cells_have \
    "rows[1 + $i][1][1] == 'string' and rows[1 + $i][1][2] is None and rows[1 + $i][1][0] == (\"'\" + names[$i]).replace('\\r', '\\n')"
done

checks_done
