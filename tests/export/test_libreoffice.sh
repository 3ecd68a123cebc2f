#!/usr/bin/env bash
# The draft application through real consumers: `assess export`, unzip, xmllint on every part,
# LibreOffice (headless) → PDF, pdfinfo for the page count and pdftotext for the content.
# Usage: test_libreoffice.sh ASSESS FIXTURES EXPORT_FIXTURES ARTIFACTS
set -u
assess="$1"; fixtures="$2"; export_fixtures="$3"; artifacts="$4"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
passed=0; failed=0
check() {
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

for case in "discrete:$fixtures/discrete-full.json:绍兴市柯桥区示例纺织有限公司:88" \
            "process:$fixtures/process-full.json:绍兴市上虞区示例化工股份有限公司:84" \
            "hostile:$export_fixtures/hostile.json:<script>alert(1)</script>:84"; do
  IFS=: read -r name input enterprise total <<<"$case"
  out="$work/$name"
  mkdir -p "$out"
  check "$name: assess export exits 0" "$assess" export "$input" --docx "$out/draft.docx" --html "$out/draft.html" --date 2020-03-15
  check "$name: docx unzips" unzip -q "$out/draft.docx" -d "$out/parts"
  for part in '[Content_Types].xml' _rels/.rels word/document.xml word/styles.xml word/settings.xml \
              word/footer1.xml word/_rels/document.xml.rels docProps/core.xml docProps/app.xml; do
    check "$name: $part is well-formed XML" xmllint --noout "$out/parts/$part"
  done
  check "$name: the print page is well-formed (XML parser, HTML mode)" xmllint --html --noout "$out/draft.html"
  timeout 120 libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$out" "$out/draft.docx" >/dev/null 2>&1
  check "$name: LibreOffice converts the docx to PDF" test -s "$out/draft.pdf"
  pages=$(pdfinfo "$out/draft.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  check "$name: 6 to 20 pages (${pages:-none})" test "${pages:-0}" -ge 6 -a "${pages:-0}" -le 20
  pdftotext -layout "$out/draft.pdf" "$out/draft.txt" 2>/dev/null
  check "$name: PDF has the title" grep -q "绍兴市传统产业智能化改造项目认定申报书" "$out/draft.txt"
  check "$name: PDF has the enterprise" grep -qF "$enterprise" "$out/draft.txt"
  check "$name: PDF has the total $total" grep -Eq "合计 +$total +100" "$out/draft.txt"
  check "$name: PDF has the commitment" grep -q "真实性承诺书" "$out/draft.txt"
  cp "$out/draft.pdf" "$artifacts/draft-$name.pdf" 2>/dev/null
  pdftoppm -png -r 60 -f 1 -l 2 "$out/draft.pdf" "$artifacts/draft-$name" 2>/dev/null
done
check "export of an invalid document exits 2" test "$("$assess" export "$fixtures/bad/out-of-range.json" --docx "$work/x.docx" >/dev/null 2>&1; echo $?)" = 2
check "export without an output exits 1" test "$("$assess" export "$fixtures/discrete-full.json" >/dev/null 2>&1; echo $?)" = 1
check "export to an unwritable path exits 1" test "$("$assess" export "$fixtures/discrete-full.json" --html /nonexistent/dir/x.html >/dev/null 2>&1; echo $?)" = 1

echo "$passed passed, $failed failed"
test "$failed" -eq 0
