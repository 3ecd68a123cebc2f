// The draft application as an Office Open XML document (.docx): A4, 公文-style fonts (仿宋 body,
// 黑体 headings), bordered tables, page numbers in the footer; zipped in memory with minizip.
#include <algorithm>
#include <cstdio>

#include "sx/docx_assessment.hpp"
#include "sx/draft.hpp"
#include "sx/markup_escape.hpp"
#include "sx/zip_memory.hpp"

namespace sx {

namespace {

constexpr int kTextWidth = 8844;            // A4 11906 twips less 28 mm and 26 mm margins
constexpr int kLandscapeTextWidth = 14570;  // A4 across, 16838 twips, less 20 mm margins

const char* kNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

// Runs for one piece of user text; line breaks become <w:br/>.
std::string runs(const std::string& text, const std::string& run_properties = "") {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    out += "<w:r>" + run_properties;
    if (start > 0) out += "<w:br/>";
    out += "<w:t xml:space=\"preserve\">" + escape_xml(line) + "</w:t></w:r>";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// `extra` is paragraph properties after the style, in the schema's order (spacing, ind, jc).
std::string paragraph(const std::string& text, const std::string& style = "", const std::string& extra = "",
                      const std::string& run_properties = "") {
  std::string properties = style.empty() ? "" : "<w:pStyle w:val=\"" + style + "\"/>";
  properties += extra;
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + runs(text, run_properties) +
         "</w:p>";
}

// The first cell of a one-cell row (checklists, signature lines); blank for an empty row.
const std::string& first_cell(const std::vector<std::string>& row) {
  static const std::string blank;
  return row.empty() ? blank : row.front();
}

std::string table(const Block& block, int text_width) {
  std::size_t columns = 0;
  for (const auto& row : block.rows) columns = std::max(columns, row.size());
  if (columns == 0) return "";
  // Relative widths when every column has a positive one, else equal columns.
  const bool given = block.widths.size() == columns &&
                     std::all_of(block.widths.begin(), block.widths.end(), [](int w) { return w > 0; });
  int total = 0;
  for (std::size_t c = 0; c < columns; ++c) total += given ? block.widths[c] : 1;
  std::vector<int> widths;
  for (std::size_t c = 0; c < columns; ++c) widths.push_back(text_width * (given ? block.widths[c] : 1) / total);
  std::string out =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"DraftTable\"/><w:tblW w:w=\"" + std::to_string(text_width) +
      "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
  for (const int w : widths) out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  out += "</w:tblGrid>";
  for (std::size_t r = 0; r < block.rows.size(); ++r) {
    const bool head = block.header && r == 0;
    const bool strong =
        std::find(block.strong_rows.begin(), block.strong_rows.end(), r) != block.strong_rows.end();
    // Short rows stay on one page; a long one (a user's project summary) may split, since Word
    // clips a row it may not split that is taller than the page.
    std::size_t longest = 0;
    for (const auto& cell : block.rows[r]) longest = std::max(longest, cell.size());
    out += head ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                : longest < 600 ? "<w:tr><w:trPr><w:cantSplit/></w:trPr>" : "<w:tr>";
    // Every row has the grid's cells (Word rejects a row that is short of its grid).
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string& cell = c < block.rows[r].size() ? block.rows[r][c] : std::string();
      out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(widths[c]) + "\" w:type=\"dxa\"/>" +
             (head ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/>" : "") + "</w:tcPr>" +
             paragraph(cell, head ? "TableHead" : "TableText", "", strong ? "<w:rPr><w:b/></w:rPr>" : "") + "</w:tc>";
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

std::string box(const Block& block, int text_width, bool form) {
  std::string cell = paragraph(block.text, "TableText");
  for (int i = 0; i < 6; ++i) cell += paragraph("", "TableText");
  for (const auto& row : block.rows) cell += paragraph(first_cell(row), "TableText", "<w:jc w:val=\"right\"/>");
  return "<w:tbl><w:tblPr><w:tblStyle w:val=\"DraftTable\"/><w:tblW w:w=\"" + std::to_string(text_width) +
         "\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"" + std::to_string(text_width) +
         "\"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"3600\" w:hRule=\"atLeast\"/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" +
         std::to_string(text_width) + "\" w:type=\"dxa\"/></w:tcPr>" + cell + "</w:tc></w:tr></w:tbl>" +
         // A form ends with its box; the paragraph a body must end with is kept from taking a page.
         paragraph("", "", form ? "<w:spacing w:line=\"20\" w:lineRule=\"exact\"/>" : "");
}

std::string document_xml(const DraftApplication& draft) {
  const int width = draft.form ? kLandscapeTextWidth : kTextWidth;
  std::string body;
  for (std::size_t b = 0; b < draft.blocks.size(); ++b) {
    const Block& block = draft.blocks[b];
    switch (block.kind) {
      // A form's title heads its first page; the draft's stands on a cover.
      case BlockKind::Title:
        body += paragraph(block.text, "Title", draft.form ? "<w:spacing w:before=\"0\" w:after=\"360\"/>" : "");
        break;
      case BlockKind::Heading: body += paragraph(block.text, "Heading1"); break;
      case BlockKind::Subheading: body += paragraph(block.text, "Heading2"); break;
      // Body paragraphs open with the customary two-character indent.
      case BlockKind::Paragraph: {
        // A paragraph that introduces a table stays on the table's page.
        const bool table_next = b + 1 < draft.blocks.size() && draft.blocks[b + 1].kind == BlockKind::Table;
        body += paragraph(block.text, "",
                          std::string(table_next ? "<w:keepNext/>" : "") + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>");
        break;
      }
      case BlockKind::Note: body += paragraph(block.text, "Note"); break;
      case BlockKind::Table: {
        body += table(block, width);
        // A blank line parts a table from what follows (two tables in a row would run together),
        // except before a heading, which has its own space: LibreOffice does not keep a heading
        // that follows such an empty paragraph with its next paragraph, and left 三、认定条件对照
        // alone at a page's foot.
        const bool heading_next = b + 1 < draft.blocks.size() && (draft.blocks[b + 1].kind == BlockKind::Heading ||
                                                                  draft.blocks[b + 1].kind == BlockKind::Subheading);
        if (!heading_next) body += paragraph("", "TableText");
        break;
      }
      case BlockKind::Checklist:
        for (const auto& row : block.rows) {
          body += paragraph("☐ " + first_cell(row), "Checklist");
        }
        break;
      case BlockKind::Signature:
        for (const auto& row : block.rows) {
          body += paragraph(first_cell(row), "", "<w:spacing w:before=\"480\"/><w:ind w:left=\"4000\"/>");
        }
        break;
      case BlockKind::Box: body += box(block, width, draft.form); break;
      case BlockKind::PageBreak: body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; break;
    }
  }
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") + kNamespaces +
         "><w:body>" + body +
         "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>" +
         (draft.form ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                       "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
                       "w:footer=\"567\" w:gutter=\"0\"/>"
                     : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                       "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" "
                       "w:footer=\"992\" w:gutter=\"0\"/>") +
         "</w:sectPr></w:body></w:document>";
}

// 公文 conventions (GB/T 9704): 仿宋 三号 body on a fixed 28pt line, 黑体 headings, tables at 小四
// (12pt) so a six-column score sheet stays readable, the evidence checklist at 四号, page numbers in 四号.
// Table cells set one font for every script: with Times New Roman for digits, LibreOffice laid a
// cell holding only "72%" on that font's shorter line, above the CJK baseline of the cells beside it.
const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="2400" w:after="1200" w:line="360" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="60" w:after="60" w:line="300" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Checklist"><w:name w:val="Checklist"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/><w:ind w:left="420" w:hanging="420"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:ascii="仿宋" w:hAnsi="仿宋" w:eastAsia="仿宋" w:cs="仿宋"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHead"><w:name w:val="Table Head"/><w:basedOn w:val="TableText"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体"/><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="DraftTable"><w:name w:val="Draft Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>)";

// The fonts the styles name, with their English names, charset (GB2312) and family, which Word
// and WPS use to pick a substitute on a machine that lacks one.
const char* kFontTable = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font></w:fonts>)";

const char* kFooter = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>)";

const char* kSettings = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>)";

const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)";

const char* kRootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>)";

const char* kDocumentRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)";

