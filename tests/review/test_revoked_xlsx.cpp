// The revoked list (第十四条) from an .xlsx (issue 16): the first sheet's first two columns, text as
// shared or inline strings, years as numbers, text or dates; a bad row refuses the list naming the
// sheet's row, as the CSV reader names its line.
#include <gtest/gtest.h>

#include "review_support.hpp"
#include "revoked_xlsx.hpp"
#include "sx/zip_memory.hpp"

namespace {

using sx_review_test::credit_code;

const std::string kKeqiao = credit_code("330603");
const std::string kShangyu = credit_code("330604", "MA2BK7L38");

std::string zip_of(const std::vector<sx::ZipEntry>& entries) {
  const auto bytes = sx::zip_in_memory(entries, 2020, 5, 1);
  return {bytes.begin(), bytes.end()};
}

// A workbook whose first sheet (sheet2.xml, through the relationships, as Excel may number it)
// has `rows`; `strings` the shared strings; `styles` the styles part.
std::string workbook(const std::string& rows, const std::string& strings = "", const std::string& styles = "") {
  std::vector<sx::ZipEntry> parts{
      {"[Content_Types].xml", "<Types/>"},
      {"xl/workbook.xml",
       R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="撤销名单" sheetId="1" r:id="rId7"/><sheet name="说明" sheetId="2" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>)"},
      {"xl/worksheets/sheet1.xml", R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not the list</t></is></c></row></sheetData></worksheet>)"},
      {"xl/worksheets/sheet2.xml", "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>" +
                                       rows + "</x:sheetData></x:worksheet>"}};
  if (!strings.empty()) parts.push_back({"xl/sharedStrings.xml", "<sst>" + strings + "</sst>"});
  if (!styles.empty()) parts.push_back({"xl/styles.xml", styles});
  return zip_of(parts);
}

std::string inline_cell(const std::string& ref, const std::string& text) {
  return "<x:c r=\"" + ref + "\" t=\"inlineStr\"><x:is><x:t>" + text + "</x:t></x:is></x:c>";
}

// Style 1 shows a date (built-in format 14), style 2 a custom "yyyy年m月d日", style 3 LibreOffice's
// custom "General" (a number, for all its 'e').
const std::string kStyles =
    R"(<styleSheet><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)"
    R"(<numFmt numFmtId="164" formatCode="General"/></numFmts>)"
    R"(<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

}  // namespace

TEST(RevokedXlsx, ReadsCodesAndYearsHoweverTheCellsHoldThem) {
  const struct {
    const char* how;
    std::string bytes;
    std::vector<std::pair<std::string, std::optional<int>>> expected;
  } cases[] = {
      {"shared strings, a header, years as numbers",
       workbook(R"(<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>)"
                R"(<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2"><x:v>2019</x:v></x:c></x:row>)",
                "<si><t>统一社会信用代码</t></si><si><r><t>撤销</t></r><r><t>年份</t></r></si><si><t>" + kKeqiao + "</t></si>"),
       {{kKeqiao, 2019}}},
      {"inline strings, no header, a year as text and none",
       workbook("<x:row r=\"1\">" + inline_cell("A1", kKeqiao) + inline_cell("B1", "2018年") + "</x:row><x:row r=\"2\">" +
                inline_cell("A2", " " + kShangyu) + "</x:row>"),
       {{kKeqiao, 2018}, {kShangyu, std::nullopt}}},
      {"dates as date cells (built-in and custom formats), a number style kept as a number",
       workbook(R"(<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>43646</x:v></x:c></x:row>)"
                R"(<x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" s="2"><x:v>42005</x:v></x:c></x:row>)"
                R"(<x:row r="3"><x:c r="A3" t="s"><x:v>2</x:v></x:c><x:c r="B3" s="3"><x:v>2017</x:v></x:c></x:row>)",
                "<si><t>" + kKeqiao + "</t></si><si><t>" + kShangyu + "</t></si><si><t>" + credit_code("330681") + "</t></si>",
                kStyles),
       {{kKeqiao, 2019}, {kShangyu, 2015}, {credit_code("330681"), 2017}}},
      {"a formula's text, cells without references, notes in column C",
       workbook("<x:row><x:c t=\"str\"><x:f>A9</x:f><x:v>" + kKeqiao + "</x:v></x:c><x:c><x:v>2020</x:v></x:c>" +
                inline_cell("C1", "已核实") + "</x:row>"),
       {{kKeqiao, 2020}}},
  };
  for (const auto& c : cases) {
    const auto read = sx_review::read_revoked_xlsx(c.bytes);
    ASSERT_TRUE(read.list) << c.how << ": " << (read.problems.empty() ? "" : read.problems[0].text());
    std::vector<std::pair<std::string, std::optional<int>>> got;
    for (const auto& e : read.list->entries()) got.emplace_back(e.code, e.year);
    EXPECT_EQ(got, c.expected) << c.how;
  }
}

