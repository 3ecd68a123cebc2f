#!/usr/bin/env bash
# Does the assessment carried in the exported draft (.docx, customXml/item1.xml) survive a
# LibreOffice open-and-save (issue 16)? With LibreOffice 7.4 (Debian 12) it does: Writer keeps
# the custom XML part and its relationship, writing the JSON's quotes back as &quot;, and
# `assess review` scores the saved file as it scores the .json. Should a LibreOffice drop the part,
# this test fails with the row's reason (it must then name the file to ask for).
# Usage: test_docx_libreoffice.sh ASSESS FIXTURES — exit 77 (CTest: skipped) without soffice.
set -u
assess="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fixtures="$(cd "$2" && pwd)"
if ! command -v soffice >/dev/null 2>&1; then
  echo "SKIPPED: soffice (LibreOffice) is not installed, so the round trip was not tried"
  exit 77
fi
. "$(dirname "$0")/check_lib.sh"

cp "$fixtures/discrete-full.json" "$work/a.json"
"$assess" export "$work/a.json" --docx "$work/a.docx" --date 2020-05-01
mkdir -p "$work/saved"
timeout 180 soffice -env:UserInstallation="file://$work/profile" --headless --convert-to docx \
  --outdir "$work/saved" "$work/a.docx" >/dev/null 2>&1
check "LibreOffice Writer opens and saves the draft" test -s "$work/saved/a.docx"
check "…a file of its own writing, not ours (it rewrote document.xml)" \
  bash -c "! cmp -s <(unzip -p '$work/a.docx' word/document.xml) <(unzip -p '$work/saved/a.docx' word/document.xml)"
check "the saved package keeps customXml/item1.xml" bash -c "unzip -Z1 '$work/saved/a.docx' | grep -qx customXml/item1.xml"
check "…related from the document part" \
  bash -c "unzip -p '$work/saved/a.docx' word/_rels/document.xml.rels | grep -q 'relationships/customXml\" Target=\"../customXml/item1.xml\"'"

# Each file reviewed on its own scores as the .json; handed in together they are one submission.
for f in a.json a.docx saved/a.docx; do
  (cd "$work" && "$assess" review "$f" --year 2020 --csv "review-$(basename "$(dirname "$f")")-$(basename "$f").csv") >/dev/null 2>&1
done
(cd "$work" && "$assess" review a.json a.docx saved/a.docx --year 2020 --csv together.csv) >/dev/null 2>&1
check "assess review reads each of the three" test -s "$work/review-saved-a.docx.csv"
row() {  # the first file's row of a review's CSV, less the file's own name
  python3 -c "
import csv
rows = list(csv.reader(open('$work/$1', encoding='utf-8-sig').read().splitlines()))
print(rows[1][1:])"
}
check "the exported draft scores as its .json (every column but the file)" \
  bash -c "[ \"\$(cd '$work' && python3 -c \"import csv; print(list(csv.reader(open('review-.-a.json.csv', encoding='utf-8-sig')))[1][4])\")\" = 88 ]"
check "…the draft's row is the .json's" test "$(row review-.-a.json.csv)" = "$(row review-.-a.docx.csv)"
check "the draft LibreOffice saved scores as its .json too" test "$(row review-.-a.json.csv)" = "$(row review-saved-a.docx.csv)"
check "handed in together, the drafts are the .json's submission, counted once" \
  python3 -c "
import csv, sys
rows = list(csv.reader(open('$work/together.csv', encoding='utf-8-sig').read().splitlines()))
sys.exit(0 if all('同一份申报' in r[-1] or '同一份申报' in ''.join(r) for r in rows[2:4]) else 1)"
checks_done
