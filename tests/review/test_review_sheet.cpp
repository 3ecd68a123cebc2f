// The Word 审核情况表 (第十条): the bureau's opinion on the batch — every enterprise reviewed with
// its category, score, flags and the reviewer's decision and comment, a box for the 初审意见 with
// room for the seal and the date.
#include <gtest/gtest.h>

#include "review_sheet.hpp"
#include "review_support.hpp"
#include "sx/zip_read.hpp"

namespace {

using sx_review_test::factory_document;
using sx_review_test::workshop_document;

const sx::Block* find_block(const sx::DraftApplication& sheet, sx::BlockKind kind) {
  for (const auto& b : sheet.blocks) {
    if (b.kind == kind) return &b;
  }
  return nullptr;
}

sx_review::Review batch() {
  sx::Json other = factory_document();
  other["enterprise"]["name"] = "<诸暨&袜业>";
  sx_review::Review review = sx_review_test::review_of(
      {{"a.json", workshop_document()},
       {"b.json", sx_review_test::with_code(other, sx_review_test::credit_code("330681"))}});
  review.add("broken.json", "{");
  review.set_decision(0, sx_review::Decision::Recommend);
  review.set_comment(0, "材料齐全，建议推荐。");
  review.set_decision(1, sx_review::Decision::Pending);
  return review;
}

}  // namespace

TEST(ReviewSheet, ListsEveryEnterpriseWithItsCategoryScoreFlagsAndDecision) {
  const sx_review::Review review = batch();
  const sx::DraftApplication sheet = sx_review::review_sheet(review, "2020-05-01");
  EXPECT_EQ(sheet.title, "绍兴市传统产业智能化改造项目认定申报审核情况表");
  EXPECT_TRUE(sheet.assessment.empty()) << "the sheet carries no enterprise's assessment";
  const sx::Block* table = find_block(sheet, sx::BlockKind::Table);
  ASSERT_NE(table, nullptr);
  const std::vector<std::vector<std::string>> expected{
      {"序号", "企业名称\n统一社会信用代码", "申报类别", "自评总分", "审核标记", "审核结论", "审核意见"},
      {"1", "绍兴市柯桥区示例纺织有限公司\n91330603MA2BK7L37A", "智能制造示范车间", "88", "无", "推荐", "材料齐全，建议推荐。"},
      {"2", "<诸暨&袜业>\n" + sx_review_test::credit_code("330681"), "智能工厂", "84", "无", "待定", ""},
  };
  ASSERT_EQ(table->rows.size(), 4u);
  for (std::size_t r = 0; r < expected.size(); ++r) EXPECT_EQ(table->rows[r], expected[r]) << "row " << r;
  // The unreadable file comes last, with its reason.
  EXPECT_EQ(table->rows[3][1].rfind("broken.json\n文件无法读取：第 1 行第 2 列", 0), 0u) << table->rows[3][1];
  EXPECT_EQ(table->rows[3][4], "—");
}

TEST(ReviewSheet, FlagsAreNamedOneALine) {
  sx_review::Review review = sx_review_test::review_of(
      {{"a.json", workshop_document()}, {"b.json", sx_review_test::with_code(workshop_document(), "91330603MA2BK7L37B")}});
  const sx::DraftApplication sheet = sx_review::review_sheet(review, "2020-05-01");
  const sx::Block* table = find_block(sheet, sx::BlockKind::Table);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows[2][4], "信用代码有误");
  const sx_review::Review same = sx_review_test::review_of({{"a.json", workshop_document()}, {"b.json", [] {
    sx::Json d = workshop_document();
    d["category"] = "line";
    return d;
  }()}});
  const sx::DraftApplication twice_sheet = sx_review::review_sheet(same, "2020-05-01");
  const sx::Block* twice = find_block(twice_sheet, sx::BlockKind::Table);
  EXPECT_EQ(twice->rows[1][4], "重复申报");
}