TEST(RevokedXlsx, ABadRowRefusesTheListNamingTheSheetsRow) {
  const struct {
    const char* what;
    std::string bytes;
    std::size_t row;
    const char* zh;
  } cases[] = {
      {"a wrong check character on row 7 (rows 3–6 empty)",
       workbook("<x:row r=\"1\">" + inline_cell("A1", "代码") + "</x:row><x:row r=\"2\">" + inline_cell("A2", kKeqiao) +
                "</x:row><x:row r=\"7\">" + inline_cell("A7", kKeqiao.substr(0, 17) + "X") + "</x:row>"),
       7, "的校验码应为"},
      {"a year that is not one",
       workbook("<x:row r=\"3\">" + inline_cell("A3", kKeqiao) + inline_cell("B3", "去年") + "</x:row>"), 3,
       "“去年”不是撤销的年份"},
      {"a year with no code",
       workbook("<x:row r=\"1\">" + inline_cell("A1", kKeqiao) + "</x:row><x:row r=\"2\"><x:c r=\"B2\"><x:v>2019</x:v></x:c></x:row>"), 2,
       "不是 18 位的统一社会信用代码"},
      {"an all-digit code a spreadsheet turned into a number",
       workbook(R"(<x:row r="4"><x:c r="A4"><x:v>9.13306031234568E+17</x:v></x:c></x:row>)"), 4,
       "“9.13306031234568E+17”不是 18 位的统一社会信用代码"},
  };
  for (const auto& c : cases) {
    const auto read = sx_review::read_revoked_xlsx(c.bytes);
    EXPECT_FALSE(read.list) << c.what;
    ASSERT_FALSE(read.problems.empty()) << c.what;
    EXPECT_EQ(read.problems[0].line, c.row) << c.what;
    EXPECT_NE(read.problems[0].text_zh().find(c.zh), std::string::npos) << c.what << ": " << read.problems[0].text_zh();
    EXPECT_EQ(read.problems[0].text_zh().rfind("第 " + std::to_string(c.row) + " 行：", 0), 0u) << c.what;
  }
}

TEST(RevokedXlsx, APackageThatIsNoWorkbookIsRefusedWithAReason) {
  std::string cut = workbook("<x:row r=\"1\">" + inline_cell("A1", kKeqiao) + "</x:row>");
  cut.resize(cut.size() / 2);
  const std::string bomb = zip_of({{"xl/workbook.xml", "<workbook/>"}, {"xl/worksheets/sheet1.xml", std::string(40u << 20, ' ')}});
  const struct {
    const char* what;
    std::string bytes;
    const char* zh;
  } cases[] = {
      {"a Word file", zip_of({{"word/document.xml", "<w:document/>"}}), "找不到第一张工作表"},
      {"a cut-off file", cut, "文件已损坏，不能作为 Excel（.xlsx）表格读取"},
      {"a sheet of 40 MiB deflated to KB", bomb, "“xl/worksheets/sheet1.xml”超过 32 MiB 的大小上限，未读取"},
  };
  for (const auto& c : cases) {
    const auto read = sx_review::read_revoked_xlsx(c.bytes);
    EXPECT_FALSE(read.list) << c.what;
    ASSERT_EQ(read.problems.size(), 1u) << c.what;
    EXPECT_EQ(read.problems[0].line, 0u) << c.what;
    EXPECT_NE(read.problems[0].zh.find(c.zh), std::string::npos) << c.what << ": " << read.problems[0].zh;
  }
}

TEST(RevokedXlsx, AListFileIsReadByItsKind) {
  const auto csv = sx_review::read_revoked_file(kKeqiao + ",2019\n");
  ASSERT_TRUE(csv.list);
  EXPECT_EQ(csv.list->entries().at(0).year, 2019);
  const auto xlsx = sx_review::read_revoked_file(workbook("<x:row r=\"1\">" + inline_cell("A1", kKeqiao) + "</x:row>"));
  ASSERT_TRUE(xlsx.list);
  EXPECT_EQ(xlsx.list->entries().at(0).code, kKeqiao);
}