const char* kApp = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>绍兴市传统产业智能化改造项目认定自评工具</Application></Properties>)";

struct Date {
  int year = 2020, month = 1, day = 1;
};

// The draft's date, clamped to what a zip time stamp (1980–2107) and W3CDTF can hold.
Date document_date(const std::string& text) {
  Date d;
  std::sscanf(text.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day);
  d.year = std::clamp(d.year, 1980, 2107);
  d.month = std::clamp(d.month, 1, 12);
  d.day = std::clamp(d.day, 1, 31);
  return d;
}

std::string core_xml(const DraftApplication& draft, const Date& date) {
  char created[32];
  std::snprintf(created, sizeof created, "%04d-%02d-%02dT00:00:00Z", date.year, date.month, date.day);
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>)") +
         escape_xml(draft.title) + "</dc:title><dc:creator>" + escape_xml(draft.enterprise) +
         "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created +
         "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created +
         "</dcterms:modified></cp:coreProperties>";
}
}  // namespace

std::vector<unsigned char> render_docx(const DraftApplication& draft) {
  // The time stamps are the document's date, not the clock, so the same draft gives the same bytes.
  const Date date = document_date(draft.date);
  try {
    // The assessment rides along as a custom XML part, related from the document part.
    const bool carried = !draft.assessment.empty();
    std::vector<ZipEntry> entries{
        {"[Content_Types].xml", std::string(kContentTypes) + (carried ? kAssessmentContentType : "") + "</Types>"},
        {"_rels/.rels", kRootRels},
        {"word/document.xml", document_xml(draft)},
        {"word/styles.xml", kStyles},
        {"word/settings.xml", kSettings},
        {"word/fontTable.xml", kFontTable},
        {"word/footer1.xml", kFooter},
        {"word/_rels/document.xml.rels",
         std::string(kDocumentRels) + (carried ? kAssessmentRelationship : "") + "</Relationships>"},
        {"docProps/core.xml", core_xml(draft, date)},
        {"docProps/app.xml", kApp}};
    if (carried) {
      for (auto& part : assessment_parts(draft.assessment)) entries.push_back(std::move(part));
    }
    return zip_in_memory(entries, date.year, date.month, date.day);
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace sx
