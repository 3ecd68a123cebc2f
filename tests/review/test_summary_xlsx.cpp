// The 申报汇总表 .xlsx (issue 16) as its parts say: a minimal valid package (content types, rels,
// workbook, one worksheet, styles), the header frozen and filtered, widths set, totals as numbers,
// text as inline strings with Chinese intact and markup escaped. (LibreOffice reads it back in
// test_xlsx_libreoffice.sh.)
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "review_support.hpp"
#include "summary_xlsx.hpp"
#include "table_columns.hpp"
#include "unzip.h"

namespace {

std::map<std::string, std::string> unzip_all(const std::vector<unsigned char>& bytes) {
  const std::string path = (std::filesystem::temp_directory_path() / ("sx-summary-" + std::to_string(::getpid()) + ".xlsx")).string();
  std::FILE* out = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes.data(), 1, bytes.size(), out);
  std::fclose(out);
  std::map<std::string, std::string> entries;
  unzFile zip = unzOpen(path.c_str());
  for (int status = zip == nullptr ? UNZ_END_OF_LIST_OF_FILE : unzGoToFirstFile(zip); status == UNZ_OK;
       status = unzGoToNextFile(zip)) {
    char name[256];
    unz_file_info info;
    if (unzGetCurrentFileInfo(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK) break;
    std::string data(info.uncompressed_size, '\0');
    if (unzOpenCurrentFile(zip) != UNZ_OK) break;
    unzReadCurrentFile(zip, data.data(), static_cast<unsigned>(data.size()));
    unzCloseCurrentFile(zip);
    entries[name] = data;
  }
  if (zip != nullptr) unzClose(zip);
  std::remove(path.c_str());
  return entries;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

sx_review::Review sample() {
  sx::Json hostile = sx_review_test::with_enterprise(sx_review_test::workshop_document(),
                                                     {{"name", "<甲&乙>\"公司\"\x01"}, {"credit_code", "91330603MA2BK7L370"}});
  auto review = sx_review_test::review_of({{"a.json", sx_review_test::workshop_document()},
                                           {"b.json", sx_review_test::factory_document()},
                                           {"hostile.json", hostile}});
  review.add("broken.json", "{");
  review.set_decision(0, sx_review::Decision::Recommend);
  review.set_comment(0, "第一行\n第二行");
  return review;
}

}  // namespace

TEST(SummaryXlsx, IsAMinimalPackage) {
  const auto parts = unzip_all(sx_review::summary_xlsx(sample(), 2020, 3, 15));
  std::vector<std::string> names;
  for (const auto& [name, data] : parts) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels",
                                             "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"}));
  const std::string& types = parts.at("[Content_Types].xml");
  EXPECT_TRUE(has(types, R"(PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")"));
  EXPECT_TRUE(has(types, R"(PartName="/xl/worksheets/sheet1.xml")"));
  EXPECT_TRUE(has(types, R"(PartName="/xl/styles.xml")"));
  EXPECT_TRUE(has(parts.at("_rels/.rels"), R"(Target="xl/workbook.xml")"));
  EXPECT_TRUE(has(parts.at("xl/_rels/workbook.xml.rels"), R"(Target="worksheets/sheet1.xml")"));
  EXPECT_TRUE(has(parts.at("xl/workbook.xml"), R"(<sheet name="申报汇总表" sheetId="1" r:id="rId1"/>)"));
  for (const auto& [name, data] : parts) {
    EXPECT_EQ(data.rfind(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)", 0), 0u) << name;
  }
}

// The sheet without style 3 (a tall row's cells top-aligned), for assertions about the cells' content.
std::string plain(std::string sheet) {
  for (std::size_t at = sheet.find(" s=\"3\""); at != std::string::npos; at = sheet.find(" s=\"3\"", at)) sheet.erase(at, 6);
  return sheet;
}

TEST(SummaryXlsx, TheSheet) {
  const auto review = sample();
  const std::string sheet = plain(unzip_all(sx_review::summary_xlsx(review, 2020, 3, 15)).at("xl/worksheets/sheet1.xml"));
  const auto columns = sx_review::summary_columns(sx_test::standard());
  // The desk's 17 columns and, after the district, the four fields a bureau forwards (review.json);
  // what a reviewer decides on first beside the enterprise, for the first printed page.
  ASSERT_EQ(columns.size(), 21u);
  std::vector<std::string> titles;
  for (const auto& column : columns) titles.push_back(sx_review::column_title(sx_test::standard(), column));
  EXPECT_EQ(titles, (std::vector<std::string>{"文件", "企业名称", "申报类别", "总分", "审核标记", "审核结论", "审核意见",
                                              "生产线智能化改造项目", "智能制造示范车间", "智能工厂", "建议类别",
                                              "统一社会信用代码", "所在区、县（市）", "项目名称", "总投资（万元）", "联系人",
                                              "联系电话", "类型", "评分表填完", "标记说明", "文件问题"}));
  EXPECT_EQ(sx_review::table_columns(sx_test::standard()).size(), 17u);
  // The header row frozen, and filtered over the whole table (A1:U5: 21 columns, a header and 4 rows).
  EXPECT_TRUE(has(sheet, R"(<dimension ref="A1:U5"/>)"));
  EXPECT_TRUE(has(sheet, R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
  EXPECT_TRUE(has(sheet, R"(<autoFilter ref="A1:U5"/>)"));
  EXPECT_TRUE(has(sheet, R"(<col min="2" max="2" width="36" customWidth="1"/>)")) << "the enterprise name is wide";
  EXPECT_TRUE(has(sheet, R"(<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">文件</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="N1" t="inlineStr" s="1"><is><t xml:space="preserve">项目名称</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="O1" t="inlineStr" s="1"><is><t xml:space="preserve">总投资（万元）</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="P1" t="inlineStr" s="1"><is><t xml:space="preserve">联系人</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="Q1" t="inlineStr" s="1"><is><t xml:space="preserve">联系电话</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="C1" t="inlineStr" s="1"><is><t xml:space="preserve">申报类别</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="J1" t="inlineStr" s="1"><is><t xml:space="preserve">智能工厂</t></is></c>)"));
  // Numbers as numbers (the total, the investment as typed); Chinese as written; the declared
  // category by its title.
  // The total centred (s 4, or 5 in a tall row): right-aligned it read as part of 审核标记 beside it.
  EXPECT_TRUE(has(sheet, R"(<c r="D2" s="5"><v>88</v></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="D3" s="5"><v>84</v></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="O2"><v>3200</v></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="N2" t="inlineStr" s="2"><is><t xml:space="preserve">年产 5000 万米高档面料智能化改造项目</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="P2" t="inlineStr" s="2"><is><t xml:space="preserve">王工</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="B2" t="inlineStr"><is><t xml:space="preserve">绍兴市柯桥区示例纺织有限公司</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="C2" t="inlineStr"><is><t xml:space="preserve">智能制造示范车间</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="H2" t="inlineStr"><is><t xml:space="preserve">✓ 符合</t></is></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="F2" t="inlineStr"><is><t xml:space="preserve">推荐</t></is></c>)"));
  EXPECT_TRUE(has(sheet, "<t xml:space=\"preserve\">第一行\n第二行</t>"));
  // Markup escaped, a control character dropped: the sheet stays well-formed.
  EXPECT_TRUE(has(sheet, "&lt;甲&amp;乙&gt;&quot;公司&quot;</t>"));
  EXPECT_FALSE(has(sheet, "\x01"));
  // The unreadable file: its name and reason, no total.
  EXPECT_TRUE(has(sheet, R"(<c r="A5" t="inlineStr"><is><t xml:space="preserve">broken.json</t></is></c>)"));
  EXPECT_FALSE(has(sheet, R"(<c r="D5">)"));
  EXPECT_TRUE(has(sheet, R"(<c r="U5" t="inlineStr" s="2">)"));
}

// 总投资 is a number when it was typed as one (12,500 with its thousands comma too); words stay words.
TEST(SummaryXlsx, TheInvestmentIsANumberWhenTypedAsOne) {
  for (const auto& [typed, cell] : std::vector<std::pair<std::string, std::string>>{
           {"12,500", R"(<c r="O2"><v>12500</v></c>)"},
           {"1200.5", R"(<c r="O2"><v>1200.5</v></c>)"},
           {"约1200", R"(<c r="O2" t="inlineStr" s="2"><is><t xml:space="preserve">约1200</t></is></c>)"},
           {"1.2.3", R"(<c r="O2" t="inlineStr" s="2"><is><t xml:space="preserve">1.2.3</t></is></c>)"},
           {",500", R"(<c r="O2" t="inlineStr" s="2"><is><t xml:space="preserve">,500</t></is></c>)"}}) {
    sx::Json document = sx_review_test::workshop_document();
    document["project"]["investment"] = typed;
    const auto review = sx_review_test::review_of({{"a.json", document}});
    const std::string sheet = plain(unzip_all(sx_review::summary_xlsx(review, 2020, 3, 15)).at("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(has(sheet, cell)) << typed;
  }
}

TEST(SummaryXlsx, TheViewsOrderAndTheSameBytesForTheSameReview) {
  const auto review = sample();
  const auto sheet = plain(unzip_all(sx_review::summary_xlsx(review, {1, 0}, 2020, 3, 15)).at("xl/worksheets/sheet1.xml"));
  EXPECT_TRUE(has(sheet, R"(<c r="D2" s="5"><v>84</v></c>)"));
  EXPECT_TRUE(has(sheet, R"(<c r="D3" s="5"><v>88</v></c>)"));
  EXPECT_TRUE(has(sheet, R"(<dimension ref="A1:U3"/>)"));
  EXPECT_EQ(sx_review::summary_xlsx(review, 2020, 3, 15), sx_review::summary_xlsx(review, 2020, 3, 15));
  EXPECT_TRUE(has(unzip_all(sx_review::summary_xlsx(review, {}, 2020, 3, 15)).at("xl/worksheets/sheet1.xml"),
                  R"(<dimension ref="A1:U1"/>)"))
      << "an empty view is a header";
}

// Printed (issue 16): A4 landscape, two pages across (one page shrank 17 columns to about 4 pt),
// read across before down, the header row and the enterprise's name on every page.
TEST(SummaryXlsx, PrintsOnA4LandscapeTwoPagesAcrossWithItsHeaderAndNameOnEveryPage) {
  const auto review = sample();
  const auto parts = unzip_all(sx_review::summary_xlsx(review, 2020, 3, 15));
  const std::string& sheet = parts.at("xl/worksheets/sheet1.xml");
  EXPECT_TRUE(has(sheet, R"(<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension )"));
  EXPECT_TRUE(has(sheet, R"(<pageSetup paperSize="9" pageOrder="overThenDown" orientation="landscape" fitToWidth="2" fitToHeight="0"/>)"));
  // In the schema's order: after the autoFilter, margins before the page setup, then header and footer.
  EXPECT_TRUE(has(sheet, R"(<autoFilter ref="A1:U5"/><printOptions horizontalCentered="1"/><pageMargins )"));
  EXPECT_TRUE(has(sheet, R"(<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>)"));
  EXPECT_TRUE(has(parts.at("xl/workbook.xml"),
                  R"(<definedName name="_xlnm.Print_Titles" localSheetId="0">&#39;申报汇总表&#39;!$B:$B,&#39;申报汇总表&#39;!$1:$1</definedName>)"))
      << parts.at("xl/workbook.xml");
}

TEST(SummaryXlsx, ACellOfSeveralLinesWrapsAndItsRowIsAsTallAsThey) {
  sx::Json second = sx_review_test::workshop_document();
  second["category"] = "line";  // the same code declaring two categories: duplicate, and more
  const auto review = sx_review_test::review_of({{"a.json", sx_review_test::workshop_document()},
                                                 {"b.json", sx_review_test::fixture("discrete-partial.json")},
                                                 {"c.json", second}});
  const auto& rows = review.rows();
  ASSERT_GE(rows[0].flags.size(), 1u);
  const auto parts = unzip_all(sx_review::summary_xlsx(review, 2020, 3, 15));
  const std::string& sheet = parts.at("xl/worksheets/sheet1.xml");
  const std::string& styles = parts.at("xl/styles.xml");
  EXPECT_TRUE(has(styles, R"(<alignment vertical="top" wrapText="1"/></xf>)"));
  EXPECT_TRUE(has(styles, R"(<alignment horizontal="center" vertical="top"/></xf></cellXfs>)")) << "style 5, the total's";
  // Row 3 (b.json, incomplete and not met: two explanations of two or more lines each).
  const std::size_t row = sheet.find(R"(<row r="3" ht=")");
  ASSERT_NE(row, std::string::npos) << "a tall row has its height";
  const double height = std::stod(sheet.substr(row + 15));
  EXPECT_GE(height, 16.0 * 3) << "at least three lines";
  EXPECT_LE(height, 409.0);
  EXPECT_TRUE(has(sheet.substr(row, 120), R"(customHeight="1"><c r="A3" t="inlineStr" s="3">)"));
  // 标记说明 (column T) wraps.
  EXPECT_TRUE(has(sheet, R"(<c r="T3" t="inlineStr" s="2">)"));
  // The header row is two lines tall: 生产线智能化改造项目 is wider than its verdict column. 所在区、
  // 县（市） is not broken (its “）” wrapped onto a line of its own).
  EXPECT_TRUE(has(sheet, R"(<row r="1" ht="32" customHeight="1">)"));
  EXPECT_TRUE(has(sheet, R"(<col min="13" max="13" width="17" customWidth="1"/>)")) << "the district's column";
}