TEST(ReviewSheet, SaysWhoSendsItAndLeavesRoomForTheOpinionSealAndDate) {
  const sx::DraftApplication sheet = sx_review::review_sheet(batch(), "2020-05-01");
  std::string text;
  for (const auto& b : sheet.blocks) text += b.text + "\n";
  EXPECT_NE(text.find("报送单位（区、县（市）经信局、滨海新区经发部门）："), std::string::npos);
  EXPECT_NE(text.find("企业所在地：柯桥区、上虞区　　制表日期：2020 年 5 月 1 日"), std::string::npos) << text;
  // Listed in the standard's order whatever the rows' order (the 上虞区 file first here).
  std::string reversed;
  for (const auto& b : sx_review::review_sheet(batch(), {2, 1, 0}, "2020-05-01").blocks) reversed += b.text + "\n";
  EXPECT_NE(reversed.find("企业所在地：柯桥区、上虞区　　"), std::string::npos) << reversed;
  EXPECT_NE(text.find("共收到申报材料 3 份，可读取的 2 份中：推荐 1 家，不推荐 0 家，待定 1 家，未作结论 0 家；"
                      "带审核标记的 0 份。另有 1 份文件无法读取，见表末。"),
            std::string::npos)
      << text;
  const sx::Block* box = find_block(sheet, sx::BlockKind::Box);
  ASSERT_NE(box, nullptr);
  EXPECT_EQ(box->text, "区、县（市）经信局（滨海新区经发部门）初审意见（第十条）：");
  ASSERT_EQ(box->rows.size(), 3u);
  EXPECT_EQ(box->rows[1][0], "（盖章）");
  EXPECT_NE(box->rows[2][0].find("年    月    日"), std::string::npos);
}

TEST(ReviewSheet, TheWordFileHoldsTheTableEscaped) {
  const auto bytes = sx::render_docx(sx_review::review_sheet(batch(), "2020-05-01"));
  const std::string docx(bytes.begin(), bytes.end());
  const auto read = sx::read_zip(docx, [](std::string_view name) { return name == "word/document.xml"; });
  ASSERT_EQ(read.entries.size(), 1u);
  const std::string& xml = read.entries[0].data;
  EXPECT_NE(xml.find("&lt;诸暨&amp;袜业&gt;"), std::string::npos);
  EXPECT_NE(xml.find("材料齐全，建议推荐。"), std::string::npos);
  EXPECT_NE(xml.find("（盖章）"), std::string::npos);
  EXPECT_EQ(std::count(read.names.begin(), read.names.end(), "customXml/item1.xml"), 0);
}

TEST(ReviewSheet, TheRowsShownInTheirOrder) {
  const sx_review::Review review = batch();
  const sx::DraftApplication one = sx_review::review_sheet(review, {1}, "2020-05-01");
  const sx::Block* table = find_block(one, sx::BlockKind::Table);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[1][5], "待定");
  const sx::DraftApplication empty = sx_review::review_sheet(review, {}, "2020-05-01");
  const sx::Block* none = find_block(empty, sx::BlockKind::Table);
  ASSERT_EQ(none->rows.size(), 2u);
  EXPECT_EQ(none->rows[1][1], "（无申报材料）");
}

// A file handed in twice is one submission: counted once, named in the summary with the file it
// repeats (5 files are not “3 份” unexplained), and not listed as a file that could not be read.
TEST(ReviewSheet, AFileHandedInTwiceIsCountedOnceAndNamed) {
  sx_review::Review review = sx_review_test::review_of({{"a.json", workshop_document()}});
  const std::string text = factory_document().dump();
  review.add("b.json", text);
  review.add("b-副本.json", text);
  ASSERT_TRUE(review.submissions()[2].same_as.has_value());
  const sx::DraftApplication sheet = sx_review::review_sheet(review, "2020-05-01");
  std::string paragraphs;
  for (const auto& b : sheet.blocks) {
    if (b.kind == sx::BlockKind::Paragraph) paragraphs += b.text + "\n";
  }
  EXPECT_NE(paragraphs.find("共收到 3 个文件，其中 1 个与另一文件是同一份申报、只计一次（b-副本.json 同 b.json），计申报材料 2 份，"), std::string::npos) << paragraphs;
  EXPECT_EQ(paragraphs.find("无法读取"), std::string::npos) << paragraphs;
  EXPECT_EQ(paragraphs.find("前面的文件"), std::string::npos) << "the earlier file may be listed after it" << paragraphs;
  const sx::Block* table = find_block(sheet, sx::BlockKind::Table);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows.size(), 3u) << "the header and the two submissions";
}
