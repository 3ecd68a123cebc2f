#include "summary_xlsx.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>
#include <string>

#include "sx/markup_escape.hpp"
#include "sx/zip_memory.hpp"
#include "table_columns.hpp"

namespace sx_review {

namespace {
constexpr const char* kSheetName = "申报汇总表";
// Excel refuses a cell longer than 32,767 characters (UTF-16 units). UTF-8 never has fewer bytes
// than UTF-16 units, so a byte bound is enough; the cut falls where a character starts.
constexpr std::size_t kMaxCellBytes = 32767;
// A line of 11 pt text with a CJK font's leading, in points.
constexpr double kLineHeight = 16;

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

// Style 0 plain, 1 the header (bold on grey, wrapped), 2 wrapped text (flag explanations, problems,
// comments): a cell of several lines shows them all, the row as tall as they need; 3 plain but
// top-aligned, for the other cells of such a row, level with its first line; 4 and 5 the same
// centred, for the total.
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>)"
    R"(<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>)"
    R"(<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>)"
    R"(<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

// A, B, … Z, AA …
std::string column_letters(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

// Widths in characters of the default font (a Chinese character counts about two).
double width_of(const ColumnRef& ref) {
  switch (ref.column) {
    case Column::File: return 28;
    case Column::Enterprise: return 36;
    case Column::CreditCode: return 22;
    case Column::District: return 17;  // 所在区、县（市） on one line: at 12 its “）” wrapped alone
    case Column::Type: return 12;
    case Column::Category: return 22;
    case Column::Total: return 8;
    case Column::Complete: return 10;
    case Column::Verdict: return 14;
    case Column::Recommended: return 22;
    case Column::Flags: return 26;
    case Column::FlagDetails: return 44;
    case Column::Decision: return 10;
    case Column::Comment: return 30;
    case Column::Error: return 32;
    case Column::Field: return 16;  // 总投资（万元）, 联系电话; 项目名称 wraps in it
  }
  return 12;
}

// The lines a wrapped cell takes in a column `width` characters wide: each of its lines, broken
// where it outgrows the column (a Chinese character two characters wide, as in width_of).
std::size_t wrapped_lines(const std::string& text, double width) {
  const double usable = std::max(1.0, width - 1);
  std::size_t lines = 0;
  double run = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      // A twentieth more: a line breaks before a code or a file name that does not fit, not inside
      // it. (A tenth, with 2.2 a character, left a third of each 标记说明 row blank in LibreOffice:
      // 46 pages for 300 files.)
      lines += std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(run * 1.05 / usable)));
      run = 0;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) run += 1;
    else if (c >= 0xE0) run += 2.1;  // the lead byte of a CJK or fullwidth character: Excel's are about 2.1 digits wide
    else if (c >= 0xC0) run += 1;
  }
  return lines;
}

// The text as a spreadsheet number when it is one (总投资 8600, 1200.5 or 12,500, as typed); else
// nullopt, and the cell keeps the words (约 1200).
std::optional<std::string> number_in(const std::string& text) {
  std::string number;
  std::size_t points = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') number += c;
    else if (c == '.' && ++points == 1) number += c;
    else if (c != ',' || number.empty()) return std::nullopt;
  }
  if (number.empty() || number.front() == '.' || number.back() == '.' || number.size() > 15) return std::nullopt;
  return number;
}

