// The print page: the draft application as one standalone HTML page with A4 print CSS. It makes no
// request anywhere (inline CSS, system fonts), so it prints or saves as PDF offline. Its <style>
// is the same text for every document: web/csp.txt allows it by its SHA-256, and a change to
// kStyle needs the new hash there (deploy.test.mjs says which).
#include <algorithm>

#include "sx/draft.hpp"
#include "sx/markup_escape.hpp"

namespace sx {

namespace {

// User text keeps its line breaks.
std::string text_html(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    out += escape_html(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    out += "<br>";
    start = end + 1;
  }
  return out;
}

// 公文 conventions, as in the .docx: 仿宋 body at 三号 (16pt) with a two-character indent, 黑体
// headings, tables at 小四 (12pt) to stay readable, the evidence checklist at 四号 (14pt).
const char* kStyle = R"(
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; } }
body { font-family: FangSong, STFangsong, "仿宋", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.6;
       color: #000; max-width: 156mm; margin: 0 auto; padding: 12mm 0; }
h1, h2, h3, th { font-family: SimHei, "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; color: #000; }
h1 { font-size: 22pt; text-align: center; margin: 30mm 0 16mm; }
h2 { font-size: 16pt; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font-size: 14pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 2mm 0; text-indent: 2em; }
h2 + p, h3 + p { break-after: avoid; }
p.note { font-size: 12pt; color: #333; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 12pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
th { background: #ededed; }
tr.strong td { font-weight: bold; }
tr { break-inside: avoid; }
ul.checklist { list-style: none; padding-left: 0; font-size: 14pt; line-height: 1.5; }
ul.checklist li { padding-left: 1.2em; text-indent: -1.2em; }
ul.checklist li::before { content: "☐ "; }
.signature p { margin: 8mm 0 0 45%; text-indent: 0; }
.box { border: 1px solid #000; min-height: 70mm; padding: 3mm; display: flex; flex-direction: column; font-size: 12pt; }
.box p { text-indent: 0; }
.box .sign { margin-top: auto; text-align: right; }
.pagebreak { break-after: page; }
@media screen { .pagebreak { border-top: 1px dashed #999; margin: 12mm 0; } }
@media print { body { max-width: none; padding: 0; } }
)";

// The first cell of a one-cell row (checklists, signature lines); blank for an empty row.
const std::string& first_cell(const std::vector<std::string>& row) {
  static const std::string blank;
  return row.empty() ? blank : row.front();
}

void table_html(const Block& block, std::string& out) {
  out += "<table>\n";
  // Relative widths only when every column has a positive one; else the browser lays it out.
  std::size_t columns = 0;
  for (const auto& row : block.rows) columns = std::max(columns, row.size());
  const bool given = columns > 0 && block.widths.size() == columns &&
                     std::all_of(block.widths.begin(), block.widths.end(), [](int w) { return w > 0; });
  if (given) {
    int total = 0;
    for (const int w : block.widths) total += w;
    out += "<colgroup>";
    // The width attribute, not a style attribute: the app's Content-Security-Policy allows this
    // page's one <style> block by its hash and no inline style (web/csp.txt).
    for (const int w : block.widths) out += "<col width=\"" + std::to_string(100 * w / total) + "%\">";
    out += "</colgroup>\n";
  }
  for (std::size_t r = 0; r < block.rows.size(); ++r) {
    const bool head = block.header && r == 0;
    const bool strong =
        std::find(block.strong_rows.begin(), block.strong_rows.end(), r) != block.strong_rows.end();
    // A <thead> is repeated by the browser on every printed page the table runs over.
    if (head) out += "<thead>";
    if (r == (block.header ? 1u : 0u)) out += "<tbody>";
    out += strong ? "<tr class=\"strong\">" : "<tr>";
    for (const auto& cell : block.rows[r]) {
      out += head ? "<th>" : "<td>";
      out += text_html(cell);
      out += head ? "</th>" : "</td>";
    }
    out += "</tr>";
    if (head) out += "</thead>";
    out += "\n";
  }
  if (block.rows.size() > (block.header ? 1u : 0u)) out += "</tbody>\n";
  out += "</table>\n";
}

std::string page_html(const DraftApplication& draft) {
  std::string out = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    escape_html(draft.title + (draft.enterprise.empty() ? "" : " · " + draft.enterprise)) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  for (const auto& block : draft.blocks) {
    switch (block.kind) {
      case BlockKind::Title: out += "<h1>" + text_html(block.text) + "</h1>\n"; break;
      case BlockKind::Heading: out += "<h2>" + text_html(block.text) + "</h2>\n"; break;
      case BlockKind::Subheading: out += "<h3>" + text_html(block.text) + "</h3>\n"; break;
      case BlockKind::Paragraph: out += "<p>" + text_html(block.text) + "</p>\n"; break;
      case BlockKind::Note: out += "<p class=\"note\">" + text_html(block.text) + "</p>\n"; break;
      case BlockKind::Table: table_html(block, out); break;
      case BlockKind::Checklist:
        out += "<ul class=\"checklist\">\n";
        for (const auto& row : block.rows) out += "<li>" + text_html(first_cell(row)) + "</li>\n";
        out += "</ul>\n";
        break;
      case BlockKind::Signature:
        out += "<div class=\"signature\">\n";
        for (const auto& row : block.rows) out += "<p>" + text_html(first_cell(row)) + "</p>\n";
        out += "</div>\n";
        break;
      case BlockKind::Box:
        out += "<div class=\"box\"><p>" + text_html(block.text) + "</p><div class=\"sign\">";
        for (const auto& row : block.rows) out += "<p>" + text_html(first_cell(row)) + "</p>";
        out += "</div></div>\n";
        break;
      case BlockKind::PageBreak: out += "<div class=\"pagebreak\"></div>\n"; break;
    }
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace

// Only allocation can fail here; the API promises not to throw, so that gives an empty page.
std::string render_html(const DraftApplication& draft) {
  try {
    return page_html(draft);
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace sx
