#!/usr/bin/env bash
# The draft application through real consumers: `assess export`, unzip, xmllint on every part,
# LibreOffice (headless) → PDF, pdfinfo for the page count and pdftotext for the content.
# Usage: test_libreoffice.sh ASSESS EXPORT_FIXTURES ARTIFACTS
set -u
assess="$1"; fixtures="$2"; artifacts="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
passed=0; failed=0
check() {
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# The document names 仿宋, 黑体 and 宋体, as Word and WPS on Windows have them. This machine has only
# Noto CJK, so a private fontconfig file maps those names to it (LibreOffice would otherwise fall
# back to Noto Sans JP for everything); the system's own configuration is left alone.
cat >"$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML
export FONTCONFIG_FILE="$work/fonts.conf"

# name : fixture : enterprise (as pdftotext prints it) : total : page range : provisional items
for case in "discrete-factory:discrete-factory.json:绍兴市越城区示例智能装备有限公司:95:10:20:1" \
            "hostile:hostile.json:<script>alert(1)</script> & \"引号\" '单引号' 😀 𠀀:84:8:18:0"; do
  IFS=: read -r name input enterprise total min_pages max_pages provisional <<<"$case"
  out="$work/$name"
  mkdir -p "$out"
  check "$name: assess export exits 0" "$assess" export "$fixtures/$input" --docx "$out/draft.docx" \
    --html "$out/draft.html" --json "$out/draft.json" --date 2020-03-15
  check "$name: --json writes the document back" /usr/bin/python3 -c \
    'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
    "$fixtures/$input" "$out/draft.json"
  check "$name: the same date gives the same docx" sh -c \
    "'$assess' export '$fixtures/$input' --docx '$out/again.docx' --date 2020-03-15 && cmp '$out/draft.docx' '$out/again.docx'"
  check "$name: docx unzips" unzip -q "$out/draft.docx" -d "$out/parts"
  for part in '[Content_Types].xml' _rels/.rels word/document.xml word/styles.xml word/settings.xml \
              word/fontTable.xml word/footer1.xml word/_rels/document.xml.rels docProps/core.xml docProps/app.xml \
              customXml/item1.xml customXml/itemProps1.xml customXml/_rels/item1.xml.rels; do
    check "$name: $part is well-formed XML" xmllint --noout "$out/parts/$part"
  done
  # The three customXml parts carry the assessment for the review desk (issue 16).
  check "$name: nothing in the docx but those parts" test "$(unzip -Z1 "$out/draft.docx" | wc -l)" = 13
  timeout 120 libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$out" "$out/draft.docx" >/dev/null 2>&1
  check "$name: LibreOffice converts the docx to PDF" test -s "$out/draft.pdf"
  pages=$(pdfinfo "$out/draft.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  check "$name: $min_pages to $max_pages pages (${pages:-none})" test "${pages:-0}" -ge "$min_pages" -a "${pages:-0}" -le "$max_pages"
  check "$name: the PDF is A4" sh -c "pdfinfo '$out/draft.pdf' | grep -q 'Page size: *595.* x 841.*'"
  pdftotext -layout "$out/draft.pdf" "$out/draft.txt" 2>/dev/null
  pdftotext -raw "$out/draft.pdf" "$out/raw.txt" 2>/dev/null
  check "$name: PDF has the title" grep -q "绍兴市传统产业智能化改造项目认定申报书" "$out/draft.txt"
  check "$name: PDF has the enterprise as text" grep -qF "$enterprise" "$out/raw.txt"
  check "$name: PDF has the total $total" grep -Eq "合计 +$total +100" "$out/draft.txt"
  check "$name: PDF marks $provisional provisional item(s) 专家组酌情认定" \
    test "$(tr -d '\n' <"$out/raw.txt" | grep -o '专家组酌情认定' | wc -l)" = "$provisional"
  check "$name: PDF has the commitment and the review box" sh -c \
    "grep -q '真实性承诺书' '$out/draft.txt' && grep -q '初审意见' '$out/draft.txt'"
  check "$name: PDF has page numbers" grep -Eq "— ?2 ?—" "$out/draft.txt"
  # A heading (一、… 九、) is never the last line of a page, cut off from what it heads.
  check "$name: no heading stranded at a page's foot" /usr/bin/python3 -c '
import re, sys
for page in open(sys.argv[1], encoding="utf-8").read().split("\f"):
    lines = [l.strip() for l in page.splitlines() if l.strip() and not re.fullmatch(r"— ?\d+ ?—", l.strip())]
    if lines and re.match(r"[一二三四五六七八九十]+、", lines[-1]): sys.exit("stranded: " + lines[-1])
' "$out/draft.txt"
  cp "$out/draft.pdf" "$artifacts/draft-$name.pdf" 2>/dev/null
  cp "$out/draft.html" "$artifacts/draft-$name.html" 2>/dev/null
  rm -f "$artifacts/draft-$name"-*.png
  pdftoppm -png -r 80 -f 1 -l 2 "$out/draft.pdf" "$artifacts/draft-$name" 2>/dev/null
done

printf '{"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete","metrics":{"cnc_rate":120}}' >"$work/invalid.json"
check "export of an invalid document exits 2" test "$("$assess" export "$work/invalid.json" --docx "$work/x.docx" >/dev/null 2>&1; echo $?)" = 2
check "export of a missing file exits 1" test "$("$assess" export "$work/missing.json" --docx "$work/x.docx" >/dev/null 2>&1; echo $?)" = 1
check "export without an output exits 1" test "$("$assess" export "$fixtures/hostile.json" >/dev/null 2>&1; echo $?)" = 1
check "export with a bad date exits 1" test "$("$assess" export "$fixtures/hostile.json" --html "$work/x.html" --date 2020-13-01 >/dev/null 2>&1; echo $?)" = 1
check "export to an unwritable path exits 1" test "$("$assess" export "$fixtures/hostile.json" --html /nonexistent/dir/x.html >/dev/null 2>&1; echo $?)" = 1

echo "$passed passed, $failed failed"
test "$failed" -eq 0