std::string bounded(std::string text) {
  if (text.size() <= kMaxCellBytes) return text;
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

void text_cell(std::string& xml, const std::string& ref, const std::string& text, int style) {
  if (text.empty()) return;
  xml += "<c r=\"" + ref + "\" t=\"inlineStr\"" + (style != 0 ? " s=\"" + std::to_string(style) + "\"" : "") +
         "><is><t xml:space=\"preserve\">" + sx::escape_xml(bounded(text)) + "</t></is></c>";
}

std::string sheet_xml(const Review& review, const std::vector<ColumnRef>& columns, const std::vector<std::size_t>& order) {
  const sx::Standard& standard = review.standard();
  const std::string last = column_letters(columns.size() - 1) + std::to_string(order.size() + 1);
  std::string xml =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)";
  // Printed, the sheet is scaled to fit two pages across (as many pages down as it takes).
  xml += R"(<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>)";
  xml += "<dimension ref=\"A1:" + last + "\"/>";
  // The header stays in view as the bureau scrolls through a thousand rows.
  xml += R"(<sheetViews><sheetView tabSelected="1" workbookViewId="0">)"
         R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"
         R"(<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>)";
  xml += R"(<sheetFormatPr defaultRowHeight="15"/><cols>)";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::string n = std::to_string(c + 1);
    char width[16];
    std::snprintf(width, sizeof width, "%g", width_of(columns[c]));
    xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + width + "\" customWidth=\"1\"/>";
  }
  // The header wraps too: 所在区、县（市） is wider than its column.
  std::string header;
  std::size_t header_lines = 1;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const std::string title = column_title(standard, columns[c]);
    header_lines = std::max(header_lines, wrapped_lines(title, width_of(columns[c])));
    text_cell(header, column_letters(c) + "1", title, 1);
  }
  char header_height[16];
  std::snprintf(header_height, sizeof header_height, "%g", kLineHeight * static_cast<double>(header_lines));
  xml += std::string("</cols><sheetData><row r=\"1\" ht=\"") + header_height + "\" customHeight=\"1\">" + header + "</row>";
  const auto& rows = review.rows();
  for (std::size_t r = 0; r < order.size(); ++r) {
    const ReviewRow& row = rows[order[r]];
    const std::string number = std::to_string(r + 2);
    const auto wrapped = [&](std::size_t c) {
      const Column column = columns[c].column;
      return column == Column::FlagDetails || column == Column::Error || column == Column::Comment ||
             column == Column::Flags || column == Column::Field;
    };
    std::size_t lines = 1;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (wrapped(c)) lines = std::max(lines, wrapped_lines(cell_text(standard, row, columns[c]), width_of(columns[c])));
    }
    const int plain = lines > 1 ? 3 : 0;
    std::string cells;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string ref = column_letters(c) + number;
      if (columns[c].column == Column::Total) {
        if (row.readable) {
          // Centred: right-aligned beside the left-aligned 审核标记 it read as one cell (“88 填报不完整”).
          cells += "<c r=\"" + ref + "\" s=\"" + (plain != 0 ? "5" : "4") + "\"><v>" + std::to_string(row.total) + "</v></c>";
        }
        continue;
      }
      const std::string text = cell_text(standard, row, columns[c]);
      if (columns[c].column == Column::Field && standard.review.summary_fields[columns[c].field].number) {
        if (const auto value = number_in(text)) {
          cells += "<c r=\"" + ref + "\"" + (plain != 0 ? " s=\"3\"" : "") + "><v>" + *value + "</v></c>";
          continue;
        }
      }
      text_cell(cells, ref, text, wrapped(c) ? 2 : plain);
    }
    // A row of wrapped cells is as tall as its longest: spreadsheets do not measure rows on opening
    // (LibreOffice showed one line of a two-line 标记说明). 409 pt is Excel's tallest row.
    if (lines > 1) {
      char height[16];
      std::snprintf(height, sizeof height, "%g", std::min(409.0, kLineHeight * static_cast<double>(lines)));
      xml += "<row r=\"" + number + "\" ht=\"" + height + "\" customHeight=\"1\">" + cells + "</row>";
    } else {
      xml += "<row r=\"" + number + "\">" + cells + "</row>";
    }
  }
  xml += "</sheetData><autoFilter ref=\"A1:" + last + "\"/>";
  // A4 landscape, two pages across, each with the header row and the enterprise's name (the
  // print titles are defined in the workbook), read across before down; page numbers in the
  // footer. One page across shrank 17 columns to about 4 pt, which a newcomer could not read;
  // two give about 8 pt (60 files on 20 pages in LibreOffice).
  xml += R"(<printOptions horizontalCentered="1"/>)"
         R"(<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>)"
         R"(<pageSetup paperSize="9" pageOrder="overThenDown" orientation="landscape" fitToWidth="2" fitToHeight="0"/>)"
         R"(<headerFooter><oddHeader>&amp;C&amp;"-,Bold"申报汇总表</oddHeader>)"
         R"(<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>)";
  return xml;
}

std::string workbook_xml(const std::vector<ColumnRef>& table, std::size_t rows) {
  const std::size_t columns = table.size();
  std::string title_column;  // the enterprise's name, repeated at the left of every printed page
  for (std::size_t c = 0; c < columns; ++c) {
    if (table[c].column == Column::Enterprise) title_column = "$" + column_letters(c) + ":$" + column_letters(c) + ",";
  }
  const std::string range = "'" + std::string(kSheetName) + "'!$A$1:$" + column_letters(columns - 1) + "$" + std::to_string(rows + 1);
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                     R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                     R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                     R"(<bookViews><workbookView/></bookViews><sheets><sheet name=")") +
         kSheetName + R"(" sheetId="1" r:id="rId1"/></sheets>)" +
         // The filter's range, as Excel records an autoFilter.
         R"(<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">)" +
         sx::escape_xml(range) + "</definedName>" +
         // The print titles: the enterprise's column and the header row on every printed page.
         R"(<definedName name="_xlnm.Print_Titles" localSheetId="0">)" +
         sx::escape_xml((title_column.empty() ? "" : "'" + std::string(kSheetName) + "'!" + title_column) + "'" +
                        std::string(kSheetName) + "'!$1:$1") +
         "</definedName></definedNames></workbook>";
}
}  // namespace

std::vector<unsigned char> summary_xlsx(const Review& review, const std::vector<std::size_t>& order, int year,
                                        int month, int day) {
  const std::vector<ColumnRef> columns = summary_columns(review.standard());
  try {
    return sx::zip_in_memory({{"[Content_Types].xml", kContentTypes},
                              {"_rels/.rels", kRootRels},
                              {"xl/workbook.xml", workbook_xml(columns, order.size())},
                              {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                              {"xl/styles.xml", kStyles},
                              {"xl/worksheets/sheet1.xml", sheet_xml(review, columns, order)}},
                             year, month, day);
  } catch (const std::exception&) {
    return {};
  }
}

std::vector<unsigned char> summary_xlsx(const Review& review, int year, int month, int day) {
  std::vector<std::size_t> order(review.rows().size());
  std::iota(order.begin(), order.end(), 0);
  return summary_xlsx(review, order, year, month, day);
}

}  // namespace sx_review
