// The print page: the draft application as one standalone HTML page with A4 print CSS. It makes no
// request anywhere (inline CSS, system fonts), so it prints or saves as PDF offline.
#include "markup_escape.hpp"
#include "sx/draft.hpp"

namespace sx {

namespace {
using detail::escape_html;

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

const char* kStyle = R"(
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: FangSong, STFangsong, "仿宋", "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.6;
       color: #000; max-width: 170mm; margin: 0 auto; padding: 12mm 0; }
h1, h2 { font-family: SimHei, "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
h1 { font-size: 22pt; text-align: center; margin: 30mm 0 16mm; }
h2 { font-size: 16pt; margin: 10mm 0 4mm; break-after: avoid; }
h2.part { break-before: auto; }
p { margin: 2mm 0; text-indent: 0; }
p.note { font-size: 11pt; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 11pt; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { font-family: SimHei, "黑体", "Noto Sans CJK SC", sans-serif; background: #f0f0f0; }
tr { break-inside: avoid; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
.signature p { margin: 6mm 0 0 50%; }
.box { border: 1px solid #000; min-height: 60mm; padding: 3mm; position: relative; }
.box .sign { position: absolute; right: 10mm; bottom: 4mm; text-align: right; }
.pagebreak { break-after: page; }
@media screen { body { background: #fff; } }
)";
}  // namespace

std::string render_html(const DraftApplication& draft) {
  std::string out = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    escape_html(draft.title + (draft.enterprise.empty() ? "" : " · " + draft.enterprise)) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  for (const auto& block : draft.blocks) {
    switch (block.kind) {
      case BlockKind::Title:
        out += "<h1>" + text_html(block.text) + "</h1>\n";
        break;
      case BlockKind::Heading:
        out += "<h2>" + text_html(block.text) + "</h2>\n";
        break;
      case BlockKind::Paragraph:
        out += "<p>" + text_html(block.text) + "</p>\n";
        break;
      case BlockKind::Note:
        out += "<p class=\"note\">" + text_html(block.text) + "</p>\n";
        break;
      case BlockKind::Table: {
        out += "<table>\n";
        int total = 0;
        for (const int w : block.widths) total += w;
        if (total > 0) {
          out += "<colgroup>";
          for (const int w : block.widths) out += "<col style=\"width:" + std::to_string(100 * w / total) + "%\">";
          out += "</colgroup>\n";
        }
        for (std::size_t r = 0; r < block.rows.size(); ++r) {
          const bool head = block.header && r == 0;
          out += "<tr>";
          for (const auto& cell : block.rows[r]) {
            out += head ? "<th>" : "<td>";
            out += text_html(cell);
            out += head ? "</th>" : "</td>";
          }
          out += "</tr>\n";
        }
        out += "</table>\n";
        break;
      }
      case BlockKind::Checklist:
        out += "<ul class=\"checklist\">\n";
        for (const auto& row : block.rows) out += "<li>" + text_html(row.at(0)) + "</li>\n";
        out += "</ul>\n";
        break;
      case BlockKind::Signature:
        out += "<div class=\"signature\">\n";
        for (const auto& row : block.rows) out += "<p>" + text_html(row.at(0)) + "</p>\n";
        out += "</div>\n";
        break;
      case BlockKind::Box:
        out += "<div class=\"box\"><p>" + text_html(block.text) + "</p><div class=\"sign\">";
        for (const auto& row : block.rows) out += "<p>" + text_html(row.at(0)) + "</p>";
        out += "</div></div>\n";
        break;
      case BlockKind::PageBreak:
        out += "<div class=\"pagebreak\"></div>\n";
        break;
    }
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace sx
